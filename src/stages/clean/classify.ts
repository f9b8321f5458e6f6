// Our own scraped-text cleaner (no library fits): classifies every line as body, title or removed with a kind and rule.
// Cascade: 1 boilerplate rules, templates and menu shapes → 2 prose weights → 3 the heaviest run of lines is the
// article → 4 lines in another language inside it are captions → 5 the title is the best headline before it →
// 6 everything outside the run is header/navigation (before) or footer (after).
import type { Block, RemovedKind, RemovedSpan, TitleLayer } from '../../core/article.js';
import type { Span } from '../../core/span.js';
import type { TemplateIndex } from '../../core/stage.js';
import { dominantStopLang, lineFeatures, type LineFeatures } from './features.js';
import { cleanKnowledge } from './knowledge.js';
import { mainRun, type StopKind } from './region.js';
import { matchBoilerplate } from './rules.js';
import { isTemplateLine } from './templates.js';
import { isHeadlineShaped, pickTextTitle, splitTitle, titleLayer } from './title.js';

export interface Cleaning {
  body: Span[];
  removed: RemovedSpan[];
  title: TitleLayer | null;
}

export interface CleanOptions {
  templates: TemplateIndex | null;
  group: string | null;
}

interface Verdict {
  kind: RemovedKind;
  rule: string;
  stop?: boolean;
  repeatStop?: boolean;
}

interface Line {
  block: Block;
  text: string;
  f: LineFeatures;
  hard: Verdict | null;
  good: boolean;
}

/** Lines within this many lines before the body may hold the title. */
const TITLE_WINDOW = 12;
/** Prose lines weigh their length less this, so that teaser blurbs between headlines weigh little. */
const GOOD_OFFSET = 50;
/** List items are links more often than prose: a bulleted line needs this many words to count as prose. */
const BULLET_PROSE_WORDS = 25;
/** Longer runs of non-prose lines inside the article are lists of links, not subheadings. */
const MAX_SHORT_RUN = 3;

function hardVerdict(text: string, f: LineFeatures, opts: CleanOptions): Verdict | null {
  const rule = matchBoilerplate(text, f.words);
  if (rule) return { kind: rule.kind, rule: rule.id, stop: rule.stop, repeatStop: rule.stopWhenRepeated };
  if (isTemplateLine(opts.templates, opts.group, text)) return { kind: 'other', rule: 'clean.template' };
  if (f.menuSegments >= 3 || (f.menuSegments === 2 && f.words <= 8))
    return { kind: 'navigation', rule: 'clean.menu-shape' };
  if (f.linkDensity > 0.6 && f.words < 40) return { kind: 'navigation', rule: 'clean.link-dense' };
  return null;
}

/** Prose: enough words, some stop words (or a script without spaces), a sentence shape, not a list item. */
function isProse(f: LineFeatures): boolean {
  if (f.bullet && f.words < BULLET_PROSE_WORDS) return false;
  const wordy = f.words >= 8 && (f.stopRatio >= 0.12 || f.chars / Math.max(1, f.words) > 12);
  return wordy && (f.sentenceEnd || f.words >= 20) && f.upperRatio < 0.6;
}

/** Kinds that sit inside articles (captions, inline "read more", share buttons) cost little inside the run. */
const INLINE_KINDS = new Set<RemovedKind>(['caption', 'related', 'share', 'advertising']);
const INLINE_PENALTY = 25;

function weight(l: Line): number {
  if (l.hard) return l.hard.stop || !INLINE_KINDS.has(l.hard.kind) ? -(l.f.chars + 40) : -INLINE_PENALTY;
  if (l.good) return Math.max(10, l.f.chars - GOOD_OFFSET);
  return -(12 + 0.3 * l.f.chars);
}

/** A line of five words or more seen earlier in the same page is a repeat (teaser lists, sticky headers). */
const REPEAT_MIN_WORDS = 5;

function readLines(text: string, blocks: readonly Block[], opts: CleanOptions): Line[] {
  const stop = cleanKnowledge().stopwords;
  const seen = new Set<string>();
  return blocks.map((block) => {
    const line = text.slice(block.start, block.end);
    const f = lineFeatures(line, block, stop);
    let hard = hardVerdict(line, f, opts);
    if (f.words >= REPEAT_MIN_WORDS) {
      const key = line.toLowerCase();
      if (seen.has(key)) hard ??= { kind: 'other', rule: 'clean.repeated-line' };
      seen.add(key);
    }
    return { block, text: line, f, hard, good: hard === null && isProse(f) };
  });
}

/** A page with this many timestamp lines has a comment thread. */
const THREAD_TIMESTAMPS = 4;

/** Stops: related-stories boxes are soft (the article may resume after them); comment threads are hard. */
function stopLines(lines: readonly Line[]): StopKind[] {
  const repeated = lines.filter((l) => l.hard?.repeatStop).length >= THREAD_TIMESTAMPS;
  let first = true;
  return lines.map((l) => {
    if (l.hard?.stop) return l.hard.kind === 'related' ? 'soft' : 'hard';
    if (!repeated || !l.hard?.repeatStop) return null;
    const stop = !first;
    first = false;
    return stop ? 'hard' : null;
  });
}

/** The language whose stop words dominate the prose lines of the run. */
function bodyLanguage(lines: readonly Line[], run: Span): string | null {
  const sums = new Map<string, number>();
  for (let i = run.start; i <= run.end; i++) {
    if (!lines[i].good) continue;
    for (const [lang, n] of lines[i].f.stopLangs) sums.set(lang, (sums.get(lang) ?? 0) + n);
  }
  let best: string | null = null;
  for (const [lang, n] of sums) if (best === null || n > (sums.get(best) ?? 0)) best = lang;
  return best;
}

function foreignVerdict(l: Line, lang: string | null): Verdict | null {
  if (lang === null || l.f.words < 6) return null;
  const own = dominantStopLang(l.f, 3);
  if (own === null || own === lang || (l.f.stopLangs.get(lang) ?? 0) * 3 >= (l.f.stopLangs.get(own) ?? 0))
    return null;
  return { kind: l.f.words <= 60 ? 'caption' : 'other', rule: 'clean.other-language' };
}

/** Inside the run, runs of more than MAX_SHORT_RUN non-prose lines are link lists (related when bulleted). */
function isolatedShortLines(lines: readonly Line[], run: Span): Map<number, Verdict> {
  const out = new Map<number, Verdict>();
  let i = run.start;
  while (i <= run.end) {
    if (lines[i].good) {
      i++;
      continue;
    }
    let j = i;
    while (j <= run.end && !lines[j].good) j++;
    const shorts = [];
    for (let k = i; k < j; k++) if (!lines[k].hard) shorts.push(k);
    if (shorts.length > MAX_SHORT_RUN) {
      const bullets = shorts.filter((k) => lines[k].f.bullet).length;
      const v: Verdict = {
        kind: bullets * 2 >= shorts.length ? 'related' : 'other',
        rule: 'clean.short-line-run',
      };
      for (const k of shorts) out.set(k, v);
    }
    i = j;
  }
  return out;
}

function outsideVerdict(l: Line, before: boolean): Verdict {
  if (l.hard) return l.hard;
  if (!before) return { kind: 'footer', rule: 'clean.after-main' };
  const nav = l.f.menuSegments > 0 || l.f.bullet || l.f.words <= 3;
  return nav
    ? { kind: 'navigation', rule: 'clean.before-main' }
    : { kind: 'header', rule: 'clean.before-main' };
}

/** No headline before the article: its first line is the title when headline-shaped and not a sentence (". "). */
function titleOpeningRun(lines: readonly Line[], run: Span): number | null {
  const first = lines[run.start];
  if (run.end <= run.start || first.f.words > 30 || /\.[\s"'»”’)]*$/u.test(first.text)) return null;
  if (!lines[run.start + 1].good || !isHeadlineShaped(first.text, first.f)) return null;
  return run.start;
}

/** Classifies the lines of a scraped text; every line ends in exactly one of body, title or removed. */
export function cleanText(text: string, blocks: readonly Block[], opts: CleanOptions): Cleaning {
  const lines = readLines(text, blocks, opts);
  const run = mainRun(lines.map(weight), stopLines(lines)) ?? { start: 0, end: lines.length - 1 };
  const isolated = isolatedShortLines(lines, run);
  const lang = bodyLanguage(lines, run);
  const from = Math.max(0, run.start - TITLE_WINDOW);
  const candidates = [];
  for (let i = from; i < run.start; i++)
    if (!lines[i].hard) candidates.push({ index: i, line: lines[i].text, f: lines[i].f });
  const titleIndex = pickTextTitle(candidates, run.start) ?? titleOpeningRun(lines, run);
  const body: Span[] = [];
  const removed: RemovedSpan[] = [];
  lines.forEach((l, i) => {
    if (i === titleIndex) return;
    const inside = i >= run.start && i <= run.end;
    const v = inside
      ? (l.hard ?? isolated.get(i) ?? foreignVerdict(l, lang))
      : outsideVerdict(l, i < run.start);
    if (v) removed.push({ start: l.block.start, end: l.block.end, kind: v.kind, rule: v.rule });
    else body.push({ start: l.block.start, end: l.block.end });
  });
  const title =
    titleIndex === null
      ? null
      : titleLayer(
          text,
          splitTitle(text, lines[titleIndex].block).title,
          'text',
          'title.headline-before-body',
        );
  return { body, removed, title };
}
