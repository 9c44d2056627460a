import { Button, Group, Modal, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCalendarDown } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/contract/schemas';
import { addDays } from '../../../../shared/domain/time';
import { api } from '../../api/transport';
import { errorMessage } from '../../ui/errors';
import { notifyError, notifySuccess } from '../../ui/notify';
import { DateField } from '../../ui/DateFields';

const monthOf = (date: string) => {
  const first = `${date.slice(0, 7)}-01`;
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from: first, to: addDays(next, -1) };
};

/** Saves text as a file through the browser's download (the app shows its save dialog). */
function download(fileName: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

interface Props {
  clients: Client[];
  clientId: string | null;
  /** The calendar's period now, read when the dialog opens: a month switch does not re-render the button. */
  dateShown(): string;
}

/** "Download .ics" in the calendar toolbar: one client's posts and campaigns for a period. */
export const IcsButton = memo(function IcsButton({ clients, clientId, dateShown }: Props) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState(() => ({ clientId: clientId ?? '', ...monthOf(dateShown()) }));
  const [busy, setBusy] = useState(false);

  const start = () => {
    setForm({ clientId: clientId ?? (clients.length === 1 ? clients[0]!.id : form.clientId), ...monthOf(dateShown()) });
    setOpen(true);
  };
  const submit = async () => {
    setBusy(true);
    try {
      const out = await api.call('ics.export', { ...form, language: i18n.language === 'en' ? 'en' : 'id' });
      download(out.fileName, out.content);
      notifySuccess(t('ics.downloaded', { file: out.fileName, posts: out.posts, campaigns: out.campaigns }));
      setOpen(false);
    } catch (err) {
      notifyError(t('errors.title'), errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size="xs" variant="default" leftSection={<IconCalendarDown size={14} />} onClick={start}>
        {t('ics.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('ics.title')} centered>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack>
            <Text size="sm">{t('ics.body')}</Text>
            <Select
              label={t('ics.client')}
              data={clients.map((c) => ({ value: c.id, label: c.name }))}
              value={form.clientId || null}
              onChange={(v) => setForm((f) => ({ ...f, clientId: v ?? '' }))}
              allowDeselect={false}
              required
            />
            <SimpleGrid cols={2}>
              <DateField label={t('ics.from')} value={form.from} onChange={(from) => setForm((f) => ({ ...f, from }))} required />
              <DateField label={t('ics.to')} value={form.to} onChange={(to) => setForm((f) => ({ ...f, to }))} required />
            </SimpleGrid>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={busy} disabled={!form.clientId} leftSection={<IconCalendarDown size={14} />}>
                {t('ics.download')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
});
