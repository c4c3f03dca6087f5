import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from '../../src/ui/ConfirmDialog';

function Asking({ onConfirm = () => {}, role }: { onConfirm?: () => void; role?: 'dialog' }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Clear the list
      </button>
      <ConfirmDialog
        open={open}
        role={role}
        title="Clear the list?"
        confirmLabel="Clear it"
        keepLabel="Keep it"
        onConfirm={() => {
          onConfirm();
          setOpen(false);
        }}
        onKeep={() => setOpen(false)}
        fields={<input aria-label="A note" />}
      >
        <p>Everything on it goes.</p>
      </ConfirmDialog>
    </>
  );
}

describe('ConfirmDialog', () => {
  it('asks with focus on the safe choice, and Keep gives focus back to what opened it', async () => {
    const user = userEvent.setup();
    render(<Asking />);
    const opener = screen.getByRole('button', { name: 'Clear the list' });
    await user.click(opener);
    const dialog = screen.getByRole('alertdialog', { name: 'Clear the list?' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveAccessibleDescription('Everything on it goes.');
    expect(within(dialog).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    expect(within(dialog).getByLabelText('A note')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('treats Escape (the browser closing it) as keeping, and confirms only when asked', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<Asking onConfirm={onConfirm} role="dialog" />);
    await user.click(screen.getByRole('button', { name: 'Clear the list' }));
    (screen.getByRole('dialog') as HTMLDialogElement).close(); // what the browser does on Escape
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onConfirm).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Clear the list' }));
    await user.type(screen.getByLabelText('A note'), 'now{Enter}');
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Clear the list' })).toHaveFocus();
  });
});
