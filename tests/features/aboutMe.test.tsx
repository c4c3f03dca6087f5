import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection';
import { getAboutMe, saveAboutMe } from '../../src/db/repositories/aboutMe';
import { AboutMeScreen } from '../../src/features/about-me/AboutMeScreen';

beforeEach(async () => {
  await openDatabase();
});

/** Every field of About me, by its visible label, with something a person might write. */
const FIELDS = [
  { label: 'The name I like to be called', name: 'preferredName', text: 'Sam' },
  { label: 'My pronouns', name: 'pronouns', text: 'they/them' },
  { label: 'What recovery means to me', name: 'recoveryMeans', text: 'Living well, my way' },
  { label: 'What I am like when I am well', name: 'whenWell', text: 'Chatty and curious' },
  { label: 'What matters most to me', name: 'mattersMost', text: 'My dog, Biscuit' },
  { label: 'My story', name: 'story', text: 'It started by the sea.' },
] as const;

describe('About me', () => {
  it('offers every field, each optional and empty to begin with, and no Save button', async () => {
    render(<AboutMeScreen />);
    expect(screen.getByRole('heading', { level: 1, name: 'About me' })).toBeInTheDocument();
    for (const { label } of FIELDS) {
      const field = await screen.findByLabelText(label);
      expect(field).toHaveValue('');
      expect(field).not.toBeRequired();
    }
    expect(screen.queryByRole('button', { name: /save/i })).not.toBeInTheDocument();
    expect(await getAboutMe()).toBeUndefined();
  });

  it('saves each field as it is typed, with nothing else to press', async () => {
    const user = userEvent.setup();
    render(<AboutMeScreen />);
    for (const { label, name, text } of FIELDS) {
      await user.type(await screen.findByLabelText(label), text);
      // Saved already: the person did not press anything or leave the field.
      await waitFor(async () => expect((await getAboutMe())?.[name]).toBe(text));
    }
    expect(await getAboutMe()).toMatchObject(
      Object.fromEntries(FIELDS.map(({ name, text }) => [name, text])),
    );
  });

  it('shows what was written when the person comes back to the screen', async () => {
    const user = userEvent.setup();
    const first = render(<AboutMeScreen />);
    for (const { label, text } of FIELDS)
      await user.type(await screen.findByLabelText(label), text);
    await waitFor(async () => expect((await getAboutMe())?.story).toBe(FIELDS[5].text));
    first.unmount();

    render(<AboutMeScreen />);
    // Read first: the person's words, each under its label, and no fields until they ask.
    const change = await screen.findByRole('button', { name: 'Change About me' });
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    for (const { label, text } of FIELDS) {
      expect(screen.getByText(label)).toBeInTheDocument();
      expect(screen.getByText(text)).toBeInTheDocument();
    }
    await user.click(change);
    for (const { label, text } of FIELDS) {
      expect(await screen.findByLabelText(label)).toHaveValue(text);
    }
  });

  it('starts from what is already saved, and a change keeps the other fields', async () => {
    const user = userEvent.setup();
    await saveAboutMe({ preferredName: 'Jo', story: 'Chapter one.' });
    render(<AboutMeScreen />);
    await user.click(await screen.findByRole('button', { name: 'Change About me' }));
    const story = await screen.findByLabelText('My story');
    expect(story).toHaveValue('Chapter one.');
    expect(screen.getByLabelText('The name I like to be called')).toHaveValue('Jo');

    await user.type(story, ' Chapter two.');
    await waitFor(async () =>
      expect(await getAboutMe()).toMatchObject({
        preferredName: 'Jo',
        story: 'Chapter one. Chapter two.',
      }),
    );
  });

  it('saves a field that is cleared, so deleted words stay deleted', async () => {
    const user = userEvent.setup();
    await saveAboutMe({ pronouns: 'she/her' });
    render(<AboutMeScreen />);
    await user.click(await screen.findByRole('button', { name: 'Change About me' }));
    await user.clear(await screen.findByLabelText('My pronouns'));
    await waitFor(async () => expect((await getAboutMe())?.pronouns).toBe(''));
  });

  it('keeps line breaks in a long answer', async () => {
    const user = userEvent.setup();
    render(<AboutMeScreen />);
    await user.type(await screen.findByLabelText('My story'), 'First line{Enter}Second line');
    await waitFor(async () => expect((await getAboutMe())?.story).toBe('First line\nSecond line'));
  });
});
