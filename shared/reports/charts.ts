import type { EChartsOption } from 'echarts';
import type { Report } from '../contract/reports';

/**
 * The report's charts as ECharts options, built once here: the Reports screen renders them with
 * ECharts' SVG renderer in the browser, the PDF with the same library's server-side SVG render
 * (electron/core/reports/svg.ts). Same options, same library, same picture. No animation, so the
 * print catches the final frame.
 */

export interface ChartWords {
  engagements: string;
  posts: string;
  thisPeriod: string;
  previousPeriod: string;
  weekdays: string[]; // Monday first
  metricNames: Record<string, string>;
  platformNames: Record<string, string>;
}

export interface ChartLook {
  dark?: boolean;
}

export const CHART_COLORS = ['#1c7ed6', '#f76707', '#37b24d', '#ae3ec9', '#f59f00', '#0ca678', '#e64980'];
const fg = (l: ChartLook) => (l.dark ? '#c9c9c9' : '#495057');
const stripes = (l: ChartLook) => (l.dark ? ['#25262b', '#2c2e33'] : ['#f8f9fa', '#ffffff']);
const grid = (l: ChartLook) => (l.dark ? '#373a40' : '#e9ecef');

const base = (l: ChartLook): EChartsOption => ({
  animation: false,
  color: CHART_COLORS,
  textStyle: { fontFamily: '"Rencana Inter", Inter, system-ui, sans-serif', color: fg(l) },
  grid: { left: 48, right: 16, top: 32, bottom: 32 },
});

const axisLine = (l: ChartLook) => ({ axisLine: { lineStyle: { color: grid(l) } }, axisLabel: { color: fg(l) }, splitLine: { lineStyle: { color: grid(l) } } });

/** Engagements per day of the period, with the number of posts as a line. */
export function dailyChart(r: Report, w: ChartWords, l: ChartLook = {}): EChartsOption {
  return {
    ...base(l),
    legend: { top: 0, textStyle: { color: fg(l) } },
    xAxis: { type: 'category', data: r.daily.map((d) => d.date.slice(8)), ...axisLine(l) },
    yAxis: [{ type: 'value', ...axisLine(l) }, { type: 'value', ...axisLine(l), splitLine: { show: false } }],
    series: [
      { name: w.engagements, type: 'bar', data: r.daily.map((d) => d.engagements) },
      { name: w.posts, type: 'line', yAxisIndex: 1, data: r.daily.map((d) => d.posts), symbolSize: 4 },
    ],
  };
}

/** Engagements per platform, this period beside the previous one is in `compareChart`. */
export function platformChart(r: Report, w: ChartWords, l: ChartLook = {}): EChartsOption {
  return {
    ...base(l),
    grid: { left: 90, right: 24, top: 16, bottom: 24 },
    xAxis: { type: 'value', ...axisLine(l) },
    yAxis: { type: 'category', data: r.byPlatform.map((b) => w.platformNames[b.key] ?? b.key), ...axisLine(l) },
    series: [{ name: w.engagements, type: 'bar', data: r.byPlatform.map((b) => b.totals.engagements), label: { show: true, position: 'right', color: fg(l) } }],
  };
}

const COMPARE = ['reach', 'impressions', 'views', 'engagements'] as const;
/** This period against the previous one, metric by metric. */
export function compareChart(r: Report, w: ChartWords, l: ChartLook = {}): EChartsOption {
  const val = (t: Report['totals'], k: (typeof COMPARE)[number]) => (k === 'engagements' ? t.engagements : t.metrics[k]);
  return {
    ...base(l),
    legend: { top: 0, textStyle: { color: fg(l) } },
    xAxis: { type: 'category', data: COMPARE.map((k) => w.metricNames[k] ?? k), ...axisLine(l) },
    yAxis: { type: 'value', ...axisLine(l) },
    series: [
      { name: w.previousPeriod, type: 'bar', data: COMPARE.map((k) => val(r.previousTotals, k)), itemStyle: { color: '#adb5bd' } },
      { name: w.thisPeriod, type: 'bar', data: COMPARE.map((k) => val(r.totals, k)) },
    ],
  };
}

/** Weekday × hour, coloured by average engagements per post, each cell labelled with its post count. */
export function heatmapChart(r: Report, w: ChartWords, l: ChartLook = {}): EChartsOption {
  const max = Math.max(1, ...r.heatmap.cells.map((c) => c.avgEngagements));
  return {
    ...base(l),
    grid: { left: 64, right: 16, top: 8, bottom: 64 },
    xAxis: { type: 'category', data: Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0')), ...axisLine(l), splitArea: { show: true, areaStyle: { color: stripes(l) } } },
    yAxis: { type: 'category', data: w.weekdays, inverse: true, ...axisLine(l), splitArea: { show: true, areaStyle: { color: stripes(l) } } },
    visualMap: {
      min: 0,
      max: Math.round(max),
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      text: [String(Math.round(max)), '0'],
      textStyle: { color: fg(l) },
      inRange: { color: l.dark ? ['#1b2a3a', '#1c7ed6', '#ffd43b'] : ['#e7f5ff', '#4dabf7', '#f76707'] },
    },
    series: [
      {
        name: w.engagements,
        type: 'heatmap',
        data: r.heatmap.cells.map((c) => [c.hour, c.weekday - 1, Math.round(c.avgEngagements), c.posts]),
        label: { show: true, formatter: (p: { value?: unknown }) => String((p.value as number[])[3]), fontSize: 9 },
        itemStyle: { borderColor: l.dark ? '#25262b' : '#fff', borderWidth: 1 },
      },
    ],
  };
}
