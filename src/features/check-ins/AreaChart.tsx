import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SCORE_MAX, type CheckIn } from '../../domain/checkIns';
import { ChartFrame, type AxisLabel } from '../../ui/ChartFrame';
import { lineChart } from './chartGeometry';
import { scoreRange } from './checkInHistory';
import { formatLongDate, formatScore, formatShortDate } from './formatting';

/**
 * A hand-written SVG line chart of one area's numbers over time. It is one image for screen
 * readers, with a summary in words; the table beside it carries every number and note.
 */
export function AreaChart({
  name,
  entries,
  range,
}: {
  name: string;
  entries: CheckIn[];
  range: { from: number; to: number };
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const layout = useMemo(() => lineChart(entries, range), [entries, range]);
  const summary = useMemo(() => {
    const first = entries[0]!;
    const latest = entries[entries.length - 1]!;
    const max = formatScore(SCORE_MAX, language);
    if (entries.length === 1) {
      return t('checkIns.history.chartSingle', {
        area: name,
        date: formatLongDate(first.at, language),
        score: formatScore(first.score, language),
        max,
      });
    }
    const { lowest, highest } = scoreRange(entries);
    return t('checkIns.history.chart', {
      area: name,
      count: entries.length,
      from: formatLongDate(first.at, language),
      to: formatLongDate(latest.at, language),
      lowest: formatScore(lowest, language),
      highest: formatScore(highest, language),
      latest: formatScore(latest.score, language),
      max,
    });
  }, [entries, name, language, t]);
  const { box } = layout;
  const from = formatShortDate(range.from, language);
  // One moment is labelled beneath the middle; a span at both ends.
  const axisLabels: AxisLabel[] =
    range.to > range.from
      ? [
          { key: 'from', x: box.left, text: from, anchor: 'start' },
          { key: 'to', x: box.right, text: formatShortDate(range.to, language), anchor: 'end' },
        ]
      : [{ key: 'from', x: (box.left + box.right) / 2, text: from, anchor: 'middle' }];

  return (
    <ChartFrame
      name="check-in-chart"
      box={box}
      summary={summary}
      gridLines={layout.gridLines.map((line) => ({
        key: line.score,
        y: line.y,
        text: formatScore(line.score, language),
      }))}
      axisLabels={axisLabels}
    >
      {layout.points.length > 1 && <path d={layout.path} className="check-in-chart__line" />}
      {layout.dots.map((dot) => (
        <circle key={dot.id} cx={dot.x} cy={dot.y} r={4} className="check-in-chart__point" />
      ))}
    </ChartFrame>
  );
}
