import { defineRule, eachBodyMatch, suggest } from './util';

// Not `Miss World` or `Miss America`: contest titles. `M(?<=\bM)` is `\bM`.
export const RE =
  /(M(?<=\bM)(?:r|rs|s|iss))(\.?)\s+(?=[A-Z])(?!(?:World|Universe|America|USA|Earth|International|Teen)\b)/g;
// Every match holds one of these: the paragraphs worth matching are found by plain string search.
const LITERALS = ['Mr', 'Ms', 'Miss'];

export default defineRule(
  {
    id: 'name-honorific',
    description:
      'No courtesy titles (Mr, Mrs, Ms) outside quotes: Reuters keeps them for quoted speech only, AP uses none.',
    category: 'names',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    profiles: ['reuters', 'ap'],
  },
  (story, ctx) => {
    eachBodyMatch(
      story,
      story.unquoted,
      RE,
      (m, at) => {
        const title = m[1]! + m[2]!;
        ctx.report({
          start: at,
          end: at + title.length,
          message:
            ctx.profile === 'ap'
              ? `AP uses no courtesy titles: drop "${title}" and use the surname alone after first reference.`
              : `Reuters uses "${m[1]}" only inside quotes: drop it and use the surname alone.`,
          suggestions: [suggest(`Remove "${title}"`, at, at + m[0].length, '')],
        });
      },
      LITERALS,
    );
  },
);
