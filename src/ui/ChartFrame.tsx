import type { ReactNode } from 'react';
import type { PlotBox } from './chartScale';

/** A label along the bottom axis, at `x`. */
export interface AxisLabel {
  key: string | number;
  x: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface ChartFrameProps {
  /**
   * The chart's class name, e.g. `check-in-chart`: the figure takes it, and the picture, grid
   * lines and axis labels take it with `__svg`, `__grid` and `__axis`.
   */
  name: string;
  box: PlotBox;
  /** The chart in words: to a screen reader the picture is one image with this name. */
  summary: string;
  /** Lines across the plot, each labelled at its start. */
  gridLines: readonly { key: string | number; y: number; text: string }[];
  /** Labels beneath the plot. */
  axisLabels: readonly AxisLabel[];
  /** The marks: lines, points, bars. */
  children: ReactNode;
  /** Words under the picture, such as a key to its colours. */
  caption?: ReactNode;
  /** The same numbers as a table, behind "Show as a table". */
  table?: { summary: string; content: ReactNode };
}

/**
 * A hand-drawn SVG chart's frame: its grid and axis labels, its name in words, an optional
 * caption and its numbers as a table. The picture is drawn left to right whatever the page's
 * direction (time and quantities read that way on a chart, as on paper); the caption and the
 * table follow the page.
 */
export function ChartFrame({
  name,
  box,
  summary,
  gridLines,
  axisLabels,
  children,
  caption,
  table,
}: ChartFrameProps) {
  return (
    <>
      <figure className={name}>
        <div dir="ltr">
          <svg
            viewBox={`0 0 ${box.width} ${box.height}`}
            role="img"
            aria-label={summary}
            className={`${name}__svg`}
          >
            {gridLines.map((line) => (
              <g key={line.key}>
                <line
                  x1={box.left}
                  x2={box.right}
                  y1={line.y}
                  y2={line.y}
                  className={`${name}__grid`}
                />
                <text x={box.left - 6} y={line.y + 4} textAnchor="end" className={`${name}__axis`}>
                  {line.text}
                </text>
              </g>
            ))}
            {axisLabels.map((label) => (
              <text
                key={label.key}
                x={label.x}
                y={box.height - 6}
                textAnchor={label.anchor}
                className={`${name}__axis`}
              >
                {label.text}
              </text>
            ))}
            {children}
          </svg>
        </div>
        {caption && <figcaption className={`${name}__legend`}>{caption}</figcaption>}
      </figure>
      {table && (
        <details>
          <summary>{table.summary}</summary>
          {table.content}
        </details>
      )}
    </>
  );
}
