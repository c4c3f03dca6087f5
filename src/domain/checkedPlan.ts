/**
 * A whole plan checked once — every record valid, no id twice in one table — so that it can be
 * written without being checked again: checking a large plan takes a noticeable moment, and a
 * restore used to check every record twice. Only checkPlan makes a CheckedPlan, and it remembers
 * each one it made, so a plan merely cast to the type (or built by hand) is never taken as checked.
 * A checked plan is read, never changed.
 */
import { PLAN_TABLE_NAMES, planData, type PlanData } from './plan';

declare const checked: unique symbol;
export type CheckedPlan = PlanData & { readonly [checked]: true };

export type PlanCheck =
  { success: true; plan: CheckedPlan } | { success: false; problem: string | undefined };

const made = new WeakSet<object>();

/** A table holding two records with one id could never be written: the plan is damaged. */
function tableWithRepeatedId(plan: PlanData): string | undefined {
  return PLAN_TABLE_NAMES.find((name) => {
    const records: { id: string }[] = plan[name];
    return new Set(records.map((record) => record.id)).size !== records.length;
  });
}

export function checkPlan(input: unknown): PlanCheck {
  const result = planData.safeParse(input);
  if (!result.success) {
    return { success: false, problem: result.error.issues[0]?.message };
  }
  const repeated = tableWithRepeatedId(result.data);
  if (repeated) return { success: false, problem: `the same id twice in ${repeated}` };
  made.add(result.data);
  return { success: true, plan: result.data as CheckedPlan };
}

/** True only for a plan that checkPlan returned. */
export function isCheckedPlan(plan: unknown): plan is CheckedPlan {
  return typeof plan === 'object' && plan !== null && made.has(plan);
}
