// Writes one analysed article into the relational tables (one statement set, prepared once per database).
import type Database from 'better-sqlite3';
import type { ArticleRecord } from '../../core/contract.js';

type Statement = Database.Statement;

export interface RowWriter {
  write(record: ArticleRecord, now: string): void;
}

const INSERTS = {
  article: `INSERT INTO articles (id, input, text, record, language, title, title_start, title_end, outlet, outlet_domain,
    origin, origin_domain, origin_country, origin_affiliation, origin_start, origin_end, published, published_source, month,
    format, encoding, url, ingested_at)
    VALUES (@id, @input, @text, @record, @language, @title, @title_start, @title_end, @outlet, @outlet_domain,
    @origin, @origin_domain, @origin_country, @origin_affiliation, @origin_start, @origin_end, @published, @published_source,
    @month, @format, @encoding, @url, @ingested_at)`,
  input: `INSERT OR REPLACE INTO inputs (input, article_id, ingested_at) VALUES (?, ?, ?)`,
  body: `INSERT INTO body VALUES (?, ?, ?, ?)`,
  removed: `INSERT INTO removed VALUES (?, ?, ?, ?, ?, ?)`,
  date: `INSERT INTO dates VALUES (?, ?, ?, ?, ?, ?)`,
  entity: `INSERT OR REPLACE INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  mention: `INSERT OR REPLACE INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  quote: `INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  claim: `INSERT OR REPLACE INTO claims VALUES (?, ?, ?, ?, ?, ?, ?)`,
  stance: `INSERT OR REPLACE INTO stances VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  technique: `INSERT INTO techniques VALUES (?, ?, ?, ?, ?, ?)`,
  fts: `INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)`,
  dropFailure: `DELETE FROM failures WHERE input = ?`,
};

export function rowWriter(db: Database.Database): RowWriter {
  const s = Object.fromEntries(Object.entries(INSERTS).map(([k, sql]) => [k, db.prepare(sql)])) as Record<
    keyof typeof INSERTS,
    Statement
  >;
  return { write: (record, now) => writeRecord(s, record, now) };
}

function writeRecord(s: Record<keyof typeof INSERTS, Statement>, r: ArticleRecord, now: string): void {
  const { text, ...rest } = r;
  const info = s.article.run({
    id: r.id,
    input: r.input,
    text,
    record: JSON.stringify(rest),
    language: r.language,
    title: r.title?.text ?? null,
    title_start: r.title?.start ?? null,
    title_end: r.title?.end ?? null,
    outlet: r.outlet?.name ?? null,
    outlet_domain: r.outlet?.domain ?? null,
    origin: r.origin?.name ?? null,
    origin_domain: r.origin?.domain ?? null,
    origin_country: r.origin?.country ?? null,
    origin_affiliation: r.origin?.affiliation ?? null,
    origin_start: r.origin?.evidence?.start ?? null,
    origin_end: r.origin?.evidence?.end ?? null,
    published: r.published,
    published_source: r.meta.publishedSource,
    month: r.published && /^\d{4}-\d{2}/.test(r.published) ? r.published.slice(0, 7) : null,
    format: r.meta.format,
    encoding: r.meta.encoding,
    url: r.meta.url,
    ingested_at: now,
  });
  s.input.run(r.input, r.id, now);
  s.dropFailure.run(r.input);
  writeLayers(s, r);
  // Index the kept body; an article with no body kept is still findable by its whole text.
  const bodyText = r.body.length > 0 ? r.body.map((b) => text.slice(b.start, b.end)).join('\n') : text;
  s.fts.run(info.lastInsertRowid, r.title?.text ?? '', bodyText);
}

function writeLayers(s: Record<keyof typeof INSERTS, Statement>, r: ArticleRecord): void {
  const id = r.id;
  r.body.forEach((b, i) => s.body.run(id, i, b.start, b.end));
  r.removed.forEach((b, i) => s.removed.run(id, i, b.start, b.end, b.kind, b.rule ?? null));
  r.dates.forEach((d, i) => s.date.run(id, i, d.start, d.end, d.text, d.value));
  for (const e of r.entities) {
    s.entity.run(
      id,
      e.id,
      e.name,
      e.type,
      JSON.stringify(e.roles),
      e.refersTo ?? null,
      e.actor ?? null,
      e.country ?? null,
      e.rule,
    );
    e.mentions.forEach((m, i) =>
      s.mention.run(id, e.id, i, m.start, m.end, m.text, m.form ?? null, m.rule ?? null),
    );
  }
  r.quotes.forEach((q, i) =>
    s.quote.run(
      id,
      i,
      q.start,
      q.end,
      q.kind,
      q.cue?.start ?? null,
      q.cue?.end ?? null,
      q.cue?.text ?? null,
      q.speaker?.name ?? null,
      q.speaker?.entity ?? null,
      q.speaker?.start ?? null,
      q.speaker?.end ?? null,
      q.rule ?? null,
    ),
  );
  for (const c of r.claims) {
    s.claim.run(id, c.id, c.summary, c.signature, c.span.start, c.span.end, c.rule);
    c.stances.forEach((st, i) =>
      s.stance.run(
        id,
        c.id,
        i,
        st.holder.name,
        st.holder.entity,
        st.stance,
        st.span.start,
        st.span.end,
        st.rule,
      ),
    );
  }
  r.techniques.forEach((t, i) => s.technique.run(id, i, t.start, t.end, t.label, t.rule));
}
