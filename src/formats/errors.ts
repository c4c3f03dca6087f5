/**
 * Why a file or link could not be read. Each reason has its own kind words in the app; none of
 * them ever changes what is stored.
 */
export type FormatProblem =
  | 'notWaymark' // not a Waymark file or link at all
  | 'damaged' // truncated, corrupted or tampered with
  | 'wrongPassphrase'
  | 'needsPassphrase'
  | 'newerVersion' // made by a newer Waymark than this one
  | 'tooLarge'
  | 'invalid'; // readable, but what it holds is not a valid plan

export class FormatError extends Error {
  constructor(
    readonly problem: FormatProblem,
    detail?: string,
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
    this.name = 'FormatError';
  }
}

export function isFormatError(error: unknown): error is FormatError {
  return error instanceof FormatError;
}
