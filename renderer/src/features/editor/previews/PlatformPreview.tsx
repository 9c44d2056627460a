import { Stack, Text } from '@mantine/core';
import {
  IconBookmark,
  IconBrandSpeedtest,
  IconDots,
  IconHeart,
  IconMessageCircle,
  IconPhoto,
  IconRepeat,
  IconSend,
  IconShare3,
  IconThumbUp,
  IconWorld,
} from '@tabler/icons-react';
import { memo, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, Slot } from '../../../../../shared/contract/schemas';
import { PLATFORM_LABELS, type Platform } from '../../../../../shared/domain/platforms';
import { formatDayMonth } from '../../../../../shared/domain/formatDate';
import { toWallTime } from '../../../../../shared/domain/time';
import type { CopyCheck } from '../checks/checkPlugin';
import { useCheck, type CheckStore } from '../checks/checkStore';
import { ClampedText, FoldedText, RichText, type CaptionModel } from './Caption';
import classes from './preview.module.css';
import { useThumbs } from '../../assets/useThumbs';

interface Who {
  name: string;
  handle: string;
  color: string;
  initials: string;
  when: string;
  visual: string;
  /** The post's first image, shown in place of the brief once attached. */
  cover: string | undefined;
}

function who(client: Client, slot: Slot, platform: Platform, lang: string): Who {
  const account = client.accounts.find((a) => a.platform === platform);
  const handle = (account?.handle ?? client.name.toLowerCase().replace(/[^a-z0-9_.]+/g, '')).replace(/^@/, '');
  const initials = client.name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0]!.toUpperCase()).join('');
  const when = formatDayMonth(toWallTime(slot.startsAt, slot.timezone).date, lang === 'en' ? 'en' : 'id', 'short');
  const cover = slot.assets.find((a) => a.kind === 'image')?.hash;
  return { name: client.name, handle, color: client.color, initials, when, visual: slot.visualBrief || slot.topic, cover };
}

function Avatar({ w, ring }: { w: Who; ring?: boolean }) {
  const a = (
    <div className={classes.avatar} style={{ background: w.color }} aria-hidden>
      {w.initials}
    </div>
  );
  return ring ? <div className={classes.ring}>{a}</div> : a;
}

/** The post's first image as the platform would crop it (object-fit: cover). */
function Cover({ hash }: { hash: string }) {
  const src = useThumbs([hash]).get(hash);
  return src ? <img src={src} alt="" style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', objectFit: 'cover' }} /> : null;
}

function Visual({ w, wide }: { w: Who; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={`${classes.media} ${wide ? classes.mediaWide : ''}`} style={{ position: 'relative', overflow: 'hidden' }}>
      {w.cover && <Cover hash={w.cover} />}
      <div>
        <IconPhoto size={28} stroke={1.4} aria-hidden />
        <div>{w.visual ? w.visual.slice(0, 140) : t('editor.previewImage')}</div>
      </div>
    </div>
  );
}

function OverNote({ model, platform }: { model: CaptionModel; platform: Platform }) {
  const { t } = useTranslation();
  if (model.overFrom === null) return null;
  return <span className={classes.overNote}>{t('editor.previewNotPosted', { platform: PLATFORM_LABELS[platform] })}</span>;
}

function Instagram({ m, w }: { m: CaptionModel; w: Who }) {
  return (
    <div className={classes.card}>
      <div className={classes.head}>
        <Avatar w={w} ring />
        <span className={classes.name}>{w.handle}</span>
        <IconDots size={18} style={{ marginLeft: 'auto' }} aria-hidden />
      </div>
      <Visual w={w} />
      <div className={classes.actions} aria-hidden>
        <IconHeart size={22} stroke={1.6} />
        <IconMessageCircle size={22} stroke={1.6} />
        <IconSend size={22} stroke={1.6} />
        <IconBookmark size={22} stroke={1.6} style={{ marginLeft: 'auto' }} />
      </div>
      <div className={classes.body}>
        <FoldedText model={m} prefix={<span className={classes.name}>{w.handle} </span>} />
        <OverNote model={m} platform="instagram" />
        <div className={classes.dim} style={{ fontSize: 11, marginTop: 6 }}>
          {w.when}
        </div>
      </div>
    </div>
  );
}

function TextPost({ m, w, platform }: { m: CaptionModel; w: Who; platform: 'x' | 'threads' }) {
  const icons = platform === 'x' ? [IconMessageCircle, IconRepeat, IconHeart, IconBrandSpeedtest, IconShare3] : [IconHeart, IconMessageCircle, IconRepeat, IconSend];
  return (
    <div className={classes.card}>
      <div className={classes.post}>
        <Avatar w={w} />
        <div>
          <div>
            <span className={classes.name}>{platform === 'x' ? w.name : w.handle}</span>{' '}
            <span className={classes.dim}>
              {platform === 'x' ? `@${w.handle} · ` : ''}
              {w.when}
            </span>
          </div>
          <div className={classes.text} style={{ marginTop: 2 }}>
            <RichText model={m} />
          </div>
          <OverNote model={m} platform={platform} />
          <div className={`${classes.actions} ${platform === 'x' ? classes.actionsSpread : ''}`} style={{ padding: '10px 0 0' }} aria-hidden>
            {icons.map((I, i) => (
              <I key={i} size={18} stroke={1.6} />
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}

function TikTok({ m, w }: { m: CaptionModel; w: Who }) {
  return (
    <div className={classes.tiktok}>
      <div className={classes.tiktokVisual} style={{ position: 'relative', overflow: 'hidden' }}>
        {w.cover && <Cover hash={w.cover} />}
        <div>
          <IconPhoto size={28} stroke={1.4} aria-hidden />
          <div>{w.visual.slice(0, 120)}</div>
        </div>
      </div>
      <div className={classes.tiktokRail} aria-hidden>
        <Avatar w={w} />
        <IconHeart size={26} />
        <IconMessageCircle size={26} />
        <IconBookmark size={26} />
        <IconShare3 size={26} />
      </div>
      <div className={classes.tiktokCaption}>
        <div className={classes.name}>@{w.handle}</div>
        <TikTokCaption m={m} />
      </div>
    </div>
  );
}

function TikTokCaption({ m }: { m: CaptionModel }) {
  const { t } = useTranslation();
  return <ClampedText model={m} lines={2} moreLabel={t('editor.previewMore')} />;
}

function FeedPost({ m, w, platform }: { m: CaptionModel; w: Who; platform: 'facebook' | 'linkedin' }) {
  const { t } = useTranslation();
  const a = t('editor.previewActions', { returnObjects: true }) as Record<string, string>;
  const actions = platform === 'facebook'
    ? [[IconThumbUp, a.like], [IconMessageCircle, a.comment], [IconShare3, a.share]]
    : [[IconThumbUp, a.like], [IconMessageCircle, a.comment], [IconRepeat, a.repost], [IconSend, a.share]];
  return (
    <div className={classes.card}>
      <div className={classes.head}>
        <Avatar w={w} />
        <div>
          <div className={classes.name}>{w.name}</div>
          <div className={classes.dim} style={{ fontSize: 12, display: 'flex', alignItems: 'center', gap: 4 }}>
            {w.when} · <IconWorld size={12} aria-hidden />
          </div>
        </div>
      </div>
      <div className={classes.body}>
        <ClampedText model={m} lines={platform === 'facebook' ? 5 : 3} moreLabel={t('editor.previewSeeMore')} />
        <OverNote model={m} platform={platform} />
      </div>
      <Visual w={w} wide />
      <div className={`${classes.actions} ${classes.actionsSpread}`} style={{ fontSize: 12 }} aria-hidden>
        {actions.map(([I, label]) => {
          const Icon = I as typeof IconThumbUp;
          return (
            <span key={label as string} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
              <Icon size={16} /> {label as string}
            </span>
          );
        })}
      </div>
    </div>
  );
}

function Plain({ m, w, platform }: { m: CaptionModel; w: Who; platform: Platform }) {
  return (
    <div className={classes.card}>
      <div className={classes.head}>
        <Avatar w={w} />
        <span className={classes.name}>{w.name}</span>
        <span className={classes.dim} style={{ marginLeft: 'auto', fontSize: 12 }}>
          {PLATFORM_LABELS[platform]}
        </span>
      </div>
      <div className={classes.body}>
        <RichText model={m} />
        <OverNote model={m} platform={platform} />
      </div>
    </div>
  );
}

interface PreviewProps {
  store: CheckStore;
  platform: Platform;
  client: Client;
  slot: Slot;
}

/** How the copy would look on the platform, from the same check the editor shows. */
export function PlatformPreview({ store, ...rest }: PreviewProps) {
  // Behind the keystroke: the preview renders after the counter and highlights, in a pass
  // React may interrupt for the next keystroke. The memoised body skips the urgent pass.
  const check = useDeferredValue(useCheck(store)?.check ?? null);
  return check ? <PreviewBody check={check} {...rest} /> : null;
}

const PreviewBody = memo(function PreviewBody({ check, platform, client, slot }: Omit<PreviewProps, 'store'> & { check: CopyCheck }) {
  const { t, i18n } = useTranslation();
  const { plain, result, entities } = check;
  const over = result.issues.find((i) => i.code === 'over-limit');
  const fold = result.issues.find((i) => i.code === 'truncated-preview');
  const m: CaptionModel = { text: plain.text, entities, overFrom: over?.from ?? null, foldAt: fold?.from ?? null };
  const w = who(client, slot, platform, i18n.language);

  let body;
  if (platform === 'instagram') body = <Instagram m={m} w={w} />;
  else if (platform === 'x' || platform === 'threads') body = <TextPost m={m} w={w} platform={platform} />;
  else if (platform === 'tiktok') body = <TikTok m={m} w={w} />;
  else if (platform === 'facebook' || platform === 'linkedin') body = <FeedPost m={m} w={w} platform={platform} />;
  else body = <Plain m={m} w={w} platform={platform} />;

  return (
    <Stack gap={6} role="region" aria-label={t('editor.previewOf', { platform: PLATFORM_LABELS[platform] })}>
      {body}
      <Text size="xs" c="dimmed" ta="center">
        {t('editor.previewNote')}
      </Text>
    </Stack>
  );
});
