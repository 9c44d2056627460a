import { useComputedColorScheme } from '@mantine/core';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { useEffect, useRef } from 'react';

/**
 * One ECharts chart, drawn with the SVG renderer: the same library and options
 * (shared/reports/charts.ts) the PDF prints from, so the app and the report look alike.
 */
export function EChart({ option, height, label }: { option: (dark: boolean) => EChartsOption; height: number; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const dark = useComputedColorScheme('light') === 'dark';
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, null, { renderer: 'svg' });
    chart.setOption(option(dark));
    const ro = new ResizeObserver(() => chart.resize());
    ro.observe(ref.current);
    return () => {
      ro.disconnect();
      chart.dispose();
    };
  }, [option, dark]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
