// Streams the 100,000-article scale corpus, generated the same way as republish.ts: originals made of paragraphs
// from ../shared/datasets (mixed across articles, a third of their words replaced so each original is new), a
// fifth of them copied (verbatim, partial, edited; credited or not), as records ready to store (no analysis run).
import { bareRecord, type ArticleRecord } from '../src/core/contract.js';
import {
  edit,
  isoDay,
  layout,
  outletName,
  pick,
  prng,
  type Frame,
  type GenKind,
  type SourceText,
} from './republish.js';

export interface ScaleItem {
  record: ArticleRecord;
  /** For a copy: the input of its original and the kind of copy made. */
  copyOf: { source: string; kind: GenKind } | null;
}

function record(input: string, text: string, outlet: string, published: string | null): ArticleRecord {
  return bareRecord(input, text, {
    outlet: { name: outlet, domain: null },
    published,
    meta: { format: 'text', encoding: null, url: null, publishedSource: 'input', stages: [] },
  });
}

/** A new original: 4 to 12 paragraphs from anywhere in the pool, a third of their words swapped for others. */
function original(
  r: () => number,
  pool: readonly string[],
  vocabulary: readonly string[],
): { title: string; paragraphs: string[] } {
  const n = 4 + Math.floor(r() * 9);
  const paragraphs = Array.from({ length: n }, () =>
    pick(r, pool)
      .split(' ')
      .map((w) => (r() < 0.33 ? pick(r, vocabulary) : w))
      .join(' '),
  );
  return { title: paragraphs[0].split(' ').slice(0, 10).join(' '), paragraphs };
}

export function* scaleCorpus(texts: readonly SourceText[], total: number, seed = 7): Generator<ScaleItem> {
  const r = prng(seed);
  const pool = texts.flatMap((t) => t.paragraphs);
  const vocabulary = [...new Set(pool.flatMap((p) => p.split(' ')).filter((w) => /^\p{L}{3,}$/u.test(w)))];
  const recent: Array<{ input: string; title: string; paragraphs: string[]; frame: Frame }> = [];
  for (let i = 0; i < total; i++) {
    const day = 19_358 + Math.floor((i / total) * 730);
    if (recent.length > 0 && r() < 0.2) {
      const src = pick(r, recent);
      const kind: GenKind = pick(r, ['verbatim', 'partial', 'edited'] as const);
      const body =
        kind === 'partial'
          ? src.paragraphs.slice(0, Math.max(2, Math.floor(src.paragraphs.length / 2)))
          : kind === 'edited'
            ? edit(r, src.paragraphs)
            : src.paragraphs;
      const frame: Frame = {
        outlet: outletName(60 + Math.floor(r() * 400)),
        day: src.frame.day + Math.floor(r() * 3),
        credit: r() < 0.6,
      };
      const input = `scale-${i}-copy.txt`;
      yield {
        record: record(
          input,
          `${input}\n\n${layout(r, src.title, body, frame, src.frame.outlet)}`,
          frame.outlet,
          isoDay(frame.day),
        ),
        copyOf: { source: src.input, kind },
      };
      continue;
    }
    const o = original(r, pool, vocabulary);
    const frame: Frame = { outlet: outletName(Math.floor(r() * 60)), day, credit: false };
    const input = `scale-${i}.txt`;
    recent.push({ input, ...o, frame });
    if (recent.length > 500) recent.shift();
    yield {
      record: record(input, layout(r, o.title, o.paragraphs, frame, null), frame.outlet, isoDay(day)),
      copyOf: null,
    };
  }
}
