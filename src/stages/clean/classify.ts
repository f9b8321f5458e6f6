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
import { isHeadlineShaped, pickTextTitle, splitTitle, suffixRemoval, titleLayer } from './title.js';

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

/** A line mostly in a script without stop-word lists here (Arabic, Hebrew…) is judged by its shape alone. */
const OTHER_SCRIPT_PROSE = 0.5;

/** Paragraphs broken by U+2028/U+2029 (no newline) are one line: the separators are inside a paragraph. */
export function joinSoftBreaks(text: string, blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    const gap = last ? text.slice(last.end, b.start) : '';
    if (last && /[\u2028\u2029]/u.test(gap) && !/[\n\r]/u.test(gap))
      out[out.length - 1] = { ...last, end: b.end };
    else out.push(b);
  }
  return out;
}

/** Prose: enough words, some stop words (or a script without spaces), a sentence shape, not a list item. */
function isProse(f: LineFeatures): boolean {
  if (f.bullet && f.words < BULLET_PROSE_WORDS) return false;
  const wordy =
    f.words >= 8 &&
    (f.stopRatio >= 0.12 || f.chars / Math.max(1, f.words) > 12 || f.otherScript >= OTHER_SCRIPT_PROSE);
  return wordy && (f.sentenceEnd || f.words >= 20) && f.upperRatio < 0.6;
}

/** Kinds that sit inside articles (captions, inline "read more", share buttons) cost little inside the run. */
const INLINE_KINDS = new Set<RemovedKind>(['caption', 'related', 'share', 'advertising', 'source-credit']);
const INLINE_PENALTY = 25;

function weight(l: Line): number {
  if (l.hard) return l.hard.stop || !INLINE_KINDS.has(l.hard.kind) ? -(l.f.chars + 40) : -INLINE_PENALTY;
  if (l.good) return Math.max(10, l.f.chars - GOOD_OFFSET);
  return -(12 + 0.3 * l.f.chars);
}

/** A line of five words or more seen earlier in the same page is a repeat (teaser lists, sticky headers). */
const REPEAT_MIN_WORDS = 5;

function readLines(text: string, blocks: readonly Block[], opts: CleanOptions): Line[] {
  const stop = cleanKnowledge().stopIndex;
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

/** Short lines under a "Related" heading after the article are its list of links. */
const RELATED_ITEM_WORDS = 20;

function outsideVerdict(l: Line, before: boolean, first: boolean, underRelated: boolean): Verdict {
  // "Dernières Nouvelles | Site" opening the page is the site's header, not a menu.
  if (first && l.hard?.rule === 'clean.menu-shape' && l.f.menuSegments === 2)
    return { kind: 'header', rule: 'clean.masthead' };
  if (l.hard) return l.hard;
  if (!before) {
    return underRelated && l.f.words <= RELATED_ITEM_WORDS && !l.f.sentenceEnd
      ? { kind: 'related', rule: 'clean.related-list' }
      : { kind: 'footer', rule: 'clean.after-main' };
  }
  // The page's first line, when it is not a menu, is the site's masthead.
  if (first && l.f.menuSegments === 0 && !l.f.bullet) return { kind: 'header', rule: 'clean.masthead' };
  const nav = l.f.menuSegments > 0 || l.f.bullet || l.f.words <= 3;
  return nav
    ? { kind: 'navigation', rule: 'clean.before-main' }
    : { kind: 'header', rule: 'clean.before-main' };
}

/** No headline before the article: its first line is the title when headline-shaped and not a sentence (". "). */
function titleOpeningRun(lines: readonly Line[], run: Span): number | null {
  const first = lines[run.start];
  if (run.end <= run.start || first.f.words > 30 || /\.[\s"'»”’)]*$/u.test(first.text)) return null;
  // A dateline or byline (boilerplate) may sit between the headline and the first paragraph.
  let next = run.start + 1;
  while (next < run.end && lines[next].hard) next++;
  if (!lines[next].good || !isHeadlineShaped(first.text, first.f)) return null;
  return run.start;
}

/** A standfirst right under the title is kept as body: a long line in sentence case without a final period. */
const STANDFIRST_WORDS = 10;
const STANDFIRST_CAPITALS = 0.5;

function isStandfirst(l: Line): boolean {
  return (
    !l.hard &&
    l.f.words >= STANDFIRST_WORDS &&
    l.f.capitalRatio < STANDFIRST_CAPITALS &&
    !/^\p{N}/u.test(l.text) &&
    isHeadlineShaped(l.text, l.f)
  );
}

function titleIndexOf(lines: readonly Line[], run: Span): number | null {
  const from = Math.max(0, run.start - TITLE_WINDOW);
  const candidates = [];
  for (let i = from; i < run.start; i++)
    if (!lines[i].hard) candidates.push({ index: i, line: lines[i].text, f: lines[i].f });
  return pickTextTitle(candidates, run.start) ?? titleOpeningRun(lines, run);
}

function verdictAt(lines: readonly Line[], i: number, ctx: LineContext): Verdict | null {
  const l = lines[i];
  if (i >= ctx.run.start && i <= ctx.run.end)
    return l.hard ?? ctx.isolated.get(i) ?? foreignVerdict(l, ctx.lang);
  const t = ctx.titleIndex;
  // A line the title repeats is the headline again (a breadcrumb glued to the title line), not a standfirst.
  const standfirst =
    t !== null &&
    i === t + 1 &&
    i < ctx.run.start &&
    isStandfirst(l) &&
    !lines[t].text.toLowerCase().includes(l.text.toLowerCase());
  if (standfirst) return null;
  return outsideVerdict(l, i < ctx.run.start, i === 0, ctx.underRelated);
}

interface LineContext {
  run: Span;
  isolated: Map<number, Verdict>;
  lang: string | null;
  titleIndex: number | null;
  underRelated: boolean;
}

/** Classifies the lines of a scraped text; every line ends in exactly one of body, title or removed. */
export function cleanText(text: string, rawBlocks: readonly Block[], opts: CleanOptions): Cleaning {
  const lines = readLines(text, joinSoftBreaks(text, rawBlocks), opts);
  const run = mainRun(lines.map(weight), stopLines(lines)) ?? { start: 0, end: lines.length - 1 };
  const titleIndex = titleIndexOf(lines, run);
  const ctx: LineContext = {
    run,
    isolated: isolatedShortLines(lines, run),
    lang: bodyLanguage(lines, run),
    titleIndex,
    underRelated: false,
  };
  const split = titleIndex === null ? null : splitTitle(text, lines[titleIndex].block);
  const body: Span[] = [];
  const removed: RemovedSpan[] = [];
  lines.forEach((l, i) => {
    if (i === titleIndex) return;
    const v = verdictAt(lines, i, ctx);
    if (i > run.end && l.hard) ctx.underRelated = l.hard.kind === 'related';
    if (v) removed.push({ start: l.block.start, end: l.block.end, kind: v.kind, rule: v.rule });
    else body.push({ start: l.block.start, end: l.block.end });
  });
  if (split?.suffix) removed.push(suffixRemoval(text, split.title.end, split.suffix));
  const title = split ? titleLayer(text, split.title, 'text', 'title.headline-before-body') : null;
  return { body, removed: removed.sort((a, b) => a.start - b.start), title };
}
