import type { MonthProgress } from '../../domain/progress';

export interface BarLayout {
  month: string;
  x: number;
  width: number;
  steps: { y: number; height: number };
  goals: { y: number; height: number };
  showLabel: boolean;
}

/** Geometry for the progress chart, kept pure so it can be tested without a browser. */
export function chartLayout(months: readonly MonthProgress[]) {
  const width = 640;
  const height = 240;
  const left = 32;
  const top = 12;
  const bottom = 28;
  const plotHeight = height - top - bottom;
  const max = Math.max(1, ...months.map((month) => month.steps + month.goals));
  const step = niceStep(max);
  const ceiling = Math.ceil(max / step) * step;
  const slot = (width - left) / Math.max(1, months.length);
  const barWidth = Math.max(2, Math.min(48, slot * 0.7));
  // Label at most about twelve months so the axis stays readable on a phone.
  const labelEvery = Math.max(1, Math.ceil(months.length / 12));
  const scale = (value: number) => (value / ceiling) * plotHeight;

  const bars: BarLayout[] = months.map((month, index) => {
    const stepsHeight = scale(month.steps);
    const goalsHeight = scale(month.goals);
    const baseline = top + plotHeight;
    return {
      month: month.month,
      x: left + index * slot + (slot - barWidth) / 2,
      width: barWidth,
      steps: { y: baseline - stepsHeight, height: stepsHeight },
      goals: { y: baseline - stepsHeight - goalsHeight, height: goalsHeight },
      showLabel: index % labelEvery === 0,
    };
  });

  const gridLines = [];
  for (let value = 0; value <= ceiling; value += step) {
    gridLines.push({ value, y: top + plotHeight - scale(value) });
  }
  return { width, height, left, bars, gridLines };
}

function niceStep(max: number): number {
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(1, rough)));
  for (const factor of [1, 2, 5, 10]) if (factor * magnitude >= rough) return factor * magnitude;
  return 10 * magnitude;
}
