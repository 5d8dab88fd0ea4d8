import { defineRule, replace } from './util';

export default defineRule(
  {
    id: 'credit-reuters-format',
    description:
      'The Reuters credit line reads "(Reporting by …; Editing by …)": roles first, capitalised, separated by semicolons, in closed parentheses.',
    category: 'credit',
    defaultSeverity: 'warning',
    fixable: 'safe',
    profiles: ['reuters'],
    options: {
      capitalise: {
        type: 'boolean',
        default: true,
        description: 'Flag role words in lower case ("editing by"). Real copy varies; set false to accept either case.',
      },
    },
  },
  (story, ctx) => {
    const c = story.credit;
    if (!c) return;
    if (c.leading) {
      ctx.report({
        start: c.leading.start,
        end: c.leading.end,
        message: `The credit line should start with the role ("Reporting by …"), not "${c.leading.text}".`,
      });
    }
    for (const r of c.roles) {
      const label = r.label.text;
      // Only a role in lower case is reported, so the wanted form is worked out only for one.
      if (ctx.options.capitalise === false || r.inline || !/^[a-z]/.test(label)) continue;
      const want = label.charAt(0).toUpperCase() + label.slice(1).toLowerCase().replace(/\s+/g, ' ');
      if (label !== want) {
        ctx.report({
          start: r.label.start,
          end: r.label.end,
          message: `Capitalise the role in the credit line: "${want}", not "${label}".`,
          fix: replace(r.label.start, r.label.end, want),
        });
      }
    }
    for (const s of c.separators) {
      if (s.text.includes(';')) continue;
      ctx.report({
        start: s.start,
        end: Math.max(s.end, s.start + 1),
        message: 'Separate the roles in the credit line with a semicolon ("…; Editing by …").',
        fix: replace(s.start, s.end, '; '),
      });
    }
    if (c.open && !c.close) {
      ctx.report({
        start: c.open.start,
        end: c.end,
        message: 'The credit line opens a parenthesis but never closes it.',
        fix: replace(c.end, c.end, ')'),
      });
    } else if (!c.open && c.close) {
      ctx.report({
        start: c.start,
        end: c.close.end,
        message: 'The credit line closes a parenthesis it never opened.',
        fix: replace(c.start, c.start, '('),
      });
    }
  },
);
