import { defineRule, replace } from './util';

export default defineRule(
  {
    id: 'trailing-text',
    description: 'Nothing follows the sign-off: no scraped tags, image markers or stray links after the credit line.',
    category: 'credit',
    defaultSeverity: 'warning',
    fixable: 'safe',
    profiles: 'all',
  },
  (story, ctx) => {
    const t = story.trailer;
    if (t.length === 0) return;
    const first = t[0]!;
    const last = t[t.length - 1]!;
    // Remove from the end of the last story line through the trailer, keeping what follows (a final newline).
    let from = first.start;
    const before = story.paragraphs[first.index - 1];
    if (before) from = before.end;
    const after = story.credit ? 'the credit line' : story.signoff ? 'the sign-off' : 'the story';
    ctx.report({
      start: first.start,
      end: last.end,
      message: `Stray text after ${after} (${t.length === 1 ? 'a scraped tag, marker or link' : `${t.length} paragraphs`}). Remove it.`,
      fix: replace(from, last.end, ''),
    });
  },
);
