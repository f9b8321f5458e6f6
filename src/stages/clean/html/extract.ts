// Splits a rendered HTML page's blocks into body and removed boilerplate (our own extractor: no library does this
// on our block model). The cascade, in order:
//   1. content root: the deepest element holding most prose (Readability's pick when the renderer has it, else
//      our own ancestor scoring);
//   2. candidates: blocks Readability picked, plus prose blocks under the root;
//   3. per candidate: title → header; tag and class/id words below the root → their kind; link lists → related;
//   4. everything else is removed, its kind read from its whole path when it says one.
import type { Article, RemovedSpan } from '../../../core/article.js';
import type { Span } from '../../../core/span.js';
import { blockFeatures, type BlockFeatures } from './features.js';
import { findContentRoot, isUnderRoot, relativeElements, type ContentRoot } from './region.js';
import { linkListVerdict, structureVerdict, titleVerdict, type Verdict } from './rules.js';
import { creditVerdict, promoVerdict } from './text-rules.js';

export interface HtmlExtraction {
  body: Span[];
  removed: RemovedSpan[];
}

export function extractHtmlBody(article: Article): HtmlExtraction {
  const blocks = article.layers.blocks ?? article.source.blocks ?? [];
  const features = blocks.map((b) => blockFeatures(article.text, b));
  const root = findContentRoot(features);
  const context: JudgeContext = { root, article, proseEnd: proseEnd(features, root) };
  const body: Span[] = [];
  const removed: RemovedSpan[] = [];
  for (const f of features) {
    const verdict = judge(f, context);
    const span = { start: f.block.start, end: f.block.end };
    if (verdict === null) body.push(span);
    else removed.push({ ...span, ...verdict });
  }
  return { body, removed };
}

interface JudgeContext {
  root: ContentRoot | null;
  article: Article;
  /** Start of the last prose block free of calls to action: what follows is the article's tail. */
  proseEnd: number;
}

function proseEnd(features: readonly BlockFeatures[], root: ContentRoot | null): number {
  let end = Infinity;
  for (const f of features)
    if (isCandidate(f, root) && f.contentLike && !promoVerdict(f)) end = f.block.start;
  return end;
}

/** A call to action counts when it links somewhere, names a contact, or sits in the article's tail. */
function promoInPlace(f: BlockFeatures, context: JudgeContext): Verdict | null {
  const verdict = promoVerdict(f);
  if (!verdict) return null;
  const pointsAway = (f.block.linkChars ?? 0) > 0 || /@\w/u.test(f.text);
  return pointsAway || f.block.start > context.proseEnd ? verdict : null;
}

/** null keeps the block in the body; a verdict removes it. */
function judge(f: BlockFeatures, context: JudgeContext): Verdict | null {
  const { root, article } = context;
  const candidate = isCandidate(f, root);
  if (!candidate) return structureVerdict(f.elements) ?? { kind: 'other', rule: 'html.outside-content' };
  return (
    titleVerdict(f, article.source.page) ??
    structureVerdict(relativeElements(f, root)) ??
    linkListVerdict(f) ??
    creditVerdict(f) ??
    promoInPlace(f, context)
  );
}

function isCandidate(f: BlockFeatures, root: ContentRoot | null): boolean {
  if (f.words === 0) return false;
  if (root === null) return f.contentLike;
  if (root.source === 'main' && f.block.inMain) return true;
  return isUnderRoot(f, root) && (f.contentLike || root.source === 'scored');
}
