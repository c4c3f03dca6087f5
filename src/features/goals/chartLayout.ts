import type { MonthProgress } from '../../domain/progress';
import { linearScale, plotBox } from '../../ui/chartScale';

export interface BarLayout {
  month: string;
  x: number;
  width: number;
  steps: { y: number; height: number };
  goals: { y: number; height: number };
  showLabel: boolean;
}

const CHART = { width: 640, height: 240, left: 32, right: 0, top: 12, bottom: 28 };

/** Geometry for the progress chart, kept pure so it can be tested without a browser. */
export function chartLayout(months: readonly MonthProgress[]) {
  const box = plotBox(CHART);
  const max = Math.max(1, ...months.map((month) => month.steps + month.goals));
  const step = niceStep(max);
  const ceiling = Math.ceil(max / step) * step;
  const toY = linearScale([0, ceiling], [box.bottom, box.top]);
  const slot = (box.right - box.left) / Math.max(1, months.length);
  const barWidth = Math.max(2, Math.min(48, slot * 0.7));
  // Label at most about twelve months so the axis stays readable on a phone.
  const labelEvery = Math.max(1, Math.ceil(months.length / 12));

  const bars: BarLayout[] = months.map((month, index) => {
    const stepsTop = toY(month.steps);
    const goalsTop = toY(month.steps + month.goals);
    return {
      month: month.month,
      x: box.left + index * slot + (slot - barWidth) / 2,
      width: barWidth,
      steps: { y: stepsTop, height: box.bottom - stepsTop },
      goals: { y: goalsTop, height: stepsTop - goalsTop },
      showLabel: index % labelEvery === 0,
    };
  });

  const gridLines = [];
  for (let value = 0; value <= ceiling; value += step) gridLines.push({ value, y: toY(value) });
  return { box, bars, gridLines };
}

function niceStep(max: number): number {
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(1, rough)));
  for (const factor of [1, 2, 5, 10]) if (factor * magnitude >= rough) return factor * magnitude;
  return 10 * magnitude;
}
