import { PLAN_TABLE_NAMES, type PlanData } from '../../src/domain/plan';

/** Records in the order the database keeps them (by id), so two plans compare fairly. */
export function byId(plan: PlanData): PlanData {
  return Object.fromEntries(
    PLAN_TABLE_NAMES.map((name) => [
      name,
      [...plan[name]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    ]),
  ) as PlanData;
}
