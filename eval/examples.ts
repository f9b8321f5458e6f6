// Scores the full pipeline on examples/ (our own demo corpus) against examples/expected.json, per area, with the
// same matching rules as the seeds: names match by containment (accents and case ignored), spans by overlap.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeItem } from '../src/app/analyze.js';
import { learnTemplates } from '../src/app/templates.js';
import type { ArticleRecord } from '../src/core/contract.js';
import { readInputs } from '../src/ingest/read.js';
import { fold, nameMatches, ratio } from './seeds.js';
import type { EvalResult, Scorer } from './types.js';

interface Expected {
  language: string;
  title: string | null;
  outlet: string;
  outlet_aliases?: string[];
  origin: { name: string; evidence?: string } | null;
  published: string | null;
  body_first: string;
  body_last: string;
  removed: Array<{ snippet: string; kind: string }>;
  dates: Array<{ snippet: string; value: string | null }>;
  quotes: Array<{ snippet: string; speaker: string[] | null; optional?: boolean }>;
  claims: Array<{
    key: string;
    stances: Array<{ holder: string[]; stance: string; evidence: string; optional?: boolean }>;
  }>;
  techniques: Array<{ snippet: string; label: string; optional?: boolean }>;
}

const dir = fileURLToPath(new URL('../examples', import.meta.url));

async function analyseExamples(): Promise<Array<{ file: string; record: ArticleRecord; gold: Expected }>> {
  const gold = (
    JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { articles: Record<string, Expected> }
  ).articles;
  const templates = await learnTemplates([dir]);
  const out: Array<{ file: string; record: ArticleRecord; gold: Expected }> = [];
  for await (const item of readInputs([dir])) {
    const file = item.input.split('/').pop() ?? '';
    const record = analyzeItem(item, { templates });
    if (gold[file] && record.error === null) out.push({ file, record, gold: gold[file] });
  }
  return out;
}

const sliceOf = (r: ArticleRecord, s: { start: number; end: number }): string => r.text.slice(s.start, s.end);

/** A predicted span text and a gold snippet refer to the same words when one contains most of the other. */
function sameWords(predicted: string, snippet: string): boolean {
  const p = fold(predicted);
  const g = fold(snippet);
  if (p.length === 0 || g.length === 0) return false;
  return (
    p.includes(g.slice(0, Math.min(30, g.length))) || (g.includes(p) && p.length >= Math.min(10, g.length))
  );
}

function scoreIdentify(items: Array<{ record: ArticleRecord; gold: Expected }>): EvalResult {
  const n = {
    title: 0,
    outlet: 0,
    origin: 0,
    language: 0,
    published: 0,
    body: 0,
    removed: 0,
    removedTotal: 0,
  };
  for (const { record: r, gold: g } of items) {
    if (fold(r.title?.text ?? '') === fold(g.title ?? '')) n.title++;
    if (
      r.outlet &&
      [g.outlet, ...(g.outlet_aliases ?? [])].some(
        (a) => nameMatches(r.outlet?.name, a) || nameMatches(a, r.outlet?.name ?? ''),
      )
    )
      n.outlet++;
    if (
      g.origin === null
        ? r.origin === null
        : nameMatches(r.origin?.name, g.origin.name) || nameMatches(g.origin.name, r.origin?.name ?? '')
    )
      n.origin++;
    if (r.language === g.language) n.language++;
    if ((r.published ?? null) === g.published) n.published++;
    const body = r.body.map((b) => sliceOf(r, b));
    if (body.length > 0 && body[0].startsWith(g.body_first) && body[body.length - 1].endsWith(g.body_last))
      n.body++;
    for (const rem of g.removed) {
      n.removedTotal++;
      const at = r.text.indexOf(rem.snippet.trim());
      if (at >= 0 && r.removed.some((x) => x.start <= at && at < x.end && x.kind === rem.kind)) n.removed++;
    }
  }
  const k = items.length;
  return {
    name: 'examples.identify',
    metrics: {
      title: n.title / k,
      outlet: n.outlet / k,
      origin: n.origin / k,
      language: n.language / k,
      published: n.published / k,
      body_bounds: n.body / k,
      removed_recall: ratio(n.removed, n.removedTotal),
    },
    info: { articles: k },
  };
}

function scoreQuotes(items: Array<{ record: ArticleRecord; gold: Expected }>): EvalResult {
  let total = 0,
    found = 0,
    speakerRight = 0,
    predicted = 0,
    matchedPredicted = 0;
  for (const { record: r, gold: g } of items) {
    for (const q of g.quotes) {
      if (q.optional) continue;
      total++;
      const hit = r.quotes.find((p) => sameWords(sliceOf(r, p), q.snippet));
      if (!hit) continue;
      found++;
      if (q.speaker === null ? hit.speaker === null : nameMatches(hit.speaker?.name, q.speaker))
        speakerRight++;
    }
    predicted += r.quotes.length;
    matchedPredicted += r.quotes.filter((p) =>
      g.quotes.some((q) => sameWords(sliceOf(r, p), q.snippet)),
    ).length;
  }
  return {
    name: 'examples.quotes',
    metrics: {
      recall: ratio(found, total),
      precision: ratio(matchedPredicted, predicted),
      speaker_accuracy: ratio(speakerRight, found),
    },
    info: { gold: total, predicted },
  };
}

function scoreStances(items: Array<{ record: ArticleRecord; gold: Expected }>): EvalResult {
  let total = 0,
    found = 0,
    predicted = 0,
    right = 0;
  for (const { record: r, gold: g } of items) {
    const golds = g.claims.flatMap((c) => c.stances);
    const preds = r.claims.flatMap((c) =>
      c.stances.map((s) => ({ holder: s.holder.name, stance: s.stance, spans: [s.span, c.span] })),
    );
    // A stance meets its gold when holder and stance agree and its words or claim lie in the evidence's paragraph.
    const matches = (p: (typeof preds)[number], s: (typeof golds)[number]): boolean =>
      s.stance === p.stance &&
      nameMatches(p.holder, s.holder) &&
      p.spans.some((span) => sameParagraph(r, span, s.evidence));
    for (const s of golds) {
      if (s.optional) continue;
      total++;
      if (preds.some((p) => matches(p, s))) found++;
    }
    predicted += preds.length;
    right += preds.filter((p) => golds.some((s) => matches(p, s))).length;
  }
  return {
    name: 'examples.claims',
    metrics: { stance_recall: ratio(found, total), stance_precision: ratio(right, predicted) },
    info: { gold: total, predicted },
  };
}

/** The paragraph (body span, else line) that holds the first occurrence of a snippet also holds the span. */
function sameParagraph(r: ArticleRecord, span: { start: number; end: number }, snippet: string): boolean {
  const at = r.text.indexOf(snippet);
  if (at < 0) return false;
  const para = r.body.find((b) => b.start <= at && at < b.end) ?? {
    start: r.text.lastIndexOf('\n', at) + 1,
    end: (r.text.indexOf('\n', at) + 1 || r.text.length + 1) - 1,
  };
  return span.start < para.end && para.start < span.end;
}

function scoreTechniques(items: Array<{ record: ArticleRecord; gold: Expected }>): EvalResult {
  let total = 0,
    found = 0,
    predicted = 0,
    right = 0;
  for (const { record: r, gold: g } of items) {
    for (const t of g.techniques) {
      if (t.optional) continue;
      total++;
      if (r.techniques.some((p) => p.label === t.label && overlapsSnippet(r, p, t.snippet))) found++;
    }
    predicted += r.techniques.length;
    right += r.techniques.filter((p) => g.techniques.some((t) => overlapsSnippet(r, p, t.snippet))).length;
  }
  return {
    name: 'examples.techniques',
    metrics: { recall: ratio(found, total), precision: ratio(right, predicted) },
    info: { gold: total, predicted },
  };
}

function overlapsSnippet(r: ArticleRecord, p: { start: number; end: number }, snippet: string): boolean {
  for (let at = r.text.indexOf(snippet); at >= 0; at = r.text.indexOf(snippet, at + 1)) {
    if (p.start < at + snippet.length && at < p.end) return true;
  }
  return false;
}

export const scorers: Scorer[] = [
  async () => {
    const items = await analyseExamples();
    return [scoreIdentify(items), scoreQuotes(items), scoreStances(items), scoreTechniques(items)];
  },
];
