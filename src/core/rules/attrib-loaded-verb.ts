import attribution from '../data/attribution.json';
import type { Attribution, Quotation, Story } from '../story';
import { defineRule, quotationBefore, suggest } from './util';

const WARN = new Set(attribution.loaded.warning);
const INFO = new Set(attribution.loaded.info);

/** Words that end a verb's object or join a clause, so what follows is no clause of reported speech. */
const NOT_IN_SUBJECT =
  /^(who|whom|whose|which|that|where|when|after|before|while|because|since|as|to|in|on|at|for|with|by|from|of|into|over|under)$/i;
const FINITE =
  /^(was|were|is|are|had|has|have|would|will|could|can|should|might|may|must|did|does|do|wanted|planned|knew|lied|failed)$/i;

/**
 * The verb reports speech: `Jones claimed the deal was dead`, `she admitted that she had lied` — a clause with its
 * own finite verb follows in the same sentence. Not `claimed the title in 2019` nor `admitted to hospital`.
 */
function reportsSpeech(story: Story, a: Attribution): boolean {
  const u = story.unquoted;
  // `It was not stated how …`: a passive, with no speaker.
  if (/\b(?:was|were|is|are|be|been|being|not|n['’]t)\s+$/i.test(u.slice(Math.max(0, a.verb.start - 8), a.verb.start)))
    return false;
  const rest = u.slice(a.verb.end, Math.min(u.length, a.verb.end + 120));
  const sentence = rest.split(/[.;:!?\n]/, 1)[0]!;
  const words = sentence.trim().split(/\s+/);
  let i = 0;
  if (words[0]?.toLowerCase() === 'that') i = 1;
  for (let n = 0; i < words.length && n <= 5; i++, n++) {
    const w = words[i]!.replace(/[,"”’]+$/, '');
    if (FINITE.test(w)) return n > 0;
    if (NOT_IN_SUBJECT.test(w) || /,$/.test(words[i]!)) return false;
  }
  return false;
}

/** A quoted nickname inside a name: Fred “Mr. Eclipse” Espenak. */
function isNickname(text: string, q: Quotation): boolean {
  return (
    !q.full &&
    /\p{Lu}[\p{L}.'’-]*\s+$/u.test(text.slice(Math.max(0, q.start - 30), q.start)) &&
    /^\s+\p{Lu}/u.test(text.slice(q.end, q.end + 3))
  );
}

/**
 * The attribution closes a quote the parser did not pair it with: the speaker's name holds a quoted nickname
 * (`“…,” Fred “Mr. Eclipse” Espenak claimed.`), or the quote ends in a full stop and the attribution is a
 * sentence of its own (`“We won.” Smith claimed.`).
 */
function followsQuote(story: Story, a: Attribution): boolean {
  const text = story.text;
  const u = story.unquoted;
  if (!/^\s*(?:[.,;!?]|$)/.test(text.slice(a.verb.end, a.verb.end + 3)) && !a.inverted) return false;
  const p = story.paragraphs[a.paragraph]!;
  let k = quotationBefore(story, a.verb.start);
  // One nickname at most stands inside a name.
  if (k >= 0 && isNickname(text, story.quotations[k]!)) k--;
  const q = story.quotations[k];
  if (!q || !q.close || q.start < p.start || q.close.end > a.verb.start) return false;
  const gap = u.slice(q.close.end, a.verb.start);
  return (
    gap.length <= 70 &&
    /^\s*,?\s*[^.!?;:]*$/.test(gap) &&
    !/\b(who|which|whose|when|after|before|because|while|whom|that)\b/.test(gap)
  );
}

export default defineRule(
  {
    id: 'attrib-loaded-verb',
    description:
      'Attribution of a quote or of reported speech uses "said", not a loaded verb such as "claimed" or "admitted".',
    category: 'attribution',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    profiles: 'all',
  },
  (story, ctx) => {
    for (const a of story.attributions) {
      const v = a.verb;
      const verb = v.text.replace(/\s+/g, ' ');
      const lower = verb.toLowerCase();
      const mild = INFO.has(lower);
      if (!WARN.has(lower) && !mild) continue;
      const quoted = a.quote !== undefined || followsQuote(story, a);
      // Reported speech counts for the clearly loaded verbs: `warned that` and `noted that` are everyday copy.
      const reported = !quoted && !mild && reportsSpeech(story, a);
      if (!quoted && !reported) continue;
      const said = verb[0] === verb[0]!.toUpperCase() ? 'Said' : 'said';
      const what = quoted ? 'next to a quote' : 'for reported speech';
      // Reported speech is at info level: `claimed` there is often the reporter's deliberate doubt.
      ctx.report({
        start: v.start,
        end: v.end,
        severity: mild || reported ? 'info' : undefined,
        message:
          mild || reported
            ? `"${verb}" ${what} can read as comment; "said" is neutral. Keep "${verb}" only if it is exactly what happened.`
            : `"${verb}" ${what} takes sides; use "said" unless "${verb}" is exactly what happened.`,
        suggestions: [suggest(`Replace "${verb}" with "${said}"`, v.start, v.end, said)],
      });
    }
  },
);
