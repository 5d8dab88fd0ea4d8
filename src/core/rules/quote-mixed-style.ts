import type { QuoteMark } from '../story';
import { defineRule, replace } from './util';

function curlyFor(m: QuoteMark): string {
  return m.dir === 'open' ? '“' : '”';
}

export default defineRule(
  {
    id: 'quote-mixed-style',
    description: 'A story uses one style of quotation marks: all straight ("…") or all curly (“…”).',
    category: 'quotes',
    defaultSeverity: 'info',
    fixable: 'safe',
    profiles: 'all',
    options: {
      style: {
        type: 'string',
        enum: ['majority', 'curly', 'straight'],
        default: 'majority',
        description: 'Which style to require: the one most used in the story, curly, or straight (wire-safe ASCII).',
      },
    },
  },
  (story, ctx) => {
    const marks = story.quoteMarks;
    let straight = 0;
    let curly = 0;
    for (const m of marks) {
      if (m.style === 'straight') straight++;
      else curly++;
    }
    let sStraight = 0;
    let sCurly = 0;
    for (const s of story.singleMarks) {
      if (s.char === "'") sStraight++;
      else sCurly++;
    }
    if (straight + curly === 0) {
      straight = sStraight;
      curly = sCurly;
    }
    const opt = ctx.options.style as string;
    // A tie between double marks is settled by the apostrophes, then in favour of curly marks.
    const want =
      opt === 'majority'
        ? straight > curly || (straight === curly && sStraight > sCurly)
          ? 'straight'
          : 'curly'
        : opt;
    if (opt === 'majority' && (straight + sStraight === 0 || curly + sCurly === 0)) return;
    // One finding per quotation: its fix swaps both marks and copies the words between them unchanged.
    const text = story.text;
    for (const qt of story.quotations) {
      const qm = [qt.open, qt.close].filter((m): m is QuoteMark => !!m && m.style !== want && !m.misshapen);
      if (qm.length === 0) continue;
      const from = qm[0]!.start;
      const to = qm[qm.length - 1]!.end;
      let out = '';
      let pos = from;
      for (const m of qm) {
        out += text.slice(pos, m.start) + (want === 'straight' ? '"' : curlyFor(m));
        pos = m.end;
      }
      ctx.report({
        start: from,
        end: to,
        message:
          opt === 'majority'
            ? `Quote marks are mixed in this story: it mostly uses ${want} marks, this quote has ${qm[0]!.style} ones.`
            : `House style here is ${want} quote marks; this quote has ${qm[0]!.style} ones.`,
        fix: replace(from, to, out),
      });
    }
    for (const s of story.singleMarks) {
      const isStraight = s.char === "'";
      if ((want === 'straight') === isStraight) continue;
      let to: string | undefined;
      if (want === 'straight') to = "'";
      else {
        // An apostrophe (between letters, after a letter, or before a year) becomes ’; other cases are left for a person.
        const prev = text[s.start - 1] ?? ' ';
        const next = text[s.end] ?? ' ';
        if (/[\p{L}\p{N}.]/u.test(prev)) to = '’';
        else if (/\s/.test(prev) && /[0-9]/.test(next)) to = '’';
        else if (/[\s(“"—–-]/.test(prev) && /\p{L}/u.test(next)) to = '‘';
      }
      ctx.report({
        start: s.start,
        end: s.end,
        message:
          opt === 'majority'
            ? `Apostrophes and single quotes are mixed: this story mostly uses ${want} marks.`
            : `House style here is ${want} apostrophes and single quotes.`,
        fix: to ? replace(s.start, s.end, to) : undefined,
      });
    }
  },
);
