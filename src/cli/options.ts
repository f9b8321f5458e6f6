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
