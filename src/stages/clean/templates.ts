// Boilerplate templates learned across a corpus: how many articles of a group contain each normalised line.
import type { TemplateIndex } from '../../core/stage.js';
import { normaliseLine } from './features.js';

export interface LineTemplatesJson {
  groups: Record<string, { size: number; lines: Record<string, number> }>;
}

/** Plain data (serialisable to JSON for worker threads); lines seen in one article of a group are not kept. */
export class LineTemplates implements TemplateIndex {
  private readonly groups = new Map<string, { size: number; lines: Map<string, number> }>();

  /** Builds the index from one (group, text) pair per article, counting each distinct line once per article. */
  static fromArticles(articles: Iterable<{ group: string | null; text: string }>): LineTemplates {
    const index = new LineTemplates();
    for (const a of articles) if (a.group !== null) index.add(a.group, a.text);
    return index.prune();
  }

  static fromJSON(json: LineTemplatesJson): LineTemplates {
    const index = new LineTemplates();
    for (const [group, g] of Object.entries(json.groups)) {
      index.groups.set(group, { size: g.size, lines: new Map(Object.entries(g.lines)) });
    }
    return index;
  }

  add(group: string, text: string): void {
    let g = this.groups.get(group);
    if (!g) this.groups.set(group, (g = { size: 0, lines: new Map() }));
    g.size++;
    const seen = new Set<string>();
    for (const raw of text.split(/\r\n|\n|\r|\u2028|\u2029/u)) {
      const line = normaliseLine(raw);
      if (line === '' || seen.has(line)) continue;
      seen.add(line);
      g.lines.set(line, (g.lines.get(line) ?? 0) + 1);
    }
  }

  /** Drops lines seen in a single article: they can never be templates, and they make the JSON large. */
  prune(): this {
    for (const g of this.groups.values()) {
      for (const [line, n] of g.lines) if (n < 2) g.lines.delete(line);
    }
    return this;
  }

  count(group: string, line: string): number {
    return this.groups.get(group)?.lines.get(normaliseLine(line)) ?? 0;
  }

  size(group: string): number {
    return this.groups.get(group)?.size ?? 0;
  }

  toJSON(): LineTemplatesJson {
    const groups: LineTemplatesJson['groups'] = {};
    for (const [name, g] of this.groups) groups[name] = { size: g.size, lines: Object.fromEntries(g.lines) };
    return { groups };
  }
}

/** The boilerplate test of the issue: a line in >= 30% of a group's >= 5 articles. */
export function isTemplateLine(index: TemplateIndex | null, group: string | null, line: string): boolean {
  if (!index || group === null) return false;
  const size = index.size(group);
  return size >= 5 && index.count(group, line) >= 0.3 * size;
}
