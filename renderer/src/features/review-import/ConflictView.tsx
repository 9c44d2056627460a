import { Badge, Blockquote, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ContentView, FeedbackItem } from '../../../../shared/contract/feedback';
import { PLATFORM_LABELS } from '../../../../shared/domain/platforms';
import { FORMAT_WORDS } from '../../../../shared/review/words';
import { DiffView } from '../editor/history/DiffView';
import { useFormatDate } from '../../ui/useFormatDate';
import classes from './review-import.module.css';

/** Which parts differ between what was sent and what the post is now, each as before/after text. */
function differences(sent: ContentView, now: ContentView, lang: 'id' | 'en', fmt: (d: string) => string, t: TFunction) {
  const out: Array<{ label: string; before: string; after: string }> = [];
  const field = (label: string, before: string, after: string) => before !== after && out.push({ label, before, after });
  field(t('reviewImport.fields.schedule'), `${fmt(sent.localDate)} ${sent.localTime}`, `${fmt(now.localDate)} ${now.localTime}`);
  field(t('reviewImport.fields.format'), FORMAT_WORDS[lang][sent.format], FORMAT_WORDS[lang][now.format]);
  field(t('reviewImport.fields.topic'), sent.topic, now.topic);
  field(t('reviewImport.fields.visualBrief'), sent.visualBrief, now.visualBrief);
  field(t('reviewImport.fields.link'), sent.link, now.link);
  const platforms = [...new Set([...sent.variants, ...now.variants].map((v) => v.platform))];
  for (const p of platforms) {
    field(PLATFORM_LABELS[p], sent.variants.find((v) => v.platform === p)?.plain ?? '', now.variants.find((v) => v.platform === p)?.plain ?? '');
  }
  field(t('reviewImport.fields.visuals'), t('reviewImport.visuals', { count: sent.assetCount }), t('reviewImport.visuals', { count: now.assetCount }));
  return out;
}

/**
 * A post edited since the bundle: what the client saw and what it is now, side by side, with
 * the client's decision and comment; nothing of it is applied.
 */
export function ConflictView({ item }: { item: FeedbackItem }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatDate();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  if (!item.sent || !item.now) return null;
  const diffs = differences(item.sent, item.now, lang, fmt, t);
  return (
    <Paper withBorder p="sm" radius="md" className={classes.conflict} role="group" aria-label={`#${item.no} ${item.topic}`}>
      <Stack gap="xs">
        <Group gap="xs">
          <Badge color="orange" variant="light">#{item.no}</Badge>
          <Title order={5}>{item.topic || '—'}</Title>
        </Group>
        <Text size="sm" c="dimmed">{t('reviewImport.conflictHint')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Stack gap={6} role="region" aria-label={t('reviewImport.sent')}>
            <Text fw={600} size="sm">{t('reviewImport.sent')}</Text>
            {diffs.map((d) => (
              <div key={d.label}>
                <Text size="xs" c="dimmed" fw={600}>{d.label}</Text>
                <Text size="sm" className={classes.pre}>{d.before || '—'}</Text>
              </div>
            ))}
          </Stack>
          <Stack gap={6} role="region" aria-label={t('reviewImport.now')}>
            <Text fw={600} size="sm">{t('reviewImport.now')}</Text>
            {diffs.map((d) => (
              <div key={d.label}>
                <Text size="xs" c="dimmed" fw={600}>{d.label}</Text>
                <DiffView before={d.before} after={d.after} />
              </div>
            ))}
          </Stack>
          <Stack gap={6} role="region" aria-label={t('reviewImport.clientSaid')}>
            <Text fw={600} size="sm">{t('reviewImport.clientSaid')}</Text>
            <Badge color={item.decision === 'approve' ? 'green' : item.decision === 'changes' ? 'orange' : 'gray'} variant="light">
              {t(`reviewImport.decision.${item.decision ?? 'none'}`)}
            </Badge>
            {item.comment.trim() ? <Blockquote p="xs" className={classes.pre}>{item.comment}</Blockquote> : <Text size="sm" c="dimmed">{t('reviewImport.noComment')}</Text>}
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
