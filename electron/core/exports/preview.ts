import { checkCopy } from '../../../shared/platforms';
import type { ExportPreview } from '../../../shared/contract/exports';
import type { ExportData } from './gather';

/**
 * What the export dialog shows before anything is written: every post, and which need a look
 * (copy with an error-level issue on some platform, or no copy at all), so the freelancer can
 * fix them first. The checks are the copy editor's own, with the client's rules.
 */
export function previewOf(data: ExportData): Omit<ExportPreview, 'nextVersion' | 'zipName' | 'suggestedOutDir'> {
  const { client } = data;
  const posts = data.posts.map((p) => {
    const context = { bannedWords: client.bannedWords, requiredHashtags: client.requiredHashtags, link: p.slot.link };
    const withText = p.variants.filter((v) => v.plain.trim() !== '');
    const errorPlatforms = p.variants.filter((v) => !checkCopy(v.platform, v.plain, context).ok).map((v) => v.platform);
    return {
      id: p.slot.id,
      no: p.no,
      startsAt: p.slot.startsAt,
      localDate: p.local.date,
      localTime: p.local.time,
      topic: p.slot.topic,
      format: p.slot.format,
      status: p.slot.status,
      platforms: p.variants.map((v) => v.platform),
      errorPlatforms,
      noCopy: withText.length === 0,
      assets: p.assets.length,
    };
  });
  return {
    clientId: client.id,
    clientName: client.name,
    from: data.from,
    to: data.to,
    posts,
    totals: {
      posts: posts.length,
      variants: posts.reduce((n, p) => n + p.platforms.length, 0),
      withErrors: posts.filter((p) => p.errorPlatforms.length > 0).length,
      withoutCopy: posts.filter((p) => p.noCopy).length,
      assets: posts.reduce((n, p) => n + p.assets, 0),
    },
  };
}
