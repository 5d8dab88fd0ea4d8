import { defineRule, replace } from './util';

const FORM = /^(Associated Press|AP)\b.{0,400}?\bcontributed\b/;

export default defineRule(
  {
    id: 'credit-ap-contributed',
    description:
      'AP: the closing note reads "Associated Press writer NAME in CITY contributed to this report." and ends with a full stop.',
    category: 'credit',
    defaultSeverity: 'warning',
    fixable: 'safe',
    profiles: ['ap'],
  },
  (story, ctx) => {
    const p = story.contributed;
    if (!p) return;
    const t = story.text.slice(p.start, p.end);
    if (!FORM.test(t) && !/^[A-Z][\p{L}'’.-]+ (reported|contributed)/u.test(t)) {
      ctx.report({
        start: p.start,
        end: p.end,
        message: 'Start the contributor note with "Associated Press writer NAME" (or "AP writer NAME").',
      });
    }
    const m = /\bAssociated Press Writers?\b/.exec(t);
    if (m) {
      const at = p.start + m.index + 'Associated Press '.length;
      ctx.report({
        severity: 'info',
        start: at,
        end: at + 1,
        message: 'Lowercase "writer" in the contributor note: "Associated Press writer".',
        fix: replace(at, at + 1, 'w'),
      });
    }
    // Only when the note itself ends the paragraph (AP often follows it with "Follow … on Twitter at URL").
    if (/\bcontributed\b[^.]*$/.test(t) && !/[.!?]["”]?$/.test(t)) {
      ctx.report({
        start: p.end - 1,
        end: p.end,
        message: 'End the contributor note with a full stop.',
        fix: replace(p.end, p.end, '.'),
      });
    }
  },
);
