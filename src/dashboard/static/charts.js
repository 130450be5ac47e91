// Gongzhi dashboard: ECharts options for the panels' charts (the library is the global `echarts`).

const FONT = "system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const RED = '#b3261e';
const PALETTE = [RED, '#e8a33d', '#3d7ab3', '#5a9e6f', '#8a6bb3', '#7a7f8c'];

const base = () => ({
  animation: false,
  color: PALETTE,
  textStyle: { fontFamily: FONT },
  // Rich-text tooltips are drawn on the canvas: no HTML with inline styles, so a strict CSP holds.
  tooltip: { renderMode: 'richText', trigger: 'item' },
  grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
});

/** One bar per figure. */
export function barOption(pairs) {
  return {
    ...base(),
    xAxis: { type: 'category', data: pairs.map(([l]) => l), axisLabel: { interval: 0, fontSize: 11 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        data: pairs.map(([, v]) => v),
        label: { show: true, position: 'top' },
        colorBy: 'data',
        barMaxWidth: 48,
      },
    ],
  };
}

/** Several series over the same categories. */
export function groupedBarOption(categories, series) {
  return {
    ...base(),
    tooltip: { renderMode: 'richText', trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, fontSize: 11 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map(([name, data]) => ({ type: 'bar', name, data, barMaxWidth: 32 })),
  };
}

export function pieOption(pairs) {
  return {
    ...base(),
    series: [
      {
        type: 'pie',
        radius: ['40%', '68%'],
        data: pairs.map(([name, value]) => ({ name, value })),
        label: { formatter: '{b}\n{c}' },
      },
    ],
  };
}

export function gaugeOption(rate) {
  return {
    ...base(),
    series: [
      {
        type: 'gauge',
        min: 0,
        max: 100,
        radius: '100%',
        center: ['50%', '62%'],
        startAngle: 200,
        endAngle: -20,
        progress: { show: true, width: 16, itemStyle: { color: RED } },
        axisLine: { lineStyle: { width: 16 } },
        pointer: { show: false },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        title: { offsetCenter: [0, '30%'], fontSize: 12 },
        detail: {
          valueAnimation: false,
          formatter: '{value}%',
          fontSize: 26,
          fontWeight: 600,
          offsetCenter: [0, '-5%'],
        },
        data: [{ value: Number((rate * 100).toFixed(1)), name: '协商率 Consultation rate' }],
      },
    ],
  };
}
