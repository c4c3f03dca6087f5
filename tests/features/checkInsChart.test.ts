import { describe, expect, it } from 'vitest';
import { SCORE_MAX, SCORE_MIN, type CheckInArea } from '../../src/domain/checkIns';
import {
  CHART,
  MAX_DRAWN_POINTS,
  lineChart,
  scoreToY,
  timeToX,
} from '../../src/features/check-ins/chartGeometry';
import {
  areaHistories,
  areaName,
  countCheckIns,
  groupByArea,
  isLowerThanBefore,
  scoreRange,
  timeRange,
} from '../../src/features/check-ins/checkInHistory';
import { HELP_LINKS } from '../../src/features/check-ins/whatMightHelp';

const entry = (id: string, areaId: string, at: string, score: number, note = '') => ({
  id,
  areaId,
  at,
  score,
  note,
});

const area = (id: string, fields: Partial<CheckInArea> = {}): CheckInArea => ({
  id,
  order: 1,
  area: '',
  ownArea: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});

describe('grouping check-ins by area', () => {
  it('groups in one pass and keeps each area oldest first', () => {
    const groups = groupByArea([
      entry('a1', 'a', '2026-03-01T12:00:00.000Z', 5),
      entry('b1', 'b', '2026-03-01T12:00:00.000Z', 7),
      entry('a2', 'a', '2026-03-02T12:00:00.000Z', 6),
    ]);
    expect([...groups.keys()]).toEqual(['a', 'b']);
    expect(groups.get('a')!.map((e) => e.id)).toEqual(['a1', 'a2']);
    expect(groups.get('b')!.map((e) => e.id)).toEqual(['b1']);
  });

  it('sorts an area whose check-ins arrive out of order', () => {
    const groups = groupByArea([
      entry('late', 'a', '2026-03-05T12:00:00.000Z', 5),
      entry('early', 'a', '2026-03-01T12:00:00.000Z', 6),
    ]);
    expect(groups.get('a')!.map((e) => e.id)).toEqual(['early', 'late']);
  });

  it('handles nothing at all', () => {
    expect(groupByArea([]).size).toBe(0);
    expect(timeRange([])).toBeNull();
  });

  it('groups the 3,000 check-ins of a large plan', () => {
    const many = Array.from({ length: 3000 }, (_, c) =>
      entry(
        `c${c}`,
        `area-${c % 6}`,
        new Date(Date.UTC(2026, 0, 1) + c * 3600_000).toISOString(),
        1 + (c % 10),
      ),
    );
    const groups = groupByArea(many);
    expect(groups.size).toBe(6);
    expect(groups.get('area-0')).toHaveLength(500);
  });

  it('finds the time range shared by every chart', () => {
    expect(
      timeRange([
        entry('1', 'a', '2026-03-02T12:00:00.000Z', 5),
        entry('2', 'b', '2026-03-01T12:00:00.000Z', 5),
        entry('3', 'a', '2026-03-09T12:00:00.000Z', 5),
      ]),
    ).toEqual({
      from: Date.parse('2026-03-01T12:00:00.000Z'),
      to: Date.parse('2026-03-09T12:00:00.000Z'),
    });
  });

  it('counts one save as one check-in, however many areas it rated', () => {
    expect(
      countCheckIns([
        entry('1', 'a', '2026-03-01T12:00:00.000Z', 5),
        entry('2', 'b', '2026-03-01T12:00:00.000Z', 6),
        entry('3', 'a', '2026-03-02T12:00:00.000Z', 7),
      ]),
    ).toBe(2);
  });

  it('knows the lowest and highest number', () => {
    expect(
      scoreRange([
        entry('1', 'a', '2026-03-01T12:00:00.000Z', 5),
        entry('2', 'a', '2026-03-02T12:00:00.000Z', 2),
        entry('3', 'a', '2026-03-03T12:00:00.000Z', 8),
      ]),
    ).toEqual({ lowest: 2, highest: 8 });
  });
});

describe('"What might help?"', () => {
  const at = (day: number) => `2026-03-0${day}T12:00:00.000Z`;

  it('is offered only when the latest number is lower than the one before', () => {
    expect(isLowerThanBefore([])).toBe(false);
    expect(isLowerThanBefore([entry('1', 'a', at(1), 3)])).toBe(false);
    expect(isLowerThanBefore([entry('1', 'a', at(1), 3), entry('2', 'a', at(2), 5)])).toBe(false);
    expect(isLowerThanBefore([entry('1', 'a', at(1), 5), entry('2', 'a', at(2), 5)])).toBe(false);
    expect(isLowerThanBefore([entry('1', 'a', at(1), 5), entry('2', 'a', at(2), 4)])).toBe(true);
    expect(
      isLowerThanBefore([
        entry('1', 'a', at(1), 9),
        entry('2', 'a', at(2), 4),
        entry('3', 'a', at(3), 6),
      ]),
    ).toBe(false);
  });

  it('points to the person’s own ideas: their strengths', () => {
    expect(HELP_LINKS).toContainEqual({
      href: '/strengths',
      labelKey: 'checkIns.whatMightHelp.strengths',
    });
  });
});

describe('area histories and names', () => {
  it('follows the person’s order and keeps check-ins of areas taken off the list', () => {
    const home = area('home-id', { area: 'home' });
    const sleep = area('sleep-id', { area: 'own', ownArea: 'Sleep' });
    const unused = area('unused-id', { area: 'money' });
    const groups = groupByArea([
      entry('1', 'home-id', '2026-03-01T12:00:00.000Z', 5),
      entry('2', 'gone-id', '2026-03-01T12:00:00.000Z', 6),
      entry('3', 'sleep-id', '2026-03-01T12:00:00.000Z', 7),
    ]);
    const { current, former } = areaHistories([sleep, unused, home], groups);
    expect(current.map((h) => [h.areaId, h.index])).toEqual([
      ['sleep-id', 0],
      ['home-id', 2],
    ]);
    expect(former.map((h) => [h.areaId, h.area, h.index])).toEqual([['gone-id', undefined, 0]]);
  });

  it('names an area by its standard name, the person’s own words, or its place', () => {
    const t = (key: string, options?: Record<string, unknown>) =>
      options ? `${key}:${JSON.stringify(options)}` : key;
    expect(areaName({ area: 'home', ownArea: '' }, 0, t)).toBe('lifeAreas.home');
    expect(areaName({ area: 'own', ownArea: '  Sleep ' }, 0, t)).toBe('Sleep');
    expect(areaName({ area: 'own', ownArea: ' ' }, 1, t)).toBe(
      'checkIns.areas.itemName:{"position":2}',
    );
    expect(areaName({ area: '', ownArea: 'left over' }, 2, t)).toBe(
      'checkIns.areas.itemName:{"position":3}',
    );
  });
});

describe('chart geometry', () => {
  const range = {
    from: Date.parse('2026-03-01T12:00:00.000Z'),
    to: Date.parse('2026-03-11T12:00:00.000Z'),
  };

  it('puts the highest number at the top and the lowest at the bottom', () => {
    expect(scoreToY(SCORE_MAX)).toBe(CHART.top);
    expect(scoreToY(SCORE_MIN)).toBe(CHART.height - CHART.bottom);
    expect(scoreToY(5)).toBeGreaterThan(scoreToY(6));
  });

  it('spreads time across the plot, and centres a single moment', () => {
    expect(timeToX(range.from, range)).toBe(CHART.left);
    expect(timeToX(range.to, range)).toBe(CHART.width - CHART.right);
    expect(timeToX((range.from + range.to) / 2, range)).toBeCloseTo(
      (CHART.left + CHART.width - CHART.right) / 2,
      0,
    );
    const moment = { from: range.from, to: range.from };
    expect(timeToX(range.from, moment)).toBeCloseTo(
      (CHART.left + CHART.width - CHART.right) / 2,
      0,
    );
  });

  it('draws a line through the points in time order', () => {
    const layout = lineChart(
      [
        { id: 'a', at: '2026-03-01T12:00:00.000Z', score: 10 },
        { id: 'b', at: '2026-03-11T12:00:00.000Z', score: 1 },
      ],
      range,
    );
    expect(layout.path).toBe(
      `M${CHART.left} ${CHART.top} L${CHART.width - CHART.right} ${CHART.height - CHART.bottom}`,
    );
    expect(layout.dots.map((dot) => dot.id)).toEqual(['a', 'b']);
    expect(layout.gridLines.map((line) => line.score)).toEqual([1, 5, 10]);
  });

  it('keeps the picture readable with many points: the line, and a dot for the latest', () => {
    const entries = Array.from({ length: MAX_DRAWN_POINTS + 1 }, (_, i) => ({
      id: `e${i}`,
      at: new Date(range.from + i * 3600_000).toISOString(),
      score: 1 + (i % 10),
    }));
    const layout = lineChart(entries, range);
    expect(layout.points).toHaveLength(entries.length);
    expect(layout.dots.map((dot) => dot.id)).toEqual([`e${MAX_DRAWN_POINTS}`]);
    expect(layout.path.split('L')).toHaveLength(entries.length);
  });

  it('stays inside the plot whatever it is given', () => {
    const layout = lineChart([{ id: 'x', at: '2030-01-01T00:00:00.000Z', score: 99 }], range);
    expect(layout.points[0]!.x).toBe(CHART.width - CHART.right);
    expect(layout.points[0]!.y).toBe(CHART.top);
  });
});
