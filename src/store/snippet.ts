// Builds a search snippet from an article's body: the first window holding query terms, with the terms marked.
// Written here because FTS5 cannot make snippets from a contentless index, and PostgreSQL will share it.

export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Query terms as the user typed them, without FTS operators. */
export function queryTerms(query: string): string[] {
  return (query.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter((t) => !/^(AND|OR|NOT|NEAR)$/.test(t));
}

/** An FTS5 query that matches every term (prefix match when the user ends a term with *). */
export function ftsQuery(query: string): string {
  const terms = query.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*\*?/gu) ?? [];
  return terms
    .filter((t) => !/^(AND|OR|NOT|NEAR)$/.test(t))
    .map((t) => (t.endsWith('*') ? `"${t.slice(0, -1).replace(/"/g, '""')}"*` : `"${t.replace(/"/g, '""')}"`))
    .join(' ');
}

export function makeSnippet(
  text: string,
  terms: string[],
  mark: { open: string; close: string },
  radius = 90,
): string {
  const folded = fold(text);
  if (folded.length !== text.length) return plainSnippet(text, radius);
  const needles = terms.map(fold).filter((t) => t.length > 0);
  const hits = needles.map((n) => firstWordMatch(folded, n)).filter((i) => i >= 0);
  const first = hits.length > 0 ? Math.min(...hits) : 0;
  const start = Math.max(0, first - radius);
  const end = Math.min(text.length, first + radius);
  let out = '';
  let i = start;
  const wordAt = (at: number): boolean => at <= 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1]);
  while (i < end) {
    // Terms match at the start of a word (FTS5 matches whole tokens, or prefixes with *), never inside one.
    const n = wordAt(i) ? needles.find((needle) => folded.startsWith(needle, i)) : undefined;
    if (n) {
      out += mark.open + text.slice(i, i + n.length) + mark.close;
      i += n.length;
    } else {
      out += text[i++];
    }
  }
  const flat = out.replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${flat}${end < text.length ? '…' : ''}`;
}

function plainSnippet(text: string, radius: number): string {
  const flat = text
    .slice(0, radius * 2)
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > radius * 2 ? `${flat}…` : flat;
}

function firstWordMatch(folded: string, needle: string): number {
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1])) return at;
  }
  return -1;
}
