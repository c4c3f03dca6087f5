import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartFrame } from '../../src/ui/ChartFrame';
import { linearScale, plotBox } from '../../src/ui/chartScale';

describe('chart scales', () => {
  it('maps a domain onto a range in a straight line, keeping outliers at the ends', () => {
    const toY = linearScale([0, 10], [100, 0]);
    expect(toY(0)).toBe(100);
    expect(toY(10)).toBe(0);
    expect(toY(5)).toBe(50);
    expect(toY(-3)).toBe(100);
    expect(toY(99)).toBe(0);
    expect(linearScale([4, 4], [10, 30])(4)).toBe(20);
  });

  it('puts the plot inside its margins', () => {
    expect(plotBox({ width: 300, height: 130, left: 26, right: 10, top: 10, bottom: 24 })).toEqual({
      width: 300,
      height: 130,
      left: 26,
      right: 290,
      top: 10,
      bottom: 106,
    });
  });
});

describe('ChartFrame', () => {
  it('draws the picture left to right on a right-to-left page; the caption and table follow the page', () => {
    render(
      <div dir="rtl">
        <ChartFrame
          name="test-chart"
          box={plotBox({ width: 200, height: 100, left: 20, right: 0, top: 0, bottom: 20 })}
          summary="Three things, rising."
          gridLines={[{ key: 0, y: 80, text: '0' }]}
          axisLabels={[{ key: 'a', x: 20, text: 'March', anchor: 'start' }]}
          caption="A key"
          table={{ summary: 'Show as a table', content: <table aria-label="The numbers" /> }}
        >
          <circle cx={30} cy={30} r={4} />
        </ChartFrame>
      </div>,
    );
    const picture = screen.getByRole('img', { name: 'Three things, rising.' });
    expect(picture.closest('[dir]')).toHaveAttribute('dir', 'ltr');
    expect(picture).toHaveTextContent('0March');
    expect(screen.getByText('A key').closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByText('Show as a table').closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('table', { name: 'The numbers' })).toBeInTheDocument();
  });
});
