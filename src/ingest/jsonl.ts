// Parses one JSONL input line: {"text" | "html", "url"?, "published"?, "outlet"?, "id"?}.
import { MAX_INPUT_BYTES, type InputItem } from './item.js';

export function parseJsonlLine(line: string, input: string, group: string | null): InputItem {
  const fail = (message: string): InputItem => ({
    input,
    format: 'text',
    group,
    error: { code: 'E_JSONL', message },
  });
  if (line.length > MAX_INPUT_BYTES) {
    return {
      input,
      format: 'text',
      group,
      error: { code: 'E_TOO_LARGE', message: `${input} is over the size limit` },
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return fail(`${input}: not valid JSON (${(err as Error).message})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return fail(`${input}: a line must be a JSON object`);
  const record = value as Record<string, unknown>;
  const str = (key: string): string | null =>
    typeof record[key] === 'string' ? (record[key] as string) : null;
  const text = str('text');
  const html = str('html');
  if (text === null && html === null) return fail(`${input}: the object needs a "text" or an "html" string`);
  return {
    input,
    text: text ?? undefined,
    html: text === null ? (html ?? undefined) : undefined,
    format: text === null ? 'html' : 'text',
    url: str('url'),
    published: str('published'),
    outlet: str('outlet'),
    group: str('outlet') ?? group,
  };
}
