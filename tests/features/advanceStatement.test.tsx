import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { draftOf, standingVersion, type Jurisdiction } from '../../src/domain/advanceStatement';
import { today } from '../../src/domain/dates';
import { openDatabase } from '../../src/db/connection';
import {
  listVersions,
  recordSigning,
  saveDraft,
  setWithdrawn,
} from '../../src/db/repositories/advanceStatements';
import { peopleRepository } from '../../src/db/repositories/people';
import { planSection } from '../../src/db/repositories/planItems';
import { getReview } from '../../src/db/repositories/reviews';
import { getSettings, updateSettings } from '../../src/db/repositories/settings';
import { AdvanceStatementScreen } from '../../src/features/advance-statement/AdvanceStatementScreen';
import { i18next } from '../../src/i18n';
import { announcement } from '../../src/ui/announcer';

beforeEach(async () => {
  await openDatabase();
});

type User = ReturnType<typeof userEvent.setup>;

const region = (name: string | RegExp) => screen.findByRole('region', { name });
const draftNow = async () => draftOf(await listVersions());

/** A Scottish draft of version 1, with Aunt Mo (from People and places) holding a copy. */
async function draftForScotland() {
  const mo = await peopleRepository.add({ name: 'Aunt Mo' });
  await saveDraft({
    jurisdiction: 'scotland',
    fullName: 'Sam Jones',
    wanted: [{ id: 'w1', what: 'Home treatment', why: 'I sleep better at home' }],
    copyHolderIds: [mo.id],
  });
  return mo;
}

/** A signed version 1 written for Scotland, witnessed by Dr A, with Aunt Mo holding a copy. */
async function signedVersionOne() {
  const mo = await draftForScotland();
  const draft = (await draftNow())!;
  await recordSigning(draft.id, {
    signing: {
      signedOn: '2026-03-03',
      witnessName: 'Dr A',
      witnessAddress: '1 High Street',
      witnessRole: 'psychiatrist',
      witnessCertified: true,
      originalHeldAt: 'Blue folder',
      healthBoardCopy: false,
    },
    reviewDate: '',
  });
  return { mo, id: draft.id };
}

/** Writes a longer answer in one go, as pasting does (typing it all would only slow the test). */
async function paste(user: User, box: HTMLElement, text: string) {
  await user.click(box);
  await user.paste(text);
}

/** The screen with a short draft written for a place, at its "Signing it" part. */
async function openSigning(jurisdiction: Jurisdiction) {
  await saveDraft({ jurisdiction, fullName: 'Sam Jones' });
  render(<AdvanceStatementScreen />);
  return region('Signing it');
}

async function chooseScotland(user: User) {
  await user.selectOptions(await screen.findByLabelText('Where you live'), 'Scotland');
  // One answer for the whole app: it is Settings' answer (which Help now uses too) that changes.
  await waitFor(async () => expect((await getSettings()).nation).toBe('scotland'));
}

describe('advance statement: understanding it', () => {
  it('starts with a warm intro that gives no legal advice, and headings in order', async () => {
    render(<AdvanceStatementScreen />);
    expect(screen.getByRole('heading', { level: 1, name: 'Advance statement' })).toBeVisible();
    expect(screen.getByText(/does not give legal advice/)).toBeInTheDocument();
    await screen.findByRole('heading', { level: 2, name: 'Signing it' });
    expect(
      screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent),
    ).toEqual(['The rules where you live', 'Your statement', 'Signing it']);
    expect(screen.getByText('Version 1 — not yet signed')).toBeInTheDocument();
    // Nothing is stored until the person writes something.
    expect(await listVersions()).toEqual([]);
    expect(document.body.textContent).not.toMatch(
      /\b(patient|compliance|suffering|failed|relapse)\b/i,
    );
  });

  it('suggests where the person lives from settings, and saves it with their first words', async () => {
    const user = userEvent.setup();
    await updateSettings({ nation: 'scotland' });
    render(<AdvanceStatementScreen />);
    const where = await screen.findByLabelText('Where you live');
    expect(where).toHaveDisplayValue('Scotland');
    expect(where).toHaveAccessibleDescription(/same answer as in your settings/);
    await user.type(screen.getByLabelText('My full name'), 'Sam');
    await waitFor(async () =>
      expect((await draftNow())?.content).toMatchObject({
        jurisdiction: 'scotland',
        fullName: 'Sam',
      }),
    );
  });

  it('asks where the person lives once: a draft follows the answer Settings and Help now share', async () => {
    const user = userEvent.setup();
    await updateSettings({ nation: 'scotland' });
    await saveDraft({ jurisdiction: 'scotland', fullName: 'Sam Jones' });
    render(<AdvanceStatementScreen />);
    await user.selectOptions(await screen.findByLabelText('Where you live'), 'Northern Ireland');
    await waitFor(async () =>
      expect((await draftNow())?.content.jurisdiction).toBe('northernIreland'),
    );
    expect((await getSettings()).nation).toBe('northernIreland');
    // Changed in Settings instead: the draft follows that too.
    await updateSettings({ nation: 'scotland' });
    await waitFor(async () => expect((await draftNow())?.content.jurisdiction).toBe('scotland'));
    expect(screen.getByLabelText('Where you live')).toHaveDisplayValue('Scotland');
    // Only one place to answer it on this screen.
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });

  it('explains the Scottish rules when Scotland is chosen: not binding, but weighed and answered', async () => {
    const user = userEvent.setup();
    render(<AdvanceStatementScreen />);
    expect(await screen.findByText(/Choose where you live to see/)).toBeInTheDocument();
    await chooseScotland(user);
    const place = await region('The rules where you live');
    expect(
      within(place).getByRole('heading', { level: 3, name: 'What the law says in Scotland' }),
    ).toBeInTheDocument();
    expect(place).toHaveTextContent(/Mental Health \(Care and Treatment\) \(Scotland\) Act 2003/);
    expect(place).toHaveTextContent('An advance statement is not binding.');
    expect(place).toHaveTextContent(
      /Tribunal, and doctors treating you under the Act, must take it/,
    );
    expect(place).toHaveTextContent(/write down what they did and why/);
    expect(place).toHaveTextContent(
      /send this to you, your named person, any welfare attorney or guardian, and the Mental Welfare Commission/,
    );
    // Other wishes on the form are said plainly to carry no legal weight.
    expect(place).toHaveTextContent(/pets, bills or food, matter too. They carry no legal weight/);
    expect(place).toHaveTextContent(/Ask your witness to check that they are allowed/);
    // The witness's address and job help, but the Act does not ask for them.
    expect(place).toHaveTextContent(/The Act itself does not ask for these/);
    expect(place).toHaveTextContent(/right to independent advocacy/);
    expect(place).toHaveTextContent(/notes it on its register/);
    expect(place).toHaveTextContent(/every 6 to 12 months/);
    expect(place.textContent).not.toMatch(/\bneeds?\b/);

    // Where it comes from, behind a small disclosure, with the day it was checked.
    const sources = within(place).getByText('Where this comes from').closest('details')!;
    expect(sources).not.toHaveAttribute('open');
    await user.click(within(sources).getByText('Where this comes from'));
    expect(sources).toHaveAttribute('open');
    expect(sources).toHaveTextContent(/We checked these sources on 30 November 2026/);
    expect(
      within(sources).getByRole('link', {
        name: 'Mental Health (Care and Treatment) (Scotland) Act 2003, sections 276 to 276B',
      }),
    ).toHaveAttribute('href', 'https://www.legislation.gov.uk/asp/2003/13/section/276');
    expect(
      within(sources).getByRole('link', {
        name: 'Mental Health (Care and Treatment) (Scotland) Act 2003, section 259',
      }),
    ).toHaveAttribute('href', 'https://www.legislation.gov.uk/asp/2003/13/section/259');
  });

  it('shows the witness’s note about capacity in the words the printed form carries', async () => {
    const words = i18next.t('advance.capacity');
    expect(words).toMatch(/^I certify that, in my opinion, .* capacity to properly intend/);
    const signing = await openSigning('scotland');
    const place = await region('The rules where you live');
    expect(within(place).getByText(words).closest('blockquote')).toBeInTheDocument();
    expect(
      within(signing).getByRole('checkbox', {
        name: `My witness signed the note that says: “${words}”`,
      }),
    ).toBeInTheDocument();
  });

  it('explains for England and Wales that refusing a treatment is a separate advance decision', async () => {
    const user = userEvent.setup();
    render(<AdvanceStatementScreen />);
    await user.selectOptions(await screen.findByLabelText('Where you live'), 'Wales');
    const place = await region('The rules where you live');
    // The answer goes to Settings and comes back through the plan, as Help now's does.
    expect(
      await within(place).findByRole('heading', { name: 'What the law says in England and Wales' }),
    ).toBeInTheDocument();
    expect(place).toHaveTextContent(/Mental Capacity Act 2005/);
    expect(place).toHaveTextContent(/It is not binding, so people do not have to do everything/);
    expect(place).toHaveTextContent(/anyone deciding what is best for you must think about it/);
    expect(place).toHaveTextContent(/advance decision to refuse treatment/);
    expect(place).toHaveTextContent(/valid and fits the situation, people must follow it/);
    expect(place).toHaveTextContent(/best to write an advance decision down/);
    // A refusal of life-sustaining treatment: written, signed and witnessed, in each other's presence.
    const life = within(place).getAllByRole('list')[0]!;
    expect(
      within(life)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'be written down',
      'be signed by you, or by someone you ask to sign for you while you are there',
      'be signed in front of a witness, who then signs it too while you are there',
      'say that it applies “even if my life is at risk”.',
    ]);
    expect(place).toHaveTextContent(/does not make an advance decision/);
    expect(place).toHaveTextContent(/GP, your care team or an advocate/);
    // The Mental Health Act 2025: what is known, with the day it was checked.
    expect(place).toHaveTextContent(
      /advance choice document. As far as we could check on 30 November 2026, that part is not in force yet/,
    );
    expect(within(place).getByText('Where this comes from')).toBeInTheDocument();
    expect(
      within(place).getByRole('link', { name: 'Mental Health Act 2025, section 44' }),
    ).toHaveAttribute('href', 'https://www.legislation.gov.uk/ukpga/2025/33/section/44');
    // Choosing a place writes no statement; the first words carry it.
    expect((await getSettings()).nation).toBe('wales');
    expect(await draftNow()).toBeUndefined();
    await user.type(screen.getByLabelText('My full name'), 'Sam');
    await waitFor(async () =>
      expect((await draftNow())?.content.jurisdiction).toBe('englandWales'),
    );
  });

  it('says what applies in Northern Ireland today, with its sources', async () => {
    const user = userEvent.setup();
    render(<AdvanceStatementScreen />);
    await user.selectOptions(await screen.findByLabelText('Where you live'), 'Northern Ireland');
    const place = await region('The rules where you live');
    // The answer goes to Settings and comes back through the plan, as Help now's does.
    expect(
      await within(place).findByRole('heading', { name: 'What the law says in Northern Ireland' }),
    ).toBeInTheDocument();
    expect(place).toHaveTextContent(/Mental Health \(Northern Ireland\) Order 1986 still applies/);
    expect(place).toHaveTextContent(
      /Mental Capacity Act \(Northern Ireland\) 2016 has only partly/,
    );
    expect(place).toHaveTextContent(
      /clear refusal of a treatment, made in advance, can still bind/,
    );
    expect(place).toHaveTextContent(/common law/);
    expect(place).toHaveTextContent(/Ask your care team, an advocate or a solicitor/);
    expect(
      within(place).getByRole('link', {
        name: 'Department of Health (Northern Ireland): review of the law on advance decisions to refuse treatment',
      }),
    ).toHaveAttribute(
      'href',
      'https://www.health-ni.gov.uk/publications/review-law-relating-advance-decisions-refuse-treatment',
    );
  });

  it('points elsewhere to the care team or an advocate, claiming no law it has not checked', async () => {
    const user = userEvent.setup();
    render(<AdvanceStatementScreen />);
    await user.selectOptions(
      await screen.findByLabelText('Where you live'),
      'Somewhere outside the UK',
    );
    // The choice is saved first, and the rules follow it from the database.
    const place = await region('The rules where you live');
    await waitFor(() => expect(place).toHaveTextContent(/Ask your care team or an advocate/));
    expect(within(place).queryByText('Where this comes from')).not.toBeInTheDocument();
  });
});

describe('advance statement: writing the draft', () => {
  it('saves as the person types, and shows it all again when they come back', async () => {
    const user = userEvent.setup();
    const mo = await peopleRepository.add({ name: 'Aunt Mo' });
    await peopleRepository.add({ name: 'Jo' });
    const first = render(<AdvanceStatementScreen />);
    await user.type(await screen.findByLabelText('My full name'), 'Sam Jones');
    await user.type(screen.getByLabelText('My date of birth'), '1990-05-04');
    await paste(user, screen.getByLabelText('My address'), '2 Low Road');
    await paste(
      user,
      screen.getByLabelText('Who I would like to be told, and how to reach them'),
      'My sister',
    );
    await paste(user, screen.getByLabelText('Practical things to sort'), 'Feed the cat');
    await user.click(screen.getByRole('checkbox', { name: 'Aunt Mo' }));
    await paste(user, screen.getByLabelText('Anyone else who has a copy'), 'My GP surgery');
    const wanted = await region('Treatments and care I would like');
    await user.click(within(wanted).getByRole('button', { name: 'Add something I would like' }));
    await waitFor(() => expect(within(wanted).getByLabelText('What I would like')).toHaveFocus());
    await user.keyboard('Home treatment');
    await paste(user, within(wanted).getByLabelText('Why'), 'I sleep better');

    await waitFor(async () =>
      expect((await draftNow())?.content).toMatchObject({
        fullName: 'Sam Jones',
        dateOfBirth: '1990-05-04',
        address: '2 Low Road',
        contact: 'My sister',
        practical: 'Feed the cat',
        copyHolderIds: [mo.id],
        otherCopyHolders: 'My GP surgery',
        wanted: [{ what: 'Home treatment', why: 'I sleep better' }],
      }),
    );
    expect(await listVersions()).toHaveLength(1);
    first.unmount();

    render(<AdvanceStatementScreen />);
    expect(await screen.findByLabelText('My full name')).toHaveValue('Sam Jones');
    expect(screen.getByLabelText('My date of birth')).toHaveValue('1990-05-04');
    expect(screen.getByLabelText('Practical things to sort')).toHaveValue('Feed the cat');
    expect(screen.getByRole('checkbox', { name: 'Aunt Mo' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Jo' })).not.toBeChecked();
    const wantedAgain = await region('Treatments and care I would like');
    expect(within(wantedAgain).getByLabelText('What I would like')).toHaveValue('Home treatment');
    expect(within(wantedAgain).getByLabelText('Why')).toHaveValue('I sleep better');
  });

  it('removes a wish, Undo puts it back where it was, and wishes can be rearranged', async () => {
    const user = userEvent.setup();
    await saveDraft({
      notWanted: [
        { id: 'a', what: 'Injections', why: 'They frighten me' },
        { id: 'b', what: 'Being moved far away', why: '' },
      ],
    });
    render(<AdvanceStatementScreen />);
    const notWanted = await region('Treatments and care I would not like');
    await user.click(within(notWanted).getByRole('button', { name: 'Remove: Injections' }));
    await waitFor(async () =>
      expect((await draftNow())?.content.notWanted.map((w) => w.what)).toEqual([
        'Being moved far away',
      ]),
    );
    const undo = await within(notWanted).findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveFocus());
    expect(within(notWanted).getByRole('status')).toHaveTextContent('Removed “Injections”.');
    await user.click(undo);
    await waitFor(async () =>
      expect((await draftNow())?.content.notWanted).toEqual([
        { id: 'a', what: 'Injections', why: 'They frighten me' },
        { id: 'b', what: 'Being moved far away', why: '' },
      ]),
    );
    await waitFor(() =>
      expect(within(notWanted).getAllByLabelText('What I would not like')[0]).toHaveFocus(),
    );

    // Arranged by keyboard, in the order that matters to the person.
    await user.click(within(notWanted).getByRole('button', { name: 'Move down: Injections' }));
    await waitFor(async () =>
      expect((await draftNow())?.content.notWanted.map((w) => w.id)).toEqual(['b', 'a']),
    );
  });

  it('offers a way to add people when there is nobody to choose yet', async () => {
    render(<AdvanceStatementScreen />);
    const copies = await region('Who has a copy');
    expect(copies).toHaveTextContent('There is nobody in People and places yet.');
    expect(
      within(copies).getByRole('link', { name: 'Add someone to People and places' }),
    ).toHaveAttribute('href', '/people');
  });

  it('discards a draft, and Undo brings it back', async () => {
    const user = userEvent.setup();
    await saveDraft({ fullName: 'Sam Jones' });
    render(<AdvanceStatementScreen />);
    expect(await screen.findByLabelText('My full name')).toHaveValue('Sam Jones');
    await user.click(screen.getByRole('button', { name: 'Discard this draft' }));
    await waitFor(async () => expect(await listVersions()).toEqual([]));
    await waitFor(() => expect(screen.getByLabelText('My full name')).toHaveValue(''));
    expect(screen.getByRole('status')).toHaveTextContent('Version 1, the draft, was discarded.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByLabelText('My full name')).toHaveValue('Sam Jones'));
    expect((await draftNow())?.content.fullName).toBe('Sam Jones');
    expect(screen.getByRole('heading', { level: 2, name: 'Your statement' })).toHaveFocus();
  });
});

describe('advance statement: recording the signing', () => {
  it('explains what is missing in Scotland, at each box, and saves nothing', async () => {
    const user = userEvent.setup();
    const signing = await openSigning('scotland');
    expect(within(signing).getByRole('link', { name: 'Print a form to sign' })).toHaveAttribute(
      'href',
      `/print/advance-statement/${(await draftNow())!.id}`,
    );
    expect(within(signing).getByLabelText('The day I signed it')).toHaveValue(today());
    await user.type(within(signing).getByLabelText('Witness’s name'), 'Dr A');
    await user.click(within(signing).getByRole('button', { name: 'Record the signing' }));

    const certified = within(signing).getByRole('checkbox', {
      name: /My witness signed the note that says/,
    });
    await waitFor(() => expect(certified).toHaveFocus());
    expect(certified).toHaveAccessibleDescription(/Tick this once they have/);
    expect(within(signing).getByLabelText('Witness’s name')).not.toHaveAttribute('aria-invalid');
    // The Act does not require the witness's address or job: helpful, never demanded.
    for (const optional of [
      'Witness’s address (optional)',
      'Witness’s job or profession (optional)',
    ]) {
      expect(within(signing).getByLabelText(optional)).not.toHaveAttribute('aria-invalid');
    }

    expect(versionsSigned(await listVersions())).toBe(0);
    expect((await getReview('advanceStatement')).reviewDate).toBe('');
  });

  it('records a complete signing, freezing who holds a copy, and sets a review day', async () => {
    const user = userEvent.setup();
    const mo = await draftForScotland();
    render(<AdvanceStatementScreen />);
    const signing = await region('Signing it');
    const day = within(signing).getByLabelText('The day I signed it');
    await user.clear(day);
    await user.type(day, '2026-03-03');
    expect(within(signing).getByLabelText('When to look at it again (optional)')).toHaveValue(
      '2026-09-03',
    );
    await user.type(within(signing).getByLabelText('Witness’s name'), 'Dr A');
    await user.type(
      within(signing).getByLabelText('Witness’s address (optional)'),
      '1 High Street',
    );
    await user.type(
      within(signing).getByLabelText('Witness’s job or profession (optional)'),
      'psychiatrist',
    );
    await user.click(within(signing).getByRole('checkbox', { name: /My witness signed the note/ }));
    await user.type(
      within(signing).getByLabelText('Where the signed original is kept'),
      'Blue folder',
    );
    await user.click(
      within(signing).getByRole('checkbox', { name: 'A copy has gone to my health board' }),
    );
    await user.click(within(signing).getByRole('button', { name: 'Record the signing' }));

    // The statement now shows the signed version, read-only (and so does the list of versions).
    await screen.findAllByText(
      'Version 1 — signed on 3 March 2026, witnessed by Dr A (psychiatrist)',
    );
    const statement = await region('Your statement');
    expect(
      within(statement).getByText(
        'Version 1 — signed on 3 March 2026, witnessed by Dr A (psychiatrist)',
      ),
    ).toBeInTheDocument();
    expect(
      within(statement).getByRole('heading', { level: 2, name: 'Your statement' }),
    ).toHaveFocus();
    // Factual and warm: what was saved, and that it is kept as signed; no "well done".
    expect(announcement.get().message).toBe(
      'Your signed statement is saved. Version 1 is recorded as signed on 3 March 2026, and Waymark keeps it exactly as it is.',
    );
    expect(within(statement).getByText('This is the version that stands.')).toBeInTheDocument();
    expect(within(statement).getByText('Home treatment')).toBeInTheDocument();
    // Read-only now: no boxes to type in, and no signing form.
    expect(within(statement).queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Signing it' })).not.toBeInTheDocument();

    const [version] = await listVersions();
    expect(version).toMatchObject({
      copyHolderNames: ['Aunt Mo'],
      signing: {
        signedOn: '2026-03-03',
        witnessName: 'Dr A',
        witnessCertified: true,
        originalHeldAt: 'Blue folder',
        healthBoardCopy: true,
      },
    });
    expect((await getReview('advanceStatement')).reviewDate).toBe('2026-09-03');

    // Renaming the person later leaves the signed version as it was signed.
    await peopleRepository.update(mo.id, { name: 'Maureen' });
    const history = await region('All versions');
    expect((await peopleRepository.list())[0]?.name).toBe('Maureen');
    expect(within(statement).getByText('Aunt Mo')).toBeInTheDocument();
    expect(within(statement).queryByText('Maureen')).not.toBeInTheDocument();
    await user.click(within(history).getByText('Read version 1'));
    expect(within(history).getByText('Aunt Mo')).toBeVisible();
    expect(
      within(history).getByRole('link', { name: 'Print a copy of version 1' }),
    ).toHaveAttribute('href', `/print/advance-statement/${version!.id}`);
  });

  it('outside Scotland needs only the day, and lets the review day be cleared', async () => {
    const user = userEvent.setup();
    const signing = await openSigning('englandWales');
    expect(within(signing).getByRole('group', { name: 'My witness' })).toHaveTextContent(
      'Optional. Fill in what you have.',
    );
    expect(
      within(signing).queryByRole('checkbox', { name: /My witness signed the note/ }),
    ).not.toBeInTheDocument();
    await user.clear(within(signing).getByLabelText('The day I signed it'));
    await user.click(within(signing).getByRole('button', { name: 'Record the signing' }));
    const day = within(signing).getByLabelText('The day I signed it');
    await waitFor(() => expect(day).toHaveFocus());
    expect(day).toHaveAccessibleDescription('Please add the day you signed it.');
    expect(versionsSigned(await listVersions())).toBe(0);

    await user.type(day, '2026-01-10');
    await user.clear(within(signing).getByLabelText('When to look at it again (optional)'));
    await user.click(within(signing).getByRole('button', { name: 'Record the signing' }));
    await screen.findAllByText('Version 1 — signed on 10 January 2026');
    expect((await listVersions())[0]?.signing?.witnessName).toBe('');
    expect((await getReview('advanceStatement')).reviewDate).toBe('');
  });
});

const versionsSigned = (versions: Awaited<ReturnType<typeof listVersions>>) =>
  versions.filter((version) => version.signing).length;

describe('advance statement: versions', () => {
  it('“Make changes” starts version 2, not yet signed, while version 1 stays signed', async () => {
    const user = userEvent.setup();
    const { id } = await signedVersionOne();
    render(<AdvanceStatementScreen />);
    const statement = await region('Your statement');
    await user.click(within(statement).getByRole('button', { name: 'Make changes' }));

    const name = await screen.findByLabelText('My full name');
    expect(name).toHaveValue('Sam Jones');
    expect(screen.getByRole('heading', { level: 2, name: 'Your statement' })).toHaveFocus();
    expect(
      within(await region('Your statement')).getByText('Version 2 — not yet signed'),
    ).toBeInTheDocument();
    expect(screen.getByText('Version 1 still stands until you sign this one.')).toBeVisible();
    await user.clear(name);
    await user.type(name, 'Samira Jones');
    await waitFor(async () => expect((await draftNow())?.content.fullName).toBe('Samira Jones'));

    const history = within(await region('All versions'));
    const headings = history.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Version 2 — not yet signed',
      'Version 1 — signed on 3 March 2026, witnessed by Dr A (psychiatrist)',
    ]);
    const versions = await listVersions();
    expect(standingVersion(versions)?.id).toBe(id);
    expect(versions.find((version) => version.id === id)?.content.fullName).toBe('Sam Jones');
  });

  it('marks version 1 withdrawn after asking, with the Scottish formalities, and Undo', async () => {
    const user = userEvent.setup();
    const { id } = await signedVersionOne();
    render(<AdvanceStatementScreen />);
    const history = await region('All versions');
    await user.click(within(history).getByRole('button', { name: 'Mark version 1 as withdrawn' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Mark version 1 as withdrawn?',
    });
    expect(dialog).toHaveTextContent(/you withdraw a statement the same way you made one/);
    expect(within(dialog).getByRole('button', { name: 'Keep it as it is' })).toHaveFocus();

    // Keeping it changes nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Keep it as it is' }));
    expect((await listVersions())[0]?.withdrawnOn).toBe('');

    await user.click(within(history).getByRole('button', { name: 'Mark version 1 as withdrawn' }));
    const again = await screen.findByRole('dialog');
    const day = within(again).getByLabelText('The day it was withdrawn');
    await user.clear(day);
    await user.type(day, '2026-04-01');
    await user.type(within(again).getByLabelText('A note (optional)'), 'Told my nurse');
    await user.click(within(again).getByRole('button', { name: 'Mark as withdrawn' }));

    await within(history).findByText('Withdrawn on 1 April 2026');
    expect(within(history).getByText('Note: Told my nurse')).toBeInTheDocument();
    expect((await listVersions())[0]).toMatchObject({
      id,
      withdrawnOn: '2026-04-01',
      withdrawalNote: 'Told my nurse',
    });
    expect(
      within(history).queryByRole('button', { name: 'Mark version 1 as withdrawn' }),
    ).not.toBeInTheDocument();

    // The Undo bar may come a render after the version reads as withdrawn; it has focus as it comes.
    const undo = await within(history).findByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await user.click(undo);
    await waitFor(async () => expect((await listVersions())[0]?.withdrawnOn).toBe(''));
    await waitFor(() =>
      expect(
        within(history).getByRole('button', { name: 'Mark version 1 as withdrawn' }),
      ).toHaveFocus(),
    );
  });

  it('after the newest signed version is withdrawn, says which version still stands', async () => {
    await signedVersionOne();
    await saveDraft({ fullName: 'Samira Jones' });
    const two = (await draftNow())!;
    await recordSigning(two.id, {
      signing: { ...(await listVersions())[1]!.signing!, signedOn: '2026-05-05' },
      reviewDate: '',
    });
    await setWithdrawn(two.id, '2026-06-01', '');
    render(<AdvanceStatementScreen />);
    const statement = await region('Your statement');
    expect(within(statement).getByText('Withdrawn on 1 June 2026')).toBeInTheDocument();
    expect(within(statement).getByText('Version 1 still stands.')).toBeInTheDocument();
    expect(within(statement).getByText('Samira Jones')).toBeInTheDocument();
    const history = await region('All versions');
    expect(within(history).getByText('This is the version that stands.')).toBeInTheDocument();
    expect(within(history).getAllByRole('heading', { level: 3 })[1]).toHaveTextContent(
      'Version 1 — signed on 3 March 2026',
    );
  });

  it('updates where a signed version is kept, without touching its words', async () => {
    const user = userEvent.setup();
    const { id } = await signedVersionOne();
    render(<AdvanceStatementScreen />);
    const keeping = await screen.findByRole('group', { name: 'Keeping version 1 safe' });
    const heldAt = within(keeping).getByLabelText('Where the signed original is kept');
    expect(heldAt).toHaveValue('Blue folder');
    await user.clear(heldAt);
    await user.type(heldAt, 'With my sister');
    await user.click(
      within(keeping).getByRole('checkbox', { name: 'A copy has gone to my health board' }),
    );
    await waitFor(async () =>
      expect((await listVersions())[0]).toMatchObject({
        id,
        content: { fullName: 'Sam Jones' },
        signing: { originalHeldAt: 'With my sister', healthBoardCopy: true },
      }),
    );
    expect(await listVersions()).toHaveLength(1);
  });

  it('has no accessibility problems that axe can find, writing or reading', async () => {
    const user = userEvent.setup();
    const options = { rules: { 'color-contrast': { enabled: false } } };
    await signedVersionOne();
    const { container } = render(<AdvanceStatementScreen />);
    await screen.findAllByText('This is the version that stands.');
    expect((await axe.run(container, options)).violations.map((v) => v.id)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Make changes' }));
    const wanted = await region('Treatments and care I would like');
    await user.click(within(wanted).getByRole('button', { name: 'Add something I would like' }));
    await screen.findByRole('region', { name: 'Signing it' });
    expect((await axe.run(container, options)).violations.map((v) => v.id)).toEqual([]);
  });
});

describe('advance statement: review', () => {
  it('shows when it was last looked over, like other parts', async () => {
    render(<AdvanceStatementScreen />);
    expect(
      await screen.findByRole('region', { name: 'Looking over this part' }),
    ).toBeInTheDocument();
  });
});

describe('advance statement: copy holders the crisis plan keeps away', () => {
  const copies = () => region('Who has a copy');
  const warning = (name: string) =>
    `Your crisis plan says you do not want ${name} involved. Check you want them to have a copy.`;
  /** The warnings shown in "Who has a copy", in order. */
  const warnings = (part: HTMLElement) =>
    within(part)
      .queryAllByText(/^Your crisis plan says/)
      .map((shown) => shown.textContent);

  it('says calmly when a copy holder is someone the crisis plan says not to involve', async () => {
    const user = userEvent.setup();
    const alex = await peopleRepository.add({ name: 'Alex' });
    const jo = await peopleRepository.add({ name: 'Jo' });
    await planSection('notInvolved').add({ personIds: [alex.id] });
    render(<AdvanceStatementScreen />);
    const part = await copies();
    expect(warnings(part)).toEqual([]);

    await user.click(within(part).getByRole('checkbox', { name: 'Jo' }));
    expect(warnings(part)).toEqual([]);
    await user.click(within(part).getByRole('checkbox', { name: 'Alex' }));
    expect(warnings(part)).toEqual([warning('Alex')]);
    await waitFor(() => expect(announcement.get().message).toBe(warning('Alex')));

    // It asks the person to check; their choice stands.
    await waitFor(async () =>
      expect((await draftNow())?.content.copyHolderIds).toEqual([jo.id, alex.id]),
    );
    await user.click(within(part).getByRole('checkbox', { name: 'Alex' }));
    expect(warnings(part)).toEqual([]);
  });

  it('follows the crisis plan as it changes, and finds names written in the person’s own words', async () => {
    const user = userEvent.setup();
    const mo = await draftForScotland();
    render(<AdvanceStatementScreen />);
    const part = await copies();
    expect(within(part).getByRole('checkbox', { name: 'Aunt Mo' })).toBeChecked();
    expect(warnings(part)).toEqual([]);

    // Written in the crisis plan by name, not picked from People and places.
    await planSection('notInvolved').add({ text: 'aunt  mo' });
    await waitFor(() => expect(warnings(part)).toEqual([warning('Aunt Mo')]));
    await waitFor(() => expect(announcement.get().message).toBe(warning('Aunt Mo')));

    await planSection('notInvolved').add({ text: 'Uncle Dev' });
    const others = within(part).getByLabelText('Anyone else who has a copy');
    await paste(user, others, 'Devon surgery');
    expect(warnings(part)).toEqual([warning('Aunt Mo')]);
    await user.type(others, ', uncle dev');
    expect(warnings(part)).toEqual([warning('Aunt Mo'), warning('Uncle Dev')]);
    await waitFor(() => expect(announcement.get().message).toBe(warning('Uncle Dev')));
    expect((await draftNow())?.content.copyHolderIds).toEqual([mo.id]);
  });

  it('shows a warning already there when the statement opens, without reading it out', async () => {
    const mo = await draftForScotland();
    await planSection('notInvolved').add({ personIds: [mo.id] });
    announcement.set({ message: '', key: 0 });
    render(<AdvanceStatementScreen />);
    const part = await copies();
    await waitFor(() => expect(warnings(part)).toEqual([warning('Aunt Mo')]));
    expect(announcement.get().message).toBe('');
  });
});

describe('advance statement: words the person cleared stay cleared', () => {
  it('does not fill a cleared box with its old words when something else on the form changes', async () => {
    const user = userEvent.setup();
    await peopleRepository.add({ name: 'Jo' });
    await saveDraft({ fullName: 'Sam Jones' });
    render(<AdvanceStatementScreen />);
    const name = await screen.findByLabelText('My full name');
    await user.clear(name);
    await waitFor(async () => expect((await draftNow())?.content.fullName).toBe(''));

    await user.click(screen.getByRole('checkbox', { name: 'Jo' }));
    await waitFor(async () => expect((await draftNow())?.content.copyHolderIds).toHaveLength(1));
    expect(name).toHaveValue('');
    await user.type(name, 'Samira Jones');
    await waitFor(async () => expect((await draftNow())?.content.fullName).toBe('Samira Jones'));
  });
});
