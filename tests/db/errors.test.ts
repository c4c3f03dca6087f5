import { describe, expect, it } from 'vitest';
import { classifyOpenError, classifyWriteError, isQuotaError } from '../../src/db/errors';

const named = (name: string, extra: object = {}) => Object.assign(new Error(name), { name }, extra);

describe('storage errors', () => {
  it('recognises a full disk however the browser reports it', () => {
    expect(isQuotaError(named('QuotaExceededError'))).toBe(true);
    // Chromium: the transaction aborts, and the cause sits in `inner`.
    expect(isQuotaError(named('AbortError', { inner: named('QuotaExceededError') }))).toBe(true);
    expect(isQuotaError(named('AbortError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });

  it('tells apart why the database could not open', () => {
    expect(classifyOpenError(named('MissingAPIError'))).toBe('unavailable');
    expect(classifyOpenError(named('InvalidStateError'))).toBe('unavailable');
    expect(classifyOpenError(named('VersionError'))).toBe('newerVersion');
    expect(classifyOpenError(named('OpenFailedError', { inner: named('VersionError') }))).toBe(
      'newerVersion',
    );
    expect(classifyOpenError(named('AbortError', { inner: named('QuotaExceededError') }))).toBe(
      'quota',
    );
    expect(classifyOpenError(new Error('something else'))).toBe('unknown');
  });

  it('tells apart why a write failed', () => {
    expect(classifyWriteError(named('AbortError', { inner: named('QuotaExceededError') }))).toBe(
      'quota',
    );
    expect(classifyWriteError(named('DatabaseClosedError'))).toBe('closed');
    expect(classifyWriteError(new Error('x'))).toBe('unknown');
  });
});
