/**
 * Geometry for one small line chart per part of life, kept pure so it can be tested without a
 * browser. Numbers run from SCORE_MIN at the bottom to SCORE_MAX at the top; time runs along
 * a range shared by every chart, so charts line up with one another.
 */
import { SCORE_MAX, SCORE_MIN } from '../../domain/checkIns';
import { linearScale, plotBox, type PlotBox } from '../../ui/chartScale';

export const CHART = { width: 300, height: 130, left: 26, right: 10, top: 10, bottom: 24 };

/** Above this many points the line alone is drawn (plus the latest point), to stay readable. */
export const MAX_DRAWN_POINTS = 40;

/** Scores with a labelled grid line. */
export const GRID_SCORES = [SCORE_MIN, 5, SCORE_MAX] as const;

export interface ChartPoint {
  id: string;
  x: number;
  y: number;
  score: number;
}

export interface LineChartLayout {
  box: PlotBox;
  /** "M x y L x y …", or '' when there is nothing to draw. */
  path: string;
  points: ChartPoint[];
  /** The points worth a dot: all of them when few, otherwise just the latest. */
  dots: ChartPoint[];
  gridLines: { score: number; y: number }[];
}

const BOX = plotBox(CHART);
const round = (value: number) => Math.round(value * 10) / 10;
const scoreScale = linearScale([SCORE_MIN, SCORE_MAX], [BOX.bottom, BOX.top]);

export function scoreToY(score: number): number {
  return round(scoreScale(score));
}

export function timeToX(time: number, range: { from: number; to: number }): number {
  return round(linearScale([range.from, range.to], [BOX.left, BOX.right])(time));
}

/** Lays out one area's check-ins (oldest first) against the shared time range. */
export function lineChart(
  entries: readonly { id: string; at: string; score: number }[],
  range: { from: number; to: number },
): LineChartLayout {
  const points = entries.map((entry) => ({
    id: entry.id,
    x: timeToX(Date.parse(entry.at), range),
    y: scoreToY(entry.score),
    score: entry.score,
  }));
  const path = points
    .map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`)
    .join(' ');
  const dots = points.length <= MAX_DRAWN_POINTS ? points : points.slice(-1);
  return {
    box: BOX,
    path,
    points,
    dots,
    gridLines: GRID_SCORES.map((score) => ({ score, y: scoreToY(score) })),
  };
}
