import { ColorInput, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { GrowingTextarea } from '../../ui/GrowingTextarea';
import { useTranslation } from 'react-i18next';
import { AddRowButton, RemoveRowButton } from '../../ui/RowButtons';
import { CAMPAIGN_STATUSES, type Campaign, type Client } from '../../../../shared/contract/schemas';
import { DateField } from '../../ui/DateFields';

export type CampaignDraft = Pick<
  Campaign,
  'clientId' | 'name' | 'objective' | 'startDate' | 'endDate' | 'color' | 'kpiTargets' | 'budget' | 'status' | 'notes' | 'mechanics' | 'phases'
>;

interface Props {
  draft: CampaignDraft;
  onChange(d: CampaignDraft): void;
  clients: Client[];
  clientEditable: boolean;
  errors: Record<string, string>;
}

/** Campaign fields: dates, goal and KPI targets, budget, mechanics and phases (teaser → launch → sustain). */
export function CampaignForm({ draft, onChange, clients, clientEditable, errors }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof CampaignDraft>(k: K, v: CampaignDraft[K]) => onChange({ ...draft, [k]: v });
  const setKpi = (i: number, patch: Partial<CampaignDraft['kpiTargets'][number]>) =>
    set('kpiTargets', draft.kpiTargets.map((k, j) => (j === i ? { ...k, ...patch } : k)));
  const setPhase = (i: number, patch: Partial<CampaignDraft['phases'][number]>) =>
    set('phases', draft.phases.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const defaultPhaseNames = t('campaign.phaseDefaults').split(',');

  return (
    <Stack gap="sm">
      <SimpleGrid cols={2} spacing="sm">
        <TextInput label={t('campaign.name')} value={draft.name} onChange={(e) => set('name', e.currentTarget.value)} required error={errors.name} data-autofocus />
        <Select
          label={t('campaign.client')}
          value={draft.clientId}
          data={clients.map((c) => ({ value: c.id, label: c.name }))}
          disabled={!clientEditable}
          allowDeselect={false}
          onChange={(id) => {
            const c = clients.find((x) => x.id === id);
            if (c) onChange({ ...draft, clientId: c.id, color: c.color });
          }}
          error={errors.clientId}
        />
      </SimpleGrid>
      <SimpleGrid cols={4} spacing="sm">
        <DateField label={t('campaign.start')} value={draft.startDate} onChange={(d) => set('startDate', d)} error={errors.startDate} />
        <DateField label={t('campaign.end')} value={draft.endDate} onChange={(d) => set('endDate', d)} error={errors.endDate} />
        <Select
          label={t('campaign.status')}
          value={draft.status}
          allowDeselect={false}
          data={CAMPAIGN_STATUSES.map((s) => ({ value: s, label: t(`campaign.statuses.${s}`) }))}
          onChange={(s) => s && set('status', s as Campaign['status'])}
        />
        <ColorInput label={t('campaign.color')} value={draft.color} onChange={(c) => set('color', c)} format="hex" error={errors.color} />
      </SimpleGrid>
      <GrowingTextarea label={t('campaign.objective')} minRows={2} value={draft.objective} onChange={(e) => set('objective', e.currentTarget.value)} />

      <Text fw={600} size="sm">
        {t('campaign.kpis')}
      </Text>
      {draft.kpiTargets.map((k, i) => (
        <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
          <TextInput aria-label={`${t('campaign.kpiMetric')} ${i + 1}`} placeholder="reach, engagement, leads" value={k.metric} onChange={(e) => setKpi(i, { metric: e.currentTarget.value })} style={{ flex: 2 }} error={errors[`kpiTargets.${i}.metric`]} />
          <NumberInput aria-label={`${t('campaign.kpiTarget')} ${i + 1}`} value={k.target} min={0} thousandSeparator="." decimalSeparator="," onChange={(v) => setKpi(i, { target: Number(v) || 0 })} style={{ flex: 1 }} />
          <TextInput aria-label={`${t('campaign.kpiUnit')} ${i + 1}`} placeholder="%" value={k.unit} onChange={(e) => setKpi(i, { unit: e.currentTarget.value })} w={80} />
          <RemoveRowButton label={`${t('common.remove')} KPI ${i + 1}`} onClick={() => set('kpiTargets', draft.kpiTargets.filter((_, j) => j !== i))} />
        </Group>
      ))}
      <AddRowButton label={t('campaign.addKpi')} onClick={() => set('kpiTargets', [...draft.kpiTargets, { metric: '', target: 0, unit: '' }])} />

      <NumberInput
        label={t('campaign.budget')}
        value={draft.budget ?? ''}
        min={0}
        allowDecimal={false}
        thousandSeparator="."
        decimalSeparator=","
        prefix="Rp "
        onChange={(v) => set('budget', v === '' ? null : Number(v))}
        maw={260}
      />
      <GrowingTextarea label={t('campaign.mechanics')} minRows={2} value={draft.mechanics} onChange={(e) => set('mechanics', e.currentTarget.value)} />

      <Text fw={600} size="sm">
        {t('campaign.phases')}
      </Text>
      {draft.phases.map((p, i) => (
        <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
          <TextInput aria-label={`${t('campaign.phaseName')} ${i + 1}`} value={p.name} onChange={(e) => setPhase(i, { name: e.currentTarget.value })} style={{ flex: 1 }} error={errors[`phases.${i}.name`]} />
          <DateField aria-label={`${t('campaign.start')} ${i + 1}`} value={p.startDate} onChange={(d) => setPhase(i, { startDate: d })} />
          <DateField aria-label={`${t('campaign.end')} ${i + 1}`} value={p.endDate} onChange={(d) => setPhase(i, { endDate: d })} error={errors[`phases.${i}.endDate`]} />
          <RemoveRowButton label={`${t('common.remove')} ${p.name}`} onClick={() => set('phases', draft.phases.filter((_, j) => j !== i))} />
        </Group>
      ))}
      <AddRowButton label={t('campaign.addPhase')} onClick={() => set('phases', [...draft.phases, { name: defaultPhaseNames[draft.phases.length] ?? '', startDate: draft.startDate, endDate: draft.endDate }])} />
      <GrowingTextarea label={t('campaign.notes')} minRows={2} value={draft.notes} onChange={(e) => set('notes', e.currentTarget.value)} />
    </Stack>
  );
}
