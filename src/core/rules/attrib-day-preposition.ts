import monthData from '../data/months.json';
import { PROFILES } from '../profiles';
import { defineRule, eachVerbMatch, replace } from './util';

const DAYS = monthData.weekdays.join('|');
// Both start at a speech verb the parser has found, so they are tried there only (sticky), not over the whole text.
export const WITH_ON = new RegExp(`\\b(said|says|told [a-z]+) on (${DAYS})\\b(?![’'])(?!\\s+\\w+['’]s\\b)`, 'y');
export const WITHOUT_ON = new RegExp(
  `\\b(said|says) (${DAYS})\\b(?![’'])(?!\\s+(?:is|was|will|would|has|had|could|should|might|marks|marked)\\b)(?!\\s+\\w+['’]s\\b)`,
  'y',
);
const SAID = new Set(['said', 'says']);
const SAID_TOLD = new Set(['said', 'says', 'told']);

export default defineRule(
  {
    id: 'attrib-day-preposition',
    description: 'Reuters writes "said on Monday"; AP writes "said Monday".',
    category: 'attribution',
    defaultSeverity: 'warning',
    fixable: 'safe',
    profiles: ['reuters', 'ap'],
  },
  (story, ctx) => {
    const withOn = PROFILES[ctx.profile].dayPreposition;
    if (withOn) {
      eachVerbMatch(story, story.unquoted, SAID, WITHOUT_ON, (m, at) => {
        const dayAt = at + m[1]!.length + 1;
        ctx.report({
          start: at,
          end: dayAt + m[2]!.length,
          message: `Reuters style is "${m[1]} on ${m[2]}", with "on".`,
          fix: replace(dayAt, dayAt, 'on '),
        });
      });
    } else {
      eachVerbMatch(story, story.unquoted, SAID_TOLD, WITH_ON, (m, at) => {
        const onAt = at + m[1]!.length + 1;
        ctx.report({
          start: at,
          end: onAt + 3 + m[2]!.length,
          message: `AP style is "${m[1]} ${m[2]}", without "on".`,
          fix: replace(onAt, onAt + 3, ''),
        });
      });
    }
  },
);
