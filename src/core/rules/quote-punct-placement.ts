import { defineRule, replace } from './util';

export default defineRule(
  {
    id: 'quote-punct-placement',
    description: 'AP: commas and full stops go inside the closing quote mark.',
    category: 'quotes',
    defaultSeverity: 'warning',
    fixable: 'safe',
    profiles: ['ap'],
  },
  (story, ctx) => {
    const text = story.text;
    for (const q of story.quotations) {
      const c = q.close;
      if (!c) continue;
      const p = text[c.end];
      if (p !== ',' && p !== '.') continue;
      if (p === '.' && text[c.end + 1] === '.') continue; // an ellipsis
      const inside = text[c.start - 1];
      if (inside === '?' || inside === '!' || inside === '.' || inside === ',') continue;
      ctx.report({
        start: c.start,
        end: c.end + 1,
        message: `AP puts the ${p === ',' ? 'comma' : 'full stop'} inside the quote marks: "${p}${c.char}", not "${c.char}${p}".`,
        fix: replace(c.start, c.end + 1, p + c.char),
      });
    }
  },
);
