// Corpus entities on SQLite: each occurrence joins the entity of its key; a weak key (a surname alone) joins the
// one entity it names, and an entity first known by a surname is merged into the full name when it arrives.
import type Database from 'better-sqlite3';
import type { EntityOccurrence } from '../../core/corpus-store.js';

interface KeyRow {
  entity_id: string;
}

export function resolveEntityRows(db: Database.Database, occurrences: readonly EntityOccurrence[]): void {
  const getKey = db.prepare('SELECT entity_id, weak FROM corpus_entity_keys WHERE key = ?');
  const putKey = db.prepare(
    'INSERT OR REPLACE INTO corpus_entity_keys (key, entity_id, weak) VALUES (?, ?, ?)',
  );
  const putEntity = db.prepare('INSERT OR IGNORE INTO corpus_entities (id, type, name) VALUES (?, ?, ?)');
  const putOcc = db.prepare(
    'INSERT OR REPLACE INTO corpus_entity_occurrences VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const relabel = db.prepare('UPDATE corpus_entity_occurrences SET entity_id = ? WHERE entity_id = ?');
  const rekey = db.prepare('UPDATE corpus_entity_keys SET entity_id = ? WHERE entity_id = ?');
  const drop = db.prepare('DELETE FROM corpus_entities WHERE id = ?');
  for (const o of occurrences) {
    let entity = (getKey.get(o.key) as KeyRow | undefined)?.entity_id;
    if (entity === undefined) {
      entity = o.key;
      putEntity.run(entity, o.type, o.name);
      putKey.run(o.key, entity, o.key.includes(':~') ? 1 : 0);
    }
    for (const alias of o.aliasKeys) {
      const row = getKey.get(alias) as KeyRow | undefined;
      if (row === undefined) putKey.run(alias, entity, 0);
      else if (row.entity_id !== entity && row.entity_id === alias) {
        // The entity known only by this surname is the same person: merge it into the full name.
        relabel.run(entity, row.entity_id);
        rekey.run(entity, row.entity_id);
        drop.run(row.entity_id);
      }
    }
    putOcc.run(
      o.articleId,
      o.localId,
      entity,
      o.name,
      o.language,
      JSON.stringify(o.roles),
      o.day,
      o.mentions,
    );
  }
}
