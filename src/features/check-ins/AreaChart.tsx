import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SCORE_MAX, type CheckIn } from '../../domain/checkIns';
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
  const spansTime = range.to > range.from;

  return (
    <figure className="check-in-chart">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={summary}
        className="check-in-chart__svg"
      >
        {layout.gridLines.map((line) => (
          <g key={line.score}>
            <line
              x1={layout.left}
              x2={layout.right}
              y1={line.y}
              y2={line.y}
              className="check-in-chart__grid"
            />
            <text
              x={layout.left - 6}
              y={line.y + 4}
              textAnchor="end"
              className="check-in-chart__axis"
            >
              {formatScore(line.score, language)}
            </text>
          </g>
        ))}
        <text
          x={spansTime ? layout.left : (layout.left + layout.right) / 2}
          y={layout.height - 6}
          textAnchor={spansTime ? 'start' : 'middle'}
          className="check-in-chart__axis"
        >
          {formatShortDate(range.from, language)}
        </text>
        {spansTime && (
          <text
            x={layout.right}
            y={layout.height - 6}
            textAnchor="end"
            className="check-in-chart__axis"
          >
            {formatShortDate(range.to, language)}
          </text>
        )}
        {layout.points.length > 1 && <path d={layout.path} className="check-in-chart__line" />}
        {layout.dots.map((dot) => (
          <circle key={dot.id} cx={dot.x} cy={dot.y} r={4} className="check-in-chart__point" />
        ))}
      </svg>
    </figure>
  );
}
