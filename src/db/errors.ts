/** Recognises the storage failures a person can do something about, so we can say what. */

function nameOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : undefined;
}

/**
 * Chromium rejects a transaction that runs out of space with an AbortError whose `inner` is the
 * QuotaExceededError; other browsers raise the QuotaExceededError itself. Both mean "disk full".
 */
export function isQuotaError(error: unknown): boolean {
  if (nameOf(error) === 'QuotaExceededError') return true;
  if (typeof error !== 'object' || error === null) return false;
  const inner = (error as { inner?: unknown }).inner;
  return inner !== undefined && inner !== error && isQuotaError(inner);
}

export type OpenFailure = 'unavailable' | 'newerVersion' | 'quota' | 'unknown';

export function classifyOpenError(error: unknown): OpenFailure {
  if (isQuotaError(error)) return 'quota';
  const name = nameOf(error);
  if (name === 'VersionError') return 'newerVersion';
  if (name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'SecurityError') {
    return 'unavailable';
  }
  const inner =
    typeof error === 'object' && error !== null ? (error as { inner?: unknown }).inner : undefined;
  return inner && inner !== error ? classifyOpenError(inner) : 'unknown';
}

export type WriteFailure = 'quota' | 'closed' | 'unknown';

export function classifyWriteError(error: unknown): WriteFailure {
  if (isQuotaError(error)) return 'quota';
  const name = nameOf(error);
  if (name === 'DatabaseClosedError') return 'closed';
  return 'unknown';
}
