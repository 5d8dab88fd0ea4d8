import names from '../data/names.json';
import { PRONOUNS } from '../story';
import { defineRule, suggest } from './util';

const NOT_GIVEN = new Set(names.notGivenNames);
const PLURALS = new Set(names.plurals);
/** Words before a plural (`many Democrats`) or a common noun (`one Democrat`), never before a person's name. */
const COUNT_WORDS = 'a an one every each any many some most few all other fellow these those two three four five more'
  .split(' ')
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join('|');

/** The capitalised words that come after a word of number in `u` (`many Democrats`, `a Democrat`), in one pass. */
function countedWords(u: string): Set<string> {
  const re = new RegExp(`(?<![\\p{L}'’-])(?:${COUNT_WORDS})\\s+(\\p{Lu}\\p{Ll}+)(?![\\p{L}'’-])`, 'gu');
  const out = new Set<string>();
  for (const m of u.matchAll(re)) out.add(m[1]!);
  return out;
}
// A given name, optional initials, and a surname such as Smith, O'Brien, McCain, DePasquale or Lloyd-Jones.
const SURNAME = "(?:O['’]|Mc|Mac|De|Di|La|Le|Van|Von)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?";
// A given name and optional initials before a surname.
const GIVEN = '\\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\\s+(?:(?:[A-Z]\\.)+\\s*)?';
const SURNAME_RE = new RegExp(`^${SURNAME}$`);
/** Words that open a sentence and are never given names: `Another Acme executive`, `Neither Smith nor …`. */
const OPENERS =
  /^(Another|Neither|Either|Each|Every|Both|Such|Some|Many|Most|Few|Other|Several|All|Any|No|Only|Even|Still|Yet|Then|Now|Once)$/;
/** Words after a name that make it part of an organisation's name: `Morgan Stanley Capital`, `Jane Doe Inc`. */
const ORG_AFTER =
  /^\s*(?:&|Inc\b|Corp\b|Co\b|Ltd\b|LLC\b|Plc\b|PLC\b|Group\b|Holdings\b|Bank\b|Foundation\b|University\b|Institute\b|Capital\b|Partners\b|Securities\b|Associates\b|Fund\b|Trust\b)/;
/** Two people of one name: `Jane and John Doe`, `the Doe brothers`. */
const FAMILY = 'family|families|brothers|sisters|twins|couple|siblings|children|household';
const FAMILY_AFTER = new RegExp(`^\\s+(?:${FAMILY})\\b`);
const FAMILY_RE = new RegExp(`(?<![\\p{L}'’-])(${SURNAME})\\s+(?:${FAMILY})\\b`, 'gu');
const TITLED_RE = new RegExp(`\\bM(r|rs|s|iss)\\.?\\s+(${SURNAME})\\b`, 'g');

/**
 * A given name before a surname, where the surname starts with one of `speakers`: the regex meets only the names
 * that matter instead of every pair of capitalised words. Kept per set of speakers (most stories repeat a few).
 */
const fullNameRes = new Map<string, RegExp>();
function fullNameRe(speakers: Set<string>): RegExp {
  const key = [...speakers].sort().join('|');
  let re = fullNameRes.get(key);
  if (!re) {
    if (fullNameRes.size >= 256) fullNameRes.clear();
    // Speakers' surnames pass SURNAME_RE, so they hold no regex syntax: joined with `|` they are the alternatives.
    re = new RegExp(`${GIVEN}(?=(?:${key})\\b)(${SURNAME})\\b`, 'g');
    fullNameRes.set(key, re);
  }
  return re;
}

export default defineRule(
  {
    id: 'name-full-first',
    description: 'A speaker is named in full at first reference and by surname after that.',
    category: 'names',
    defaultSeverity: 'info',
    fixable: 'suggestion',
    profiles: 'all',
  },
  (story, ctx) => {
    if (story.body.length === 0) return;
    // The speakers named by surname alone: only their full names are worth finding.
    const speakers = new Set<string>();
    for (const a of story.attributions) {
      const t = a.speaker?.text;
      if (t && !PRONOUNS.test(t) && SURNAME_RE.test(t) && !NOT_GIVEN.has(t)) speakers.add(t);
    }
    if (speakers.size === 0) return;
    const from = story.dateline ? story.dateline.bodyStart : story.paragraphs[story.body[0]!]!.start;
    const last = story.paragraphs[story.body[story.body.length - 1]!]!;
    const u = story.unquoted.slice(from, last.end);
    // Where each of those surnames first appears with a given name before it, and whether another given name
    // comes with it too.
    // A plural, not a surname: `Americans said` in a story that also has `American`. A surname can be a given name
    // and an s (Roberts and Robert, Evans and Evan): only a people, a party or a faith, or a word used as a plural
    // or a common noun is (`many Democrats`, `one Democrat`), counts.
    if ([...speakers].some((sp) => sp.endsWith('s'))) {
      const words = new Set(u.match(/(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?![\p{L}'’-])/gu));
      let counted: Set<string> | undefined;
      for (const sp of speakers) {
        if (!sp.endsWith('s') || !words.has(sp.slice(0, -1))) continue;
        if (PLURALS.has(sp)) speakers.delete(sp);
        else if ((counted ??= countedWords(u)).has(sp) || counted.has(sp.slice(0, -1))) speakers.delete(sp);
      }
    }
    if (speakers.size === 0) return;
    const firstFull = new Map<string, { at: number; raw: string; given: string; shared: boolean }>();
    const re = fullNameRe(speakers);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    // Lower-case words of the story, built when first needed: a capital that opens a sentence on a common word
    // (`Rural`, `Another`) does not make it a given name.
    let lower: Set<string> | undefined;
    const isCommonWord = (w: string): boolean =>
      OPENERS.test(w) || (lower ??= new Set(u.match(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*/gu) ?? [])).has(w.toLowerCase());
    const sharedSurnames = new Set<string>();
    while ((m = re.exec(u)) !== null) {
      const given = m[1]!;
      const surname = m[2]!;
      // Either way the search goes on from the next word: `President George W. Bush`.
      re.lastIndex = m.index + given.length + 1;
      if (!speakers.has(surname) || NOT_GIVEN.has(given)) continue;
      // A paragraph break between the two words: the end of one paragraph and the start of the next.
      if (/\n[^\S\n]*\n|\r[^\S\r]*\r/.test(m[0])) continue;
      const before = u.slice(Math.max(0, m.index - 12), m.index);
      const after = u.slice(m.index + m[0].length, m.index + m[0].length + 16);
      // Inside an organisation's name, or the place someone works: `Morgan Stanley Capital`, `at Morgan Stanley`.
      if (ORG_AFTER.test(after) || /\bat\s+$/.test(before)) continue;
      // Two people who share the surname: `Jane and John Doe`, `the Doe family`.
      if (/\b[A-Z][a-z]+\s+(?:and|&)\s+$/.test(before)) sharedSurnames.add(surname);
      if (FAMILY_AFTER.test(after)) sharedSurnames.add(surname);
      // A capital that opens a sentence on a common word: `Another Acme`, `Neither Smith`, `Rural Americans`.
      const opensSentence = m.index <= 12 ? /^\s*$|[.!?:\n]["”’]?\s*$/.test(before) : /[.!?:\n]["”’]?\s*$/.test(before);
      if (opensSentence && isCommonWord(given)) continue;
      const seen = firstFull.get(surname);
      if (!seen) firstFull.set(surname, { at: from + m.index, raw: m[0], given, shared: false });
      else if (seen.given !== given) seen.shared = true;
    }
    // `Mr. Doe` and `Mrs. Doe`: courtesy titles telling two people of one surname apart. One pass each.
    const titled = new Map<string, Set<string>>();
    for (const t of u.matchAll(TITLED_RE)) {
      if (!speakers.has(t[2]!)) continue;
      let set = titled.get(t[2]!);
      if (!set) titled.set(t[2]!, (set = new Set()));
      set.add(t[1] === 'r' ? 'Mr' : 'Ms');
    }
    for (const [sp, set] of titled) if (set.size > 1) sharedSurnames.add(sp);
    for (const f of u.matchAll(FAMILY_RE)) if (speakers.has(f[1]!)) sharedSurnames.add(f[1]!);
    for (const sp of sharedSurnames) {
      const f = firstFull.get(sp);
      if (f) f.shared = true;
    }
    const done = new Set<string>();
    for (const a of story.attributions) {
      const s = a.speaker;
      if (!s || !speakers.has(s.text) || done.has(s.text)) continue;
      const first = firstFull.get(s.text);
      // Two people share the surname (George H.W. Bush, Jeb Bush): the surname alone is not a fault here.
      if (!first || first.at < s.start || first.shared) continue;
      // `the Kremlin said`: an institution, not a person.
      if (/\bthe\s+$/i.test(story.text.slice(Math.max(0, s.start - 5), s.start))) continue;
      done.add(s.text);
      const full = first.raw.replace(/\s+/g, ' ');
      ctx.report({
        start: s.start,
        end: s.end,
        message: `"${s.text}" appears before the full name "${full}". Give the full name at first reference.`,
        suggestions: [suggest(`Use "${full}" here`, s.start, s.end, full)],
        related: [{ start: first.at, end: first.at + first.raw.length, message: 'Full name given here' }],
      });
    }
  },
);
