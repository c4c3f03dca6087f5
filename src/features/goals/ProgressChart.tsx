import { useTranslation } from 'react-i18next';
import type { MonthProgress } from '../../domain/progress';
import { formatMonth } from '../../ui/formatDate';
import { chartLayout } from './chartLayout';

/**
 * A hand-written SVG bar chart: steps and goals stacked per month. It is one image for screen
 * readers (with a summary); the table beside it carries the numbers.
 */
export function ProgressChart({ months }: { months: MonthProgress[] }) {
  const { t, i18n } = useTranslation();
  const layout = chartLayout(months);
  const total = months.reduce((sum, month) => sum + month.steps + month.goals, 0);
  const summary = t('progress.chartSummary', {
    count: total,
    from: formatMonth(months[0]!.month, i18n.language, 'long'),
    to: formatMonth(months[months.length - 1]!.month, i18n.language, 'long'),
  });

  return (
    <figure className="progress-chart">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={summary}
        className="progress-chart__svg"
      >
        {layout.gridLines.map((line) => (
          <g key={line.value}>
            <line
              x1={layout.left}
              x2={layout.width}
              y1={line.y}
              y2={line.y}
              className="progress-chart__grid"
            />
            <text
              x={layout.left - 6}
              y={line.y + 4}
              textAnchor="end"
              className="progress-chart__axis"
            >
              {line.value}
            </text>
          </g>
        ))}
        {layout.bars.map((bar) => (
          <g key={bar.month}>
            {bar.steps.height > 0 && (
              <rect
                x={bar.x}
                y={bar.steps.y}
                width={bar.width}
                height={bar.steps.height}
                className="progress-chart__steps"
              />
            )}
            {bar.goals.height > 0 && (
              <rect
                x={bar.x}
                y={bar.goals.y}
                width={bar.width}
                height={bar.goals.height}
                className="progress-chart__goals"
              />
            )}
            {bar.showLabel && (
              <text
                x={bar.x + bar.width / 2}
                y={layout.height - 6}
                textAnchor="middle"
                className="progress-chart__axis"
              >
                {formatMonth(bar.month, i18n.language)}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption className="progress-chart__legend">
        <span>
          <span className="progress-chart__key progress-chart__key--steps" aria-hidden="true" />
          {t('progress.legendSteps')}
        </span>
        <span>
          <span className="progress-chart__key progress-chart__key--goals" aria-hidden="true" />
          {t('progress.legendGoals')}
        </span>
      </figcaption>
    </figure>
  );
}
