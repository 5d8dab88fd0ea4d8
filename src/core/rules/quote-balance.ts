import type { Span } from '../types';
import { defineRule, quotationBefore, replace, suggest } from './util';

/** Two marks side by side that nest one quote in another: `“‘`, `’”`, `"'`, `'"`, and the same the other way. */
const NESTED = new Set(['“‘', '’”', '‘“', '”’', '"\'', '\'"']);

/** Marks side by side in the body: `’’`, `”“’`. Each is [start, end). */
function clusters(marks: Array<Span & { char: string }>): Array<Span & { text: string }> {
  const out: Array<Span & { text: string }> = [];
  let i = 0;
  while (i < marks.length) {
    let j = i;
    while (j + 1 < marks.length && marks[j + 1]!.start === marks[j]!.end) j++;
    if (j > i) {
      let t = '';
      for (let k = i; k <= j; k++) t += marks[k]!.char;
      out.push({ start: marks[i]!.start, end: marks[j]!.end, text: t });
    }
    i = j + 1;
  }
  return out;
}

export default defineRule(
  {
    id: 'quote-balance',
    description:
      'Quotation marks open and close within the paragraph and face the right way (a quote that continues into the next paragraph is fine).',
    category: 'quotes',
    defaultSeverity: 'warning',
    fixable: 'safe',
    profiles: 'all',
  },
  (story, ctx) => {
    // Every quote mark, apostrophe and mark typed for an apostrophe in the body, in order of place.
    const all: Array<Span & { char: string }> = [];
    {
      const a = story.quoteMarks;
      const b = story.singleMarks;
      let i = 0;
      let j = 0;
      while (i < a.length || j < b.length) {
        if (j >= b.length || (i < a.length && a[i]!.start < b[j]!.start)) all.push(a[i++]!);
        else all.push(b[j++]!);
      }
      for (const p of story.quoteProblems) if (p.kind === 'apostrophe') all.push({ ...p, char: '"' });
      if (story.quoteProblems.some((p) => p.kind === 'apostrophe')) all.sort((x, y) => x.start - y.start);
    }
    // Places already reported, so that each fault is reported once.
    const covered = new Set<number>();
    const cover = (c: Span): void => {
      for (let k = c.start; k < c.end; k++) covered.add(k);
    };
    const isCovered = (at: number): boolean => covered.has(at);
    const qs = story.quotations;
    const quoteBefore = (at: number): (typeof qs)[number] | undefined => qs[quotationBefore(story, at)];
    const singles = story.singleMarks;
    /** Whether a single quote opened in text[from, to) is still open at `to`. Reads only the marks in the range. */
    const singleOpenIn = (from: number, to: number): boolean => {
      let lo = 0;
      let hi = singles.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (singles[mid]!.start < from) lo = mid + 1;
        else hi = mid;
      }
      let open = false;
      for (let k = lo; k < singles.length && singles[k]!.start < to; k++) {
        const m = singles[k]!;
        const before = m.start > 0 ? story.text[m.start - 1]! : ' ';
        const after = story.text[m.start + 1] ?? ' ';
        if (m.char === '‘') open = true;
        else if (m.char === '’')
          open = open && /[\p{L}\p{N}]/u.test(after); // `it’s` is an apostrophe
        else if (/[\s“"([—–-]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) open = true;
        else if (!/[\p{L}\p{N}]/u.test(after)) open = false;
      }
      return open;
    };
    const unclosedAt = new Set<number>();
    for (const c of clusters(all)) {
      if (NESTED.has(c.text)) continue;
      if (c.text === '’’' || c.text === "''" || c.text === '‘‘') {
        // Two single marks typed for a double one. Closing an open double quote (`“We won,’’ she said.`), the mark
        // meant is plain; elsewhere which mark was meant is the editor's call.
        const q = c.text === '‘‘' ? undefined : quoteBefore(c.start);
        const closes = q !== undefined && !q.close && q.open !== undefined && q.end >= c.start;
        cover(c);
        if (closes && singleOpenIn(q.contentStart, c.start)) {
          // `“I told him ‘never,’’ she said.`: the first mark closes the single quote, the second the double one.
          const want = q.open!.style === 'straight' ? '"' : '”';
          unclosedAt.add(q.start);
          ctx.report({
            start: c.start,
            end: c.end,
            message: `The first of these two single marks (${c.text}) closes the quote inside the quote; make the second one ${want} to close the main quote.`,
            fix: replace(c.start + 1, c.end, want),
          });
        } else if (closes) {
          const want = q.open!.style === 'straight' ? '"' : '”';
          unclosedAt.add(q.start);
          ctx.report({
            start: c.start,
            end: c.end,
            message: `Two single marks (${c.text}) stand for the closing quote mark; use ${want}.`,
            fix: replace(c.start, c.end, want),
          });
        } else {
          ctx.report({
            start: c.start,
            end: c.end,
            message: `Two single marks (${c.text}) stand for one double quote mark; retype them as a double mark.`,
          });
        }
        continue;
      }
      // A muddle of marks: which were meant is for the editor to say.
      cover(c);
      ctx.report({
        start: c.start,
        end: c.end,
        message: `The quote marks ${c.text} run together and make no sense as a quote; retype the marks this quote needs.`,
      });
    }
    const problemAt = new Map<number, (typeof story.quoteProblems)[number]>();
    for (const p of story.quoteProblems) if (p.kind === 'unclosed' || p.kind === 'unopened') problemAt.set(p.start, p);
    const merged = new Set<number>();
    for (const m of story.quoteMarks) {
      if (!m.misshapen || isCovered(m.start)) continue;
      const want = m.style === 'straight' ? '"' : m.dir === 'open' ? '“' : '”';
      const problem = problemAt.get(m.start);
      if (problem) merged.add(m.start);
      const unbalanced = problem
        ? problem.kind === 'unclosed'
          ? ', and the quote it opens is never closed'
          : ', and no quote is open for it to close'
        : '';
      if (m.char === '″') {
        // A double prime is the mark for inches and seconds: the editor retypes it as a quote mark.
        ctx.report({
          start: m.start,
          end: m.end,
          message: `A double prime (″), the mark for inches or seconds, stands where a quote mark belongs${unbalanced}; use ${want}.`,
          suggestions: [suggest(`Replace ″ with ${want}`, m.start, m.end, want)],
        });
        continue;
      }
      if (problem) {
        // The mark faces the wrong way and its quote does not balance: one fault, and which mark was meant is
        // not clear, so there is no fix.
        ctx.report({
          start: m.start,
          end: m.end,
          message: `This ${m.dir === 'open' ? 'opening' : 'closing'} quote mark faces the wrong way${unbalanced}. Retype the marks this quote needs.`,
        });
        continue;
      }
      ctx.report({
        start: m.start,
        end: m.end,
        message: `This ${m.dir === 'open' ? 'opening' : 'closing'} quote mark faces the wrong way; use ${want}.`,
        fix: replace(m.start, m.end, want),
      });
    }
    const curly = story.quoteMarks.some((m) => m.style === 'curly') || story.singleMarks.some((m) => m.char === '’');
    for (const p of story.quoteProblems) {
      if (isCovered(p.start) || merged.has(p.start) || (p.kind === 'unclosed' && unclosedAt.has(p.start))) continue;
      if (p.kind === 'apostrophe') {
        const apos = curly ? '’' : "'";
        ctx.report({
          start: p.start,
          end: p.end,
          message: `A double quote mark stands where an apostrophe belongs; use ${apos}.`,
          fix: replace(p.start, p.end, apos),
        });
        continue;
      }
      ctx.report({
        start: p.start,
        end: p.end,
        message:
          p.kind === 'unclosed'
            ? 'This quote is never closed. Close it, or open the next paragraph with a quote mark if the quote runs on.'
            : p.kind === 'unopened'
              ? 'Closing quote mark with no opening mark before it in this paragraph.'
              : 'This single quote mark is never closed in the paragraph.',
      });
    }
  },
);
