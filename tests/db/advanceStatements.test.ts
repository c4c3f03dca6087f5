import { beforeEach, describe, expect, it } from 'vitest';
import { draftOf, type SigningFields } from '../../src/domain/advanceStatement';
import { openDatabase } from '../../src/db/connection';
import {
  StatementNotEditable,
  discardDraft,
  listVersions,
  recordSigning,
  restoreDraft,
  saveDraft,
  setWithdrawn,
  startDraft,
  updateKeeping,
} from '../../src/db/repositories/advanceStatements';
import { peopleRepository } from '../../src/db/repositories/people';
import { getReview } from '../../src/db/repositories/reviews';

beforeEach(async () => {
  await openDatabase();
});

const witnessed: SigningFields = {
  signedOn: '2026-03-03',
  witnessName: 'Dr A',
  witnessAddress: '1 High Street',
  witnessRole: 'psychiatrist',
  witnessCertified: true,
  originalHeldAt: 'Blue folder',
  healthBoardCopy: false,
};

const draftNow = async () => draftOf(await listVersions());

async function signedScottishVersion() {
  const mo = await peopleRepository.add({ name: 'Aunt Mo' });
  await saveDraft({ jurisdiction: 'scotland', fullName: 'Sam Jones', copyHolderIds: [mo.id] });
  const draft = (await draftNow())!;
  await recordSigning(draft.id, { signing: witnessed, reviewDate: '2026-09-03' });
  return { id: draft.id, mo };
}

describe('advance statement versions', () => {
  it('starts a draft with the first change, and keeps saving into it', async () => {
    expect(await listVersions()).toEqual([]);
    await saveDraft({ fullName: 'Sam' });
    await saveDraft({ address: '2 Low Road' });
    const versions = await listVersions();
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({
      number: 1,
      signing: null,
      content: { fullName: 'Sam', address: '2 Low Road' },
    });
  });

  it('refuses to record a signing when something Scotland needs is missing, changing nothing', async () => {
    await saveDraft({ jurisdiction: 'scotland', fullName: 'Sam Jones' });
    const draft = (await draftNow())!;
    await expect(
      recordSigning(draft.id, {
        signing: { ...witnessed, witnessCertified: false, witnessRole: '' },
        reviewDate: '2026-09-03',
      }),
    ).rejects.toThrow(StatementNotEditable);
    await expect(
      recordSigning(draft.id, {
        signing: { ...witnessed, signedOn: '2999-01-01' },
        reviewDate: '',
      }),
    ).rejects.toThrow(/signedInFuture/);
    expect((await listVersions())[0]).toMatchObject({ id: draft.id, signing: null });
    expect((await getReview('advanceStatement')).reviewDate).toBe('');
  });

  it('records a signing: frozen names of copy holders, and the review day', async () => {
    const { id } = await signedScottishVersion();
    const [version] = await listVersions();
    expect(version).toMatchObject({ id, copyHolderNames: ['Aunt Mo'], signing: witnessed });
    expect(await getReview('advanceStatement')).toMatchObject({ reviewDate: '2026-09-03' });
    // A signed version cannot be signed again.
    await expect(recordSigning(id, { signing: witnessed, reviewDate: '' })).rejects.toThrow(
      StatementNotEditable,
    );
  });

  it('never changes a signed version: later changes go into a new draft', async () => {
    const { id, mo } = await signedScottishVersion();
    const before = (await listVersions())[0]!;
    await saveDraft({ fullName: 'Samira Jones' });
    await peopleRepository.update(mo.id, { name: 'Maureen' });

    const [draft, signed] = await listVersions();
    expect(signed).toEqual(before);
    expect(draft).toMatchObject({
      number: 2,
      signing: null,
      // The draft starts from the signed words.
      content: { jurisdiction: 'scotland', fullName: 'Samira Jones', copyHolderIds: [mo.id] },
    });
    expect(signed).toMatchObject({ id, copyHolderNames: ['Aunt Mo'] });
  });

  it('“Make changes” starts one draft only', async () => {
    await signedScottishVersion();
    await startDraft();
    await startDraft();
    const versions = await listVersions();
    expect(versions.map((v) => v.number)).toEqual([2, 1]);
    expect(versions[0]?.content.fullName).toBe('Sam Jones');
  });

  it('updates where a signed version is kept, and refuses it for a draft', async () => {
    const { id } = await signedScottishVersion();
    await updateKeeping(id, { healthBoardCopy: true });
    expect((await listVersions())[0]?.signing).toMatchObject({
      originalHeldAt: 'Blue folder',
      healthBoardCopy: true,
    });
    await startDraft();
    const draft = (await draftNow())!;
    await expect(updateKeeping(draft.id, { originalHeldAt: 'Drawer' })).rejects.toThrow(
      StatementNotEditable,
    );
  });

  it('withdraws only a signed version, and Undo puts it back', async () => {
    const { id } = await signedScottishVersion();
    await setWithdrawn(id, '2026-04-01', 'Told my nurse');
    expect((await listVersions())[0]).toMatchObject({
      withdrawnOn: '2026-04-01',
      withdrawalNote: 'Told my nurse',
      content: { fullName: 'Sam Jones' },
    });
    await setWithdrawn(id, '');
    expect((await listVersions())[0]).toMatchObject({ withdrawnOn: '', withdrawalNote: '' });

    await startDraft();
    const draft = (await draftNow())!;
    await expect(setWithdrawn(draft.id, '2026-04-01')).rejects.toThrow(StatementNotEditable);
    expect((await draftNow())?.withdrawnOn).toBe('');
  });

  it('discards only a draft, and gives it back for Undo', async () => {
    const { id } = await signedScottishVersion();
    expect(await discardDraft(id)).toBeUndefined();
    await saveDraft({ fullName: 'Samira' });
    const draft = (await draftNow())!;
    const gone = await discardDraft(draft.id);
    expect(gone).toEqual(draft);
    expect((await listVersions()).map((v) => v.id)).toEqual([id]);
    expect(await restoreDraft(gone!)).toBe(true);
    expect(await draftNow()).toEqual(draft);
  });

  it('will not put a discarded draft back once a new draft has been started', async () => {
    await saveDraft({ fullName: 'First try' });
    const gone = (await discardDraft((await draftNow())!.id))!;
    await saveDraft({ fullName: 'Second try' });
    expect(await restoreDraft(gone)).toBe(false);
    const versions = await listVersions();
    expect(versions).toHaveLength(1);
    expect(versions[0]?.content.fullName).toBe('Second try');
  });
});
