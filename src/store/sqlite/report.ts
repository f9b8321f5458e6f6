// Corpus-at-a-glance queries for `echotrace report`, as SQL over the layer tables.
import type Database from 'better-sqlite3';
import type { CorpusReport, CountRow } from '../../core/store.js';
import { launderingEdges } from './corpus-queries.js';

const FOR = ['asserts', 'accuses', 'confirms'];

export function buildReport(db: Database.Database, top: number): CorpusReport {
  const count = (sql: string): CountRow[] => db.prepare(sql).all(top) as CountRow[];
  return {
    articles: (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n,
    failures: (db.prepare('SELECT count(*) AS n FROM failures').get() as { n: number }).n,
    byOutlet: count(
      `SELECT coalesce(outlet, '(unknown)') AS key, count(*) AS count FROM articles GROUP BY key ORDER BY count DESC, key LIMIT ?`,
    ),
    byOrigin: count(
      `SELECT coalesce(origin, '(none credited)') AS key, count(*) AS count FROM articles GROUP BY key ORDER BY count DESC, key LIMIT ?`,
    ),
    byLanguage: count(
      `SELECT coalesce(language, '(unknown)') AS key, count(*) AS count FROM articles GROUP BY key ORDER BY count DESC, key LIMIT ?`,
    ),
    byMonth: count(
      `SELECT coalesce(month, '(undated)') AS key, count(*) AS count FROM articles GROUP BY key ORDER BY key DESC LIMIT ?`,
    ),
    topEntities: db
      .prepare(
        `SELECT e.name AS name, e.type AS type, count(DISTINCT e.article_id) AS articles, count(m.idx) AS mentions
         FROM entities e LEFT JOIN mentions m ON m.article_id = e.article_id AND m.entity_id = e.entity_id
         GROUP BY CASE WHEN e.actor LIKE 'country:%' AND e.type = 'location' THEN e.name ELSE coalesce(e.actor, e.name) END, e.type ORDER BY articles DESC, mentions DESC, name LIMIT ?`,
      )
      .all(top) as CorpusReport['topEntities'],
    topSpeakers: db
      .prepare(
        `SELECT speaker_name AS name, count(*) AS quotes, count(DISTINCT article_id) AS articles FROM quotes
         WHERE speaker_name IS NOT NULL GROUP BY speaker_name ORDER BY quotes DESC, name LIMIT ?`,
      )
      .all(top) as CorpusReport['topSpeakers'],
    topClaims: topClaims(db, top),
    contestedClaims: contestedClaims(db, top),
    copyPairs: (db.prepare('SELECT count(*) AS n FROM corpus_copies').get() as { n: number }).n,
    laundering: launderingEdges(db, top),
  };
}

interface ClaimRow {
  key: string;
  summary: string;
  signature: string | null;
  articles: number;
  holders: number;
}

function topClaims(db: Database.Database, top: number): CorpusReport['topClaims'] {
  const rows = db
    .prepare(
      `SELECT coalesce(c.signature, c.summary) AS key, min(c.summary) AS summary, c.signature AS signature,
         count(DISTINCT c.article_id) AS articles, count(DISTINCT s.holder_name) AS holders
       FROM claims c LEFT JOIN stances s ON s.article_id = c.article_id AND s.claim_id = c.claim_id
       GROUP BY key ORDER BY articles DESC, holders DESC, key LIMIT ?`,
    )
    .all(top) as ClaimRow[];
  const stanceCounts = db.prepare(
    `SELECT s.stance AS stance, count(*) AS n FROM claims c JOIN stances s ON s.article_id = c.article_id AND s.claim_id = c.claim_id
     WHERE coalesce(c.signature, c.summary) = ? GROUP BY s.stance`,
  );
  return rows.map((r) => ({
    summary: r.summary,
    signature: r.signature,
    articles: r.articles,
    holders: r.holders,
    stances: Object.fromEntries(
      (stanceCounts.all(r.key) as Array<{ stance: string; n: number }>).map((x) => [x.stance, x.n]),
    ),
  }));
}

function contestedClaims(db: Database.Database, top: number): CorpusReport['contestedClaims'] {
  const rows = db
    .prepare(
      `SELECT coalesce(c.signature, c.summary) AS key, min(c.summary) AS summary, c.signature AS signature,
         s.holder_name AS holder, s.stance AS stance
       FROM claims c JOIN stances s ON s.article_id = c.article_id AND s.claim_id = c.claim_id`,
    )
    .all() as Array<{
    key: string;
    summary: string;
    signature: string | null;
    holder: string;
    stance: string;
  }>;
  const byKey = new Map<
    string,
    { summary: string; signature: string | null; for: Set<string>; against: Set<string> }
  >();
  for (const r of rows) {
    const entry = byKey.get(r.key) ?? {
      summary: r.summary,
      signature: r.signature,
      for: new Set(),
      against: new Set(),
    };
    (FOR.includes(r.stance) ? entry.for : entry.against).add(r.holder);
    byKey.set(r.key, entry);
  }
  return [...byKey.values()]
    .filter((e) => e.for.size > 0 && e.against.size > 0)
    .sort(
      (a, b) =>
        Math.min(b.for.size, b.against.size) - Math.min(a.for.size, a.against.size) ||
        b.for.size + b.against.size - (a.for.size + a.against.size),
    )
    .slice(0, top)
    .map((e) => ({
      summary: e.summary,
      signature: e.signature,
      for: [...e.for].sort(),
      against: [...e.against].sort(),
    }));
}
