import { defineRule, replace } from './util';

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
    for (const m of story.quoteMarks) {
      if (!m.misshapen) continue;
      const want = m.style === 'straight' ? '"' : m.dir === 'open' ? '“' : '”';
      ctx.report({
        start: m.start,
        end: m.end,
        message:
          m.char === '″'
            ? `A prime mark (″) stands where a quote mark belongs; use ${want}.`
            : `This ${m.dir === 'open' ? 'opening' : 'closing'} quote mark faces the wrong way; use ${want}.`,
        fix: replace(m.start, m.end, want),
      });
    }
    const curly = story.quoteMarks.some((m) => m.style === 'curly') || story.singleMarks.some((m) => m.char === '’');
    for (const p of story.quoteProblems) {
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
