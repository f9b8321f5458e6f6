// The `language` stage: ISO 639-1 of the body (eld, an n-gram detector shipped in its package) and of each paragraph.
// Cost: eld runs once on a sample of the body; a paragraph gets its own eld call only when its stop words point
// elsewhere or are too few to tell, so most articles cost one detection.
import { eld } from 'eld/small';
import type { Article, Layers, LanguageLayer } from '../../core/article.js';
import type { Span } from '../../core/span.js';
import type { Stage } from '../../core/stage.js';
import { cleanKnowledge } from '../clean/knowledge.js';

/** eld reads at most 1000 characters. */
const BODY_SAMPLE = 1000;
const PARAGRAPH_SAMPLE = 300;
/** Shorter paragraphs are not judged alone: they take the body's code. */
const MIN_PARAGRAPH_CHARS = 40;
const WORD = /[\p{L}]+/gu;

function eldCode(text: string): string | null {
  return eld.detect(text).language || null;
}

/** Stop-word counts per language in a paragraph's opening words. */
function stopwordVotes(text: string): Map<string, number> {
  const stop = cleanKnowledge().stopwords;
  const votes = new Map<string, number>();
  for (const m of text.slice(0, PARAGRAPH_SAMPLE).matchAll(WORD)) {
    for (const lang of stop.get(m[0].toLowerCase()) ?? []) votes.set(lang, (votes.get(lang) ?? 0) + 1);
  }
  return votes;
}

function bodySample(text: string, body: readonly Span[]): string {
  let sample = '';
  for (const p of body) {
    if (sample.length >= BODY_SAMPLE) break;
    sample += text.slice(p.start, Math.min(p.end, p.start + BODY_SAMPLE - sample.length)) + '\n';
  }
  return sample;
}

/** The body's code when the paragraph's stop words agree with it; otherwise eld on the paragraph decides. */
function paragraphCode(slice: string, bodyCode: string | null): string | null {
  if (slice.length < MIN_PARAGRAPH_CHARS) return bodyCode;
  const votes = stopwordVotes(slice);
  const own = bodyCode ? (votes.get(bodyCode) ?? 0) : 0;
  let rival = 0;
  for (const [lang, n] of votes) if (lang !== bodyCode) rival = Math.max(rival, n);
  if (own >= 2 && own >= rival) return bodyCode;
  return eldCode(slice.slice(0, PARAGRAPH_SAMPLE)) ?? bodyCode;
}

export function detectLanguage(text: string, body: readonly Span[]): LanguageLayer {
  const sample = bodySample(text, body);
  const code = sample.trim() === '' ? null : eldCode(sample);
  const paragraphs = body.map((p) => ({ start: p.start, end: p.end, code: paragraphCode(text.slice(p.start, p.end), code) }));
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
