import { defineRule, eachBodyMatch, replace } from './util';

const RE = /\b(said|says|Said|Says) (he|she|they|it)\b/g;

export default defineRule(
  {
    id: 'attrib-said-inversion',
    description: 'Write "he said", not "said he".',
    category: 'attribution',
    defaultSeverity: 'warning',
    fixable: 'safe',
    profiles: 'all',
  },
  (story, ctx) => {
    const text = story.text;
    eachBodyMatch(story, story.unquoted, RE, (m, at, r) => {
      const end = at + m[0].length;
      // Only an attribution: `“…,” said he.` or `“…,” said she, “…` — not `said he would`,
      // `said she, too, thought`, nor `Smith said it.` (where "it" is the object).
      const after = text.slice(end, end + 4);
      if (!/^\.(?!\w)/.test(after) && !/^,\s*[“"]/.test(after)) return;
      // The quote may end in a nested single mark as well: `“… ‘no.’” said he.`
      const before = text.slice(Math.max(r.start, at - 6), at);
      if (at > r.start && !/[,.?!—–-](?:["”]|['’]["”]|["”]['’])?\s*$|^\s*$/.test(before)) return;
      const verb = m[1]!;
      const pron = m[2]!;
      const capital = verb[0] === 'S';
      const out = `${capital ? pron[0]!.toUpperCase() + pron.slice(1) : pron} ${verb.toLowerCase()}`;
      ctx.report({
        start: at,
        end,
        message: `Put the pronoun first: "${out}", not "${m[0]}".`,
        fix: replace(at, end, out),
      });
    });
  },
);
