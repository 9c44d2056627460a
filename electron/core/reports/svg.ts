import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';

/** An ECharts option as a static SVG string: the same library and options the Reports screen draws. */
export function chartSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
