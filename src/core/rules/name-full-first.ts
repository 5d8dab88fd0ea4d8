import names from '../data/names.json';
import { PRONOUNS } from '../story';
import { defineRule, suggest } from './util';

const NOT_GIVEN = new Set(names.notGivenNames);
// A given name, optional initials, and a surname such as Smith, O'Brien, McCain, DePasquale or Lloyd-Jones.
const SURNAME = "(?:O['’]|Mc|Mac|De|Di|La|Le|Van|Von)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?";
// A given name and optional initials before a surname.
const GIVEN = '\\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\\s+(?:(?:[A-Z]\\.)+\\s*)?';
const SURNAME_RE = new RegExp(`^${SURNAME}$`);

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
    defaultSeverity: 'warning',
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
    const firstFull = new Map<string, { at: number; raw: string; given: string; shared: boolean }>();
    const re = fullNameRe(speakers);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(u)) !== null) {
      const given = m[1]!;
      const surname = m[2]!;
      // Either way the search goes on from the next word: `President George W. Bush`.
      re.lastIndex = m.index + given.length + 1;
      if (!speakers.has(surname) || NOT_GIVEN.has(given)) continue;
      const seen = firstFull.get(surname);
      if (!seen) firstFull.set(surname, { at: from + m.index, raw: m[0], given, shared: false });
      else if (seen.given !== given) seen.shared = true;
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
