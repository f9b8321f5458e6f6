// Entity occurrences of one article for corpus-wide resolution: keys that meet across articles and languages.
import type { ArticleRecord } from '../core/contract.js';
import type { EntityOccurrence } from '../core/corpus-store.js';
import { entityKey, nameKey } from './features.js';

/** A person named by one word (a surname) gets a weak key `person:~name` that the full name claims when it comes. */
export function entityOccurrences(
  record: ArticleRecord,
  language: string | null,
  day: number | null,
): EntityOccurrence[] {
  return record.entities
    .filter((e) => e.mentions.length > 0)
    .map((e) => {
      const key = entityKey(e).slice(2);
      const tokens = nameKey(e.name)
        .split(' ')
        .filter((t) => t.length > 0);
      const single = !e.actor && e.type === 'person' && tokens.length === 1;
      const aliasKeys =
        !e.actor && e.type === 'person' && tokens.length > 1 ? [`person:~${tokens[tokens.length - 1]}`] : [];
      return {
        articleId: record.id,
        localId: e.id,
        key: single ? `person:~${tokens[0]}` : key,
        aliasKeys,
        type: e.type,
        name: e.name,
        language,
        roles: e.roles,
        day,
        mentions: e.mentions.length,
      };
    });
}
