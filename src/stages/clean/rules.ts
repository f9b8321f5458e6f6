// Matches lines against the boilerplate rules of src/knowledge/<lang>/boilerplate*.yaml (credits included).
import type { Span } from '../../core/span.js';
import { cleanKnowledge, type BoilerplateRule, type BoilerplateWhere } from './knowledge.js';

/** Start and end rules look at this many characters of the line's edge only, which keeps long lines cheap. */
const EDGE_CHARS = 120;

function sliceFor(where: BoilerplateWhere, line: string): string {
  if (line.length <= EDGE_CHARS) return line;
  if (where === 'start') return line.slice(0, EDGE_CHARS);
  if (where === 'end') return line.slice(-EDGE_CHARS);
  return line;
}

/** The first removing rule that matches a line of `words` words, or null (one combined test per placement). */
export function matchBoilerplate(line: string, words: number): BoilerplateRule | null {
  for (const group of cleanKnowledge().combined) {
    if (words > group.maxWords) continue;
    const part = sliceFor(group.where, line);
    if (!group.regex.test(part)) continue;
    for (const rule of group.rules) if (words <= rule.maxWords && rule.regex.test(part)) return rule;
  }
  return null;
}

export interface CreditMatch {
  rule: BoilerplateRule;
  /** The whole credit, relative to the line. */
  span: Span;
  /** The credited name relative to the line, when the rule captures one. */
  name: Span | null;
}

/** Every source-credit rule that matches the line (inline credits included), with the credited name. */
export function findCredit(line: string): CreditMatch | null {
  for (const rule of cleanKnowledge().credits) {
    const m = rule.regex.exec(line);
    if (!m) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    const named = m.groups?.name;
    if (named === undefined) return { rule, span, name: null };
    const at = line.indexOf(named, m.index);
    return { rule, span, name: { start: at, end: at + named.trimEnd().length } };
  }
  return null;
}
