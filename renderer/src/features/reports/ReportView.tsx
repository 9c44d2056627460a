import { Badge, Button, Card, Group, NumberInput, Progress, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { GrowingTextarea } from '../../ui/GrowingTextarea';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiRow, Report } from '../../../../shared/contract/reports';
import { PLATFORM_LABELS } from '../../../../shared/domain/platforms';
import { zoneLabel } from '../../../../shared/domain/time';
import { compareChart, dailyChart, heatmapChart, platformChart, type ChartWords } from '../../../../shared/reports/charts';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { errorMessage } from '../../ui/errors';
import { notifyError, notifySuccess } from '../../ui/notify';
import { EChart } from './EChart';
import { formula, kpiValue, numbers } from './format';
import { useFormat } from '../../ui/useFormatDate';

function KpiTable({ rows, label }: { rows: KpiRow[]; label: string }) {
  const { t, i18n } = useTranslation();
  const n = numbers(i18n.language);
  return (
    <Table withTableBorder aria-label={label} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('reports.metric')}</Table.Th>
          <Table.Th ta="right">{t('reports.target')}</Table.Th>
          <Table.Th ta="right">{t('reports.actual')}</Table.Th>
          <Table.Th w={160}>{t('reports.progress')}</Table.Th>
          <Table.Th>{t('reports.formula')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((k, i) => (
          <Table.Tr key={i}>
            <Table.Td>{k.metric}</Table.Td>
            <Table.Td ta="right">{kpiValue(k, k.target, i18n.language)}</Table.Td>
            <Table.Td ta="right">{kpiValue(k, k.actual, i18n.language)}</Table.Td>
            <Table.Td>
              {k.progress !== null ? (
                <Group gap={6} wrap="nowrap">
                  <Progress value={Math.min(100, k.progress * 100)} color={k.progress >= 1 ? 'green' : 'blue'} w={80} aria-label={`${k.metric} ${n.pct(k.progress * 100)}`} />
                  <Text size="xs">{n.pct(k.progress * 100)}</Text>
                </Group>
              ) : (
                '—'
              )}
            </Table.Td>
            <Table.Td>
              <Text size="xs" c="dimmed">
                {formula(t, k, i18n.language)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The report of one client and period: totals, KPI, charts, heat map, matches, notes, export. */
export function ReportView({ report, clientId, from, to }: { report: Report; clientId: string; from: string; to: string }) {
  const { t, i18n } = useTranslation();
  const fmtAll = useFormat();
  const n = numbers(i18n.language);
  const r = report;
  const words: ChartWords = {
    engagements: t('reports.engagements'),
    posts: t('reports.posts'),
    thisPeriod: t('reports.period'),
    previousPeriod: t('reports.vsPrevious'),
    weekdays: t('reports.weekdays', { returnObjects: true }) as string[],
    metricNames: { ...(t('reports.fields', { returnObjects: true }) as Record<string, string>), engagements: t('reports.engagements') },
    platformNames: PLATFORM_LABELS,
  };
  const wordsKey = i18n.language;
  // Options are rebuilt only when the report or the language changes.
  /* eslint-disable react-hooks/exhaustive-deps */
  const daily = useCallback((dark: boolean) => dailyChart(r, words, { dark }), [r, wordsKey]);
  const platform = useCallback((dark: boolean) => platformChart(r, words, { dark }), [r, wordsKey]);
  const compare = useCallback((dark: boolean) => compareChart(r, words, { dark }), [r, wordsKey]);
  const heat = useCallback((dark: boolean) => heatmapChart(r, words, { dark }), [r, wordsKey]);
  /* eslint-enable react-hooks/exhaustive-deps */

  const updateSettings = useApiMutation('reports.updateSettings', ['reports']);
  const adopt = useApiMutation('primeTimes.add', ['reports', 'primeTimes']);
  const onError = (e: Error) => notifyError(t('errors.title'), errorMessage(t, e));
  const pct = (now: number, before: number) => (before === 0 ? '' : `${now >= before ? '▲' : '▼'} ${n.dec(Math.abs(((now - before) / before) * 100))}%`);
  const card = (label: string, now: number, before: number, fmt = n.int) => (
    <Card withBorder padding="sm" key={label}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {fmt(now)}
      </Text>
      <Text size="xs" c={now >= before ? 'teal' : 'red'}>
        {pct(now, before)} {t('reports.vsPrevious')}
      </Text>
    </Card>
  );

  return (
    <Stack>
      <section aria-label={t('reports.totals')}>
        <Title order={3} size="h4" mb="xs">
          {t('reports.totals')}
        </Title>
        {r.totals.posts === 0 && <Text c="dimmed">{t('reports.noData')}</Text>}
        <SimpleGrid cols={{ base: 3, lg: 6 }}>
          {card(t('reports.posts'), r.totals.posts, r.previousTotals.posts)}
          {card(t('reports.fields.reach'), r.totals.metrics.reach, r.previousTotals.metrics.reach)}
          {card(t('reports.fields.views'), r.totals.metrics.views, r.previousTotals.metrics.views)}
          {card(t('reports.engagements'), r.totals.engagements, r.previousTotals.engagements)}
          {card(t('reports.er'), (r.totals.er ?? 0) * 100, (r.previousTotals.er ?? 0) * 100, n.pct)}
          {card(t('reports.fields.follows'), r.totals.metrics.follows, r.previousTotals.metrics.follows)}
        </SimpleGrid>
        <Group mt="xs" align="flex-end">
          <Select
            label={t('reports.erBase')}
            w={220}
            data={(['reach', 'impressions', 'followers'] as const).map((b) => ({ value: b, label: t(`reports.erBases.${b}`) }))}
            value={r.settings.erBase}
            allowDeselect={false}
            onChange={(v) => v && updateSettings.mutate({ clientId, settings: { erBase: v as Report['settings']['erBase'] } }, { onError })}
          />
          {r.settings.erBase === 'followers' &&
            r.byPlatform.map((b) => (
              <NumberInput
                key={b.key}
                w={160}
                label={t('reports.followersOf', { platform: PLATFORM_LABELS[b.key as keyof typeof PLATFORM_LABELS] ?? b.key })}
                defaultValue={r.settings.followers[b.key as keyof Report['settings']['followers']] ?? ''}
                thousandSeparator={i18n.language === 'id' ? '.' : ','}
                decimalSeparator={i18n.language === 'id' ? ',' : '.'}
                onBlur={(e) => {
                  const v = Number(e.currentTarget.value.replace(/\D/g, ''));
                  updateSettings.mutate({ clientId, settings: { followers: { ...r.settings.followers, [b.key]: v } } }, { onError });
                }}
              />
            ))}
          <Text size="xs" c="dimmed" maw={520}>
            {t('reports.erDef', { base: t(`reports.erBases.${r.settings.erBase}`).toLowerCase() })}
          </Text>
        </Group>
      </section>

      <Card withBorder component="section" aria-label={t('reports.kpi')}>
        <Title order={3} size="h4" mb="xs">
          {t('reports.kpi')}
        </Title>
        {r.kpis.length === 0 && <Text c="dimmed">{t('reports.noKpi')}</Text>}
        {r.kpis.length > 0 && (
          <>
            <Text fw={600} size="sm">
              {t('reports.monthKpi')}
            </Text>
            <KpiTable rows={r.kpis} label={t('reports.monthKpi')} />
          </>
        )}
        {r.campaigns
          .filter((c) => c.kpis.length)
          .map((c) => (
            <Stack key={c.id} gap={4} mt="sm">
              <Text fw={600} size="sm">
                {t('reports.campaign', { name: c.name })}
              </Text>
              <KpiTable rows={c.kpis} label={t('reports.campaign', { name: c.name })} />
            </Stack>
          ))}
      </Card>

      <SimpleGrid cols={2}>
        <Card withBorder>
          <Text fw={600} size="sm">
            {t('reports.compare')}
          </Text>
          <EChart option={compare} height={240} label={t('reports.compare')} />
        </Card>
        <Card withBorder>
          <Text fw={600} size="sm">
            {t('reports.byPlatform')}
          </Text>
          <EChart option={platform} height={240} label={t('reports.byPlatform')} />
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Text fw={600} size="sm">
          {t('reports.daily')}
        </Text>
        <EChart option={daily} height={240} label={t('reports.daily')} />
      </Card>

      <SimpleGrid cols={2}>
        {(['top', 'bottom'] as const).map((which) => (
          <Card withBorder key={which} component="section" aria-label={t(`reports.${which}`)}>
            <Text fw={600} size="sm" mb={4}>
              {t(`reports.${which}`)}
            </Text>
            <Stack gap={6}>
              {r[which].map((p) => (
                <Group key={p.id} justify="space-between" wrap="nowrap">
                  <Text size="sm" lineClamp={1} style={{ minWidth: 0 }}>
                    <Badge size="xs" variant="light" mr={6}>
                      {PLATFORM_LABELS[p.platform]}
                    </Badge>
                    {p.topic || p.caption}
                  </Text>
                  <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {n.int(p.engagements)}
                    {p.er !== null ? ` · ${n.pct(p.er * 100)}` : ''}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>

      <Card withBorder component="section" aria-label={t('reports.heatmap', { zone: zoneLabel(r.client.timezone) })}>
        <Title order={3} size="h4">
          {t('reports.heatmap', { zone: zoneLabel(r.client.timezone) })}
        </Title>
        <EChart option={heat} height={300} label={t('reports.heatmap', { zone: zoneLabel(r.client.timezone) })} />
        <Text size="xs" c="dimmed">
          {t('reports.heatmapNote')}
        </Text>
        {r.heatmap.thin && (
          <Text size="sm" c="orange">
            {t('reports.thin', { posts: r.heatmap.timedPosts, min: r.heatmap.minPosts })}
          </Text>
        )}
        {r.heatmap.untimedPosts > 0 && <Text size="xs" c="dimmed">{t('reports.untimed', { count: r.heatmap.untimedPosts })}</Text>}
        <Text fw={600} size="sm" mt="sm">
          {t('reports.suggestions')}
        </Text>
        {r.suggestions.length === 0 && <Text size="sm" c="dimmed">{t('reports.noSuggestions')}</Text>}
        <Stack gap={4}>
          {r.suggestions.map((s) => {
            const when = `${words.weekdays[s.weekday - 1]} ${fmtAll.wallTime(s.time)}`;
            return (
              <Group key={`${s.platform}${s.weekday}${s.time}`} gap="sm">
                <Text size="sm">
                  {PLATFORM_LABELS[s.platform]} — {when} ({s.posts} {t('reports.posts').toLowerCase()}, ⌀ {n.int(s.avgEngagements)})
                </Text>
                {s.adopted ? (
                  <Badge color="green">{t('reports.adopted')}</Badge>
                ) : (
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={`${t('reports.adopt')}: ${PLATFORM_LABELS[s.platform]} ${when}`}
                    onClick={() =>
                      adopt.mutate(
                        { clientId, times: [{ platform: s.platform, weekday: s.weekday, time: s.time, source: 'suggested' }] },
                        { onSuccess: () => notifySuccess(t('reports.adoptedToast', { platform: PLATFORM_LABELS[s.platform], when })), onError },
                      )
                    }
                  >
                    {t('reports.adopt')}
                  </Button>
                )}
              </Group>
            );
          })}
        </Stack>
      </Card>

      <Unmatched clientId={clientId} from={from} to={to} count={r.unmatched} />
      <Notes clientId={clientId} from={from} to={to} notes={r.notes} />
      <ExportBox clientId={clientId} from={from} to={to} />
    </Stack>
  );
}

function Unmatched({ clientId, from, to, count }: { clientId: string; from: string; to: string; count: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const list = useApiQuery('metrics.list', { clientId, from, to, unmatched: true }, { enabled: count > 0 });
  const slots = useApiQuery('slots.list', { from: `${from}T00:00:00.000Z`, to: `${to}T23:59:59.000Z`, clientIds: [clientId] }, { enabled: count > 0 });
  const match = useApiMutation('metrics.match', ['metrics', 'reports', 'slots']);
  if (count === 0) return null;
  return (
    <Card withBorder component="section" aria-label={t('reports.unmatched', { count })}>
      <Text fw={600} size="sm" mb={4}>
        {t('reports.unmatched', { count })}
      </Text>
      <Stack gap={6}>
        {(list.data ?? []).map((m) => (
          <Group key={m.id} justify="space-between" wrap="nowrap">
            <Text size="sm" lineClamp={1} style={{ minWidth: 0 }}>
              <Badge size="xs" variant="light" mr={6}>
                {PLATFORM_LABELS[m.platform]}
              </Badge>
              {fmt.date(m.date)} · {m.caption}
            </Text>
            <Select
              size="xs"
              w={260}
              aria-label={`${t('reports.matchTo')}: ${m.caption.slice(0, 40)}`}
              placeholder={t('reports.matchTo')}
              data={(slots.data ?? []).map((s) => ({ value: s.id, label: `${s.startsAt.slice(0, 10)} · ${s.topic || s.variants[0]?.plain.slice(0, 30) || s.format}` }))}
              onChange={(v) => v && match.mutate({ metricId: m.id, slotId: v }, { onSuccess: () => notifySuccess(t('reports.matched')), onError: (e) => notifyError(t('errors.title'), errorMessage(t, e)) })}
            />
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

function Notes({ clientId, from, to, notes }: { clientId: string; from: string; to: string; notes: Report['notes'] }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(notes);
  const save = useApiMutation('reports.saveNotes', ['reports']);
  return (
    <Card withBorder component="section" aria-label={t('reports.commentary')}>
      <Title order={3} size="h4" mb="xs">
        {t('reports.commentary')}
      </Title>
      <Stack gap="xs">
        <GrowingTextarea label={t('reports.summary')} minRows={2} value={draft.summary} onChange={(e) => setDraft({ ...draft, summary: e.currentTarget.value })} />
        <GrowingTextarea label={t('reports.insights')} minRows={2} value={draft.insights} onChange={(e) => setDraft({ ...draft, insights: e.currentTarget.value })} />
        <GrowingTextarea label={t('reports.nextPlan')} minRows={2} value={draft.nextPlan} onChange={(e) => setDraft({ ...draft, nextPlan: e.currentTarget.value })} />
        <NumberInput label={t('reports.leads')} w={200} min={0} value={draft.leads ?? ''} onChange={(v) => setDraft({ ...draft, leads: typeof v === 'number' ? v : null })} />
        <Button w="fit-content" loading={save.isPending} onClick={() => save.mutate({ clientId, from, to, notes: draft }, { onSuccess: () => notifySuccess(t('reports.notesSaved')), onError: (e) => notifyError(t('errors.title'), errorMessage(t, e)) })}>
          {t('reports.saveNotes')}
        </Button>
      </Stack>
    </Card>
  );
}

function ExportBox({ clientId, from, to }: { clientId: string; from: string; to: string }) {
  const { t, i18n } = useTranslation();
  const info = useApiQuery('app.info', {});
  const [outDir, setOutDir] = useState<string | null>(null);
  const dir = outDir ?? (info.data ? `${info.data.dataDir}/Laporan` : '');
  const exp = useApiMutation('reports.export', []);
  const [saved, setSaved] = useState<string[]>([]);
  const go = (format: 'pdf' | 'xlsx') =>
    exp.mutate(
      { clientId, from, to, format, outDir: dir, language: i18n.language === 'en' ? 'en' : 'id' },
      { onSuccess: (res) => setSaved((list) => [...list.filter((p) => p !== res.path), res.path]), onError: (e) => notifyError(t('errors.title'), errorMessage(t, e)) },
    );
  return (
    <Card withBorder component="section" aria-label={t('reports.export')}>
      <Title order={3} size="h4" mb="xs">
        {t('reports.export')}
      </Title>
      <Group align="flex-end">
        <TextInput style={{ flex: 1 }} label={t('reports.outDir')} value={dir} onChange={(e) => setOutDir(e.currentTarget.value)} />
        <Button onClick={() => go('pdf')} loading={exp.isPending && exp.variables?.format === 'pdf'} disabled={!dir}>
          {t('reports.exportPdf')}
        </Button>
        <Button variant="light" onClick={() => go('xlsx')} loading={exp.isPending && exp.variables?.format === 'xlsx'} disabled={!dir}>
          {t('reports.exportXlsx')}
        </Button>
      </Group>
      {saved.length > 0 && (
        <Stack gap={2} mt="xs" role="status" aria-label={t('reports.export')}>
          {saved.map((p) => (
            <Text key={p} size="sm" c="teal" style={{ overflowWrap: 'anywhere' }}>
              {t('reports.exported', { path: p })}
            </Text>
          ))}
        </Stack>
      )}
    </Card>
  );
}
