import type { TextSpan } from '../story';
import { defineRule } from './util';

const AGENCY = /^(Reuters|Reuter|Thomson Reuters|staff|Reuters staff|Reuters reporters)$/i;
/** Roles that credit a reporter for the story: a bylined reporter named in any of them is credited. */
const CREDITS_REPORTER = /reporting|writing|compil/;
const SUFFIX = /^(jr|sr|ii|iii|iv)$/;

/**
 * The surname a name is matched by: its last word, in lower case, without accents or full stops, after any `Jr.` or
 * `III` and before any place (`in London`). A byline `Sam Doe` and a credit `Samuel Doe` are one person; so are `JANE DOE` and `Jane Doe`.
 */
function surname(name: string): string {
  const words = name
    // A place after the name: `Jane Doe in London`.
    .replace(/\s+(?:in|at)\s+\p{Lu}.*$/su, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  while (words.length > 1 && SUFFIX.test(words[words.length - 1]!)) words.pop();
  return words[words.length - 1] ?? '';
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
    // `By Jane Doe … (Additional reporting by Ann Lee; Editing by John Roe)` is the standard form: the bylined
    // reporter is the main reporter and is not named again. Only a `Reporting by` role can leave them out.
    const reporting = c.roles.filter((r) => r.kind === 'reporting');
    if (reporting.length === 0) return;
    const credited = new Set(
      c.roles.filter((r) => CREDITS_REPORTER.test(r.kind)).flatMap((r) => r.names.map((n) => surname(n.text))),
    );
    // With a double byline, a credit naming either reporter is enough.
    if (by.names.some((n) => credited.has(surname(n.text)))) return;
    const missing: TextSpan[] = by.names;
    const who = missing.map((n) => n.text).join(' and ');
    const agencyOnly = reporting.flatMap((r) => r.names).filter((n) => AGENCY.test(n.text));
    const first = reporting[0]!;
    const target = agencyOnly[0] ?? first.names[0] ?? first.label;
    ctx.report({
      start: target.start,
      end: target.end,
      message: agencyOnly.length
        ? `The credit line credits "${agencyOnly[0]!.text}" for reporting, but the byline names ${who}. Credit the reporter by name.`
        : `The byline names ${who}, ${missing.length > 1 ? 'who are' : 'who is'} missing from the credit line. Check the byline and the credits agree.`,
      related: [{ start: by.start, end: by.end, message: 'The byline' }],
    });
  },
);
