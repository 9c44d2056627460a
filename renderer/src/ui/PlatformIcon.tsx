import {
  IconArticle,
  IconBrandFacebook,
  IconBrandInstagram,
  IconBrandLinkedin,
  IconBrandPinterest,
  IconBrandThreads,
  IconBrandTiktok,
  IconBrandX,
  IconBrandYoutube,
} from '@tabler/icons-react';
import type { Platform } from '../../../shared/domain/platforms';
import { PLATFORM_LABELS } from '../../../shared/domain/platforms';

const ICONS = {
  instagram: IconBrandInstagram,
  tiktok: IconBrandTiktok,
  x: IconBrandX,
  threads: IconBrandThreads,
  facebook: IconBrandFacebook,
  youtube: IconBrandYoutube,
  linkedin: IconBrandLinkedin,
  pinterest: IconBrandPinterest,
  blog: IconArticle,
} satisfies Record<Platform, unknown>;

export function PlatformIcon({ platform, size = 16 }: { platform: Platform; size?: number }) {
  const Icon = ICONS[platform];
  return <Icon size={size} stroke={1.6} aria-label={PLATFORM_LABELS[platform]} role="img" />;
}
