/**
 * The geometry every chart shares, kept pure so it can be tested without a browser: the box the
 * plot fills inside its margins, and straight-line scales from values to positions in it.
 */

/** A chart's width and height, and four numbers for the sides of its plot. */
interface Sides {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The margins around a chart's plot (room for the axis labels), from each side. */
export type ChartMargins = Sides;

/** Where the plot's edges are, in the chart's own units from the top left. */
export type PlotBox = Sides;

export function plotBox(margins: ChartMargins): PlotBox {
  return {
    width: margins.width,
    height: margins.height,
    left: margins.left,
    right: margins.width - margins.right,
    top: margins.top,
    bottom: margins.height - margins.bottom,
  };
}

/**
 * Maps `domain` onto `range` in a straight line, keeping values outside the domain at its ends.
 * An empty domain (one value) maps everything to the middle of the range.
 */
export function linearScale(
  [from, to]: readonly [number, number],
  [start, end]: readonly [number, number],
): (value: number) => number {
  if (to === from) return () => (start + end) / 2;
  return (value) => {
    const share = Math.min(1, Math.max(0, (value - from) / (to - from)));
    return start + share * (end - start);
  };
}
