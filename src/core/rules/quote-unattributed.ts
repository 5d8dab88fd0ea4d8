import attribution from '../data/attribution.json';
import names from '../data/names.json';
import type { Attribution, Quotation, Story } from '../story';
import { isSpace } from '../text';
import { defineRule } from './util';

/** Speech words with other senses (`the report states`, `the sign read`): they attribute only beside a quote. */
const NOT_ONLY_SPEECH = new Set(attribution.notOnlySpeech);
/** Heads of speakers that are organisations, documents or data: their words do not carry to the next paragraph. */
const NOT_PERSONS = new Set(attribution.notPersons);
const NOT_GIVEN = new Set(names.notGivenNames);
/** Words that end a speaker written after its verb (`said the ministry in a statement`, `according to data from`). */
const SPEAKER_STOP = /^(in|on|at|of|from|by|for|to|with|who|which|that|when|after|before|as|and|but|while)$/;
/** Words before a full stop that do not end a sentence: `Sen. Jo Bell`, `U.S. officials`. */
const ABBREVIATION =
  /^(?:\p{Lu}|(?:\p{L}\.)+\p{L}?|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Prof|Rev|Mt|Ft|Jan|Feb|Aug|Sept|Oct|Nov|Dec)$/u;
const PRONOUN = /^(he|she|they|it|we|I)$/i;
/** Words that cannot be the speaker before a verb: `the notes`, `its read`. */
const NOT_A_SPEAKER = /^(the|a|an|its|their|his|her|our|my|your|this|that|these|those|which|whose|of|to|and|or|no)$/;

/** The quote carries its own attribution signal: `“…,” X typed` or `X wrote: “…”`. */
function signalsAttribution(story: Story, q: Quotation): boolean {
  const text = story.text;
  const p = story.paragraphs[q.paragraph]!;
  // A comma (or ? !) inside the closing mark followed by words: the attribution follows the quote.
  if (
    q.close &&
    /[,?!]/.test(text[q.close.start - 1] ?? '') &&
    /^\s*\p{L}/u.test(text.slice(q.close.end, q.close.end + 3))
  ) {
    return true;
  }
  // A colon or comma before the quote introduces it.
  return !!q.open && q.open.start > p.start + 2 && /[:,]\s*$/.test(text.slice(q.open.start - 3, q.open.start));
}

/** A quoted title rather than a quotation: a few capitalised words with no sentence punctuation (`“Some Show”`). */
function isTitle(text: string, q: Quotation): boolean {
  if (q.contentEnd - q.contentStart > 80) return false;
  const inner = text.slice(q.contentStart, q.contentEnd).trim().replace(/[,;]$/, '');
  if (inner.length === 0 || /[.?!…:]/.test(inner)) return false;
  const words = inner.split(/\s+/);
  if (words.length > 8) return false;
  // Every word but the short joining ones is capitalised: `The Art of War`, `Some Show`.
  return words.every(
    (w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && /^(a|an|the|of|and|or|in|on|at|to|for|with|from|by)$/.test(w)),
  );
}

/** A sentence is read back at most this far: a longer run without a full stop counts from here. */
const MAX_SENTENCE = 600;
/** The longest word ABBREVIATION is tried on: longer ones (`N.Y.C.` and the like are far shorter) are words. */
const MAX_ABBREVIATION = 20;

/** Where the last sentence of [start, end) of the blanked text begins (quotations are blanks there). */
function lastSentenceStart(u: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(u.charCodeAt(e - 1))) e--;
  const floor = Math.max(start, e - MAX_SENTENCE);
  for (let i = e - 2; i > floor; i--) {
    const c = u[i];
    if ((c !== '.' && c !== '!' && c !== '?') || !isSpace(u.charCodeAt(i + 1))) continue;
    let j = i + 1;
    while (j < e && isSpace(u.charCodeAt(j))) j++;
    if (!/[\p{Lu}\p{N}]/u.test(u[j] ?? '')) continue;
    // The word before the stop, read back no further than an abbreviation can run (`U.S.A.`, `Capt`): a longer
    // word is not one, and reading it all again for every quote after it would cost its whole length each time.
    let w = i;
    const wordFloor = Math.max(start, i - MAX_ABBREVIATION - 1);
    while (w > wordFloor && !isSpace(u.charCodeAt(w - 1))) w--;
    const whole = w === start || isSpace(u.charCodeAt(w - 1));
    if (c === '.' && whole && ABBREVIATION.test(u.slice(w, i))) continue;
    return j;
  }
  return floor;
}

/** The speech word counts as attribution: a plain speech verb, or a word of other senses beside a quote. */
function isSpeech(a: Attribution): boolean {
  return a.quote !== undefined || !NOT_ONLY_SPEECH.has(a.verb.text.toLowerCase());
}

const headWord = (w: string): string => w.toLowerCase().replace(/['’]s$/, '');

/** The words are spoken by a person (or `he`, `she` …), not by an organisation, a document or a set of figures. */
function byPerson(story: Story, a: Attribution): boolean {
  const u = story.unquoted;
  const verb = a.verb.text.toLowerCase().replace(/\s+/g, ' ');
  if (verb === 'in a statement') return false;
  const s = a.speaker;
  if (s) {
    if (PRONOUN.test(s.text)) return true;
    const lead = u.slice(Math.max(0, s.start - 6), s.start);
    // `officials at the Trade Office said`, `a spokesman for Acme Corp said`: the name qualifies the speaker.
    if (/\b(at|of|for|from|with)\s+(the\s+)?$/i.test(u.slice(Math.max(0, s.start - 10), s.start))) return true;
    // `the Kremlin said`, `the White House said`: an institution.
    if (/\bthe\s+$/i.test(lead)) return false;
    const words = s.text.split(/\s+/);
    return !NOT_PERSONS.has(headWord(words[words.length - 1]!));
  }
  // No capitalised speaker: read the noun the verb is said of.
  const v = a.verb;
  let b = v.start;
  while (b > 0 && isSpace(u.charCodeAt(b - 1))) b--;
  const before = /[\p{L}\p{N}'’]$/u.test(u.slice(b - 1, b)) && verb !== 'according to';
  if (before) {
    // `the ministry said`, `a spokeswoman said`: the word before the verb is the speaker's head.
    let w = b;
    while (w > 0 && !isSpace(u.charCodeAt(w - 1))) w--;
    const head = headWord(u.slice(w, b));
    // `the notes will be offered`: a word after a determiner is not a verb of speech.
    return !NOT_PERSONS.has(head) && !NOT_A_SPEAKER.test(head);
  }
  // `said the ministry in a statement`, `according to figures from the bureau`: the words up to a stop word.
  const after = u.slice(v.end, Math.min(u.length, v.end + 60));
  const words: string[] = [];
  for (const raw of after.trimStart().split(/\s+/)) {
    const w = raw.replace(/[.,;:!?)]+$/, '');
    if (!w || SPEAKER_STOP.test(w) || (words.length > 0 && /ed$/.test(w))) break;
    words.push(w);
    if (w !== raw) break;
  }
  if (words.length === 0) return false;
  return !NOT_PERSONS.has(headWord(words[words.length - 1]!));
}

/**
 * The paragraph ends by attributing speech: its last sentence holds an attributed quote (`“…,” the company said.`),
 * or a person's (or a pronoun's) speech verb (`She said the talks had failed.`). Indirect speech of an organisation,
 * a document or a set of figures (`the ministry said prices rose`, `according to figures`) does not count.
 */
function endsWithSpeech(story: Story, attrs: readonly Attribution[], pIndex: number): boolean {
  const p = story.paragraphs[pIndex]!;
  const from = lastSentenceStart(story.unquoted, p.start, p.end);
  for (const a of attrs) {
    if (a.verb.start < from) continue;
    if (a.quote !== undefined || (isSpeech(a) && byPerson(story, a))) return true;
  }
  return false;
}

/** The sentence leading into the quote, in its own paragraph, is about a named person or opens with he or she. */
function ledByPerson(story: Story, q: Quotation, surnames: ReadonlySet<string>): boolean {
  const p = story.paragraphs[q.paragraph]!;
  const u = story.unquoted;
  const from = lastSentenceStart(u, p.start, q.start);
  const lead = u.slice(from, q.start);
  if (!/\p{L}/u.test(lead)) return false;
  if (/^\s*(He|She|I|We)\b/.test(lead)) return true;
  // A given name and a surname (`Jane Doe`), or the surname of a person quoted elsewhere in the story.
  for (const m of lead.matchAll(/\b(\p{Lu}\p{Ll}+)(?:\s+(?:\p{Lu}\.\s*)*(\p{Lu}[\p{L}'’-]+))?/gu)) {
    const first = m[1]!;
    if (m[2] && !NOT_GIVEN.has(first) && !NOT_PERSONS.has(m[2].toLowerCase())) return true;
    if (surnames.has(m[2] ?? first)) return true;
  }
  return false;
}

export default defineRule(
  {
    id: 'quote-unattributed',
    description:
      'A paragraph with a full-sentence quote says who said it (a quote that runs on from the previous paragraph counts as attributed there).',
    category: 'attribution',
    defaultSeverity: 'warning',
    fixable: 'none',
    profiles: 'all',
  },
  (story, ctx) => {
    const text = story.text;
    // Flags per paragraph (typed arrays rather than sets: a long file has tens of thousands of paragraphs).
    const n = story.paragraphs.length;
    const attributed = new Uint8Array(n);
    // Each paragraph's attributions, in order: story.attributions[attrFrom[i], attrTo[i]).
    const attrFrom = new Int32Array(n);
    const attrTo = new Int32Array(n);
    story.attributions.forEach((a, k) => {
      if (attrTo[a.paragraph] === 0) attrFrom[a.paragraph] = k;
      attrTo[a.paragraph] = k + 1;
      if (isSpeech(a)) attributed[a.paragraph] = 1;
    });
    const attrsOf = (i: number): Attribution[] => story.attributions.slice(attrFrom[i], attrTo[i]);
    for (const q of story.quotations) if (signalsAttribution(story, q)) attributed[q.paragraph] = 1;
    const RUNS_FROM = 1;
    const RUNS_TO = 2;
    const runs = new Uint8Array(n);
    for (const x of story.quotations) {
      if (x.continuesFromPrevious) runs[x.paragraph]! |= RUNS_FROM;
      if (x.continuesToNext) runs[x.paragraph]! |= RUNS_TO;
    }
    const continuing = (i: number, dir: 'from' | 'to'): boolean =>
      (runs[i]! & (dir === 'from' ? RUNS_FROM : RUNS_TO)) !== 0;
    // The surnames of the people quoted in the story, built when first needed.
    let surnames: Set<string> | undefined;
    const knownSurnames = (): Set<string> => {
      if (surnames) return surnames;
      surnames = new Set();
      for (const a of story.attributions) {
        const s = a.speaker;
        if (!s || !byPerson(story, a) || PRONOUN.test(s.text)) continue;
        const w = s.text.split(/\s+/);
        const last = w[w.length - 1]!;
        if (!NOT_GIVEN.has(last)) surnames.add(last);
      }
      return surnames;
    };
    // Whether a run of continuing paragraphs reaches an attributed one, backwards and forwards from each paragraph:
    // worked out once for all, so a long run is walked once, not once per quote in it.
    const ATTRIBUTED_BEFORE = 1;
    const ATTRIBUTED_AFTER = 2;
    const inRun = new Uint8Array(n);
    for (let i = 1; i < n; i++)
      if (continuing(i, 'from') && (attributed[i - 1] === 1 || (inRun[i - 1]! & ATTRIBUTED_BEFORE) !== 0))
        inRun[i]! |= ATTRIBUTED_BEFORE;
    for (let i = n - 2; i >= 0; i--)
      if (continuing(i, 'to') && (attributed[i + 1] === 1 || (inRun[i + 1]! & ATTRIBUTED_AFTER) !== 0))
        inRun[i]! |= ATTRIBUTED_AFTER;
    // Whether a paragraph holds a small letter, looked up once per paragraph (0: not yet, 1: yes, 2: no).
    const lower = new Uint8Array(n);
    const flagged = new Uint8Array(n);
    for (const q of story.quotations) {
      // An unclosed quote is reported by quote-balance; its extent (and so its attribution) is unknown.
      if (!q.full || !q.close || flagged[q.paragraph] || attributed[q.paragraph]) continue;
      const p = story.paragraphs[q.paragraph]!;
      // A subhead in capitals ("“BENIGN” WEATHER") is not a quote paragraph.
      if (lower[p.index] === 0) lower[p.index] = /\p{Ll}/u.test(text.slice(p.start, p.end)) ? 1 : 2;
      if (lower[p.index] === 2) continue;
      // A quoted title (`“Some Show” actress`, `the book “A Title”`) is not a quotation.
      if (isTitle(text, q)) continue;
      // A quote running over several paragraphs: the attribution may stand in any paragraph of the run.
      let ok = inRun[q.paragraph] !== 0;
      // The same speaker goes on: a paragraph opening with a quote straight after one that ends by attributing
      // speech (`“…,” Smith said.`, `She said the talks had failed.`); not `the ministry said prices rose.`
      const prev = story.paragraphs[q.paragraph - 1];
      if (!ok && prev && prev.role === 'body' && q.start === p.start)
        ok = endsWithSpeech(story, attrsOf(prev.index), prev.index);
      // A paragraph ending in a colon introduces the quote that follows.
      if (!ok && prev && text[prev.end - 1] === ':') ok = true;
      // The sentence leading into the quote names its speaker: `Jane Doe was blunt. “We will fight on.”`
      if (!ok && q.start > p.start && ledByPerson(story, q, knownSurnames())) ok = true;
      if (ok) continue;
      flagged[q.paragraph] = 1;
      ctx.report({
        start: q.start,
        end: q.close ? q.close.end : Math.min(q.end, q.start + 1),
        message: 'This quote has no attribution in its paragraph. Say who said it ("…," Smith said).',
      });
    }
  },
);
