// The embedded default Store: one SQLite file (better-sqlite3, WAL, FTS5 without diacritics), migrated on open.
import Database from 'better-sqlite3';
import type { ArticleRecord } from '../../core/contract.js';
import { SetupError, type ErrorInfo } from '../../core/errors.js';
import type { CorpusReport, PutResult, SearchHit, SearchOptions, Store } from '../../core/store.js';
import { ftsQuery, makeSnippet, queryTerms } from '../snippet.js';
import { MIGRATIONS } from './migrations.js';
import { buildReport } from './report.js';
import { rowWriter, type RowWriter } from './rows.js';

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly writer: RowWriter;
  private readonly hasId: Database.Statement;
  private readonly hasInputStmt: Database.Statement;

  constructor(path: string) {
    try {
      this.db = new Database(path);
    } catch (err) {
      throw new SetupError('E_STORE', `cannot open database ${path}: ${(err as Error).message}`);
    }
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
    } catch (err) {
      this.db.close();
      throw new SetupError('E_STORE', `${path} is not an echotrace database: ${(err as Error).message}`);
    }
    migrate(this.db);
    this.writer = rowWriter(this.db);
    this.hasId = this.db.prepare('SELECT 1 FROM articles WHERE id = ?');
    this.hasInputStmt = this.db.prepare('SELECT 1 FROM inputs WHERE input = ?');
  }

  async put(record: ArticleRecord): Promise<PutResult> {
    return (await this.putMany([record]))[0];
  }

  /** Stores many records in one transaction: all of them or none (a crash loses at most the open batch). */
  async putMany(records: readonly ArticleRecord[]): Promise<PutResult[]> {
    const now = new Date().toISOString();
    const run = this.db.transaction((batch: readonly ArticleRecord[]) =>
      batch.map((r): PutResult => {
        if (this.hasId.get(r.id)) {
          this.db
            .prepare('INSERT OR IGNORE INTO inputs (input, article_id, ingested_at) VALUES (?, ?, ?)')
            .run(r.input, r.id, now);
          return { id: r.id, status: 'exists' };
        }
        this.writer.write(r, now);
        return { id: r.id, status: 'inserted' };
      }),
    );
    return run(records);
  }

  async putFailure(input: string, error: ErrorInfo): Promise<void> {
    this.db
      .prepare('INSERT OR REPLACE INTO failures (input, code, message, at) VALUES (?, ?, ?, ?)')
      .run(input, error.code, error.message, new Date().toISOString());
  }

  async has(id: string): Promise<boolean> {
    return this.hasId.get(id) !== undefined;
  }

  async hasInput(input: string): Promise<boolean> {
    return this.hasInputStmt.get(input) !== undefined;
  }

  async get(id: string): Promise<ArticleRecord | null> {
    const row = this.db.prepare('SELECT text, record FROM articles WHERE id = ?').get(id) as
      { text: string; record: string } | undefined;
    if (!row) return null;
    const rest = JSON.parse(row.record) as Omit<ArticleRecord, 'text'>;
    return { ...rest, text: row.text } as ArticleRecord;
  }

  async count(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const match = ftsQuery(query);
    if (match === '') return [];
    const rows = this.db
      .prepare(
        `SELECT a.id AS id, a.input AS input, a.title AS title, a.text AS text, f.rank AS rank
         FROM articles_fts f JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ? ORDER BY f.rank LIMIT ?`,
      )
      .all(match, options.limit ?? 20) as Array<{
      id: string;
      input: string;
      title: string | null;
      text: string;
      rank: number;
    }>;
    const mark = options.mark ?? { open: '«', close: '»' };
    const terms = queryTerms(query);
    return rows.map((r) => ({
      id: r.id,
      input: r.input,
      title: r.title,
      snippet: this.snippetOf(r.id, r.text, terms, mark),
      score: -r.rank,
    }));
  }

  private snippetOf(
    id: string,
    text: string,
    terms: string[],
    mark: { open: string; close: string },
  ): string {
    const body = this.db
      .prepare('SELECT start, "end" FROM body WHERE article_id = ? ORDER BY idx')
      .all(id) as Array<{ start: number; end: number }>;
    const bodyText = body.length > 0 ? body.map((b) => text.slice(b.start, b.end)).join('\n') : text;
    return makeSnippet(bodyText, terms, mark);
  }

  async report(options: { top?: number } = {}): Promise<CorpusReport> {
    return buildReport(this.db, options.top ?? 10);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function migrate(db: Database.Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map(
      (r) => r.version,
    ),
  );
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    try {
      db.transaction(() => {
        db.exec(m.sql);
        db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(
          m.version,
          m.name,
          new Date().toISOString(),
        );
      })();
    } catch (err) {
      throw new SetupError(
        'E_MIGRATION',
        `migration ${m.version} (${m.name}) failed: ${(err as Error).message}`,
      );
    }
  }
}
