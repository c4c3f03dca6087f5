/**
 * Named reasons for letting a rejected promise go. A failure is never swallowed silently: each
 * handler here says where the person already learns of it, so a reader of `.catch(…)` knows why
 * nothing more is done there. Where a failure is shown nowhere, handle it instead (announce it or
 * show it beside the control).
 */

/**
 * A write's failure is already shown by the app-wide save status, which says what went wrong
 * and offers Try again; the words stay on screen meanwhile.
 */
export function shownBySaveStatus(): undefined {
  return undefined;
}

/**
 * `navigator.share()` rejects when the person closes the share sheet without choosing anywhere
 * to send it; the link or file stays on screen, with the other ways to pass it on beside it.
 */
export function closedByThePerson(): undefined {
  return undefined;
}
