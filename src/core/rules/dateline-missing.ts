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
    const p = PROFILES[ctx.profile];
    const form = p.tag ? `CITY ${p.tag}${p.separator ?? ' - '}` : 'CITY (Agency) - ';
    const d = story.dateline;
    if (d) {
      // The tag alone, `(Reuters) - `: house practice for the agencies whose profile allows it.
      const tag = d.tag;
      if (!tag || d.cities.length > 0 || d.date) return;
      if (p.bareTag || (tag.profile && PROFILES[tag.profile].bareTag)) return;
      ctx.report({
        start: tag.start,
        end: tag.end,
        message: `The dateline is the agency tag alone. ${p.tag ? `${p.name} datelines` : 'Datelines'} name the place first, as in "${form.trim()}".`,
      });
      return;
    }
    if (story.body.length === 0) return;
    const first = story.paragraphs[story.body[0]!]!;
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
