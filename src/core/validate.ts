// Checks that an output record keeps the contract's promise: every span lies inside `text` and slices to its text.
import type { ArticleRecord } from './contract.js';
import type { Span } from './span.js';

interface Problem {
  path: string;
  message: string;
}

export function checkRecordSpans(record: ArticleRecord): Problem[] {
  const problems: Problem[] = [];
  const text = record.text;
  const check = (path: string, span: unknown): void => {
    if (!span || typeof span !== 'object') return;
    const s = span as Partial<Span> & { text?: unknown };
    if (typeof s.start !== 'number' || typeof s.end !== 'number') return;
    if (
      !Number.isInteger(s.start) ||
      !Number.isInteger(s.end) ||
      s.start < 0 ||
      s.end < s.start ||
      s.end > text.length
    ) {
      problems.push({
        path,
        message: `span [${s.start}, ${s.end}) is outside text of length ${text.length}`,
      });
    } else if (typeof s.text === 'string' && text.slice(s.start, s.end) !== s.text) {
      problems.push({ path, message: `span text ${JSON.stringify(s.text)} differs from the slice` });
    }
  };
  walk(record, '', check, new Set(['text', 'meta']));
  return problems;
}

function walk(value: unknown, path: string, visit: (p: string, v: unknown) => void, skip: Set<string>): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${i}]`, visit, skip));
    return;
  }
  if (!value || typeof value !== 'object') return;
  visit(path, value);
  for (const [key, child] of Object.entries(value)) {
    if (path === '' && skip.has(key)) continue;
    walk(child, path ? `${path}.${key}` : key, visit, skip);
  }
}
