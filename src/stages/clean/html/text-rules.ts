// Boilerplate rules read from a block's own text: calls to action, credits, bylines and datelines.
import type { BlockFeatures } from './features.js';
import type { Verdict } from './rules.js';
import { PROMO_CUES, TEXT_PATTERNS, TEXT_THRESHOLDS } from './vocabulary.js';

const CLOCK = /\b\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?/iu;
const YEAR = /\b(?:19|20)\d{2}\b/u;
const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/u;

/** Short calls to action: subscribe, follow us, read more, contact the author. */
export function promoVerdict(f: BlockFeatures): Verdict | null {
  if (f.words > TEXT_THRESHOLDS.promoMaxWords) return null;
  const lower = f.text.toLowerCase();
  for (const cue of PROMO_CUES) {
    if (cue.phrases.some((p) => lower.includes(p))) return { kind: cue.kind, rule: cue.id };
  }
  return null;
}

/** Image credits, bylines and datelines. */
export function creditVerdict(f: BlockFeatures): Verdict | null {
  for (const p of TEXT_PATTERNS) {
    if (f.words <= p.maxWords && p.pattern.test(f.text)) return { kind: p.kind, rule: p.id };
  }
  if (f.words <= TEXT_THRESHOLDS.datelineMaxWords && isDateLike(f.text)) {
    return { kind: 'header', rule: 'html.text.date-only' };
  }
  return null;
}

/** A clock time with a year or numeric date: "Nov. 20, 2019, 9:28 AM UTC", "05/10/2018 - 14h30". */
function isDateLike(text: string): boolean {
  return CLOCK.test(text) && (YEAR.test(text) || NUMERIC_DATE.test(text) || /\b(?:am|pm)\b/i.test(text));
}
