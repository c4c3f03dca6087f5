/**
 * Two tabs on the same plan: a form follows what another tab stores where the person has not
 * changed a field, and never saves over another tab's words without asking. The other tab is
 * simulated by writing through the same repositories, as its own page would.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SaveStatusBar } from '../../src/app/SaveStatusBar';
import { openDatabase } from '../../src/db/connection';
import { getAboutMe, saveAboutMe } from '../../src/db/repositories/aboutMe';
import { strengthsRepository } from '../../src/db/repositories/strengths';
import { AboutMeScreen } from '../../src/features/about-me/AboutMeScreen';
import { StrengthsScreen } from '../../src/features/strengths/StrengthsScreen';

beforeEach(async () => {
  await openDatabase();
});

const withStatus = (screenElement: React.ReactNode) =>
  render(
    <>
      <SaveStatusBar />
      {screenElement}
    </>,
  );

/** The choice offered for a field, found by what it says. */
const choiceFor = (field: string | RegExp) =>
  screen.findByRole('region', {
    name: typeof field === 'string' ? `“${field}” was changed in another tab too` : field,
  });

/**
 * Another tab saves `theirs` at the moment the person types `mine` here: the other tab's write is
 * already on its way when this form's save starts, so this form still starts from the old value.
 */
async function typeWhileAnotherTabSaves(
  field: HTMLElement,
  mine: string,
  otherTabSaves: () => Promise<unknown>,
) {
  const theirs = otherTabSaves();
  fireEvent.change(field, { target: { value: mine } });
  await theirs;
}

describe('About me open in two tabs', () => {
  it('shows what another tab saved in a field the person has not changed', async () => {
    withStatus(<AboutMeScreen />);
    const story = await screen.findByLabelText('My story');
    await saveAboutMe({ story: 'Written in the other tab' });
    await waitFor(() => expect(story).toHaveValue('Written in the other tab'));
    // Typing on carries on from there, and keeps the other tab's words.
    await userEvent.type(story, '!');
    await waitFor(async () =>
      expect((await getAboutMe())?.story).toBe('Written in the other tab!'),
    );
  });

  it('never saves over words another tab stored meanwhile: both are shown, mine kept on request', async () => {
    withStatus(<AboutMeScreen />);
    const story = await screen.findByLabelText('My story');
    await typeWhileAnotherTabSaves(story, 'My words', () =>
      saveAboutMe({ story: 'A whole paragraph from the other tab' }),
    );

    const choice = await choiceFor('My story');
    expect(within(choice).getByText('My words')).toBeInTheDocument();
    expect(within(choice).getByText('A whole paragraph from the other tab')).toBeInTheDocument();
    // Nothing was overwritten while the person decides; their words are still on screen.
    expect((await getAboutMe())?.story).toBe('A whole paragraph from the other tab');
    expect(story).toHaveValue('My words');

    await userEvent.click(within(choice).getByRole('button', { name: 'Keep mine' }));
    await waitFor(async () => expect((await getAboutMe())?.story).toBe('My words'));
    expect(
      screen.queryByRole('region', { name: /changed in another tab/ }),
    ).not.toBeInTheDocument();
    expect(story).toHaveValue('My words');
  });

  it('can use the other tab’s words instead', async () => {
    withStatus(<AboutMeScreen />);
    const field = await screen.findByLabelText('What matters most to me');
    await typeWhileAnotherTabSaves(field, 'Mine', () => saveAboutMe({ mattersMost: 'Theirs' }));
    const choice = await choiceFor('What matters most to me');
    await userEvent.click(within(choice).getByRole('button', { name: 'Use the other tab’s' }));
    expect(field).toHaveValue('Theirs');
    expect((await getAboutMe())?.mattersMost).toBe('Theirs');
    // From here, typing builds on the other tab's words.
    await userEvent.type(field, ' and mine');
    await waitFor(async () => expect((await getAboutMe())?.mattersMost).toBe('Theirs and mine'));
  });

  it('can keep both versions of long text, one after the other', async () => {
    withStatus(<AboutMeScreen />);
    const story = await screen.findByLabelText('My story');
    await typeWhileAnotherTabSaves(story, 'Written here', () =>
      saveAboutMe({ story: 'Written there' }),
    );
    const choice = await choiceFor('My story');
    await userEvent.click(within(choice).getByRole('button', { name: 'Keep both, mine first' }));
    await waitFor(async () =>
      expect((await getAboutMe())?.story).toBe('Written here\n\nWritten there'),
    );
    expect(story).toHaveValue('Written here\n\nWritten there');
  });

  it('offers to keep both only for long text', async () => {
    withStatus(<AboutMeScreen />);
    const name = await screen.findByLabelText('The name I like to be called');
    await typeWhileAnotherTabSaves(name, 'Sam', () => saveAboutMe({ preferredName: 'Sammy' }));
    const choice = await choiceFor('The name I like to be called');
    expect(within(choice).queryByRole('button', { name: /keep both/i })).not.toBeInTheDocument();
    expect((await getAboutMe())?.preferredName).toBe('Sammy');
  });
});

describe('A list item open in two tabs', () => {
  it('follows another tab’s change, and asks rather than overwrite one made meanwhile', async () => {
    const { id } = await strengthsRepository.add({ title: 'Patience' });
    withStatus(<StrengthsScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Change Patience' }));
    const title = await screen.findByLabelText('My strength');
    expect(title).toHaveValue('Patience');

    await strengthsRepository.update(id, { title: 'Patience with myself' });
    await waitFor(() => expect(title).toHaveValue('Patience with myself'));

    await typeWhileAnotherTabSaves(title, 'Kindness', () =>
      strengthsRepository.update(id, { title: 'Patience with others' }),
    );
    const choice = await choiceFor(
      /^“Patience with .*: My strength” was changed in another tab too$/,
    );
    expect(within(choice).getByText('Kindness')).toBeInTheDocument();
    expect((await strengthsRepository.list())[0]?.title).toBe('Patience with others');
    await userEvent.click(within(choice).getByRole('button', { name: 'Keep mine' }));
    await waitFor(async () =>
      expect((await strengthsRepository.list())[0]?.title).toBe('Kindness'),
    );
  });
});
