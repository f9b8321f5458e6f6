// Whose content this copy is: credit lines ("SOURCE: …", "avec AFP", a dateline "(Sputnik)"), a title suffix.
// Decision: origin stays null unless the text or its metadata credits or reveals a source; an outlet is not assumed
// to be its own origin.
import type { Article, OutletRef } from '../../core/article.js';
import type { Span } from '../../core/span.js';
import { findCredit } from '../clean/rules.js';
import { isNameShaped, splitTitle } from '../clean/title.js';
import { knownRef, resolveName, span, unknownRef } from './refs.js';

/** A credit on a line: the known outlet it names, or the name itself when it has a name's shape. */
function creditOn(text: string, line: Span, rule: string, needKnown: boolean): OutletRef | null {
  const credit = findCredit(text.slice(line.start, line.end));
  if (!credit) return null;
  const evidence = span(text, line.start + credit.span.start, line.start + credit.span.end);
  if (!credit.name) return null;
  const name = text.slice(line.start + credit.name.start, line.start + credit.name.end).trim();
  const known = resolveName(name);
  if (known) return knownRef(known, evidence, `${rule}:${credit.rule.id}`);
  if (needKnown || !isNameShaped(name, 6)) return null;
  return unknownRef(
    name,
    /\.[a-z]{2,}$/i.test(name) ? name.toLowerCase() : null,
    evidence,
    `${rule}:${credit.rule.id}`,
  );
}

function fromCreditLines(article: Article): OutletRef | null {
  for (const r of article.layers.removed ?? []) {
    if (r.kind !== 'source-credit') continue;
    const ref = creditOn(article.text, r, 'origin.credit', false);
    if (ref) return ref;
  }
  return null;
}

function fromTitleSuffix(article: Article): OutletRef | null {
  const title = article.layers.title;
  if (!title) return null;
  const block = (article.layers.blocks ?? []).find((b) => b.start <= title.start && title.end <= b.end);
  if (!block) return null;
  const { suffix } = splitTitle(article.text, block);
  if (!suffix) return null;
  const known = resolveName(article.text.slice(suffix.start, suffix.end));
  return known ? knownRef(known, span(article.text, suffix.start, suffix.end), 'origin.title-suffix') : null;
}

/** Agency credits inside the first and last paragraphs (dateline, "avec AFP"): known outlets only. */
function fromInlineCredits(article: Article): OutletRef | null {
  const body = article.layers.body ?? [];
  const ends = body.length > 1 ? [body[0], body[body.length - 1]] : body;
  for (const p of ends) {
    const ref = creditOn(article.text, p, 'origin.inline', true);
    if (ref) return ref;
  }
  return null;
}

export function findOrigin(article: Article): OutletRef | null {
  return fromCreditLines(article) ?? fromTitleSuffix(article) ?? fromInlineCredits(article);
}
