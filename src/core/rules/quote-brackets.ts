import { defineRule, suggest } from './util';

export default defineRule(
  {
    id: 'quote-brackets',
    description:
      'Words added inside a quote go in parentheses, not square brackets (brackets do not survive transmission).',
    category: 'quotes',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    profiles: 'all',
  },
  (story, ctx) => {
    const text = story.text;
    for (const q of story.quotations) {
      let open = -1;
      for (let i = q.contentStart; i < q.contentEnd; i++) {
        const ch = text[i];
        if (ch === '[') open = i;
        else if (ch === ']' && open >= 0) {
          const inner = text.slice(open + 1, i);
          ctx.report({
            start: open,
            end: i + 1,
            message: 'Use parentheses, not square brackets, for words added inside a quote.',
            suggestions: [suggest('Use parentheses', open, i + 1, `(${inner})`)],
          });
          open = -1;
        }
      }
    }
  },
);
