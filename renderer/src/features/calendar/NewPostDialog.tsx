import '@mantine/dates/styles.css';
import 'dayjs/locale/id';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { memo, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign, Client } from '../../../../shared/contract/schemas';
import { isoWeekday, type Placeholder } from '../../../../shared/domain/cadence';
import { zoneLabel } from '../../../../shared/domain/time';
import { useApiQuery } from '../../api/queries';

export interface NewPostRequest {
  /** The visible period: the form proposes a time inside it. */
  start: string;
  end: string;
  /** A clicked day (and time), if the form was opened from one. */
  date: string | null;
  time: string | null;
}

interface Props {
  request: NewPostRequest | null;
  clients: Client[];
  /** The client the calendar is narrowed to, if any. */
  clientId: string | null;
  campaigns: Campaign[];
  /** Open cadence slots of the visible period (the first free one is proposed). */
  placeholders: Placeholder[];
  today: string;
  onClose(): void;
  onCreate(client: Client, date: string, time: string, campaignId: string | null, cadence: Placeholder | null): void;
}

const DEFAULT_TIME = '19:00';

/**
 * "New post" asks before it creates: which client, when (proposed: the first free cadence slot of
 * the visible period, else the client's prime time on the first day shown), and which campaign
 * when the date falls inside one (asked when two overlap).
 */
export const NewPostDialog = memo(function NewPostDialog({ request, clients, clientId, campaigns, placeholders, today, onClose, onCreate }: Props) {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const [when, setWhen] = useState<string | null>(null);
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const client = clients.find((c) => c.id === chosen);
  const prime = useApiQuery('primeTimes.list', { clientId: chosen ?? '' }, { enabled: !!chosen });

  useEffect(() => {
    if (!request) return;
    setChosen(clientId ?? (clients.length === 1 ? clients[0]!.id : null));
    setTouched(false);
  }, [request, clientId, clients]);

  const cadence = useMemo(() => {
    if (!request || !chosen || request.date) return null;
    const from = request.start > today ? request.start : today;
    return placeholders.filter((p) => p.clientId === chosen && p.date >= from && p.date < request.end).sort((a, b) => `${a.date}${a.time}`.localeCompare(`${b.date}${b.time}`))[0] ?? null;
  }, [request, chosen, placeholders, today]);

  // The proposal follows the client until the user picks a time themselves.
  useEffect(() => {
    if (!request || touched) return;
    if (request.date && request.time) return setWhen(`${request.date} ${request.time}:00`);
    if (cadence) return setWhen(`${cadence.date} ${cadence.time}:00`);
    const date = request.date ?? (request.start <= today && today < request.end ? today : request.start);
    const times = prime.data ?? [];
    const wd = isoWeekday(date);
    const at = times.find((p) => p.weekday === wd)?.time ?? times[0]?.time ?? DEFAULT_TIME;
    setWhen(`${date} ${at}:00`);
  }, [request, cadence, prime.data, today, touched]);

  const date = when?.slice(0, 10) ?? null;
  const running = useMemo(
    () => (chosen && date ? campaigns.filter((k) => k.clientId === chosen && k.startDate <= date && date <= k.endDate) : []),
    [campaigns, chosen, date],
  );
  const runningKey = running.map((k) => k.id).join();
  useEffect(() => setCampaignId(running.length === 1 ? running[0]!.id : null), [runningKey]); // eslint-disable-line react-hooks/exhaustive-deps

  const ready = !!client && !!when && (running.length < 2 || campaignId !== null);
  return (
    <Modal opened={!!request} onClose={onClose} title={t('calendar.newSlot')} centered>
      <Stack>
        <Select
          label={t('calendar.chooseClient')}
          data={clients.map((c) => ({ value: c.id, label: `${c.name} (${zoneLabel(c.timezone)})` }))}
          value={chosen}
          onChange={setChosen}
          data-autofocus
        />
        <DateTimePicker
          label={client ? t('slot.timeIn', { zone: zoneLabel(client.timezone) }) : t('slot.time')}
          value={when}
          onChange={(v) => {
            setTouched(true);
            setWhen(v);
          }}
          locale={i18n.language === 'en' ? 'en' : 'id'}
          valueFormat="DD MMM YYYY HH.mm"
          timePickerProps={{ format: '24h' }}
          firstDayOfWeek={1}
        />
        {cadence && when === `${cadence.date} ${cadence.time}:00` && (
          <Text size="sm" c="dimmed">
            {t('calendar.fromCadence')}
          </Text>
        )}
        {running.length > 0 && (
          <Select
            label={running.length > 1 ? t('calendar.whichCampaign') : t('slot.campaign')}
            data={[...running.map((k) => ({ value: k.id, label: k.name })), { value: '', label: t('slot.noCampaign') }]}
            value={campaignId ?? (running.length > 1 ? null : '')}
            onChange={(v) => setCampaignId(v)}
            allowDeselect={false}
          />
        )}
        <Group justify="flex-end">
          <Button
            disabled={!ready}
            onClick={() => {
              if (!client || !when) return;
              const useCadence = cadence && when === `${cadence.date} ${cadence.time}:00` ? cadence : null;
              onCreate(client, when.slice(0, 10), when.slice(11, 16), campaignId || null, useCadence);
            }}
          >
            {t('calendar.createPost')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
});
