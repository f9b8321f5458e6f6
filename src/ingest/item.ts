// An input item: one article-to-be as read from a file, a JSONL line or stdin, before decoding.
export interface InputItem {
  /** The name the user gave (path, `path#L3` for a JSONL line, `-` for stdin). */
  input: string;
  /** Raw bytes (files, stdin) or strings (JSONL). */
  bytes?: Uint8Array;
  text?: string;
  html?: string;
  format: 'text' | 'html';
  url?: string | null;
  published?: string | null;
  outlet?: string | null;
  /** Folder (or JSONL file) the item came from, for learning boilerplate templates per group. */
  group: string | null;
  /** Set when the reader already knows the item is bad (too large, unreadable, bad JSONL line). */
  error?: { code: import('../core/errors.js').ErrorCode; message: string };
}

/** Inputs larger than this are refused with E_TOO_LARGE. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
