// Research data must never be copied into the repository: no tracked file may hold a line of dataset text.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sharedDir } from './types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = sharedDir();

/** Lines of 60+ characters from the text datasets (SemEval, PolNeAR, the extraction benchmark's text renderings). */
function datasetLines(dir: string): Set<string> {
  const lines = new Set<string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.txt')) {
        for (const line of readFileSync(p, 'utf8').split('\n')) {
          const t = line.trim();
          if (t.length >= 60) lines.add(t);
        }
      }
    }
  };
  for (const sub of ['semeval2023-task3', 'polnear', 'article-extraction/text'])
    walk(join(dir, 'datasets', sub));
  return lines;
}

it(
  'no tracked file holds text copied from ../shared/datasets',
  { skip: shared ? false : '../shared is absent: skipped' },
  () => {
    const known = datasetLines(shared as string);
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter(Boolean);
    const hits: string[] = [];
    for (const file of files) {
      let content: string;
      try {
        content = readFileSync(join(root, file), 'utf8');
      } catch {
        continue;
      }
      for (const line of content.split('\n'))
        if (line.trim().length >= 60 && known.has(line.trim()))
          hits.push(`${file}: ${line.trim().slice(0, 60)}…`);
    }
    assert.deepEqual(hits.slice(0, 10), []);
  },
);
