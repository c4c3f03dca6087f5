/**
 * The passphrase field on its own: masked with a Show toggle, the right autocomplete for each
 * purpose, strength in words only when making one, and a suggestion that never overwrites typing.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { PassphraseField } from '../../src/ui/PassphraseField';

function Harness(props: {
  purpose: 'create' | 'confirm' | 'open';
  suggestFirst?: boolean;
  error?: string;
}) {
  const [value, setValue] = useState('');
  return <PassphraseField label="Passphrase" value={value} onChange={setValue} {...props} />;
}

const field = () => screen.getByLabelText('Passphrase', { selector: 'input' }) as HTMLInputElement;

describe('the passphrase field', () => {
  it('is masked until Show is pressed, and says so with aria-pressed', async () => {
    const user = userEvent.setup();
    render(<Harness purpose="open" />);
    expect(field()).toHaveAttribute('type', 'password');
    expect(field()).toHaveAttribute('autocomplete', 'current-password');
    expect(field()).toHaveAttribute('spellcheck', 'false');
    const show = screen.getByRole('button', { name: 'Show passphrase' });
    expect(show).toHaveAttribute('aria-pressed', 'false');
    expect(show).toHaveAttribute('aria-controls', field().id);
    await user.click(show);
    expect(show).toHaveAttribute('aria-pressed', 'true');
    expect(field()).toHaveAttribute('type', 'text');
    await user.click(show);
    expect(field()).toHaveAttribute('type', 'password');
    // Opening something asks for its passphrase only: no strength, no suggestion.
    await user.type(field(), 'ok');
    expect(screen.queryByText(/How hard to guess/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Suggest/ })).not.toBeInTheDocument();
  });

  it('says in words how hard a new passphrase is to guess, as it changes', async () => {
    const user = userEvent.setup();
    render(<Harness purpose="create" />);
    expect(field()).toHaveAttribute('autocomplete', 'new-password');
    await user.type(field(), 'ok');
    expect(field()).toHaveAccessibleDescription(/How hard to guess: easy/);
    await user.clear(field());
    await user.type(field(), 'kite over the sea');
    expect(field()).toHaveAccessibleDescription(/How hard to guess: nearly there/);
    await user.type(field(), ' at dawn');
    expect(field()).toHaveAccessibleDescription(/How hard to guess: (very )?hard/);
    expect(screen.getByText(/leave out names, birthdays and well-known sayings/)).toBeVisible();
  });

  it('wires a kind error to the field', () => {
    render(<Harness purpose="create" error="Please add a few more words." />);
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    expect(field()).toHaveAccessibleDescription(/Please add a few more words\./);
  });

  it('starts with five suggested words, shown, when asked to', async () => {
    render(<Harness purpose="create" suggestFirst />);
    await waitFor(() => expect(field().value.split(' ')).toHaveLength(5));
    expect(field()).toHaveAttribute('type', 'text');
    expect(screen.getByRole('button', { name: 'Suggest another' })).toBeVisible();
  });

  it('never puts a suggestion over what the person typed while it was loading', async () => {
    render(<Harness purpose="create" suggestFirst />);
    // Typed at once, before the word list has loaded.
    fireEvent.change(field(), { target: { value: 'my own words' } });
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(field()).toHaveValue('my own words');
    expect(field()).toHaveAttribute('type', 'password');
  });
});
