import { bodyRanges, defineRule, eachMatch, replace } from './util';

// `said he.` or `," said she, "…` — never `said he would`, `said she, too, thought`.
const RE = /\b(said|says|Said|Says) (he|she|they|it)(?=\.(?!\w)|,\s*[“"])/g;

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
    for (const r of bodyRanges(story)) {
      eachMatch(story.unquoted, RE, r.start, r.end, (m, at) => {
        const verb = m[1]!;
        const pron = m[2]!;
        const capital = verb[0] === 'S';
        const out = `${capital ? pron[0]!.toUpperCase() + pron.slice(1) : pron} ${verb.toLowerCase()}`;
        ctx.report({
          start: at,
          end: at + m[0].length,
          message: `Put the pronoun first: "${out}", not "${m[0]}".`,
          fix: replace(at, at + m[0].length, out),
        });
      });
    }
  },
);
