// Parses a block's compact path ("div#main>article.post>p") into elements with their tag and name words.

export interface PathElement {
  tag: string;
  /** The raw segment, used to compare paths element by element. */
  segment: string;
  /** Lower-case words of the element's id, classes, itemprop and role. */
  words: ReadonlySet<string>;
}

const cache = new Map<string, PathElement[]>();

export function parsePath(path: string | undefined): PathElement[] {
  if (!path) return [];
  const hit = cache.get(path);
  if (hit) return hit;
  const parsed = path.split('>').map(parseSegment);
  if (cache.size > 5000) cache.clear();
  cache.set(path, parsed);
  return parsed;
}

function parseSegment(segment: string): PathElement {
  const tag = /^[a-z0-9-]+/i.exec(segment)?.[0].toLowerCase() ?? '';
  const names = segment
    .slice(tag.length)
    .split(/[#.[\]=]+/)
    .filter(Boolean);
  const words = new Set<string>();
  for (const name of names) {
    words.add(name.toLowerCase());
    for (const w of splitName(name)) words.add(w);
  }
  return { tag, segment, words };
}

/** "shareBar__top-2" → share, bar, top, sharebar, bartop (adjacent pairs catch "read-more" → readmore). */
export function splitName(name: string): string[] {
  const parts = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  const pairs = parts.slice(1).map((p, i) => parts[i] + p);
  return [...parts, ...pairs];
}
