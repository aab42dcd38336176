/** Stable machine codes of {@link SolieuError}; part of the public contract. */
export type ErrorCode =
  | 'INVALID_OPTION'
  | 'INVALID_DICTIONARY'
  | 'INPUT_NOT_FOUND'
  | 'INPUT_UNREADABLE'
  | 'INPUT_BINARY'
  | 'INPUT_INVALID_ENCODING'
  | 'INPUT_EMPTY_DIRECTORY'
  | 'INVALID_GOLD'
  | 'SEGMENTER_UNAVAILABLE'
  | 'INPUT_MALFORMED'
  | 'EXTRACTION_FAILED'
  | 'WORKER_DIED'
  | 'EXTRACT_TIMEOUT'
  | 'INPUT_CORRUPT'
  | 'INPUT_ENCRYPTED'
  | 'INPUT_NO_TEXT'
  | 'INPUT_NO_ARTICLE'
  | 'INPUT_TOO_LARGE'
  | 'OUTPUT_FAILED'
  | 'INVALID_ARGUMENT';

/** The one error class solieu throws for anything a user can fix. */
export class SolieuError extends Error {
  readonly code: ErrorCode;
  /** The input (path, option, dictionary file) the error is about, when there is one. */
  readonly subject: string | undefined;

  constructor(code: ErrorCode, message: string, subject?: string) {
    super(message);
    this.name = 'SolieuError';
    this.code = code;
    this.subject = subject;
  }
}
