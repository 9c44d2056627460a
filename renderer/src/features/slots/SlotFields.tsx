import { Autocomplete, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { GrowingTextarea } from '../../ui/GrowingTextarea';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign, Client, Slot } from '../../../../shared/contract/schemas';
import { formatsFor, PILLAR_SUGGESTIONS } from '../../../../shared/domain/platforms';
import { fromWallTime, toWallTime, zoneLabel } from '../../../../shared/domain/time';
import { DateField, TimeField } from '../../ui/DateFields';

export type SlotPatch = Partial<Pick<Slot, 'startsAt' | 'campaignId' | 'pillar' | 'format' | 'topic' | 'visualBrief' | 'pic' | 'postUrl' | 'link'>>;

interface Props {
  slot: Slot;
  client: Client;
  campaigns: Campaign[];
  errors: Record<string, string>;
  onChange(patch: SlotPatch): void;
  /** The status control (it saves at once through the status machine, not with the autosave). */
  status: React.ReactNode;
}

/** The slot's own fields; date and time are edited in the client's zone and stored in UTC. */
export function SlotFields({ slot, client, campaigns, errors, onChange, status }: Props) {
  const { t } = useTranslation();
  const wall = toWallTime(slot.startsAt, client.timezone);
  const [v, setV] = useState({
    date: wall.date,
    time: wall.time,
    campaignId: slot.campaignId,
    pillar: slot.pillar,
    format: slot.format,
    topic: slot.topic,
    visualBrief: slot.visualBrief,
    pic: slot.pic,
    postUrl: slot.postUrl,
    link: slot.link,
  });
  const set = <K extends keyof typeof v>(key: K, value: (typeof v)[K], patch: SlotPatch) => {
    setV((old) => ({ ...old, [key]: value }));
    onChange(patch);
  };
  const setWhen = (date: string, time: string) => {
    setV((old) => ({ ...old, date, time }));
    if (/^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time)) onChange({ startsAt: fromWallTime(date, time, client.timezone) });
  };
  const zone = zoneLabel(client.timezone);

  return (
    <Stack gap="sm">
      <SimpleGrid cols={3} spacing="sm">
        <DateField label={t('slot.date')} value={v.date} onChange={(d) => setWhen(d, v.time)} required />
        <TimeField label={t('slot.timeIn', { zone })} value={v.time} onChange={(time) => setWhen(v.date, time)} required />
        {status}
      </SimpleGrid>
      <SimpleGrid cols={3} spacing="sm">
        <Select
          label={t('slot.campaign')}
          value={v.campaignId ?? ''}
          data={[{ value: '', label: t('slot.noCampaign') }, ...campaigns.map((c) => ({ value: c.id, label: c.name }))]}
          onChange={(id) => set('campaignId', id || null, { campaignId: id || null })}
          allowDeselect={false}
        />
        <Autocomplete label={t('slot.pillar')} value={v.pillar} data={PILLAR_SUGGESTIONS.map((p) => t(`pillars.${p}`))} onChange={(p) => set('pillar', p, { pillar: p })} />
        <Select
          label={t('slot.format')}
          value={v.format}
          allowDeselect={false}
          // The formats of the post's platforms (its copy variants), and the one it has.
          data={[...new Set([...formatsFor(slot.variants.map((x) => x.platform)), v.format])].map((f) => ({ value: f, label: t(`formats.${f}`) }))}
          onChange={(f) => f && set('format', f as Slot['format'], { format: f as Slot['format'] })}
        />
      </SimpleGrid>
      <TextInput label={t('slot.topic')} value={v.topic} onChange={(e) => set('topic', e.currentTarget.value, { topic: e.currentTarget.value })} error={errors.topic} />
      <GrowingTextarea
        label={t('slot.visualBrief')}
        minRows={2}
        maxRows={6}
        value={v.visualBrief}
        onChange={(e) => set('visualBrief', e.currentTarget.value, { visualBrief: e.currentTarget.value })}
      />
      <Group grow>
        <TextInput label={t('slot.link')} value={v.link} placeholder="toko.id/promo" onChange={(e) => set('link', e.currentTarget.value, { link: e.currentTarget.value.trim() })} />
        <TextInput label={t('slot.pic')} value={v.pic} onChange={(e) => set('pic', e.currentTarget.value, { pic: e.currentTarget.value })} />
        <TextInput
          label={t('slot.postUrl')}
          type="url"
          value={v.postUrl}
          onChange={(e) => {
            const url = e.currentTarget.value.trim();
            // Half-typed links stay local; only an empty or complete http(s) link is saved.
            setV((old) => ({ ...old, postUrl: e.currentTarget.value }));
            if (url === '' || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url)) onChange({ postUrl: url });
          }}
          error={errors.postUrl}
          placeholder="https://"
        />
      </Group>
    </Stack>
  );
}
