import { defineRule, eachBodyMatch, replace } from './util';

const RE = /…|\. \. \./g;
// The paragraphs worth matching are found by plain string search.
const LITERALS = ['…', '. . .'];

export default defineRule(
  {
    id: 'quote-ellipsis',
    description: 'An ellipsis is three full stops ("..."), not the single "…" character or spaced ". . .".',
    category: 'quotes',
    defaultSeverity: 'info',
    fixable: 'safe',
    profiles: ['reuters', 'ap'],
  },
  (story, ctx) => {
    eachBodyMatch(
      story,
      story.text,
      RE,
      (m, at) => {
        ctx.report({
          start: at,
          end: at + m[0].length,
          message: `Write an ellipsis as three full stops ("..."), not "${m[0]}".`,
          fix: replace(at, at + m[0].length, '...'),
        });
      },
      LITERALS,
    );
  },
);
