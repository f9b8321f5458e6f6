// Read side of the SQLite corpus tables: copy pairs, the laundering graph, stories, the claim ledger, entities.
import type Database from 'better-sqlite3';
import type {
  ClaimLedgerRow,
  CopyEdgeView,
  CorpusEntityView,
  LaunderingEdge,
  StoryClaim,
  StoryView,
} from '../../core/corpus-store.js';
import type { EntityType, StanceKind } from '../../core/article.js';

interface CopyRow {
  source: string;
  copy: string;
  kind: CopyEdgeView['kind'];
  similarity: number;
  direction: CopyEdgeView['direction'];
  evidence: string;
  credited: number;
  delay_days: number | null;
  same: number;
  rewritten: number;
  removed: number;
  added: number;
  reordered: number;
  source_input: string;
  copy_input: string;
  source_outlet: string | null;
  copy_outlet: string | null;
  source_origin: string | null;
  copy_origin: string | null;
}

const COPIES = `SELECT c.*, s.input AS source_input, k.input AS copy_input, s.outlet AS source_outlet, k.outlet AS copy_outlet,
  s.origin AS source_origin, k.origin AS copy_origin
  FROM corpus_copies c JOIN corpus_docs s ON s.article_id = c.source JOIN corpus_docs k ON k.article_id = c.copy`;

export function copyViews(db: Database.Database): CopyEdgeView[] {
  const rows = db.prepare(`${COPIES} ORDER BY s.input, k.input`).all() as CopyRow[];
  return rows.map((r) => ({
    source: r.source,
    copy: r.copy,
    kind: r.kind,
    similarity: r.similarity,
    direction: r.direction,
    evidence: r.evidence,
    credited: r.credited === 1,
    delayDays: r.delay_days,
    alignment: {
      same: r.same,
      rewritten: r.rewritten,
      removed: r.removed,
      added: r.added,
      reordered: r.reordered === 1,
    },
    sourceInput: r.source_input,
    copyInput: r.copy_input,
    sourceOutlet: r.source_outlet,
    copyOutlet: r.copy_outlet,
  }));
}

/** Outlet → origin edges: whose text each outlet republishes, how often uncredited, after how long. */
export function launderingEdges(db: Database.Database, top: number): LaunderingEdge[] {
  const rows = db.prepare(`${COPIES} WHERE c.direction != 'unknown'`).all() as CopyRow[];
  const edges = new Map<string, { outlet: string; origin: string; rows: CopyRow[] }>();
  for (const r of rows) {
    const outlet = r.copy_outlet ?? '(unknown outlet)';
    const origin = r.source_outlet ?? r.source_origin ?? '(unknown origin)';
    const key = `${outlet}\u0000${origin}`;
    const edge = edges.get(key) ?? { outlet, origin, rows: [] };
    edge.rows.push(r);
    edges.set(key, edge);
  }
  return [...edges.values()]
    .map((e) => ({
      outlet: e.outlet,
      origin: e.origin,
      copies: e.rows.length,
      uncredited: e.rows.filter((r) => r.credited === 0).length,
      medianDelayDays: median(e.rows.map((r) => r.delay_days).filter((d): d is number => d !== null)),
      examples: e.rows.slice(0, 3).map((r) => ({ source: r.source_input, copy: r.copy_input })),
    }))
    .sort((a, b) => b.copies - a.copies || (a.outlet < b.outlet ? -1 : 1))
    .slice(0, top);
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

interface MemberRow {
  story_id: string;
  article_id: string;
  input: string;
  outlet: string | null;
  published: string | null;
  language: string | null;
  title: string | null;
}

export function storyViews(db: Database.Database): StoryView[] {
  const rows = db
    .prepare(
      `SELECT m.story_id, d.article_id, d.input, d.outlet, d.published, d.language, d.title FROM corpus_story_members m
       JOIN corpus_docs d ON d.article_id = m.article_id ORDER BY m.story_id, d.published IS NULL, d.published, d.article_id`,
    )
    .all() as MemberRow[];
  const claims = storyClaims(db);
  const byStory = new Map<string, MemberRow[]>();
  for (const r of rows) byStory.set(r.story_id, [...(byStory.get(r.story_id) ?? []), r]);
  return [...byStory].map(([id, members]) => {
    const dates = members
      .map((m) => m.published)
      .filter((d): d is string => d !== null)
      .sort();
    return {
      id,
      title: members[0].title,
      first: dates[0] ?? null,
      last: dates[dates.length - 1] ?? null,
      languages: [...new Set(members.map((m) => m.language).filter((l): l is string => l !== null))].sort(),
      outlets: [...new Set(members.map((m) => m.outlet).filter((o): o is string => o !== null))].sort(),
      members: members.map((m) => ({
        id: m.article_id,
        input: m.input,
        outlet: m.outlet,
        published: m.published,
        language: m.language,
      })),
      claims: claims.get(id) ?? [],
    };
  });
}

interface StanceRow {
  story_id: string;
  key: string;
  family: string | null;
  summary: string;
  holder: string | null;
  stance: StanceKind | null;
  article_id: string;
  published: string | null;
}

function stanceRows(db: Database.Database): StanceRow[] {
  return db
    .prepare(
      `SELECT m.story_id, coalesce(c.signature, c.summary) AS key, f.family AS family, c.summary AS summary,
         s.holder_name AS holder, s.stance AS stance, c.article_id AS article_id, d.published AS published
       FROM claims c JOIN corpus_story_members m ON m.article_id = c.article_id
       JOIN corpus_docs d ON d.article_id = c.article_id
       LEFT JOIN corpus_claim_families f ON f.article_id = c.article_id AND f.claim_id = c.claim_id
       LEFT JOIN stances s ON s.article_id = c.article_id AND s.claim_id = c.claim_id`,
    )
    .all() as StanceRow[];
}

function foldClaims(
  rows: readonly StanceRow[],
  keyOf: (r: StanceRow) => string,
): Map<string, StoryClaim & { rows: StanceRow[] }> {
  const out = new Map<string, StoryClaim & { rows: StanceRow[] }>();
  for (const r of rows) {
    const key = keyOf(r);
    const claim = out.get(key) ?? {
      signature: key,
      family: r.family,
      summary: r.summary,
      stances: [],
      rows: [],
    };
    claim.rows.push(r);
    out.set(key, claim);
  }
  for (const claim of out.values()) {
    const counts = new Map<string, Set<string>>();
    for (const r of claim.rows) {
      if (r.holder === null || r.stance === null) continue;
      const k = `${r.holder}\u0000${r.stance}`;
      counts.set(k, (counts.get(k) ?? new Set()).add(r.article_id));
    }
    claim.stances = [...counts]
      .map(([k, ids]) => ({
        holder: k.split('\u0000')[0],
        stance: k.split('\u0000')[1] as StanceKind,
        articles: ids.size,
      }))
      .sort((a, b) => b.articles - a.articles || (a.holder < b.holder ? -1 : 1));
  }
  return out;
}

function storyClaims(db: Database.Database): Map<string, StoryClaim[]> {
  const byStory = new Map<string, StanceRow[]>();
  for (const r of stanceRows(db)) byStory.set(r.story_id, [...(byStory.get(r.story_id) ?? []), r]);
  const out = new Map<string, StoryClaim[]>();
  for (const [story, rows] of byStory) {
    out.set(
      story,
      [...foldClaims(rows, (r) => r.key).values()].map(({ rows: _rows, ...c }) => c),
    );
  }
  return out;
}

/** The claim ledger across the corpus, by signature or by claim family (a narrative spans several stories). */
export function claimLedger(db: Database.Database, by: 'signature' | 'family'): ClaimLedgerRow[] {
  const folded = foldClaims(stanceRows(db), (r) => (by === 'family' ? (r.family ?? r.key) : r.key));
  return [...folded.values()]
    .map(({ rows, ...c }) => {
      const dates = rows
        .map((r) => r.published)
        .filter((d): d is string => d !== null)
        .sort();
      return {
        ...c,
        family: by === 'family' ? c.signature : c.family,
        articles: new Set(rows.map((r) => r.article_id)).size,
        stories: [...new Set(rows.map((r) => r.story_id))].sort(),
        first: dates[0] ?? null,
        last: dates[dates.length - 1] ?? null,
      };
    })
    .sort(
      (a, b) =>
        b.stories.length - a.stories.length ||
        b.articles - a.articles ||
        (a.signature < b.signature ? -1 : 1),
    );
}

export function entityViews(db: Database.Database, top: number): CorpusEntityView[] {
  const ents = db
    .prepare(
      `SELECT o.entity_id AS id, e.type AS type, count(DISTINCT o.article_id) AS articles FROM corpus_entity_occurrences o
       JOIN corpus_entities e ON e.id = o.entity_id GROUP BY o.entity_id ORDER BY articles DESC, id LIMIT ?`,
    )
    .all(top) as Array<{ id: string; type: EntityType; articles: number }>;
  const names = db.prepare(
    `SELECT language, name, count(DISTINCT article_id) AS articles FROM corpus_entity_occurrences WHERE entity_id = ?
     GROUP BY language, name ORDER BY articles DESC, name`,
  );
  const occ = db.prepare(
    `SELECT article_id, local_id, roles, day FROM corpus_entity_occurrences WHERE entity_id = ?`,
  );
  const quotes = db.prepare(`SELECT count(*) AS n FROM quotes WHERE article_id = ? AND speaker_entity = ?`);
  const stances = db.prepare(`SELECT count(*) AS n FROM stances WHERE article_id = ? AND holder_entity = ?`);
  return ents.map((e) => {
    const rows = occ.all(e.id) as Array<{
      article_id: string;
      local_id: string;
      roles: string;
      day: number | null;
    }>;
    const roles = new Map<string, number[]>();
    let q = 0;
    let st = 0;
    for (const r of rows) {
      for (const role of JSON.parse(r.roles) as string[])
        roles.set(role, [...(roles.get(role) ?? []), ...(r.day === null ? [] : [r.day])]);
      q += (quotes.get(r.article_id, r.local_id) as { n: number }).n;
      st += (stances.get(r.article_id, r.local_id) as { n: number }).n;
    }
    const iso = (d: number | undefined): string | null =>
      d === undefined ? null : new Date(d * 86_400_000).toISOString().slice(0, 10);
    return {
      id: e.id,
      type: e.type,
      names: names.all(e.id) as CorpusEntityView['names'],
      roles: [...roles].map(([role, days]) => ({
        role,
        first: iso(Math.min(...days, Infinity) === Infinity ? undefined : Math.min(...days)),
        last: iso(days.length ? Math.max(...days) : undefined),
      })),
      articles: e.articles,
      quotes: q,
      stances: st,
    };
  });
}
