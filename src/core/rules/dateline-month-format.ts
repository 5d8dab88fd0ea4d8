import monthData from '../data/months.json';
import { PROFILES } from '../profiles';
import { defineRule, replace } from './util';

const BY_FORM = new Map<string, (typeof monthData.months)[number]>();
for (const m of monthData.months) for (const f of m.forms) BY_FORM.set(f, m);

export default defineRule(
  {
    id: 'dateline-month-format',
    description: 'The month in a dateline date takes the house form (Reuters: Jan, Feb, March … Sept, Oct, no period).',
    category: 'dateline',
    defaultSeverity: 'warning',
    fixable: 'safe',
    profiles: ['reuters', 'upi', 'bloomberg'],
  },
  (story, ctx) => {
    const date = story.dateline?.date;
    const style = PROFILES[ctx.profile].datelineMonths;
    if (!date || !style) return;
    const m = BY_FORM.get(date.month.text);
    if (!m) return;
    const want = style === 'reuters' ? m.reuters : m.ap;
    if (date.month.text === want) return;
    ctx.report({
      start: date.month.start,
      end: date.month.end,
      message: `${PROFILES[ctx.profile].name} datelines write ${m.full} as "${want}"${style === 'reuters' ? ' (no full stop)' : ''}, not "${date.month.text}".`,
      fix: replace(date.month.start, date.month.end, want),
    });
  },
);
