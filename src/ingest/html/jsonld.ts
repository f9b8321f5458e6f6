// Reads JSON-LD blocks (schema.org NewsArticle & co.) from a page into plain objects, tolerating broken JSON.

export type JsonObject = Record<string, unknown>;

/** schema.org types that describe the article itself, most specific first. */
const ARTICLE_TYPES =
  /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|Article|BlogPosting|Report|ScholarlyArticle|TechArticle|LiveBlogPosting|WebPage)$/;

/** Every object found in the page's ld+json scripts, @graph members flattened. */
export function readJsonLd(document: Document): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let value: unknown;
    try {
      value = JSON.parse((script.textContent ?? '').trim());
    } catch {
      continue;
    }
    collect(value, out, 0);
  }
  return out;
}

function collect(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const obj = value as JsonObject;
  out.push(obj);
  if (Array.isArray(obj['@graph'])) collect(obj['@graph'], out, depth + 1);
}

function types(obj: JsonObject): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** The object that best describes the article: an Article-like type that carries a date, else any with a date. */
export function pickArticle(objects: JsonObject[]): JsonObject | null {
  const articleLike = objects.filter((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));
  const rank = (o: JsonObject): number => (types(o).includes('WebPage') ? 1 : 0) - (o.datePublished ? 2 : 0);
  articleLike.sort((a, b) => rank(a) - rank(b));
  return articleLike[0] ?? objects.find((o) => typeof o.datePublished === 'string') ?? null;
}

/** A name from a string, an object with `name`, or the first of an array of those. */
export function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return nameOf((value as JsonObject).name);
  return null;
}

export function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
