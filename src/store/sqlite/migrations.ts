// Versioned schema of the SQLite store: every layer as a table, so corpus questions are SQL.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'articles and their layers',
    sql: `
CREATE TABLE articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  input TEXT NOT NULL,
  text TEXT NOT NULL,
  record TEXT NOT NULL,
  language TEXT,
  title TEXT,
  title_start INTEGER, title_end INTEGER,
  outlet TEXT, outlet_domain TEXT,
  origin TEXT, origin_domain TEXT, origin_country TEXT, origin_affiliation TEXT,
  origin_start INTEGER, origin_end INTEGER,
  published TEXT,
  published_source TEXT,
  month TEXT,
  format TEXT NOT NULL,
  encoding TEXT,
  url TEXT,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_origin ON articles(origin);
CREATE INDEX articles_month ON articles(month);
CREATE TABLE inputs (input TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), ingested_at TEXT NOT NULL);
CREATE TABLE failures (input TEXT PRIMARY KEY, code TEXT NOT NULL, message TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE body (article_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY (article_id, idx));
CREATE TABLE removed (article_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind TEXT NOT NULL, rule TEXT, PRIMARY KEY (article_id, idx));
CREATE INDEX removed_kind ON removed(kind);
CREATE TABLE dates (article_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, value TEXT, PRIMARY KEY (article_id, idx));
CREATE TABLE entities (
  article_id TEXT NOT NULL, entity_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, roles TEXT NOT NULL,
  refers_to TEXT, actor TEXT, country TEXT, rule TEXT, PRIMARY KEY (article_id, entity_id));
CREATE INDEX entities_name ON entities(name);
CREATE INDEX entities_actor ON entities(actor);
CREATE TABLE mentions (
  article_id TEXT NOT NULL, entity_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL, form TEXT, rule TEXT, PRIMARY KEY (article_id, entity_id, idx));
CREATE TABLE quotes (
  article_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind TEXT NOT NULL,
  cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
  speaker_name TEXT, speaker_entity TEXT, speaker_start INTEGER, speaker_end INTEGER, rule TEXT,
  PRIMARY KEY (article_id, idx));
CREATE INDEX quotes_speaker ON quotes(speaker_name);
CREATE TABLE claims (
  article_id TEXT NOT NULL, claim_id TEXT NOT NULL, summary TEXT NOT NULL, signature TEXT,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, rule TEXT, PRIMARY KEY (article_id, claim_id));
CREATE INDEX claims_signature ON claims(signature);
CREATE TABLE stances (
  article_id TEXT NOT NULL, claim_id TEXT NOT NULL, idx INTEGER NOT NULL, holder_name TEXT NOT NULL, holder_entity TEXT,
  stance TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, rule TEXT, PRIMARY KEY (article_id, claim_id, idx));
CREATE TABLE techniques (
  article_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, label TEXT NOT NULL, rule TEXT,
  PRIMARY KEY (article_id, idx));
CREATE INDEX techniques_label ON techniques(label);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
`,
  },
  {
    version: 2,
    name: 'corpus: LSH buckets, story keys and members, copy edges, claim families, corpus entities',
    sql: `
CREATE TABLE corpus_docs (
  article_id TEXT PRIMARY KEY, input TEXT NOT NULL, language TEXT, published TEXT, day INTEGER, story_day INTEGER, title TEXT,
  outlet TEXT, outlet_domain TEXT, origin TEXT, origin_domain TEXT, origin_evidence TEXT,
  paragraphs TEXT NOT NULL, credit_lines TEXT NOT NULL, shingles INTEGER NOT NULL, story_keys TEXT NOT NULL, fingerprint TEXT NOT NULL);
CREATE TABLE corpus_lsh (key INTEGER NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (key, article_id)) WITHOUT ROWID;
CREATE TABLE corpus_story_keys (key TEXT NOT NULL, day INTEGER, article_id TEXT NOT NULL);
CREATE INDEX corpus_story_keys_key_day ON corpus_story_keys(key, day);
CREATE TABLE corpus_story_members (article_id TEXT PRIMARY KEY, story_id TEXT NOT NULL);
CREATE INDEX corpus_story_members_story ON corpus_story_members(story_id);
CREATE TABLE corpus_copies (
  source TEXT NOT NULL, copy TEXT NOT NULL, kind TEXT NOT NULL, similarity REAL NOT NULL, direction TEXT NOT NULL,
  evidence TEXT NOT NULL, credited INTEGER NOT NULL, delay_days INTEGER,
  same INTEGER NOT NULL, rewritten INTEGER NOT NULL, removed INTEGER NOT NULL, added INTEGER NOT NULL, reordered INTEGER NOT NULL,
  PRIMARY KEY (source, copy));
CREATE INDEX corpus_copies_copy ON corpus_copies(copy);
CREATE TABLE corpus_claim_families (article_id TEXT NOT NULL, claim_id TEXT NOT NULL, family TEXT, PRIMARY KEY (article_id, claim_id));
CREATE TABLE corpus_entities (id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL);
CREATE TABLE corpus_entity_keys (key TEXT PRIMARY KEY, entity_id TEXT NOT NULL, weak INTEGER NOT NULL);
CREATE INDEX corpus_entity_keys_entity ON corpus_entity_keys(entity_id);
CREATE TABLE corpus_entity_occurrences (
  article_id TEXT NOT NULL, local_id TEXT NOT NULL, entity_id TEXT NOT NULL, name TEXT NOT NULL, language TEXT,
  roles TEXT NOT NULL, day INTEGER, mentions INTEGER NOT NULL, PRIMARY KEY (article_id, local_id));
CREATE INDEX corpus_entity_occurrences_entity ON corpus_entity_occurrences(entity_id);
`,
  },
  {
    version: 3,
    name: 'corpus: story profiles (size, span, capped key counts) and key document frequencies',
    sql: `
CREATE TABLE corpus_story_profiles (
  story_id TEXT PRIMARY KEY, size INTEGER NOT NULL, first_day INTEGER, last_day INTEGER, total INTEGER NOT NULL,
  keys TEXT NOT NULL);
CREATE TABLE corpus_key_df (key TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO corpus_key_df (key, n) SELECT key, count(DISTINCT article_id) FROM corpus_story_keys GROUP BY key;
INSERT INTO corpus_key_df (key, n) SELECT '', count(*) FROM corpus_docs;
INSERT INTO corpus_story_profiles (story_id, size, first_day, last_day, total, keys)
  SELECT m.story_id, count(*), min(d.story_day), max(d.story_day), sum(json_array_length(d.story_keys)), '[]'
  FROM corpus_story_members m JOIN corpus_docs d ON d.article_id = m.article_id GROUP BY m.story_id;
UPDATE corpus_story_profiles SET keys = coalesce((
  SELECT json_group_array(json_array(key, n)) FROM (
    SELECT j.value AS key, count(*) AS n FROM corpus_story_members m JOIN corpus_docs d ON d.article_id = m.article_id,
      json_each(d.story_keys) j
    WHERE m.story_id = corpus_story_profiles.story_id GROUP BY j.value ORDER BY n DESC, key LIMIT 48)), '[]');
`,
  },
  {
    version: 4,
    name: 'corpus: story-key postings indexed by key, day and article, read a day at a time in article order',
    sql: `
CREATE INDEX corpus_story_keys_key_day_article ON corpus_story_keys(key, day, article_id);
DROP INDEX corpus_story_keys_key_day;
`,
  },
];
