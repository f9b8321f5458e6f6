// Scores coarse person/location/organisation entities on HIPE-2022 French dev (historical OCR: a lower bound).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../src/core/article.js';
import type { Span } from '../src/core/span.js';
import { analyseText } from '../src/stages/quotes/analyse-text.js';
import { ratio } from './seeds.js';
import { sharedDir, type EvalResult, type Scorer } from './types.js';

type Label = 'PER' | 'LOC' | 'ORG';

export interface LabelledSpan extends Span {
  label: Label;
}

export interface HipeDocument {
  id: string;
  text: string;
  gold: LabelledSpan[];
}

const COARSE: Record<string, Label> = { pers: 'PER', loc: 'LOC', org: 'ORG' };
const OURS: Partial<Record<EntityType, Label>> = { person: 'PER', location: 'LOC', organization: 'ORG' };

/** Re-joins the token stream of each document into text (a space unless NoSpaceAfter) with gold spans. */
export function parseHipe(tsv: string): HipeDocument[] {
  const docs: HipeDocument[] = [];
  let doc: HipeDocument | null = null;
  let open: LabelledSpan | null = null;
  const close = (): void => {
    if (open && doc) doc.gold.push(open);
    open = null;
  };
  for (const line of tsv.split('\n')) {
    const id = /^# hipe2022:document_id = (.+)$/.exec(line);
    if (id) {
      close();
      doc = { id: id[1], text: '', gold: [] };
      docs.push(doc);
      continue;
    }
    if (!doc || line.startsWith('#') || line.startsWith('TOKEN') || !line.trim()) continue;
    const cols = line.split('\t');
    const [token, tag] = [cols[0], cols[1] ?? 'O'];
    const start = doc.text.length;
    doc.text += token;
    const label = COARSE[tag.slice(2)];
    if (tag.startsWith('B-') || !label || !open) close();
    if (label && (tag.startsWith('B-') || !open)) open = { start, end: start, label };
    if (open && label) open.end = doc.text.length;
    const misc = cols[cols.length - 1] ?? '';
    if (!misc.includes('NoSpaceAfter')) doc.text += ' ';
  }
  close();
  return docs;
}

/** Our named mentions of persons, locations and organisations (not pronouns, descriptions or demonyms). */
export function predictHipe(text: string): LabelledSpan[] {
  const { entities } = analyseText(text, 'fr', [{ start: 0, end: text.trimEnd().length }]);
  return entities.flatMap((e) => {
    const label = OURS[e.type];
    if (!label) return [];
    return e.mentions
      .filter((m) => m.form !== 'demonym' && m.form !== 'nominal' && m.form !== 'pronoun')
      .map((m) => ({ start: m.start, end: m.end, label }));
  });
}

function f1(tp: number, pred: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = ratio(tp, pred);
  const recall = ratio(tp, gold);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

async function scoreHipe(): Promise<EvalResult[]> {
  const name = 'hipe2022-fr.dev';
  const shared = sharedDir();
  if (!shared) return [{ name, metrics: {}, skipped: '../shared is absent' }];
  const docs = parseHipe(
    readFileSync(join(shared, 'datasets', 'hipe2022-fr', 'hipe2020-dev-fr.tsv'), 'utf8'),
  );
  let strict = 0;
  let fuzzy = 0;
  let pred = 0;
  let gold = 0;
  for (const d of docs) {
    const mine = predictHipe(d.text);
    pred += mine.length;
    gold += d.gold.length;
    strict += mine.filter((p) =>
      d.gold.some((g) => g.label === p.label && g.start === p.start && g.end === p.end),
    ).length;
    fuzzy += mine.filter((p) =>
      d.gold.some((g) => g.label === p.label && g.start < p.end && p.start < g.end),
    ).length;
  }
  const s = f1(strict, pred, gold);
  const z = f1(fuzzy, pred, gold);
  return [
    {
      name,
      metrics: { f1_strict: s.f1, f1_fuzzy: z.f1 },
      info: {
        precision_strict: s.precision,
        recall_strict: s.recall,
        precision_fuzzy: z.precision,
        recall_fuzzy: z.recall,
        documents: docs.length,
        gold,
        predicted: pred,
      },
    },
  ];
}

export const scorers: Scorer[] = [scoreHipe];
