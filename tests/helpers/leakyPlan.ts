/**
 * Promise 22's test plan: the sample plan, with an advance statement, and on every record of
 * every table — and on every object inside one (a statement's wishes, its signing) — a field
 * Waymark has never heard of, holding a marker. A field added to a record in a later release
 * (a private note, a diagnosis) would look just like this. No view, link, QR code or file may
 * ever carry the marker or the field's name.
 */
import { planData, PLAN_TABLE_NAMES, type PlanData } from '../../src/domain/plan';
import { inflateRaw } from '../../src/formats/compression';
import { fromBase64Url, utf8 } from '../../src/formats/bytes';
import { open } from '../../src/formats/crypto';
import { samplePlan } from './samplePlan';

export const LEAK_FIELD = 'diagnosisPrivate';
export const LEAK_MARKER = 'PRIVATE-MARKER-7f3a';

const at = '2026-10-01T09:00:00.000Z';

/** The sample plan with a signed advance statement naming who holds a copy. */
export function planWithStatement(): PlanData {
  const plan = samplePlan();
  return planData.parse({
    ...plan,
    advanceStatements: [
      {
        id: 'statement-1',
        number: 1,
        content: {
          jurisdiction: 'scotland',
          fullName: 'Joanna Reid',
          wanted: [{ id: 'wish-1', what: 'Home treatment', why: 'I recover faster at home.' }],
          notWanted: [{ id: 'wish-2', what: 'Sedation first', why: 'It frightened me.' }],
          copyHolderIds: ['person-1'],
        },
        copyHolderNames: ['Maya Okafor'],
        signing: { signedOn: '2026-10-02', witnessName: 'Sam Reid', witnessCertified: true },
        createdAt: at,
        updatedAt: at,
      },
    ],
  });
}

/** Adds the unknown field to an object and to every plain object inside it, however deep. */
export function mark(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) mark(item);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const child of Object.values(value)) mark(child);
  (value as Record<string, unknown>)[LEAK_FIELD] = LEAK_MARKER;
}

/** Every record (and every object inside one) of a plan, marked. Changes the plan in place. */
export function markEveryRecord(plan: PlanData): PlanData {
  for (const table of PLAN_TABLE_NAMES) mark(plan[table]);
  return plan;
}

/** Which tables of the plan hold at least one record: the test must reach them all. */
export function tablesWithRecords(plan: PlanData): string[] {
  return PLAN_TABLE_NAMES.filter((table) => plan[table].length > 0);
}

/**
 * The raw JSON text a link carries, read without any schema (which would drop unknown keys and
 * hide a leak): base64url → (AES-GCM) → inflate.
 */
export async function rawLinkText(link: string, passphrase?: string): Promise<string> {
  const fragment = link.slice(link.indexOf('#') + 1);
  const parts = fragment.split('.');
  let compressed: Uint8Array<ArrayBuffer>;
  if (parts[1] === 'e') {
    const [version, , salt, iv, iterations, data] = parts as string[];
    compressed = await open(
      {
        salt: fromBase64Url(salt!)!,
        iv: fromBase64Url(iv!)!,
        iterations: Number(iterations),
        ciphertext: fromBase64Url(data!)!,
      },
      passphrase ?? '',
      utf8.encode(`${version}.e`),
    );
  } else {
    compressed = fromBase64Url(parts[2]!)!;
  }
  return utf8.decode(await inflateRaw(compressed, { maxBytes: 1024 * 1024, maxRatio: 100 }));
}
