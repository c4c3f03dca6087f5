/**
 * How Chromium reports a full disk from IndexedDB: the transaction aborts with an AbortError whose
 * `inner` error is the QuotaExceededError.
 */
export function chromiumQuotaError(): Error {
  return Object.assign(new Error('The transaction was aborted.'), {
    name: 'AbortError',
    inner: Object.assign(new Error('The quota has been exceeded.'), {
      name: 'QuotaExceededError',
    }),
  });
}
