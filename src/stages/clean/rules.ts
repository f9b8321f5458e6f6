// Matches lines against the boilerplate rules of src/knowledge/<lang>/boilerplate*.yaml (credits included).
import type { Span } from '../../core/span.js';
import { cleanKnowledge, type BoilerplateRule } from './knowledge.js';

/** The first removing rule that matches a line of `words` words, or null (one combined test rejects most lines). */
export function matchBoilerplate(line: string, words: number): BoilerplateRule | null {
  const k = cleanKnowledge();
  if (words > 80 || !k.anyRemoving.test(line)) return null;
  for (const rule of k.rules) {
    if (rule.remove && words <= rule.maxWords && rule.regex.test(line)) return rule;
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
  for (const rule of cleanKnowledge().rules) {
    if (rule.kind !== 'source-credit') continue;
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
