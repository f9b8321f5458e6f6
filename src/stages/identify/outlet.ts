// Who published this copy: declared outlet, page site name, URL domain, a header line ("Dernières Nouvelles | News 24").
import type { Article, OutletRef } from '../../core/article.js';
import { outletIndex } from '../../knowledge/outlets.js';
import { isNameShaped, LINKING, splitTitle } from '../clean/title.js';
import { matchBoilerplate } from '../clean/rules.js';
import { knownRef, resolveName, span, unknownRef } from './refs.js';

const COPYRIGHT =
  /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?<name>[\p{L}\p{N}][\p{L}\p{N} .&'’-]{1,50}?)(?=\s*[.,|]|\s*$|\s+all rights)/iu;
const SEGMENT_SEP = /\s+[|•›»·]\s+|\s{2,}\/\s{2,}|\s[-–—]\s/gu;
/** Header lines sit in the top of the page; only this many removed lines before the body are read. */
const HEADER_LINES = 8;
/** A "Section | Site" header is short; a longer line with a dash is a sentence. */
const HEADER_NAME_MAX_WORDS = 10;

/** A tagline cut at its separator (" | ", " - ", " — "), a handle's "@" dropped: "@CBSNews" → "CBSNews". */
export function cleanOutletName(raw: string): string | null {
  const first = raw.trim().split(/\s+[|•·]\s+|\s[-–—]\s|\s{2,}[|/]\s{2,}/u)[0] ?? '';
  const name = first
    .replace(/^@+/u, '')
    .replace(/[\s…|:,;-]+$/u, '')
    .trim();
  return name.length >= 2 ? name : null;
}

function fromMetadata(article: Article): OutletRef | null {
  const { declared, url } = article.source;
  const declaredName = declared.outlet ? cleanOutletName(declared.outlet) : null;
  if (declaredName) {
    const known = resolveName(declaredName);
    return known
      ? knownRef(known, null, 'outlet.declared')
      : unknownRef(declaredName, null, null, 'outlet.declared');
  }
  const rawSite = article.source.page?.siteName ?? null;
  const site = rawSite ? cleanOutletName(rawSite) : null;
  const bySite = site ? resolveName(site) : null;
  if (bySite) return knownRef(bySite, null, 'outlet.site-name');
  const byUrl = url ? outletIndex().byDomain(url) : null;
  if (byUrl) return knownRef(byUrl, null, 'outlet.domain');
  if (site) return unknownRef(site, hostOf(url), null, 'outlet.site-name');
  const host = hostOf(url);
  return host ? unknownRef(host, host, null, 'outlet.domain') : null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}

interface Segment {
  start: number;
  end: number;
  text: string;
}

function segments(text: string, start: number, end: number): Segment[] {
  const line = text.slice(start, end);
  const out: Segment[] = [];
  let from = 0;
  const push = (to: number): void => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const s = raw.trim();
    if (s) out.push({ start: start + from + lead, end: start + from + lead + s.length, text: s });
  };
  for (const m of line.matchAll(SEGMENT_SEP)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(line.length);
  return out;
}

/** A masthead in capitals ("GLOBAL WIRE TODAY") is named in title case ("Global Wire Today"); others as written. */
export function mastheadName(raw: string): string {
  if (/\p{Ll}/u.test(raw) || raw.length <= 4) return raw;
  return raw
    .split(/\s+/u)
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && LINKING.has(lower)) return lower;
      return lower.replace(/(^|['’-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
    })
    .join(' ');
}

/** The page's first line opens with the site's masthead: "GLOBAL WIRE TODAY | World", "Le Veilleur", "X - tagline". */
function mastheadOf(text: string, start: number, end: number): OutletRef | null {
  const first = segments(text, start, end)[0];
  if (!first || !isNameShaped(first.text, 5)) return null;
  if (matchBoilerplate(first.text, first.text.split(/\s+/u).length)) return null;
  return unknownRef(mastheadName(first.text), null, span(text, first.start, first.end), 'outlet.masthead');
}

/** A known outlet named in a header line, else the name segment of a two-part "Section | Site" line. */
function fromHeaderLine(text: string, start: number, end: number, first: boolean): OutletRef | null {
  const line = text.slice(start, end);
  const hit = outletIndex().findIn(line)[0];
  if (hit) return knownRef(hit.outlet, span(text, start + hit.start, start + hit.end), 'outlet.header');
  const masthead = first ? mastheadOf(text, start, end) : null;
  if (masthead) return masthead;
  const parts = segments(text, start, end);
  if (parts.length !== 2 || line.split(/\s+/u).length > HEADER_NAME_MAX_WORDS) return null;
  const names = parts.filter(
    (p) => isNameShaped(p.text, 4) && !matchBoilerplate(p.text, p.text.split(/\s+/u).length),
  );
  const pick = names[names.length - 1];
  return pick ? unknownRef(pick.text, null, span(text, pick.start, pick.end), 'outlet.header-name') : null;
}

function fromHeader(article: Article): OutletRef | null {
  const l = article.layers;
  const firstBody = l.body?.[0]?.start ?? article.text.length;
  const limit = Math.min(firstBody, l.title?.start ?? firstBody);
  const header = (l.removed ?? []).filter(
    (r) => r.end <= limit && (r.kind === 'header' || r.kind === 'navigation'),
  );
  const pageStart = l.blocks?.[0]?.start ?? 0;
  for (const r of header.slice(0, HEADER_LINES)) {
    const ref = fromHeaderLine(article.text, r.start, r.end, r.start === pageStart);
    if (ref) return ref;
  }
  return null;
}

/** An unknown name glued to the title ("… | The Example Herald") is the site's own name. */
function fromTitleSuffix(article: Article): OutletRef | null {
  const title = article.layers.title;
  const block = title
    ? (article.layers.blocks ?? []).find((b) => b.start <= title.start && title.end <= b.end)
    : undefined;
  const suffix = block ? splitTitle(article.text, block).suffix : null;
  if (!suffix) return null;
  const name = article.text.slice(suffix.start, suffix.end);
  return resolveName(name)
    ? null
    : unknownRef(name, null, span(article.text, suffix.start, suffix.end), 'outlet.title-suffix');
}

/** "© 2023 The Example Herald. All rights reserved." names the publisher. */
function fromCopyright(article: Article): OutletRef | null {
  for (const r of article.layers.removed ?? []) {
    if (r.kind !== 'footer') continue;
    const m = COPYRIGHT.exec(article.text.slice(r.start, r.end));
    if (!m?.groups?.name) continue;
    const start = r.start + m.index + m[0].length - m.groups.name.length;
    const evidence = span(article.text, start, start + m.groups.name.length);
    const known = resolveName(m.groups.name);
    if (known) return knownRef(known, evidence, 'outlet.copyright');
    if (isNameShaped(m.groups.name, 5)) return unknownRef(m.groups.name, null, evidence, 'outlet.copyright');
  }
  return null;
}

/** The publisher of this copy as the copy shows it, or null: never assumed from the source it credits. */
export function findOutlet(article: Article): OutletRef | null {
  const header = fromMetadata(article) ?? fromHeader(article);
  if (header && header.rule !== 'outlet.masthead') return header;
  // An unknown masthead is a guess from shape alone: a title suffix or a copyright line names the site better.
  return fromTitleSuffix(article) ?? fromCopyright(article) ?? header;
}
