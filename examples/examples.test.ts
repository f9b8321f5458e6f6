// Checks that examples/expected.json agrees with the demo corpus: files, snippets, copies, stories, dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import iconv from 'iconv-lite';

interface Snippet { snippet: string; optional?: boolean }
interface Stance { holder: string[]; stance: string; evidence: string }
interface Claim { key: string; summary: string; stances: Stance[] }
interface Expected {
  language: string; title: string; outlet: string; published: string | null; published_evidence?: string;
  origin: { name: string; evidence: string } | null; copy_of?: string;
  body_first: string; body_last: string;
  removed: (Snippet & { kind: string })[]; dates: (Snippet & { value: string | null })[];
  quotes: (Snippet & { speaker: string[] | null; kind: string })[];
  claims: Claim[]; techniques: (Snippet & { label: string })[];
}
interface Copy { source: string; copy: string; kind: string; direction: string }
interface Story { id: string; title: string; members: string[]; independent: string[] }
interface Narrative { id: string; summary: string; claim_key: string; stories: string[] }
interface Corpus { articles: Record<string, Expected>; copies: Copy[]; stories: Story[]; narratives: Narrative[] }

const DIR = new URL('./', import.meta.url);
const corpus = JSON.parse(readFileSync(new URL('expected.json', DIR), 'utf8')) as Corpus;
const names = Object.keys(corpus.articles);

const STANCES = ['asserts', 'accuses', 'confirms', 'denies', 'doubts', 'cannot-confirm'];
const QUOTE_KINDS = ['direct', 'indirect', 'mixed'];
const REMOVED_KINDS = ['navigation', 'header', 'footer', 'caption', 'share', 'source-credit', 'related', 'advertising', 'other'];
const TECHNIQUES = ['Appeal_to_Authority', 'Appeal_to_Fear-Prejudice', 'Appeal_to_Hypocrisy', 'Appeal_to_Popularity',
  'Appeal_to_Time', 'Appeal_to_Values', 'Causal_Oversimplification', 'Consequential_Oversimplification',
  'Conversation_Killer', 'Doubt', 'Exaggeration-Minimisation', 'False_Dilemma-No_Choice', 'Flag_Waving',
  'Guilt_by_Association', 'Loaded_Language', 'Name_Calling-Labeling', 'Obfuscation-Vagueness-Confusion',
  'Questioning_the_Reputation', 'Red_Herring', 'Repetition', 'Slogans', 'Straw_Man', 'Whataboutism'];

/** The article text as the pipeline reads it: Windows-1252 for `.latin1.txt`, UTF-8 otherwise. */
function readArticle(name: string): string {
  const bytes = readFileSync(new URL(name, DIR));
  return name.includes('.latin1.') ? iconv.decode(bytes, 'win1252') : bytes.toString('utf8');
}
const texts = new Map(names.map((n) => [n, readArticle(n)]));
const textOf = (name: string): string => texts.get(name) ?? assert.fail(`no text for ${name}`);

/** The body region, from the first kept paragraph to the end of the last one; tags stripped for HTML. */
function bodyOf(name: string): string {
  const text = textOf(name);
  const a = corpus.articles[name];
  const start = text.indexOf(a.body_first);
  const end = text.indexOf(a.body_last, start) + a.body_last.length;
  assert.ok(start >= 0 && end > start, `${name}: body_first/body_last not found in order`);
  return text.slice(start, end).replace(/<[^>]+>/g, '');
}
const paragraphs = (body: string): string[] => body.split('\n').map((p) => p.trim()).filter((p) => p.length > 0);
const words = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

test('every article file exists and every corpus file is described', () => {
  const onDisk = readdirSync(DIR).filter((f) => /\.(txt|html)$/.test(f)).sort();
  assert.deepEqual(onDisk, [...names].sort());
  for (const n of names) assert.match(n, /^\d\d_[a-z0-9-]+_[a-z0-9-]+(\.latin1)?\.(txt|html)$/, n);
  assert.ok(onDisk.filter((f) => f.endsWith('.txt')).length >= 16, 'at least 16 plain-text articles');
  assert.ok(onDisk.some((f) => f.endsWith('.html')), 'one HTML article');
});

test('the corpus mixes French and English', () => {
  const count = (lang: string): number => names.filter((n) => corpus.articles[n].language === lang).length;
  assert.ok(count('fr') >= 9, `French articles: ${count('fr')}`);
  assert.ok(count('en') >= 6, `English articles: ${count('en')}`);
});

test('the Windows-1252 article is not UTF-8 and decodes to accented French', () => {
  for (const n of names.filter((f) => f.includes('.latin1.'))) {
    const bytes = readFileSync(new URL(n, DIR));
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), `${n} must not be valid UTF-8`);
    assert.match(textOf(n), /[éèàçœ’€]/u);
    assert.ok(!textOf(n).includes('\ufffd'));
  }
});

test('every snippet is an exact substring of its article', () => {
  for (const [n, a] of Object.entries(corpus.articles)) {
    const text = textOf(n);
    const need = (s: string, what: string): void => assert.ok(text.includes(s), `${n}: ${what} not found: ${JSON.stringify(s)}`);
    need(a.title, 'title');
    need(a.body_first, 'body_first');
    need(a.body_last, 'body_last');
    if (a.published_evidence) need(a.published_evidence, 'published_evidence');
    if (a.origin) need(a.origin.evidence, 'origin evidence');
    for (const r of a.removed) need(r.snippet, `removed (${r.kind})`);
    for (const d of a.dates) need(d.snippet, 'date');
    for (const q of a.quotes) need(q.snippet, 'quote');
    for (const c of a.claims) for (const s of c.stances) need(s.evidence, `stance of ${c.key}`);
    for (const t of a.techniques) need(t.snippet, `technique ${t.label}`);
  }
});

test('labels come from the contract vocabularies and every article is annotated', () => {
  for (const [n, a] of Object.entries(corpus.articles)) {
    assert.ok(a.quotes.length >= 5 && a.quotes.length <= 10, `${n}: ${a.quotes.length} quotes`);
    assert.ok(a.claims.flatMap((c) => c.stances).length >= 3, `${n}: too few stances`);
    for (const q of a.quotes) assert.ok(QUOTE_KINDS.includes(q.kind), `${n}: quote kind ${q.kind}`);
    for (const c of a.claims) for (const s of c.stances) assert.ok(STANCES.includes(s.stance), `${n}: ${s.stance}`);
    for (const r of a.removed) assert.ok(REMOVED_KINDS.includes(r.kind), `${n}: removed kind ${r.kind}`);
    for (const t of a.techniques) assert.ok(TECHNIQUES.includes(t.label), `${n}: technique ${t.label}`);
    for (const r of a.removed) assert.ok(!bodyOf(n).includes(r.snippet.trim()) || r.kind === 'caption', `${n}: removed text inside the body: ${r.snippet}`);
  }
});

test('article bodies are 250 to 700 words', () => {
  for (const n of names) {
    const count = words(bodyOf(n));
    assert.ok(count >= 250 && count <= 700, `${n}: ${count} words`);
  }
});

const WEEKDAYS: Record<string, number> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const weekdayOf = (iso: string): number => new Date(`${iso}T12:00:00Z`).getUTCDay();
const iso = (y: number, m: number, d: number): string => `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Every "weekday day month year" (French) or "Weekday, Month day, year" / "Weekday, day Month year" (English) in a text. */
function fullDates(text: string): { text: string; weekday: number; date: string }[] {
  const found: { text: string; weekday: number; date: string }[] = [];
  const sp = '[\\s\\u00a0\\u202f]+';
  const fr = new RegExp(`\\b(\\p{L}+)${sp}(\\d{1,2})${sp}(\\p{L}+)${sp}(\\d{4})`, 'giu');
  for (const m of text.matchAll(fr)) {
    const wd = WEEKDAYS[m[1].toLowerCase()], mo = MONTHS.indexOf(m[3].toLowerCase());
    if (wd !== undefined && mo >= 0) found.push({ text: m[0], weekday: wd, date: iso(+m[4], mo, +m[2]) });
  }
  for (const m of text.matchAll(/\b([A-Z][a-z]+day), ([A-Z][a-z]+) (\d{1,2}), (\d{4})/g)) {
    const mo = MONTHS_EN.indexOf(m[2].toLowerCase());
    if (mo >= 0) found.push({ text: m[0], weekday: WEEKDAYS[m[1].toLowerCase()], date: iso(+m[4], mo, +m[3]) });
  }
  for (const m of text.matchAll(/\b([A-Z][a-z]+day), (\d{1,2}) ([A-Z][a-z]+) (\d{4})/g)) {
    const mo = MONTHS_EN.indexOf(m[3].toLowerCase());
    if (mo >= 0) found.push({ text: m[0], weekday: WEEKDAYS[m[1].toLowerCase()], date: iso(+m[4], mo, +m[2]) });
  }
  return found;
}

test('weekdays agree with the calendar', () => {
  let checked = 0;
  for (const n of names) {
    for (const d of fullDates(textOf(n))) {
      assert.equal(weekdayOf(d.date), d.weekday, `${n}: "${d.text}" is not a ${d.text.split(/[\s,]/)[0]}`);
      checked++;
    }
    for (const d of corpus.articles[n].dates) {
      const word = d.snippet.toLowerCase().match(/\p{L}+/gu)?.find((w) => w in WEEKDAYS);
      if (word && d.value && /^\d{4}-\d\d-\d\d$/.test(d.value) && !/nuit|night|late|overnight/i.test(d.snippet)) {
        assert.equal(weekdayOf(d.value), WEEKDAYS[word], `${n}: ${d.snippet} → ${d.value}`);
        checked++;
      }
    }
  }
  assert.ok(checked >= 15, `only ${checked} weekday checks ran`);
});

test('copies reference existing files and really share their text', () => {
  const kinds = new Set(corpus.copies.map((c) => c.kind));
  for (const k of ['verbatim', 'edited', 'partial', 'translation']) assert.ok(kinds.has(k), `no ${k} copy`);
  for (const c of corpus.copies) {
    assert.ok(names.includes(c.source) && names.includes(c.copy), `${c.source} → ${c.copy}`);
    assert.ok(['known', 'inferred', 'unknown'].includes(c.direction));
    const src = paragraphs(bodyOf(c.source)), dst = paragraphs(bodyOf(c.copy));
    const shared = src.filter((p) => dst.includes(p)).length;
    if (c.kind === 'verbatim') assert.deepEqual(dst, src, `${c.copy} is not a verbatim copy of ${c.source}`);
    if (c.kind === 'partial') assert.ok(dst.every((p) => src.includes(p)) && dst.length < src.length, `${c.copy} is not a part of ${c.source}`);
    if (c.kind === 'edited') assert.ok(shared >= src.length / 2 && shared < src.length, `${c.copy}: ${shared}/${src.length} shared`);
    if (c.kind === 'translation') {
      assert.notEqual(corpus.articles[c.source].language, corpus.articles[c.copy].language);
      assert.equal(shared, 0);
      const numbers = (s: string): string[] => (s.match(/\d+/g) ?? []).sort();
      assert.deepEqual(numbers(bodyOf(c.copy)), numbers(bodyOf(c.source)), 'a translation keeps the numbers');
    }
  }
});

test('verbatim copies credit differently: one by name, one not at all', () => {
  const verbatim = corpus.copies.filter((c) => c.kind === 'verbatim' && corpus.articles[c.copy].copy_of === c.source);
  assert.ok(verbatim.some((c) => corpus.articles[c.copy].origin !== null));
  assert.ok(verbatim.some((c) => corpus.articles[c.copy].origin === null));
});

test('stories and narratives reference existing files, stories and claims', () => {
  const storyIds = new Set(corpus.stories.map((s) => s.id));
  for (const s of corpus.stories) {
    for (const m of [...s.members, ...s.independent]) assert.ok(names.includes(m), `${s.id}: ${m}`);
    for (const m of s.independent) assert.ok(s.members.includes(m));
  }
  assert.equal(new Set(corpus.stories.flatMap((s) => s.members)).size, names.length, 'each article in exactly one story');
  assert.ok(corpus.stories.filter((s) => s.independent.length >= 2).length >= 2, 'two stories told by several outlets');
  for (const nar of corpus.narratives) {
    assert.ok(nar.stories.length >= 2, `${nar.id} has fewer than two stories`);
    for (const id of nar.stories) {
      assert.ok(storyIds.has(id), `${nar.id}: unknown story ${id}`);
      const members = corpus.stories.find((s) => s.id === id)?.members ?? [];
      const keys = members.flatMap((m) => corpus.articles[m].claims.map((c) => c.key));
      assert.ok(keys.includes(nar.claim_key), `${nar.id}: story ${id} never states ${nar.claim_key}`);
    }
  }
});

test('the HTML article carries the page structure and metadata', () => {
  for (const n of names.filter((f) => f.endsWith('.html'))) {
    const html = textOf(n);
    for (const tag of ['<nav', '<header', '<article', '<figure', '<figcaption', '<aside', '<footer', 'share'])
      assert.ok(html.includes(tag), `${n}: no ${tag}`);
    for (const meta of ['og:site_name', 'og:title', 'article:published_time', '"@type": "NewsArticle"'])
      assert.ok(html.includes(meta), `${n}: no ${meta}`);
    assert.ok(existsSync(new URL(n, DIR)));
  }
});
