import { Alert, Badge, Blockquote, Button, Divider, FileButton, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { GrowingTextarea } from '../../ui/GrowingTextarea';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FEEDBACK_OUTCOMES, type FeedbackItem, type FeedbackOutcome, type FeedbackPreview } from '../../../../shared/contract/feedback';
import { formatPeriod } from '../../../../shared/domain/formatDate';
import { api, filePaths } from '../../api/transport';
import { notifyError } from '../../ui/notify';
import { useFormatDate } from '../../ui/useFormatDate';
import { ConflictView } from './ConflictView';
import { feedbackErrorMessage } from './feedbackErrors';
import { useFeedbackActions } from './useFeedbackActions';
import classes from './review-import.module.css';

const COUNT_COLORS: Record<FeedbackOutcome, string> = {
  approve: 'green',
  changes: 'orange',
  comment: 'blue',
  unchanged: 'gray',
  conflict: 'red',
  missing: 'gray',
  skipped: 'yellow',
};
/** Sections of the summary, most urgent first; "no decision" is only counted. */
const SECTIONS: FeedbackOutcome[] = ['conflict', 'changes', 'approve', 'comment', 'skipped', 'missing'];

function ItemLine({ item }: { item: FeedbackItem }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} role="listitem">
      <Group gap="xs" wrap="nowrap">
        <Badge variant="light" color={COUNT_COLORS[item.outcome]} miw={40}>#{item.no}</Badge>
        <Text size="sm" fw={500} lineClamp={1}>{item.topic || '—'}</Text>
        {item.reason && <Text size="xs" c="dimmed">{t(`errors.refusedReason.${item.reason}`, { from: t(`statuses.${item.status}`), to: t('statuses.approved') })}</Text>}
      </Group>
      {item.comment.trim() && (
        <Blockquote p="xs" ml={48} className={classes.pre}>
          {item.comment}
        </Blockquote>
      )}
    </Stack>
  );
}

function Summary({ preview }: { preview: FeedbackPreview }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatDate();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const { bundle, feedback } = preview;
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Title order={4}>{t('reviewImport.summaryTitle', { client: bundle.clientName })}</Title>
        <Text size="sm" c="dimmed">
          {t('reviewImport.bundle', { period: formatPeriod(bundle.from, bundle.to, lang), version: bundle.version, date: fmt(bundle.exportedAt.slice(0, 10)) })}
        </Text>
        <Text size="sm">
          {feedback.reviewer.trim() ? t('reviewImport.from', { name: feedback.reviewer }) : t('reviewImport.fromUnknown')} ·{' '}
          {t('reviewImport.submitted', { date: fmt(feedback.submittedAt.slice(0, 10)) })} · {t(`reviewImport.sources.${preview.source}`)}
        </Text>
      </Stack>
      <Group gap="xs" role="list" aria-label={t('reviewImport.title')}>
        {FEEDBACK_OUTCOMES.filter((o) => preview.counts[o] > 0).map((o) => (
          <Badge key={o} role="listitem" size="lg" variant="light" color={COUNT_COLORS[o]}>
            {t(`reviewImport.counts.${o}`, { count: preview.counts[o] })}
          </Badge>
        ))}
      </Group>
      {preview.alreadyImported && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />}>
          {t('reviewImport.already', { date: fmt(preview.alreadyImported.at.slice(0, 10)) })}
        </Alert>
      )}
      {feedback.note.trim() && (
        <Stack gap={4}>
          <Text fw={600} size="sm">{t('reviewImport.note')}</Text>
          <Blockquote p="xs" className={classes.pre}>{feedback.note}</Blockquote>
        </Stack>
      )}
      {SECTIONS.filter((s) => preview.counts[s] > 0).map((s) => {
        const items = preview.items.filter((i) => i.outcome === s);
        return (
          <Stack key={s} gap="xs" role="region" aria-label={t(`reviewImport.sections.${s}`)}>
            <Divider label={`${t(`reviewImport.sections.${s}`)} (${items.length})`} labelPosition="left" />
            {s === 'conflict' ? items.map((i) => <ConflictView key={i.postId} item={i} />) : <Stack gap="xs" role="list">{items.map((i) => <ItemLine key={i.postId} item={i} />)}</Stack>}
          </Stack>
        );
      })}
    </Stack>
  );
}

/**
 * The feedback import (issue 9 item 7): pick the client's file or paste their message, see what
 * it would do (conflicts side by side), apply it in one go, undo from the toast or the list.
 */
export function ImportDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { refresh, undo } = useFeedbackActions();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<FeedbackPreview | null>(null);

  const reset = () => {
    setPreview(null);
    setError(null);
    setText('');
  };
  const close = () => {
    reset();
    onClose();
  };

  async function read(input: { path: string } | { text: string }) {
    setBusy(true);
    setError(null);
    try {
      setPreview(await api.call('feedback.preview', input));
    } catch (err) {
      setError(feedbackErrorMessage(t, err));
    } finally {
      setBusy(false);
    }
  }
  async function pick(file: File | null) {
    if (!file) return;
    try {
      const [path] = await filePaths([file]);
      await read({ path: path! });
    } catch (err) {
      setError(feedbackErrorMessage(t, err));
    }
  }
  async function apply() {
    if (!preview) return;
    setBusy(true);
    try {
      const done = await api.call('feedback.apply', { feedback: preview.feedback, source: preview.source, fileName: preview.fileName });
      await refresh();
      close();
      notifications.show({
        id: `feedback-${done.id}`,
        color: 'green',
        autoClose: 12_000,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" flex={1}>{t('reviewImport.applied', done.counts)}</Text>
            <Button size="compact-xs" variant="light" flex="none" onClick={() => void undo(done.id)}>
              {t('common.undo')}
            </Button>
          </Group>
        ),
      });
    } catch (err) {
      notifyError(t('errors.title'), feedbackErrorMessage(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={t('reviewImport.title')} size={preview ? 'xl' : 'lg'}>
      {!preview ? (
        <Stack>
          <Text size="sm">{t('reviewImport.intro')}</Text>
          <Group className={classes.drop} justify="space-between">
            <Text size="sm" c="dimmed">{t('reviewImport.fileHint')}</Text>
            <FileButton onChange={(f) => void pick(f)} accept=".json,.xlsx,.zip,.txt,application/json,application/zip">
              {(props) => (
                <Button {...props} leftSection={<IconFileImport size={16} />} loading={busy}>
                  {t('reviewImport.pickFile')}
                </Button>
              )}
            </FileButton>
          </Group>
          <GrowingTextarea
            label={t('reviewImport.pasteLabel')}
            placeholder={t('reviewImport.pastePlaceholder')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            minRows={4}
            maxRows={10}
          />
          {error && (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button onClick={() => void read({ text })} disabled={!text.trim()} loading={busy}>
              {t('reviewImport.read')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Summary preview={preview} />
          <Group justify="space-between">
            <Button variant="subtle" onClick={reset}>{t('reviewImport.back')}</Button>
            <Group>
              <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
              <Button onClick={() => void apply()} loading={busy} disabled={!!preview.alreadyImported}>
                {t('reviewImport.apply')}
              </Button>
            </Group>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
