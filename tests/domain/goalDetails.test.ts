import { describe, expect, it } from 'vitest';
import { GOAL_DETAILS, SHARED_GOAL_DETAILS, goalFields } from '../../src/domain/goals';
import { viewGoal } from '../../src/domain/planView';

describe('a goal’s details, defined once', () => {
  it('names every field a goal keeps after its name, each once', () => {
    const kept = Object.keys(goalFields.shape).filter(
      (field) => field !== 'title' && field !== 'ownArea', // its name, and part of "area"
    );
    expect(GOAL_DETAILS.map((detail) => detail.field).sort()).toEqual(kept.sort());
  });

  it('shares and prints every detail but the person’s own reminder to look again', () => {
    expect(SHARED_GOAL_DETAILS.map((detail) => detail.name)).not.toContain('reviewDate');
    for (const detail of SHARED_GOAL_DETAILS) expect(viewGoal.shape).toHaveProperty(detail.name);
    expect(viewGoal.shape).not.toHaveProperty('reviewDate');
  });
});
