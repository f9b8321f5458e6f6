// Generates a republication corpus at eval/bench time from ../shared/datasets (never written into the repo): real
// articles as originals, copies with realistic edits (header/footer swaps, captions, cuts, rewrites, reordering),
// and the truth of which pairs are copies, of what kind, and whether the direction is knowable.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bandKeys, jaccard, shingleHashes, signature } from '../src/corpus/minhash.js';
import { words as foldedWords } from '../src/corpus/text.js';

export type GenKind = 'verbatim' | 'partial' | 'edited';

export interface GenArticle {
  input: string;
  text: string;
  outlet: string;
  published: string | null;
  /** Index of the original in `originals`, and whether this article is that original. */
  family: number | null;
  original: boolean;
}

export interface GenCopy {
  source: string;
  copy: string;
  kind: GenKind;
  /** A credit line or a later date tells the direction. */
  knowable: boolean;
}

export interface GenCorpus {
  articles: GenArticle[];
  copies: GenCopy[];
}

/** Small, seeded and reproducible (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SourceText {
  name: string;
  title: string;
  paragraphs: string[];
}

const words = (s: string): number => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** Articles of semeval2023-task3 (six languages) and polnear: title line, then paragraphs of 8 words or more. */
export function loadSourceTexts(shared: string): SourceText[] {
  const files: string[] = [];
  const semeval = join(shared, 'datasets', 'semeval2023-task3');
  if (existsSync(semeval)) {
    for (const lang of readdirSync(semeval).sort()) {
      const dir = join(semeval, lang, 'articles');
      if (existsSync(dir))
        files.push(
          ...readdirSync(dir)
            .sort()
            .map((f) => join(dir, f)),
        );
    }
  }
  for (const part of ['train', 'dev']) {
    const dir = join(shared, 'datasets', 'polnear', part, 'text');
    if (existsSync(dir))
      files.push(
        ...readdirSync(dir)
          .sort()
          .map((f) => join(dir, f)),
      );
  }
  const out: SourceText[] = [];
  const buckets = new Map<number, Set<number>[]>();
  for (const f of files) {
    const lines = readFileSync(f, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    const paragraphs = lines
      .slice(1)
      .filter((l) => words(l) >= 8)
      .slice(0, 40);
    if (lines.length < 2 || paragraphs.length < 4) continue;
    // The datasets hold a few near-duplicates (updated versions of one story): keep one, so the truth is right.
    const sh = shingleHashes(paragraphs.map((p) => foldedWords(p)));
    const keys = bandKeys(signature(sh));
    if (keys.some((k) => (buckets.get(k) ?? []).some((other) => jaccard(sh, other) >= 0.1))) continue;
    for (const k of keys) buckets.set(k, [...(buckets.get(k) ?? []), sh]);
    out.push({ name: f.split('/').slice(-3).join('_'), title: lines[0], paragraphs });
  }
  return out;
}

const ADJ = [
  'Northern',
  'Daily',
  'Free',
  'Global',
  'Morning',
  'Evening',
  'Capital',
  'Coastal',
  'Central',
  'Open',
  'Atlantic',
  'Metro',
];
const NOUN = [
  'Herald',
  'Courier',
  'Gazette',
  'Wire',
  'Dispatch',
  'Observer',
  'Ledger',
  'Monitor',
  'Tribune',
  'Bulletin',
  'Review',
  'Signal',
];
const HEADERS = [
  'Home | World | Politics',
  'Latest news',
  'Breaking',
  'Menu  Search  Subscribe',
  'World > Europe',
  'Top stories today',
];
const FOOTERS = [
  'Share this article',
  'Follow us on social media',
  'Comments are closed.',
  'Related: more stories',
  'Advertisement',
];
const CAPTIONS = [
  'Photo: archive image (Illustration)',
  'A view of the city centre. (AFP photo)',
  'File picture © Reuters',
  'Illustration image',
];

export function outletName(i: number): string {
  return `${ADJ[i % ADJ.length]} ${NOUN[Math.floor(i / ADJ.length) % NOUN.length]}${i >= ADJ.length * NOUN.length ? ` ${Math.floor(i / (ADJ.length * NOUN.length)) + 1}` : ''}`;
}

export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Rewrites a sentence of a paragraph: drops a few words and moves the first clause, as an editor would. */
function rewrite(r: () => number, p: string): string {
  const sentences = p.split(/(?<=[.!?])\s+/);
  const i = Math.floor(r() * sentences.length);
  const w = sentences[i].split(/\s+/);
  const kept = w.filter((_, k) => k === 0 || r() > 0.25);
  const cut = Math.max(1, Math.floor(kept.length / 2));
  sentences[i] = [...kept.slice(cut), ...kept.slice(0, cut)].join(' ');
  return sentences.join(' ');
}

export function edit(r: () => number, paragraphs: string[]): string[] {
  const out = [...paragraphs];
  const ops = ['caption', 'rewrite', 'reorder', 'cut'].filter(() => r() < 0.5);
  if (ops.length === 0) ops.push(pick(r, ['caption', 'rewrite', 'reorder', 'cut']));
  for (const op of ops) {
    const i = 1 + Math.floor(r() * Math.max(1, out.length - 2));
    if (op === 'caption') out.splice(i, 0, pick(r, CAPTIONS));
    else if (op === 'rewrite')
      for (let k = 0; k < 1 + Math.floor(r() * 2); k++)
        out[i + k < out.length ? i + k : i] = rewrite(r, out[i + k < out.length ? i + k : i]);
    else if (op === 'reorder' && i + 1 < out.length) [out[i], out[i + 1]] = [out[i + 1], out[i]];
    else if (op === 'cut' && out.length > 4) out.splice(i, 1);
  }
  return out;
}

export interface GenOptions {
  seed: number;
  /** Source texts used as originals that get copies. */
  originals: number;
  /** Source texts used as unrelated articles (no copy): same datasets, so the same topics. */
  unrelated: number;
  /** Copies per original: 1 to this many. */
  maxCopies?: number;
  /** Optional prefix of input names (for several generated corpora in one store). */
  prefix?: string;
}

export interface Frame {
  outlet: string;
  day: number;
  credit: boolean;
}

export function layout(
  r: () => number,
  title: string,
  paragraphs: string[],
  frame: Frame,
  creditTo: string | null,
): string {
  const head = r() < 0.7 ? [pick(r, HEADERS)] : [];
  const foot = [
    pick(r, FOOTERS),
    ...(creditTo && frame.credit ? [r() < 0.5 ? `Source: ${creditTo}` : `— ${creditTo}`] : []),
  ];
  return [...head, title, ...paragraphs, ...foot].join('\n\n');
}

/** Builds the corpus: originals, their copies (verbatim, partial, edited; credited or not; later or same day), others. */
export function generateCorpus(texts: readonly SourceText[], options: GenOptions): GenCorpus {
  const r = prng(options.seed);
  const order = texts.map((_, i) => i).sort(() => r() - 0.5);
  const articles: GenArticle[] = [];
  const copies: GenCopy[] = [];
  const base = 19_358; // 2023-01-01
  const name = (s: string): string => `${options.prefix ?? ''}${s}`;
  for (let k = 0; k < Math.min(options.originals, order.length); k++) {
    const t = texts[order[k]];
    const frame: Frame = {
      outlet: outletName(Math.floor(r() * 60)),
      day: base + Math.floor(r() * 700),
      credit: false,
    };
    const input = name(`orig-${k}-${t.name}`);
    articles.push({
      input,
      text: layout(r, t.title, t.paragraphs, frame, null),
      outlet: frame.outlet,
      published: isoDay(frame.day),
      family: k,
      original: true,
    });
    const n = 1 + Math.floor(r() * (options.maxCopies ?? 3));
    for (let c = 0; c < n; c++) {
      const kind: GenKind = pick(r, ['verbatim', 'partial', 'edited'] as const);
      const copyFrame: Frame = {
        outlet: outletName(60 + Math.floor(r() * 80)),
        day: frame.day + (r() < 0.2 ? 0 : 1 + Math.floor(r() * 3)),
        credit: r() < 0.6,
      };
      const keep = Math.max(2, Math.floor(t.paragraphs.length * (0.35 + r() * 0.3)));
      const body =
        kind === 'partial'
          ? t.paragraphs.slice(0, keep)
          : kind === 'edited'
            ? edit(r, t.paragraphs)
            : t.paragraphs;
      const undated = r() < 0.1;
      const copyInput = name(`copy-${k}-${c}-${t.name}`);
      let text = layout(r, t.title, body, copyFrame, frame.outlet);
      // A copy identical to its source is the same article (same id): give it its own header.
      if (text === articles[articles.length - 1 - c].text) text = `${copyFrame.outlet}\n\n${text}`;
      articles.push({
        input: copyInput,
        text,
        outlet: copyFrame.outlet,
        published: undated ? null : isoDay(copyFrame.day),
        family: k,
        original: false,
      });
      copies.push({
        source: input,
        copy: copyInput,
        kind,
        knowable: copyFrame.credit || (!undated && copyFrame.day > frame.day),
      });
    }
  }
  for (let k = options.originals; k < Math.min(options.originals + options.unrelated, order.length); k++) {
    const t = texts[order[k]];
    const frame: Frame = {
      outlet: outletName(Math.floor(r() * 140)),
      day: base + Math.floor(r() * 700),
      credit: false,
    };
    articles.push({
      input: name(`other-${k}-${t.name}`),
      text: layout(r, t.title, t.paragraphs, frame, null),
      outlet: frame.outlet,
      published: isoDay(frame.day),
      family: null,
      original: false,
    });
  }
  return { articles, copies };
}

/** Every pair of articles of one family (original and its copies, and copies among themselves) shares text. */
export function truePairs(corpus: GenCorpus): Set<string> {
  const byFamily = new Map<number, string[]>();
  for (const a of corpus.articles)
    if (a.family !== null) byFamily.set(a.family, [...(byFamily.get(a.family) ?? []), a.input]);
  const out = new Set<string>();
  for (const members of byFamily.values()) {
    for (const x of members) for (const y of members) if (x < y) out.add(`${x}\u0000${y}`);
  }
  return out;
}
