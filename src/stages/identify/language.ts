// The `language` stage: ISO 639-1 of the body (eld, an n-gram detector shipped in its package) and of each paragraph.
// Cost: eld runs once on a sample of the body (paragraphs whose stop words clearly point to a minority language left
// out); a paragraph gets its own eld call only when its stop words disagree or are too few, so most articles cost one.
import type { Article, Layers, LanguageLayer } from '../../core/article.js';
import type { Span } from '../../core/span.js';
import type { Stage } from '../../core/stage.js';
import { forEachLetterRun } from '../../core/plain-chars.js';
import { LangCounts } from '../clean/features.js';
import { cleanKnowledge } from '../clean/knowledge.js';
import { eldDetector } from './eld.js';

/** eld reads at most 1000 characters; 600 of the body are plenty and cost less. */
const BODY_SAMPLE = 600;
const PARAGRAPH_SAMPLE = 200;
/** Shorter paragraphs are not judged alone: they take the body's code. */
const MIN_PARAGRAPH_CHARS = 40;

function eldCode(text: string): string | null {
  return eldDetector.detect(text).language || null;
}

/** Stop-word counts per language in a paragraph's opening words (its `\p{L}+` runs). */
function stopwordVotes(text: string): Map<string, number> {
  const stop = cleanKnowledge().stopIndex;
  const votes = new LangCounts(stop.langs);
  const sample = text.slice(0, PARAGRAPH_SAMPLE).toLowerCase();
  forEachLetterRun(sample, (start, end) => {
    if (!stop.filter.mayHave(sample, start, end)) return;
    const langs = stop.words.get(sample.slice(start, end));
    if (langs) votes.add(langs);
  });
  return votes.toMap();
}

function clearWinner(votes: Map<string, number>): string | null {
  let best: string | null = null;
  let bestN = 0;
  let second = 0;
  for (const [lang, n] of votes) {
    if (n > bestN) [best, bestN, second] = [lang, n, bestN];
    else second = Math.max(second, n);
  }
  return bestN >= 3 && bestN >= 2 * second ? best : null;
}

/** Up to 1000 characters of the body, leaving out paragraphs whose stop words clearly belong to a minority language. */
function bodySample(slices: readonly string[], votes: ReadonlyArray<Map<string, number>>): string {
  const langs = votes.map(clearWinner);
  const weight = new Map<string, number>();
  slices.forEach((s, i) => {
    const lang = langs[i];
    if (lang) weight.set(lang, (weight.get(lang) ?? 0) + s.length);
  });
  const major = clearWinner(weight) ?? [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  let sample = '';
  slices.forEach((s, i) => {
    if (sample.length >= BODY_SAMPLE || (langs[i] !== null && langs[i] !== major)) return;
    sample += s.slice(0, BODY_SAMPLE - sample.length) + '\n';
  });
  return sample || slices.join('\n').slice(0, BODY_SAMPLE);
}

/** The body's code when the paragraph's stop words agree with it; otherwise eld on the paragraph decides. */
function paragraphCode(slice: string, votes: Map<string, number>, bodyCode: string | null): string | null {
  if (slice.length < MIN_PARAGRAPH_CHARS) return bodyCode;
  const own = bodyCode ? (votes.get(bodyCode) ?? 0) : 0;
  let rival = 0;
  for (const [lang, n] of votes) if (lang !== bodyCode) rival = Math.max(rival, n);
  if (own >= 2 && own >= rival) return bodyCode;
  return eldCode(slice.slice(0, PARAGRAPH_SAMPLE)) ?? bodyCode;
}

export function detectLanguage(text: string, body: readonly Span[]): LanguageLayer {
  // Arrays pushed, not mapped: see claims/context.ts cutFolded (mapped arrays deoptimised this function).
  const slices: string[] = [];
  const votes: Array<Map<string, number>> = [];
  for (const p of body) {
    const slice = text.slice(p.start, p.end);
    slices.push(slice);
    votes.push(stopwordVotes(slice));
  }
  const sample = bodySample(slices, votes);
  const code = sample.trim() === '' ? null : eldCode(sample);
  const paragraphs: LanguageLayer['paragraphs'] = [];
  for (let i = 0; i < body.length; i++)
    paragraphs.push({
      start: body[i].start,
      end: body[i].end,
      code: paragraphCode(slices[i], votes[i], code),
    });
  let agree = 0;
  let total = 0;
  for (const p of paragraphs) {
    const n = p.end - p.start;
    total += n;
    if (p.code === code) agree += n;
  }
  return { code, confidence: code && total > 0 ? agree / total : 0, paragraphs };
}

export const languageStage: Stage = {
  name: 'language',
  version: '1',
  requires: ['body'],
  provides: ['language'],
  run(article: Article): Partial<Layers> {
    return { language: detectLanguage(article.text, article.layers.body ?? []) };
  },
};
