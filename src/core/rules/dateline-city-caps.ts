import { defineRule, replace } from './util';

export default defineRule(
  {
    id: 'dateline-city-caps',
    description: 'The dateline city is in capitals (the state or country after it is not).',
    category: 'dateline',
    defaultSeverity: 'warning',
    fixable: 'safe',
    profiles: ['reuters', 'ap', 'xinhua', 'upi', 'neutral'],
  },
  (story, ctx) => {
    for (const city of story.dateline?.cities ?? []) {
      const upper = city.text.toUpperCase();
      if (upper === city.text) continue;
      ctx.report({
        start: city.start,
        end: city.end,
        message: `Dateline city "${city.text}" should be in capitals: "${upper}".`,
        fix: replace(city.start, city.end, upper),
      });
    }
  },
);
