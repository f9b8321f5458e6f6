// Finds who speaks at a cue: its subject, an inverted subject, a pronoun resolved to the last compatible speaker.
import type { Entity, EntityType, QuoteSpeaker } from '../../core/article.js';
import type { LangIndex } from '../segment/lexicon-index.js';
import type { TokenView } from '../entities/chunks.js';
import type { Cue } from './cues.js';

interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
}

const QUOTE_MARK = /^[«»“”„"‹›]$/;
const SPEAKING_FORMS = new Set(['name', 'short', 'alias', 'metonym', 'nominal']);
const MAX_BACK = 30;
/** How many tokens a role phrase and the name after it may span ("la porte-parole du ministère …, Maria Zakharova"). */
const ROLE_REACH = 16;
const TERMINAL_OR_STOP = /^[.!?…;:«»“”„"‹›()]$/;
/** How far back a subject or an antecedent is looked for: bounds the work on pathological texts. */
const MAX_SUBJECT_WINDOW = 80;
const MAX_HISTORY = 200;

/** Resolves speakers in text order, remembering who spoke last for pronouns and floating quotes. */
export class SpeakerResolver {
  private readonly byStart = new Map<number, MentionRef>();
  private readonly byEnd = new Map<number, MentionRef>();
  private readonly history: MentionRef[] = [];
  /** Where each remembered speaker was attributed (its mention or the pronoun standing for it). */
  private readonly historyAt: number[] = [];
  /** Speaking mentions by start offset, for a bounded backward search. */
  private readonly sorted: MentionRef[];
  private lastSpoken: QuoteSpeaker | null = null;

  constructor(
    readonly view: TokenView,
    private readonly idx: LangIndex,
    entities: readonly Entity[],
  ) {
    for (const entity of entities) {
      for (const m of entity.mentions) {
        if (!SPEAKING_FORMS.has(m.form)) continue;
        const ref = { start: m.start, end: m.end, entity };
        this.byStart.set(m.start, ref);
        this.byEnd.set(m.end, ref);
      }
    }
    this.sorted = [...this.byStart.values()].sort((a, b) => a.start - b.start);
  }

  /** Index in `sorted` of the last mention starting before `offset`, or -1. */
  private lastRefBefore(offset: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  private tok(i: number): string {
    const t = this.view.tokens[i];
    return t ? this.view.text.slice(t.start, t.end) : '';
  }

  private sameSentence(a: number, b: number): boolean {
    return this.view.sentenceOf[a] === this.view.sentenceOf[b];
  }

  /** The speaker of a cue, or null when neither a subject nor a pronoun can be found. */
  speakerOf(cue: Cue, contentAfter = false): QuoteSpeaker | null {
    if (cue.clitic >= 0) return this.pronoun(cue.clitic);
    const before = cue.first - 1;
    // ", insistant sur le fait que …" / ", saying …": a participle's subject is its sentence's subject.
    if (before >= 0 && this.tok(before) === ',' && /(?:ing|ant)$/.test(this.view.folded[cue.verb]))
      return this.sentenceSubject(cue.first);
    const inverted =
      before < 0 ||
      !this.sameSentence(before, cue.first) ||
      this.tok(before) === ',' ||
      QUOTE_MARK.test(this.tok(before));
    // "X, who watched on the Mall, said": after an apposition the speaker is the sentence's subject.
    if (
      before >= 0 &&
      this.tok(before) === ',' &&
      !QUOTE_MARK.test(this.tok(before - 1)) &&
      this.sameSentence(before, cue.first)
    ) {
      const subject = (contentAfter ? null : this.after(cue.last)) ?? this.sentenceSubject(cue.first);
      if (subject) return subject;
    }
    if (contentAfter) return this.subjectBefore(before, cue.first);
    const found = inverted
      ? (this.after(cue.last) ?? this.subjectBefore(before, cue.first))
      : (this.subjectBefore(before, cue.first) ?? this.after(cue.last));
    return found;
  }

  /** The last speaker, as it was named at its last quote, for a quote that has no cue of its own. */
  last(): QuoteSpeaker | null {
    if (this.lastSpoken) return this.lastSpoken;
    const ref = this.history[this.history.length - 1];
    return ref ? this.toSpeaker(ref) : null;
  }

  /** Records who spoke at a cue, so that the next quote without a cue can be given to them. */
  noteSpoken(speaker: QuoteSpeaker | null): void {
    if (speaker) this.lastSpoken = speaker;
  }

  private remember(ref: MentionRef): QuoteSpeaker {
    this.history.push(ref);
    this.historyAt.push(ref.start);
    return this.toSpeaker(ref);
  }

  private toSpeaker(ref: MentionRef, at: { start: number; end: number } = ref): QuoteSpeaker {
    return { name: ref.entity.name, entity: ref.entity.id, start: at.start, end: at.end };
  }

  /** Scans back from token `k` within the sentence for the nearest mention not governed by a preposition. */
  private subjectBefore(k: number, cueFirst: number): QuoteSpeaker | null {
    for (let i = k; i >= 0 && cueFirst - i <= MAX_BACK && this.sameSentence(i, cueFirst); i--) {
      const t = this.tok(i);
      if (QUOTE_MARK.test(t) || this.idx.complementizers.has(this.view.folded[i])) break;
      // "…, sources said": a comma after the subject's words closes the search; right before the cue it is an apposition.
      if ((t === ',' || t === ';') && i < k) break;
      if (i === k && this.idx.pronouns.has(this.view.folded[i])) return this.pronoun(i);
      const ref = this.byEnd.get(this.view.tokens[i].end);
      if (!ref) {
        // "Un porte-parole du SEAE a précisé": an unnamed role holder, from its determiner to the cue.
        if (this.idx.roles.match(this.view.folded, i, this.view.quick) && !this.governed(i))
          return this.rolePhrase(i, k);
        continue;
      }
      const first = this.tokenAt(ref.start);
      if (this.governed(first)) {
        i = first;
        continue;
      }
      return this.remember(ref);
    }
    return i0NounPhrase(this, k, cueFirst);
  }

  /** Whether a preposition governs the phrase starting at token i ("on the Mall", "du Kremlin"). */
  private governed(i: number): boolean {
    let k = i - 1;
    while (
      k >= 0 &&
      this.sameSentence(k, i) &&
      this.idx.determiners.has(this.view.folded[k]) &&
      !this.idx.prepositions.has(this.view.folded[k])
    )
      k--;
    return k >= 0 && this.sameSentence(k, i) && this.idx.prepositions.has(this.view.folded[k]);
  }

  /** The first mention of the sentence that no preposition governs, before token `until`. */
  sentenceSubject(until: number): QuoteSpeaker | null {
    let i = Math.max(this.view.sentFirst[this.view.sentenceOf[until]] ?? 0, until - MAX_SUBJECT_WINDOW, 0);
    for (; i < until; i++) {
      if (QUOTE_MARK.test(this.tok(i))) return null;
      const ref = this.byStart.get(this.view.tokens[i].start);
      if (!ref) continue;
      if (this.governed(i)) continue;
      return this.remember(ref.entity.type === 'person' ? ref : (this.appositionPerson(i, until) ?? ref));
    }
    return null;
  }

  /**
   * The person named between commas after the subject's first words ("Le ministre ukrainien des Affaires
   * étrangères, Dmytro Kouleba, a …"), before token `until`: the subject itself, which the role phrase introduces.
   */
  private appositionPerson(from: number, until: number): MentionRef | null {
    for (let i = from + 1; i < until && i - from <= MAX_SUBJECT_WINDOW; i++) {
      const t = this.tok(i);
      if (QUOTE_MARK.test(t) || t === ';') return null;
      if (t !== ',') continue;
      const ref = this.byStart.get(this.view.tokens[i + 1]?.start ?? -1);
      if (!ref) return null;
      const after = this.tokenAt(ref.end);
      return ref.entity.type === 'person' && after < until && this.tok(after) === ',' ? ref : null;
    }
    return null;
  }

  /** A speaker named right after the cue ("said Smith", "dit le représentant"). */
  after(k: number): QuoteSpeaker | null {
    for (let i = k; i < k + 4 && i < this.view.tokens.length && this.sameSentence(i, k); i++) {
      const ref = this.byStart.get(this.view.tokens[i].start);
      if (ref) return this.remember(ref);
      const w = this.view.folded[i];
      if (this.idx.roles.match(this.view.folded, i, this.view.quick)) return this.afterRole(k, i);
      if (!(this.idx.determiners.has(w) || this.idx.preModifiers.has(w))) {
        // "…, said he." — but in "…, said he would go" the pronoun is the content's own subject.
        if (i === k && this.idx.pronouns.has(w) && /^[.,;!?…]$/.test(this.tok(i + 1))) return this.pronoun(i);
        return null;
      }
    }
    return null;
  }

  /**
   * "dit la porte-parole du ministère, Maria Zakharova": past a role phrase, the person it names (after a comma or
   * right away); else the role phrase itself ("a précisé un porte-parole du SEAE") as an unnamed speaker.
   */
  private afterRole(from: number, role: number): QuoteSpeaker | null {
    let end = role;
    for (
      let j = role + 1;
      j < role + ROLE_REACH && j < this.view.tokens.length && this.sameSentence(j, role);
      j++
    ) {
      const t = this.tok(j);
      if (TERMINAL_OR_STOP.test(t) || this.idx.complementizers.has(this.view.folded[j])) break;
      const ref = this.byStart.get(this.view.tokens[j].start);
      const named = j === role + 1 || (this.tok(j - 1) === ',' && j - 1 === end + 1);
      if (ref && ref.entity.type === 'person' && named) return this.remember(ref);
      if (t === ',' && this.personAt(j + 1)) continue;
      if (t === ',') break;
      if (ref) j = this.tokenAt(ref.end) - 1;
      end = j;
    }
    return this.phrase(from, end);
  }

  private rolePhrase(role: number, k: number): QuoteSpeaker | null {
    let from = role;
    // Back over premodifiers and demonyms ("senior Ukrainian officials"), then the determiner.
    while (
      from > 0 &&
      role - from < 3 &&
      this.sameSentence(from - 1, role) &&
      (this.idx.preModifiers.has(this.view.folded[from - 1]) ||
        this.idx.demonyms.match(this.view.folded, from - 1, this.view.quick)?.length === 1)
    )
      from--;
    const place = from > 0 ? this.byEnd.get(this.view.tokens[from - 1].end) : undefined;
    if (place && place.entity.type === 'location' && this.sameSentence(from - 1, role))
      from = this.tokenAt(place.start);
    if (from > 0 && this.idx.determiners.has(this.view.folded[from - 1])) from--;
    let to = k;
    while (to > role && (this.isVerbal(to) || this.view.tokens[to].kind !== 'word')) to--;
    return this.phrase(from, to);
  }

  private personAt(j: number): boolean {
    const t = this.view.tokens[j];
    return t !== undefined && this.byStart.get(t.start)?.entity.type === 'person';
  }

  /** Tokens [from, to] as an unnamed speaker. */
  private phrase(from: number, to: number): QuoteSpeaker {
    const start = this.view.tokens[from].start;
    const end = this.view.tokens[to].end;
    return { name: this.view.text.slice(start, end), entity: null, start, end };
  }

  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.view.tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.view.tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * A pronoun resolved to the last compatible speaker, unless a compatible mention opens a sentence since that
   * speaker was last attributed, in the pronoun's sentence or the one before ("Kanaani a rejeté ces accusations.
   * « … », a-t-il déclaré"): that newer subject is meant. Without a speaker, the nearest earlier compatible mention.
   */
  pronoun(i: number): QuoteSpeaker {
    const t = this.view.tokens[i];
    const word = this.view.folded[i].replace(/^.*-(?=(?:il|elle|on|ils|elles)$)/, '');
    const p = this.idx.pronouns.get(word);
    const fits = (type: EntityType): boolean =>
      p?.number === 'pl' || p?.gender === 'n' ? type !== 'person' : type === 'person';
    let best: MentionRef | null = null;
    const from = this.lastRefBefore(t.start);
    for (let r = from; r >= 0 && !best && from - r < MAX_HISTORY; r--) {
      const ref = this.sorted[r];
      if (ref.end <= t.start && fits(ref.entity.type)) best = ref;
    }
    for (let h = this.history.length - 1; h >= 0 && this.history.length - h <= MAX_HISTORY; h--) {
      if (!fits(this.history[h].entity.type)) continue;
      const subject = best ? this.newerSubject(best, i, fits) : null;
      if (subject && subject.start > this.historyAt[h] && subject.entity !== this.history[h].entity)
        return this.rememberAt(subject, t);
      return this.rememberAt(this.history[h], t);
    }
    if (best) return this.rememberAt(best, t);
    return { name: this.view.text.slice(t.start, t.end), entity: null, start: t.start, end: t.end };
  }

  /**
   * The first compatible mention of the sentence holding `near`, when that sentence is the pronoun's (token i) or
   * the one before it: the subject a pronoun most likely takes up.
   */
  private newerSubject(near: MentionRef, i: number, fits: (type: EntityType) => boolean): MentionRef | null {
    const sentence = this.view.sentenceOf[this.tokenAt(near.start)];
    const own = this.view.sentenceOf[i];
    if (sentence !== own && sentence !== own - 1) return null;
    let first = near;
    for (let r = this.lastRefBefore(near.start); r >= 0; r--) {
      const ref = this.sorted[r];
      if (this.view.sentenceOf[this.tokenAt(ref.start)] !== sentence) break;
      if (fits(ref.entity.type)) first = ref;
    }
    return first;
  }

  private rememberAt(ref: MentionRef, at: { start: number; end: number }): QuoteSpeaker {
    this.history.push(ref);
    this.historyAt.push(at.start);
    return this.toSpeaker(ref, at);
  }

  /** A phrase that can name a speaker: it opens with a determiner, a capital, a number, or holds a role noun. */
  private looksNominal(from: number, to: number): boolean {
    const w = this.view.folded[from];
    // A determiner or function word alone ("Un", "The") names nobody.
    if (from === to && (this.idx.functionWords.has(w) || this.idx.determiners.has(w))) return false;
    if (this.idx.determiners.has(w) || this.idx.indefinites.has(w) || /^[\p{Lu}\p{N}]/u.test(this.tok(from)))
      return true;
    // A short phrase ending in a plural noun ("top black lawmakers") names a group of speakers.
    const last = this.view.folded[to];
    if (
      to - from < 3 &&
      /s$/.test(last) &&
      !this.idx.functionWords.has(last) &&
      !this.idx.prepositions.has(last)
    )
      return true;
    for (let i = from; i <= to; i++)
      if (this.idx.roles.match(this.view.folded, i, this.view.quick)) return true;
    return false;
  }

  /** Whether tokens [first, last) name a speaker (a mention or an all-capitals name), without remembering it. */
  isNamed(first: number, last: number): boolean {
    const ref = this.byStart.get(this.view.tokens[first].start);
    if (ref && ref.end === this.view.tokens[last - 1].end) return true;
    const text = this.view.text.slice(this.view.tokens[first].start, this.view.tokens[last - 1].end);
    return /^[\p{Lu}\s.'-]+$/u.test(text) && /\p{Lu}{2}/u.test(text);
  }

  /** A speaker named by a mention spanning tokens [first, last), or by an all-capitals name ("WALLACE"). */
  named(first: number, last: number): QuoteSpeaker | null {
    const ref = this.byStart.get(this.view.tokens[first].start);
    if (ref && ref.end === this.view.tokens[last - 1].end) return this.remember(ref);
    const start = this.view.tokens[first].start;
    const end = this.view.tokens[last - 1].end;
    const text = this.view.text.slice(start, end);
    return /^[\p{Lu}\s.'-]+$/u.test(text) && /\p{Lu}{2}/u.test(text)
      ? { name: text, entity: null, start, end }
      : null;
  }

  /** The words after a source marker ("according to exit polls") as the speaker, up to the comma. */
  nounPhraseAfter(k: number): QuoteSpeaker | null {
    let i = k;
    while (
      i < this.view.tokens.length &&
      i - k < 25 &&
      this.sameSentence(i, k) &&
      !/^[,;:.!?…]$/.test(this.tok(i))
    )
      i++;
    if (i === k) return null;
    const start = this.view.tokens[k].start;
    const end = this.view.tokens[i - 1].end;
    return { name: this.view.text.slice(start, end), entity: null, start, end };
  }

  /** The words right before the cue as an unnamed speaker ("officials said"), or null. */
  nounPhraseBefore(k: number, cueFirst: number): QuoteSpeaker | null {
    let i = k;
    while (
      i >= 0 &&
      k - i < 5 &&
      this.sameSentence(i, cueFirst) &&
      this.view.tokens[i].kind === 'word' &&
      !this.idx.complementizers.has(this.view.folded[i])
    )
      i--;
    if (i === k) return null;
    let from = i + 1;
    // A leading preposition is not part of the speaker; "des" may also be an article ("Des analystes").
    while (
      from <= k &&
      this.idx.prepositions.has(this.view.folded[from]) &&
      !this.idx.indefinites.has(this.view.folded[from])
    )
      from++;
    // "La diplomate n’a pas": negation and auxiliaries before the cue are not part of the speaker.
    let to = k;
    while (to >= from && this.isVerbal(to)) to--;
    if (from > to) return null;
    if (!this.looksNominal(from, to)) return null;
    const start = this.view.tokens[from].start;
    const end = this.view.tokens[to].end;
    return { name: this.view.text.slice(start, end), entity: null, start, end };
  }

  /** A negation or auxiliary: it can sit between a subject and its verb but never ends a speaker. */
  private isVerbal(i: number): boolean {
    return (
      this.idx.negations.has(this.view.folded[i]) ||
      this.idx.auxiliaries.match(this.view.folded, i, this.view.quick) !== null
    );
  }
}

function i0NounPhrase(r: SpeakerResolver, k: number, cueFirst: number): QuoteSpeaker | null {
  return r.nounPhraseBefore(k, cueFirst);
}
