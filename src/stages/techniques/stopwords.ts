// Function words of a language (src/knowledge/<lang>/stopwords.yaml): a model label is never shown on one of them.
import { existsSync, readFileSync } from 'node:fs';
import { parseValidated } from '../../knowledge/yaml.js';
import { z } from 'zod';
import { SetupError } from '../../core/errors.js';
import { knowledgeFile } from '../../knowledge/paths.js';

const StopwordsSchema = z
  .object({ id: z.string().min(1), lang: z.string(), words: z.array(z.string()) })
  .passthrough();

const cache = new Map<string, ReadonlySet<string>>();

/** Lower-cased function words of a language; empty when the language has no list. */
export function functionWords(language: string): ReadonlySet<string> {
  const hit = cache.get(language);
  if (hit) return hit;
  const file = knowledgeFile(`${language}/stopwords.yaml`);
  let words: ReadonlySet<string> = new Set();
  if (existsSync(file)) {
    const parsed = parseValidated(readFileSync(file, 'utf8'), StopwordsSchema, 'techniques:stopwords');
    if (!parsed.success) throw new SetupError('E_KNOWLEDGE', `${file}: ${parsed.error.message}`);
    words = new Set(parsed.data.words.map((w) => w.toLowerCase()));
  }
  cache.set(language, words);
  return words;
}
