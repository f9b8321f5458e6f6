// SQLite side of story profiles, key frequencies (for IDF) and the stored-but-unlinked articles (migration 3).
import type Database from 'better-sqlite3';
import type { StoryProfile } from '../../core/corpus-store.js';

/** The row of corpus_key_df counting articles (story keys are never empty, so '' cannot clash). */
const DOCS_KEY = '';

interface ProfileRow {
  story_id: string;
  size: number;
  first_day: number | null;
  last_day: number | null;
  total: number;
  keys: string;
}

export class ProfileTables {
  private readonly getProfile: Database.Statement;
  private readonly putProfile: Database.Statement;
  private readonly dropProfile: Database.Statement;
  private readonly getDf: Database.Statement;
  private readonly bumpDf: Database.Statement;
  private readonly pending: Database.Statement;

  constructor(db: Database.Database) {
    this.getProfile = db.prepare('SELECT * FROM corpus_story_profiles WHERE story_id = ?');
    this.putProfile = db.prepare(
      'INSERT OR REPLACE INTO corpus_story_profiles VALUES (@id, @size, @firstDay, @lastDay, @total, @keys)',
    );
    this.dropProfile = db.prepare('DELETE FROM corpus_story_profiles WHERE story_id = ?');
    this.getDf = db.prepare('SELECT n FROM corpus_key_df WHERE key = ?');
    this.bumpDf = db.prepare(
      'INSERT INTO corpus_key_df (key, n) VALUES (?, 1) ON CONFLICT(key) DO UPDATE SET n = n + 1',
    );
    this.pending = db.prepare(
      `SELECT a.id FROM articles a LEFT JOIN corpus_docs d ON d.article_id = a.id
       WHERE d.article_id IS NULL ORDER BY a.rowid LIMIT ?`,
    );
  }

  profiles(stories: readonly string[]): Map<string, StoryProfile> {
    const out = new Map<string, StoryProfile>();
    for (const s of stories) {
      const r = this.getProfile.get(s) as ProfileRow | undefined;
      if (!r) continue;
      out.set(s, {
        id: r.story_id,
        size: r.size,
        firstDay: r.first_day,
        lastDay: r.last_day,
        total: r.total,
        keys: (JSON.parse(r.keys) as Array<[string, number]>).map(([key, count]) => ({ key, count })),
      });
    }
    return out;
  }

  put(p: StoryProfile, replaced: readonly string[]): void {
    for (const s of replaced) if (s !== p.id) this.dropProfile.run(s);
    this.putProfile.run({ ...p, keys: JSON.stringify(p.keys.map((k) => [k.key, k.count])) });
  }

  frequencies(keys: readonly string[]): { docs: number; df: Map<string, number> } {
    const n = (key: string): number => (this.getDf.get(key) as { n: number } | undefined)?.n ?? 0;
    return { docs: n(DOCS_KEY), df: new Map([...new Set(keys)].map((k) => [k, n(k)])) };
  }

  /** Counts one more article and each of its distinct keys. */
  count(keys: readonly string[]): void {
    this.bumpDf.run(DOCS_KEY);
    for (const k of new Set(keys)) this.bumpDf.run(k);
  }

  unlinked(limit: number): string[] {
    return (this.pending.all(limit) as Array<{ id: string }>).map((r) => r.id);
  }
}
