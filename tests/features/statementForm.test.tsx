/**
 * The advance statement on paper: one version as a form to sign (blank lines for the person and
 * their witness, the witness's certificate in Scotland) or as a copy of what was signed, and the
 * statement as a part of the whole plan, its text export and a shared plan.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TFunction } from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { readPlan } from '../../src/db/planStore';
import { saveAboutMe } from '../../src/db/repositories/aboutMe';
import {
  getVersion,
  listVersions,
  recordSigning,
  saveDraft,
  setWithdrawn,
} from '../../src/db/repositories/advanceStatements';
import { peopleRepository } from '../../src/db/repositories/people';
import type { StatementFields } from '../../src/domain/advanceStatement';
import { planView, toPlanView, type PlanView } from '../../src/domain/planView';
import { encodeShareLink } from '../../src/formats/shareLink';
import { PlanDocument, planViewToMarkdown } from '../../src/features/print';
import { PrintScreen } from '../../src/features/print/PrintScreen';
import { AdvanceStatementScreen } from '../../src/features/advance-statement/AdvanceStatementScreen';
import { StatementFormScreen } from '../../src/features/print/StatementFormScreen';
import { ViewerScreen } from '../../src/features/viewer/ViewerScreen';
import { i18next } from '../../src/i18n';

/** The labels of the lines to sign and write on (the address's label also names a recorded one). */
const SIGNATURE_LINES = [
  'My signature',
  'Witness’s signature',
  'Witness’s full name',
  'Witness’s job or profession',
];
/** The witness's note (s275(2)(e)): one translation, shown on screen and printed on the form. */
const CERTIFICATE =
  'I certify that, in my opinion, the person making this statement has the capacity to properly intend the wishes set out in it.';
const SIGNING = {
  signedOn: '2026-01-10',
  witnessName: 'Dr Ann Lee',
  witnessAddress: '2 Clinic Road, Perth',
  witnessRole: 'Psychiatrist',
  witnessCertified: true,
  originalHeldAt: 'The blue folder at home',
  healthBoardCopy: true,
};

beforeEach(async () => {
  await openDatabase();
});

afterEach(() => {
  vi.restoreAllMocks();
  history.replaceState(null, '', '/');
});

/** A statement with something in every part; returns the draft's id. */
async function writeStatement(fields: Partial<StatementFields> = {}): Promise<string> {
  await saveAboutMe({ preferredName: 'Sam' });
  const mo = await peopleRepository.add({ name: 'Aunt Mo', relationship: 'family' });
  await saveDraft({
    jurisdiction: 'scotland',
    fullName: 'Samira Jones',
    dateOfBirth: '1990-02-01',
    address: '1 High Street\nPerth',
    wanted: [{ id: 'w1', what: 'A quiet room', why: 'Noise makes things worse' }],
    notWanted: [
      { id: 'n1', what: 'Haloperidol', why: 'It made me very stiff' },
      { id: 'n2', what: '  ', why: '' },
    ],
    otherWishes: 'Please keep my cat at home.',
    communication: 'Give me time to answer.',
    copyHolderIds: [mo.id],
    otherCopyHolders: 'My GP surgery',
    ...fields,
  });
  const [draft] = await listVersions();
  return draft!.id;
}

async function openForm(id: string) {
  render(<StatementFormScreen params={{ id }} />);
  return screen.findByRole('region', { name: 'How it will look' });
}

const paperText = (paper: HTMLElement) => paper.textContent ?? '';

describe('the form to sign', () => {
  it('prints the witness’s note about capacity in the very words the screen explains', async () => {
    const user = userEvent.setup();
    const id = await writeStatement();
    const shown = render(<AdvanceStatementScreen />);
    await user.selectOptions(await screen.findByLabelText('Where you live'), 'Scotland');
    const place = await screen.findByRole('region', { name: 'The rules where you live' });
    const onScreen = (await within(place).findByRole('blockquote')).textContent;
    expect(onScreen).toBe(CERTIFICATE);
    shown.unmount();

    const paper = await openForm(id);
    const signing = within(paper)
      .getByRole('heading', { name: 'Signing and witness' })
      .closest('div')!;
    expect(signing.querySelector('.statement__certification')?.textContent).toBe(onScreen);
  });

  it('prints a Scottish draft with its words, blank lines for both signatures and the witness’s certificate', async () => {
    const paper = await openForm(await writeStatement());
    expect(
      screen.getByRole('heading', { level: 1, name: 'Print version 1 of your advance statement' }),
    ).toBeVisible();
    expect(within(paper).getByText('Advance statement of Samira Jones')).toBeVisible();
    expect(within(paper).getByText('Not yet signed')).toBeVisible();
    expect(within(paper).getByText('Written for: Scotland')).toBeVisible();
    expect(within(paper).getByText('1 February 1990')).toBeVisible();
    expect(within(paper).getByText('A quiet room')).toBeVisible();
    expect(within(paper).getByText('Why: Noise makes things worse')).toBeVisible();
    expect(within(paper).getByText('Why: It made me very stiff')).toBeVisible();
    expect(within(paper).getByText('Please keep my cat at home.')).toBeVisible();
    const copies = within(paper).getByRole('heading', { name: 'Who has a copy' }).closest('div')!;
    expect(
      within(copies)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Aunt Mo', 'My GP surgery']);
    // Headings in the statement's order.
    expect(
      within(paper)
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.textContent),
    ).toEqual([
      'How it will look',
      'My details',
      'Treatments and care I would like, and why',
      'Treatments and care I would not like, and why',
      'Other wishes',
      'Who has a copy',
      'Signing and witness',
    ]);

    const signing = within(paper)
      .getByRole('heading', { name: 'Signing and witness' })
      .closest('div')!;
    for (const label of [...SIGNATURE_LINES, 'Witness’s address']) {
      expect(within(signing).getByText(label)).toBeVisible();
    }
    expect(within(signing).getAllByText('Date')).toHaveLength(2);
    expect(within(signing).getByText(CERTIFICATE)).toBeVisible();
    expect(paperText(paper)).not.toMatch(/signed on/i);
  });

  it('gives lines for the details not yet written, and no certificate outside Scotland', async () => {
    const paper = await openForm(
      await writeStatement({ jurisdiction: 'englandWales', dateOfBirth: '', address: '' }),
    );
    const details = within(paper).getByRole('heading', { name: 'My details' }).closest('div')!;
    expect(within(details).getByText('Samira Jones')).toBeVisible();
    expect(within(details).getByText('Date of birth')).toBeVisible();
    expect(within(details).getByText('Address')).toBeVisible();
    expect(
      within(paper).getByText(
        'This is a statement of my wishes. It is not an advance decision to refuse treatment.',
      ),
    ).toBeVisible();
    expect(within(paper).getByText('Witness’s signature')).toBeVisible();
    expect(within(paper).queryByText(CERTIFICATE)).not.toBeInTheDocument();
  });

  it('puts the name, the version and the page numbers in every page’s margin, and prints', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { unmount } = render(<StatementFormScreen params={{ id: await writeStatement() }} />);
    await screen.findByText('Advance statement of Samira Jones');
    const root = document.documentElement.style;
    expect(root.getPropertyValue('--print-top-left')).toBe('"Advance statement of Samira Jones"');
    expect(root.getPropertyValue('--print-top-right')).toMatch(
      /^"Version 1, printed on \d+ \w+ \d{4}"$/,
    );
    expect(root.getPropertyValue('--print-page')).toBe(
      '"Page " counter(page) " of " counter(pages)',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    unmount();
    expect(root.getPropertyValue('--print-top-left')).toBe('');
  });

  it('uses the name the person likes when the statement has no full name yet', async () => {
    const paper = await openForm(await writeStatement({ fullName: '' }));
    expect(within(paper).getByText('Advance statement of Sam')).toBeVisible();
    expect(within(paper).getByText('Full name')).toBeVisible();
  });
});

describe('a signed version', () => {
  it('shows what was recorded at signing instead of lines to sign on', async () => {
    const id = await writeStatement();
    await recordSigning(id, { signing: SIGNING, reviewDate: '' });
    // Renaming someone later does not change who held a copy of what was signed.
    const [mo] = await peopleRepository.list();
    await peopleRepository.update(mo!.id, { name: 'Maureen' });
    const paper = await openForm(id);
    expect(
      within(paper).getByText('A copy of the statement signed on 10 January 2026'),
    ).toBeVisible();
    expect(
      within(paper).getByText('Signed on 10 January 2026, witnessed by Dr Ann Lee (Psychiatrist).'),
    ).toBeVisible();
    expect(
      within(paper).getByText(`The witness signed the note that says: “${CERTIFICATE}”`),
    ).toBeVisible();
    expect(within(paper).getByText('2 Clinic Road, Perth')).toBeVisible();
    expect(within(paper).getByText('The blue folder at home')).toBeVisible();
    expect(within(paper).getByText('A copy has gone to the health board.')).toBeVisible();
    expect(within(paper).getByText('Aunt Mo')).toBeVisible();
    expect(within(paper).queryByText('Maureen')).not.toBeInTheDocument();
    const text = paperText(paper);
    for (const label of [...SIGNATURE_LINES, 'Not yet signed']) {
      expect(text).not.toContain(label);
    }
    // The note is quoted as what the witness signed, not printed again as a blank to sign.
    expect(within(paper).queryByText(CERTIFICATE)).not.toBeInTheDocument();
    expect(within(paper).queryByText('Date')).not.toBeInTheDocument();
    expect(screen.getByText(/This is a copy of version 1, just as it was signed/)).toBeVisible();
  });

  it('marks a withdrawn version plainly, with the day', async () => {
    const id = await writeStatement();
    await recordSigning(id, { signing: SIGNING, reviewDate: '' });
    await setWithdrawn(id, '2026-02-01');
    const paper = await openForm(id);
    expect(within(paper).getByText('Withdrawn on 1 February 2026')).toBeVisible();
    expect(
      within(paper).getByText(
        /a copy of the statement signed on 10 January 2026\. It has been withdrawn/,
      ),
    ).toBeVisible();
    expect(paperText(paper)).not.toContain('My signature');
    expect(screen.getByText(/This is a copy of version 1, which has been withdrawn/)).toBeVisible();
  });

  it('names only the day when nobody witnessed it', async () => {
    const id = await writeStatement({ jurisdiction: 'northernIreland' });
    await recordSigning(id, {
      signing: {
        ...SIGNING,
        witnessName: '',
        witnessAddress: '',
        witnessRole: '',
        witnessCertified: false,
        healthBoardCopy: false,
      },
      reviewDate: '',
    });
    const paper = await openForm(id);
    expect(within(paper).getByText('Signed on 10 January 2026.')).toBeVisible();
    expect(paperText(paper)).not.toMatch(/witnessed by|certified|health board/);
  });
});

describe('a version that is not there', () => {
  it('says so kindly and links back to the advance statement', async () => {
    render(<StatementFormScreen params={{ id: 'no-such-version' }} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'We couldn’t find that version' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to your advance statement' })).toHaveAttribute(
      'href',
      '/advance-statement',
    );
    expect(screen.queryByRole('button', { name: 'Print' })).not.toBeInTheDocument();
    expect(await getVersion('no-such-version')).toBeUndefined();
  });
});

describe('the statement in the whole plan', () => {
  it('is a part to choose when printing, kindly empty before it is started', async () => {
    render(<PrintScreen />);
    const paper = await screen.findByRole('region', { name: 'How it will look' });
    expect(screen.getByRole('checkbox', { name: 'Advance statement' })).toBeChecked();
    const part = (
      await within(paper).findByRole('heading', { level: 2, name: 'Advance statement' })
    ).parentElement!;
    expect(part).toHaveTextContent('Nothing is written in this part yet.');
  });

  it('shows the draft marked as not yet signed, without lines to sign on', async () => {
    await writeStatement();
    const view = toPlanView(await readPlan(), { parts: ['advanceStatement'] });
    render(<PlanDocument view={view} name="Sam" date="2026-05-03" />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Advance statement',
    ]);
    expect(screen.getByText('Not yet signed')).toBeVisible();
    expect(screen.getByText('This version has not been signed yet.')).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: 'Other wishes' })).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 4, name: 'How to communicate with me' }),
    ).toBeVisible();
    expect(screen.getByText('Haloperidol')).toBeVisible();
    const text = document.body.textContent ?? '';
    for (const label of [...SIGNATURE_LINES, CERTIFICATE]) expect(text).not.toContain(label);
  });

  it('shows the version that stands rather than a newer draft', async () => {
    const id = await writeStatement();
    await recordSigning(id, { signing: SIGNING, reviewDate: '' });
    await saveDraft({ otherWishes: 'Something new, not signed yet.' });
    const view = toPlanView(await readPlan(), { parts: ['advanceStatement'] });
    render(<PlanDocument view={view} name="Sam" date="2026-05-03" />);
    expect(screen.getByText('A copy of the statement signed on 10 January 2026')).toBeVisible();
    expect(screen.getByText('Please keep my cat at home.')).toBeVisible();
    expect(document.body.textContent).not.toContain('Something new');
  });

  it('shows in a shared plan’s viewer', async () => {
    const id = await writeStatement();
    await recordSigning(id, { signing: SIGNING, reviewDate: '' });
    const view = toPlanView(await readPlan(), { parts: ['advanceStatement'] });
    const link = await encodeShareLink(view, {
      sharedAt: '2026-05-03T10:00:00.000Z',
      sharedBy: 'Sam',
      until: '',
    });
    history.replaceState(null, '', `/view${link}`);
    render(<ViewerScreen />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show plan' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Advance statement' }),
    ).toBeVisible();
    expect(screen.getByText('A copy of the statement signed on 10 January 2026')).toBeVisible();
    expect(screen.getByText('Why: It made me very stiff')).toBeVisible();
  });
});

describe('the statement as text', () => {
  const t = i18next.t;
  const signedView: PlanView = planView.parse({
    advanceStatement: {
      number: 2,
      status: 'signed',
      content: {
        jurisdiction: 'englandWales',
        fullName: 'Samira Jones',
        dateOfBirth: '1990-02-01',
        wanted: [{ id: 'w1', what: 'A quiet room', why: 'Noise makes things worse' }],
        notWanted: [{ id: 'n1', what: '# Haloperidol', why: '' }],
        otherWishes: 'Please keep my cat at home.',
      },
      copyHolders: ['Aunt Mo'],
      signing: { ...SIGNING, witnessCertified: false, healthBoardCopy: false },
    },
  });

  it('writes the statement where it stands first, then its words and the signing', () => {
    const text = planViewToMarkdown(signedView, t, { name: 'Sam', locale: 'en-GB' });
    expect(text).toBe(
      [
        '# Sam’s plan',
        '## Advance statement',
        '**A copy of the statement signed on 10 January 2026**\n' +
          'This is version 2, just as it was signed.\nWritten for: England and Wales',
        '### My details',
        '- Full name: Samira Jones\n- Date of birth: 1 February 1990',
        '### Treatments and care I would like, and why',
        '- A quiet room\n  Why: Noise makes things worse',
        '### Treatments and care I would not like, and why',
        '- \\# Haloperidol',
        '### Other wishes',
        '#### Anything else I would like people to know',
        'Please keep my cat at home.',
        '### Who has a copy',
        '- Aunt Mo',
        '### Signing and witness',
        'This is a statement of my wishes. It is not an advance decision to refuse treatment.',
        'Signed on 10 January 2026, witnessed by Dr Ann Lee (Psychiatrist).',
        '- Witness’s address: 2 Clinic Road, Perth\n' +
          '- Where the signed original is kept: The blue folder at home',
      ].join('\n\n') + '\n',
    );
  });

  it('says a draft is not yet signed, and an empty part kindly', () => {
    const draft = planViewToMarkdown(
      planView.parse({ advanceStatement: { number: 3, status: 'draft', content: {} } }),
      t,
    );
    expect(draft).toContain(
      '**Not yet signed**\nThis is version 3. It is a draft and has not been signed yet.',
    );
    expect(draft).toContain('### Signing and witness\n\nThis version has not been signed yet.');
    expect(planViewToMarkdown(planView.parse({ advanceStatement: null }), t)).toBe(
      '# My plan\n\n## Advance statement\n\nNothing is written in this part yet.\n',
    );
  });

  it('takes every word it adds from the translations', () => {
    const marked = ((key: string) => `⟦${key}⟧`) as TFunction;
    const words = planViewToMarkdown(signedView, marked, { name: 'Sam', locale: 'en-GB' })
      .replace(/⟦[^⟧]*⟧/g, '')
      .replace(
        /Sam|Samira Jones|A quiet room|Noise makes things worse|Haloperidol|Please keep my cat at home\.|Aunt Mo/g,
        '',
      );
    expect(words).not.toMatch(/\p{L}/u);
  });
});
