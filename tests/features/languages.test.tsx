/**
 * Waymark in the person's own language (#17): chosen in Settings and on the welcome, every draft
 * language marked as a draft, said once on first use with the English beside it, and the checked
 * English beside help lines and the law while the language is a draft.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { currentPath } from '../../src/ui/router';
import { openDatabase } from '../../src/db/connection';
import { getSettings } from '../../src/db/repositories/settings';
import { ContactList } from '../../src/features/help-now';
import { HelpNowContent } from '../../src/features/help-now/HelpNowContent';
import { SettingsScreen } from '../../src/features/settings/SettingsScreen';
import { DraftNotice } from '../../src/features/translation/DraftNotice';
import { i18next, initI18n } from '../../src/i18n';
import { resources } from '../../src/i18n/resources';
import { LANGUAGES } from '../../src/i18n/languages';

beforeEach(async () => {
  await openDatabase();
});

type Tree = { [key: string]: string | Tree };
/** A word as the language's own file has it, e.g. words('cy', 'settings.title'). */
function words(language: string, key: string): string {
  let value: string | Tree = (resources as Record<string, { translation: Tree }>)[language]!
    .translation;
  for (const part of key.split('.')) value = (value as Tree)[part]!;
  return value as string;
}

describe('choosing a language', () => {
  it('offers every language in its own name, each draft marked as a draft', async () => {
    render(<SettingsScreen />);
    const choice = await screen.findByRole('combobox', { name: 'Language' });
    const names = within(choice)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(names).toEqual([
      'English (UK)',
      'Cymraeg (draft translation)',
      'Polski (draft translation)',
      'Română (draft translation)',
      'اردو (draft translation)',
      'ਪੰਜਾਬੀ (draft translation)',
    ]);
    // Until a fluent speaker has checked one, every translation is a draft.
    expect(LANGUAGES.map((language) => language.review)).toEqual([
      'source',
      'draft',
      'draft',
      'draft',
      'draft',
      'draft',
    ]);
  });

  it('speaks Welsh once chosen, saves the choice, and Urdu turns the page right to left', async () => {
    const user = userEvent.setup();
    render(<SettingsScreen />);
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Language' }),
      'Cymraeg (draft translation)',
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: words('cy', 'settings.title') }),
    ).toBeInTheDocument();
    await waitFor(async () => expect((await getSettings()).language).toBe('cy'));
    expect(document.documentElement.lang).toBe('cy');
    expect(document.documentElement.dir).toBe('ltr');

    await user.selectOptions(
      screen.getByRole('combobox', { name: words('cy', 'settings.language') }),
      'ur',
    );
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ur');
  });
});

describe('a draft translation says so', () => {
  it('once, in its own words and in English, until the person has read it', async () => {
    const user = userEvent.setup();
    await initI18n('cy');
    const { unmount } = render(<DraftNotice />);
    const notice = await screen.findByRole('region', { name: words('cy', 'translation.title') });
    expect(within(notice).getByText('This translation is a draft')).toBeInTheDocument();
    expect(
      within(notice)
        .getByText(/tell the person or service who suggested Waymark/)
        .closest('[lang]'),
    ).toHaveAttribute('lang', 'en-GB');
    await user.click(
      within(notice).getByRole('button', { name: words('cy', 'translation.dismiss') }),
    );
    await waitFor(() => expect(notice).not.toBeInTheDocument());
    expect((await getSettings()).draftNoticeSeen).toEqual(['cy']);

    unmount();
    render(<DraftNotice />);
    // Give a notice that would wrongly come back the time to arrive.
    await getSettings();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('offers English instead, and says nothing at all in English', async () => {
    const user = userEvent.setup();
    await initI18n('pl');
    render(<DraftNotice />);
    const notice = await screen.findByRole('region', { name: words('pl', 'translation.title') });
    await user.click(
      within(notice).getByRole('button', { name: words('pl', 'translation.useEnglish') }),
    );
    await waitFor(() => expect(i18next.language).toBe('en-GB'));
    expect(await getSettings()).toMatchObject({ language: 'en-GB', draftNoticeSeen: ['pl'] });
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});

describe('checked English beside help lines while a language is a draft', () => {
  it('shows the English hours and what each line is for, in Welsh; nothing extra in English', async () => {
    await initI18n('cy');
    const { unmount } = render(<HelpNowContent />);
    const checked = await screen.findAllByText('Any time, day or night');
    expect(checked.length).toBeGreaterThan(0);
    for (const element of checked) expect(element).toHaveAttribute('lang', 'en-GB');
    expect(
      screen.getByText('Call 999 for an ambulance or the police. 112 works too.'),
    ).toHaveAttribute('lang', 'en-GB');
    unmount();

    await initI18n('en-GB');
    render(<HelpNowContent />);
    expect(
      await screen.findByText('Call 999 for an ambulance or the police. 112 works too.'),
    ).not.toHaveAttribute('lang');
    expect(screen.queryByText(words('en-GB', 'app.checkedEnglish'))).not.toBeInTheDocument();
  });
});

describe('plural forms', () => {
  it('uses each language’s own forms: Welsh has six', async () => {
    await initI18n('cy');
    const rules = new Intl.PluralRules('cy');
    expect(rules.resolvedOptions().pluralCategories).toHaveLength(6);
    for (const count of [0, 1, 2, 3, 6, 10]) {
      const form = words('cy', `backup.counts.strengths_${rules.select(count)}`);
      expect(i18next.t('backup.counts.strengths', { count })).toBe(
        form.replace('{{count}}', String(count)),
      );
    }
  });
});

describe('right to left, numbers still read in order', () => {
  it('sets each phone number apart, left to right, in Urdu', async () => {
    await initI18n('ur');
    render(
      <ContactList
        contacts={[{ id: 'p1', name: 'Maya Okafor', phone: '07700 900123', role: '' }]}
      />,
    );
    const number = await screen.findByText('07700 900123');
    expect(number.tagName).toBe('BDI');
    expect(number).toHaveAttribute('dir', 'ltr');
  });

  it('isolates every value put into an Urdu sentence, and leaves English sentences as they are', async () => {
    await initI18n('ur');
    expect(i18next.t('helpNow.call', { name: 'Maya Okafor' })).toContain('\u2068Maya Okafor\u2069');
    await initI18n('en-GB');
    expect(i18next.t('helpNow.call', { name: 'Maya Okafor' })).toBe('Call Maya Okafor');
  });
});

describe('the draft notice and Help now', () => {
  afterEach(() => currentPath.set('/'));

  it('never comes before 999 on Help now, but shows on the plan’s screens', async () => {
    await initI18n('cy');
    currentPath.set('/help-now');
    const { unmount } = render(<App />);
    await screen.findByRole('heading', { level: 1, name: words('cy', 'helpNow.screenTitle') });
    // Time enough for a notice to arrive, as it does on Home below.
    await getSettings();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByRole('region', { name: words('cy', 'translation.title') })).toBeNull();
    unmount();

    currentPath.set('/');
    render(<App />);
    expect(
      await screen.findByRole('region', { name: words('cy', 'translation.title') }),
    ).toBeInTheDocument();
  });
});
