import { defineRule } from './util';

const AGENCY = /^(Reuters|Reuter|Thomson Reuters|staff|Reuters staff|Reuters reporters)$/i;

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[.\s]+/g, ' ')
    .trim();
}

export default defineRule(
  {
    id: 'credit-byline-mismatch',
    description: 'The credit line credits the reporter the byline names.',
    category: 'credit',
    defaultSeverity: 'warning',
    fixable: 'none',
    profiles: ['reuters'],
  },
  (story, ctx) => {
    const c = story.credit;
    const by = story.byline;
    if (!c || !by || by.names.length === 0) return;
    const reporting = c.roles.filter((r) => /reporting|writing|compil/.test(r.kind));
    if (reporting.length === 0) return;
    const credited = new Set(reporting.flatMap((r) => r.names.map((n) => norm(n.text))));
    const missing = by.names.filter((n) => !credited.has(norm(n.text)));
    if (missing.length === 0) return;
    const who = missing.map((n) => n.text).join(' and ');
    const agencyOnly = reporting.flatMap((r) => r.names).filter((n) => AGENCY.test(n.text));
    const first = reporting[0]!;
    const target = agencyOnly[0] ?? first.names[0] ?? first.label;
    ctx.report({
      start: target.start,
      end: target.end,
      message: agencyOnly.length
        ? `The credit line credits "${agencyOnly[0]!.text}" for reporting, but the byline names ${who}. Credit the reporter by name.`
        : `The byline names ${who}, who is missing from the credit line. Check the byline and the credits agree.`,
      related: [{ start: by.start, end: by.end, message: 'The byline' }],
    });
  },
);
