import { describe, expect, it } from 'vitest';
import {
  advanceStatementVersion,
  draftOf,
  emptyWish,
  isStatementEmpty,
  jurisdictionForNation,
  signingProblems,
  standingVersion,
  statementFields,
  suggestedReviewDay,
  versionStatus,
  versionToShow,
  type AdvanceStatementVersion,
  type SigningFields,
} from '../../src/domain/advanceStatement';

const TODAY = '2026-06-15';

const witnessed: SigningFields = {
  signedOn: '2026-06-01',
  witnessName: 'Dr A',
  witnessAddress: '1 High Street',
  witnessRole: 'psychiatrist',
  witnessCertified: true,
  originalHeldAt: '',
  healthBoardCopy: false,
};

function version(
  number: number,
  state: { signed?: boolean; withdrawnOn?: string } = {},
): AdvanceStatementVersion {
  return advanceStatementVersion.parse({
    id: `v${number}`,
    number,
    content: {},
    signing: state.signed ? witnessed : null,
    withdrawnOn: state.withdrawnOn ?? '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
}

describe('signingProblems', () => {
  it('needs only a day that has come, outside Scotland', () => {
    for (const place of ['englandWales', 'northernIreland', 'elsewhere', ''] as const) {
      expect(signingProblems(place, { signedOn: '2026-06-01' }, TODAY)).toEqual([]);
      expect(signingProblems(place, { signedOn: TODAY }, TODAY)).toEqual([]);
      expect(signingProblems(place, {}, TODAY)).toEqual(['signedOn']);
      expect(signingProblems(place, { signedOn: '1 June' }, TODAY)).toEqual(['signedOn']);
      expect(signingProblems(place, { signedOn: '2026-06-16' }, TODAY)).toEqual(['signedInFuture']);
    }
  });

  it('in Scotland also needs the witness’s name and certificate; address and role help but are not required', () => {
    expect(signingProblems('scotland', witnessed, TODAY)).toEqual([]);
    expect(signingProblems('scotland', { signedOn: '2026-06-01' }, TODAY)).toEqual([
      'witnessName',
      'witnessCertified',
    ]);
    expect(
      signingProblems('scotland', { ...witnessed, witnessAddress: '', witnessRole: ' ' }, TODAY),
    ).toEqual([]);
    expect(
      signingProblems(
        'scotland',
        { ...witnessed, witnessName: '  ', witnessCertified: false },
        TODAY,
      ),
    ).toEqual(['witnessName', 'witnessCertified']);
    expect(signingProblems('scotland', { ...witnessed, signedOn: '' }, TODAY)).toEqual([
      'signedOn',
    ]);
  });
});

describe('suggestedReviewDay', () => {
  it('is six months after signing', () => {
    expect(suggestedReviewDay('2026-03-03')).toBe('2026-09-03');
    expect(suggestedReviewDay('2026-01-31')).toBe('2026-07-31');
  });

  it('carries into the next year', () => {
    expect(suggestedReviewDay('2026-09-15')).toBe('2027-03-15');
    expect(suggestedReviewDay('2026-12-31')).toBe('2027-06-30');
  });

  it('moves to the last day of a shorter month: 31 August gives the end of February', () => {
    expect(suggestedReviewDay('2026-08-31')).toBe('2027-02-28');
    expect(suggestedReviewDay('2027-08-31')).toBe('2028-02-29'); // a leap year
    expect(suggestedReviewDay('2026-08-29')).toBe('2027-02-28');
    expect(suggestedReviewDay('2027-08-29')).toBe('2028-02-29');
  });
});

describe('which version is which', () => {
  it('names each version’s status', () => {
    expect(versionStatus(version(1))).toBe('draft');
    expect(versionStatus(version(1, { signed: true }))).toBe('signed');
    expect(versionStatus(version(1, { signed: true, withdrawnOn: TODAY }))).toBe('withdrawn');
  });

  it('shows the version that stands, else the draft, else nothing', () => {
    expect(versionToShow([])).toBeUndefined();
    expect(versionToShow([version(1)])?.id).toBe('v1');
    // A signed version stands even while a newer draft is being written.
    expect(versionToShow([version(2), version(1, { signed: true })])?.id).toBe('v1');
    // The newest signed one that has not been withdrawn.
    const three = [
      version(1, { signed: true }),
      version(3, { signed: true, withdrawnOn: TODAY }),
      version(2, { signed: true }),
    ];
    expect(versionToShow(three)?.id).toBe('v2');
    expect(standingVersion(three)?.id).toBe('v2');
    // With every signed version withdrawn, a draft is shown; without one, nothing.
    const withdrawn = version(1, { signed: true, withdrawnOn: TODAY });
    expect(versionToShow([withdrawn, version(2)])?.id).toBe('v2');
    expect(versionToShow([withdrawn])).toBeUndefined();
  });

  it('finds the draft among signed versions', () => {
    expect(draftOf([version(1, { signed: true }), version(2)])?.id).toBe('v2');
    expect(draftOf([version(1, { signed: true })])).toBeUndefined();
  });
});

describe('the statement’s words', () => {
  it('counts as empty until something is written', () => {
    const empty = statementFields.parse({ jurisdiction: 'scotland' });
    expect(isStatementEmpty(empty)).toBe(true);
    expect(isStatementEmpty({ ...empty, wanted: [emptyWish('a')] })).toBe(true);
    expect(isStatementEmpty({ ...empty, wanted: [{ ...emptyWish('a'), why: 'Calm' }] })).toBe(
      false,
    );
    expect(isStatementEmpty({ ...empty, practical: 'Feed the cat' })).toBe(false);
    expect(isStatementEmpty({ ...empty, dateOfBirth: '1990-01-01' })).toBe(false);
  });

  it('suggests whose rules apply from where the person lives', () => {
    expect(jurisdictionForNation('england')).toBe('englandWales');
    expect(jurisdictionForNation('wales')).toBe('englandWales');
    expect(jurisdictionForNation('scotland')).toBe('scotland');
    expect(jurisdictionForNation('northernIreland')).toBe('northernIreland');
    expect(jurisdictionForNation('elsewhere')).toBe('elsewhere');
    expect(jurisdictionForNation('')).toBe('');
  });
});
