// The one catalogue of coded errors: every error a user can see has a code, a meaning and a message.

export const ERROR_CODES = {
  E_USAGE: 'the command line is not valid',
  E_NOT_FOUND: 'the input path does not exist',
  E_READ: 'the input could not be read',
  E_EMPTY: 'the input holds no text',
  E_BINARY: 'the input is binary, not text',
  E_TOO_LARGE: 'the input is larger than the limit',
  E_ENCODING: 'the input encoding could not be decoded',
  E_JSONL: 'a JSONL line is not a valid input record',
  E_HTML: 'the HTML page could not be rendered to text',
  E_STAGE: 'an analysis stage failed on this input',
  E_PIPELINE: 'the pipeline is not valid (a stage requires a layer nothing provides)',
  E_KNOWLEDGE: 'a knowledge file is not valid',
  E_CONFIG: 'the configuration is not valid',
  E_STORE: 'the store refused an operation',
  E_MIGRATION: 'the store schema could not be migrated',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** An error about one input: it becomes that input's error record and the run goes on. */
export class InputError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
  }
}

/** An error that stops start-up: bad configuration, knowledge or pipeline. */
export class SetupError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(`${code}: ${message}`);
    this.name = 'SetupError';
    this.code = code;
  }
}

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
}

export function errorInfo(code: ErrorCode, message: string): ErrorInfo {
  return { code, message };
}

export function toErrorInfo(err: unknown, fallback: ErrorCode = 'E_STAGE'): ErrorInfo {
  if (err instanceof InputError) return { code: err.code, message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  return { code: fallback, message };
}
