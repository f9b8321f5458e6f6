// The CorpusStore port on SQLite: corpus tables beside the article tables in the same file (migration 2).
import type Database from 'better-sqlite3';
import type {
  ClaimLedgerRow,
  CopyEdge,
  CopyEdgeView,
  CorpusDoc,
  CorpusDocText,
  CorpusEntityView,
  CorpusStore,
  EntityOccurrence,
  LaunderingEdge,
  StoryDoc,
  StoryProfile,
  StoryView,
} from '../../core/corpus-store.js';
import { claimLedger, copyViews, entityViews, launderingEdges, storyViews } from './corpus-queries.js';
import { resolveEntityRows } from './corpus-entities.js';
import { ProfileTables } from './corpus-profiles.js';

type Statement = Database.Statement;

const SQL = {
  putDoc: `INSERT OR REPLACE INTO corpus_docs VALUES (@id, @input, @language, @published, @day, @storyDay, @title, @outlet, @outletDomain,
    @origin, @originDomain, @originEvidence, @paragraphs, @creditLines, @shingles, @storyKeys, @fingerprint)`,
  hasDoc: `SELECT 1 FROM corpus_docs WHERE article_id = ?`,
  lsh: `INSERT OR IGNORE INTO corpus_lsh (key, article_id) VALUES (?, ?)`,
  storyKey: `INSERT INTO corpus_story_keys (key, day, article_id) VALUES (?, ?, ?)`,
  keyDay: `SELECT article_id FROM corpus_story_keys WHERE key = ? AND day = ? ORDER BY article_id LIMIT ?`,
  keyAny: `SELECT article_id FROM corpus_story_keys WHERE key = ? ORDER BY article_id LIMIT ?`,
  copy: `INSERT OR REPLACE INTO corpus_copies VALUES (@source, @copy, @kind, @similarity, @direction, @evidence, @credited,
    @delayDays, @same, @rewritten, @removed, @added, @reordered)`,
  member: `INSERT OR REPLACE INTO corpus_story_members (article_id, story_id) VALUES (?, ?)`,
  merge: `UPDATE corpus_story_members SET story_id = ? WHERE story_id = ?`,
  family: `INSERT OR REPLACE INTO corpus_claim_families VALUES (?, ?, ?)`,
};

interface DocRow {
  article_id: string;
  input: string;
  language: string | null;
  published: string | null;
  day: number | null;
  story_day: number | null;
  title: string | null;
  outlet: string | null;
  outlet_domain: string | null;
  origin: string | null;
  origin_domain: string | null;
  origin_evidence: string | null;
  paragraphs: string;
  credit_lines: string;
  shingles: number;
  story_keys: string;
  fingerprint: string;
  text: string;
}

function toDoc(r: DocRow): CorpusDocText {
  return {
    id: r.article_id,
    input: r.input,
    language: r.language,
    published: r.published,
    day: r.day,
    storyDay: r.story_day,
    title: r.title,
    outlet: r.outlet,
    outletDomain: r.outlet_domain,
    origin: r.origin,
    originDomain: r.origin_domain,
    originEvidence: r.origin_evidence,
    paragraphs: JSON.parse(r.paragraphs) as CorpusDoc['paragraphs'],
    creditLines: JSON.parse(r.credit_lines) as string[],
    shingles: r.shingles,
    storyKeys: JSON.parse(r.story_keys) as string[],
    fingerprint: JSON.parse(r.fingerprint) as string[],
    text: r.text,
  };
}

/** SQLite binds at most 32766 variables; candidate lists are far shorter, but chunk anyway. */
function chunks<T>(xs: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

export class SqliteCorpusStore implements CorpusStore {
  private readonly s: Record<keyof typeof SQL, Statement>;
  private depth = 0;
  private readonly statements = new Map<string, Statement>();
  private readonly profileTables: ProfileTables;

  constructor(readonly db: Database.Database) {
    this.s = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, db.prepare(sql)])) as Record<
      keyof typeof SQL,
      Statement
    >;
    this.profileTables = new ProfileTables(db);
  }

  /** One transaction around the work; nested units join the outer one. No other writer may interleave (one process). */
  async unit<T>(fn: () => Promise<T>): Promise<T> {
    if (this.depth > 0 || this.db.inTransaction) return fn();
    this.depth++;
    this.db.exec('BEGIN');
    try {
      const result = await fn();
      this.db.exec('COMMIT');
      return result;
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    } finally {
      this.depth--;
    }
  }

  async putDoc(doc: CorpusDoc): Promise<void> {
    this.s.putDoc.run({
      ...doc,
      paragraphs: JSON.stringify(doc.paragraphs),
      creditLines: JSON.stringify(doc.creditLines),
      storyKeys: JSON.stringify(doc.storyKeys),
      fingerprint: JSON.stringify(doc.fingerprint),
    });
  }

  async getDocs(ids: readonly string[], options: { text?: boolean } = {}): Promise<CorpusDocText[]> {
    const out: CorpusDocText[] = [];
    const text = options.text === false ? `''` : 'a.text';
    for (const part of chunks([...new Set(ids)])) {
      const rows = this.cached(
        `SELECT d.*, ${text} AS text FROM corpus_docs d JOIN articles a ON a.id = d.article_id WHERE d.article_id IN`,
        part.length,
      ).all(...part) as DocRow[];
      out.push(...rows.map(toDoc));
    }
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async storyDocs(ids: readonly string[]): Promise<StoryDoc[]> {
    const out: StoryDoc[] = [];
    for (const part of chunks([...new Set(ids)])) {
      const rows = this.cached(
        `SELECT article_id, language, story_day, story_keys, fingerprint FROM corpus_docs WHERE article_id IN`,
        part.length,
      ).all(...part) as Array<
        Pick<DocRow, 'article_id' | 'language' | 'story_day' | 'story_keys' | 'fingerprint'>
      >;
      for (const r of rows) {
        out.push({
          id: r.article_id,
          language: r.language,
          storyDay: r.story_day,
          storyKeys: JSON.parse(r.story_keys) as string[],
          fingerprint: JSON.parse(r.fingerprint) as string[],
        });
      }
    }
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Statements with an IN list, prepared once per list length. */
  private cached(prefix: string, n: number, suffix = ''): Statement {
    const sql = `${prefix} (${Array.from({ length: n }, () => '?').join(',')})${suffix}`;
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  async hasDoc(id: string): Promise<boolean> {
    return this.s.hasDoc.get(id) !== undefined;
  }

  async lshCandidates(keys: readonly number[], limit: number): Promise<Array<{ id: string; bands: number }>> {
    if (keys.length === 0) return [];
    return this.cached(
      'SELECT article_id AS id, count(*) AS bands FROM corpus_lsh WHERE key IN',
      keys.length,
      ' GROUP BY article_id ORDER BY bands DESC, article_id LIMIT ?',
    ).all(...keys, limit) as Array<{ id: string; bands: number }>;
  }

  async addLshKeys(id: string, keys: readonly number[]): Promise<void> {
    for (const k of keys) this.s.lsh.run(k, id);
  }

  async storyCandidates(
    keys: readonly string[],
    day: number | null,
    windowDays: number,
    perKey: number,
  ): Promise<string[]> {
    const found = new Set<string>();
    for (const key of keys) {
      if (day === null) {
        for (const r of this.s.keyAny.all(key, perKey) as Array<{ article_id: string }>)
          found.add(r.article_id);
        continue;
      }
      // The postings nearest the day first, ties in article order, `perKey` in all: read a day at a time from the
      // (key, day, article_id) index, so a key with thousands of postings (one story copied hundreds of times)
      // costs a few index steps, not a sort of all its postings in the window.
      let left = perKey;
      for (let k = 0; k <= windowDays && left > 0; k++) {
        const ids = this.postings(key, day - k, left);
        if (k > 0) ids.push(...this.postings(key, day + k, left));
        if (k > 0) ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        for (const id of ids.slice(0, left)) found.add(id);
        left -= Math.min(left, ids.length);
      }
    }
    return [...found].sort();
  }

  /** A key's postings on one day, in article order, at most `limit`. */
  private postings(key: string, day: number, limit: number): string[] {
    return (this.s.keyDay.all(key, day, limit) as Array<{ article_id: string }>).map((r) => r.article_id);
  }

  async addStoryKeys(id: string, keys: readonly string[], day: number | null): Promise<void> {
    for (const k of keys) this.s.storyKey.run(k, day, id);
    this.profileTables.count(keys);
  }

  async storyProfiles(stories: readonly string[]): Promise<Map<string, StoryProfile>> {
    return this.profileTables.profiles(stories);
  }

  async putStoryProfile(profile: StoryProfile, replaced: readonly string[]): Promise<void> {
    this.profileTables.put(profile, replaced);
  }

  async keyFrequencies(keys: readonly string[]): Promise<{ docs: number; df: Map<string, number> }> {
    return this.profileTables.frequencies(keys);
  }

  async unlinked(limit: number): Promise<string[]> {
    return this.profileTables.unlinked(limit);
  }

  async putCopy(e: CopyEdge): Promise<void> {
    this.s.copy.run({
      ...e,
      ...e.alignment,
      credited: e.credited ? 1 : 0,
      reordered: e.alignment.reordered ? 1 : 0,
    });
  }

  async copies(): Promise<CopyEdgeView[]> {
    return copyViews(this.db);
  }

  async laundering(options: { top?: number } = {}): Promise<LaunderingEdge[]> {
    return launderingEdges(this.db, options.top ?? 20);
  }

  async storiesOf(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks([...new Set(ids)])) {
      const rows = this.cached(
        'SELECT article_id, story_id FROM corpus_story_members WHERE article_id IN',
        part.length,
      ).all(...part) as Array<{ article_id: string; story_id: string }>;
      for (const r of rows) out.set(r.article_id, r.story_id);
    }
    return out;
  }

  async storySizes(stories: readonly string[], cap: number): Promise<Map<string, number>> {
    const count = this.db.prepare(
      'SELECT count(*) AS n FROM (SELECT 1 FROM corpus_story_members WHERE story_id = ? LIMIT ?)',
    );
    return new Map(stories.map((s) => [s, (count.get(s, cap) as { n: number }).n]));
  }

  async joinStory(id: string, story: string, merge: readonly string[]): Promise<void> {
    for (const other of merge) if (other !== story) this.s.merge.run(story, other);
    this.s.member.run(id, story);
  }

  async stories(): Promise<StoryView[]> {
    return storyViews(this.db);
  }

  async putClaimFamilies(
    articleId: string,
    rows: ReadonlyArray<{ claimId: string; family: string | null }>,
  ): Promise<void> {
    for (const r of rows) this.s.family.run(articleId, r.claimId, r.family);
  }

  async claimLedger(options: { by?: 'signature' | 'family' } = {}): Promise<ClaimLedgerRow[]> {
    return claimLedger(this.db, options.by ?? 'signature');
  }

  async resolveEntities(occurrences: readonly EntityOccurrence[]): Promise<void> {
    resolveEntityRows(this.db, occurrences);
  }

  async entities(options: { top?: number } = {}): Promise<CorpusEntityView[]> {
    return entityViews(this.db, options.top ?? 50);
  }
}
