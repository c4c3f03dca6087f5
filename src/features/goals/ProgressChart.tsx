import { useTranslation } from 'react-i18next';
import type { MonthProgress } from '../../domain/progress';
import { ChartFrame } from '../../ui/ChartFrame';
import { formatMonth } from '../../ui/formatDate';
import { chartLayout } from './chartLayout';
import { ProgressTable } from './ProgressTable';

/** What each bar stacks, from the bottom. */
const SERIES = ['steps', 'goals'] as const;

/**
 * A hand-written SVG bar chart: steps and goals stacked per month. It is one image for screen
 * readers (with a summary); the table behind it carries the numbers.
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
    <ChartFrame
      name="progress-chart"
      box={layout.box}
      summary={summary}
      gridLines={layout.gridLines.map((line) => ({
        key: line.value,
        y: line.y,
        text: String(line.value),
      }))}
      axisLabels={layout.bars
        .filter((bar) => bar.showLabel)
        .map((bar) => ({
          key: bar.month,
          x: bar.x + bar.width / 2,
          text: formatMonth(bar.month, i18n.language),
          anchor: 'middle',
        }))}
      caption={
        <>
          <span>
            <span className="progress-chart__key progress-chart__key--steps" aria-hidden="true" />
            {t('progress.legendSteps')}
          </span>
          <span>
            <span className="progress-chart__key progress-chart__key--goals" aria-hidden="true" />
            {t('progress.legendGoals')}
          </span>
        </>
      }
      table={{ summary: t('progress.showTable'), content: <ProgressTable months={months} /> }}
    >
      {layout.bars.map((bar) => (
        <g key={bar.month}>
          {SERIES.map(
            (series) =>
              bar[series].height > 0 && (
                <rect
                  key={series}
                  x={bar.x}
                  y={bar[series].y}
                  width={bar.width}
                  height={bar[series].height}
                  className={`progress-chart__${series}`}
                />
              ),
          )}
        </g>
      ))}
    </ChartFrame>
  );
}
