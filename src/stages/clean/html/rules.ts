// Boilerplate rules over one block: title, tag roles, class/id words, link lists. Each verdict names its rule.
import type { PageMeta, RemovedKind } from '../../../core/article.js';
import type { BlockFeatures } from './features.js';
import type { PathElement } from './path-names.js';
import { CONTENT_WORDS, NAME_RULES, TAG_RULES, THRESHOLDS } from './vocabulary.js';

export interface Verdict {
  kind: RemovedKind;
  rule: string;
}

const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The page's own headline repeated as a block (the benchmark's articleBody, like ours, excludes the title). */
export function titleVerdict(f: BlockFeatures, page: PageMeta | null): Verdict | null {
  if (f.block.tag === 'h1') return { kind: 'header', rule: 'html.title.h1' };
  const title = page?.title ? normalise(page.title) : '';
  const text = normalise(f.text);
  if (
    text.length > 0 &&
    title.length > 0 &&
    (title === text || (text.length >= 20 && title.startsWith(text)))
  ) {
    return { kind: 'header', rule: 'html.title.meta' };
  }
  return null;
}

/** Tag and name rules over the given elements (deepest first), the block's own element included. */
export function structureVerdict(elements: readonly PathElement[]): Verdict | null {
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i];
    const tagRule = TAG_RULES.find((r) => r.tags.includes(el.tag));
    if (tagRule) return { kind: tagRule.kind, rule: tagRule.id };
    const nameRule = matchNames(el.words);
    if (nameRule) return nameRule;
  }
  return null;
}

function matchNames(words: ReadonlySet<string>): Verdict | null {
  if (words.size === 0) return null;
  for (const rule of NAME_RULES) {
    if (!rule.words.some((w) => words.has(w))) continue;
    if (rule.unless?.some((w) => words.has(w))) continue;
    // "article-header" or "entry-meta" describe the article's own parts only when no prose container word is there.
    if (rule.kind === 'header' && CONTENT_WORDS.some((w) => words.has(w)) && !words.has('byline')) continue;
    return { kind: rule.kind, rule: rule.id };
  }
  return null;
}

/** A short block made mostly of link text: a list of links to other pages. */
export function linkListVerdict(f: BlockFeatures): Verdict | null {
  if (
    f.block.tag !== 'li' &&
    f.linkDensity >= THRESHOLDS.linkListDensity &&
    f.words <= THRESHOLDS.linkListMaxWords
  ) {
    return { kind: 'related', rule: 'html.link-list' };
  }
  return null;
}
