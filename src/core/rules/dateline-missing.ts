import { PROFILES } from '../profiles';
import { defineRule } from './util';

export default defineRule(
  {
    id: 'dateline-missing',
    description: 'A story with a body has a recognisable dateline at the start of its first paragraph.',
    category: 'dateline',
    defaultSeverity: 'warning',
    fixable: 'none',
    profiles: 'all',
  },
  (story, ctx) => {
    if (story.dateline || story.body.length === 0) return;
    const first = story.paragraphs[story.body[0]!]!;
    const p = PROFILES[ctx.profile];
    const form = p.tag ? `CITY ${p.tag}${p.separator ?? ' - '}` : 'CITY (Agency) - ';
    const stray = story.strayTag;
    if (stray) {
      const example = ctx.profile === 'reuters' ? `CITY, Mon D ${p.tag} - ` : form;
      ctx.report({
        start: first.start,
        end: stray.end,
        message: `The dateline before ${stray.text} cannot be read as a place and date. Use the form "${example.trim()}".`,
      });
      return;
    }
    ctx.report({
      start: first.start,
      end: Math.min(first.end, first.start + Math.max(1, story.text.slice(first.start, first.end).search(/\s|$/))),
      message: `No dateline found. The story should open with a dateline such as "${form.trim()}".`,
    });
  },
);
