import { readMonth } from '../months';
import { PROFILES } from '../profiles';
import { defineRule, replace, suggest } from './util';

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
    const profile = PROFILES[ctx.profile];
    const style = profile.datelineMonths;
    if (!date || !style) return;
    const text = date.month.text;
    const reading = readMonth(text);
    if (!reading) return;
    const wantOf = (m: (typeof reading.months)[number]): string => (style === 'reuters' ? m.reuters : m.ap);
    const span = { start: date.month.start, end: date.month.end };
    if (reading.months.length > 1) {
      // A foreign form that means different months in different languages: the editor must say which.
      const names = reading.months.map((m) => m.full);
      const wants = reading.months.map(wantOf);
      ctx.report({
        ...span,
        message: `"${text}" is not an English month and may mean ${names.join(' or ')}. Check the date and write ${wants.map((w) => `"${w}"`).join(' or ')}.`,
        // Readings to choose between: fix-all applies none of them.
        suggestions: reading.months.map((m) => ({
          ...suggest(`Write "${wantOf(m)}" (${m.full})`, span.start, span.end, wantOf(m)),
          choice: true as const,
        })),
      });
      return;
    }
    const m = reading.months[0]!;
    const want = wantOf(m);
    if (text === want) return;
    const stop = style === 'reuters' && text.endsWith('.') ? ' (no full stop)' : '';
    let message: string;
    if (reading.kind === 'foreign') {
      message = `"${text}" is not an English month: ${profile.name} datelines write ${m.full} as "${want}".`;
    } else if (reading.kind === 'capitals') {
      const why =
        text === text.toLowerCase()
          ? 'the month starts with a capital letter'
          : 'only the first letter of the month is a capital';
      message = `${profile.name} datelines write ${m.full} as "${want}"${stop}, not "${text}": ${why}.`;
    } else {
      message = `${profile.name} datelines write ${m.full} as "${want}"${stop}, not "${text}".`;
    }
    ctx.report({ ...span, message, fix: replace(span.start, span.end, want) });
  },
);
