// Option parsing and output helpers shared by the commands.
import { UsageError } from './run-state.js';

export function parseFormat<T extends string>(value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--format must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

export function parseWorkers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 256)
    throw new UsageError(`--workers must be a whole number from 0 to 256`);
  return n;
}

/** Writes to stdout, waiting when the pipe is full so memory stays bounded on large runs. */
export async function writeOut(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) {
    await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}

/** A calendar date YYYY-MM-DD that exists (2024-02-30 is refused), or undefined when not given. */
export function parseReferenceDate(value: string | undefined): string | null {
  if (value === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--reference-date must be a calendar date YYYY-MM-DD (got "${value}")`);
  }
  return value;
}

/** A whole number within bounds, for options such as --limit and --top. */
export function parseCount(name: string, value: string, min = 1, max = 1_000_000): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
  return n;
}
