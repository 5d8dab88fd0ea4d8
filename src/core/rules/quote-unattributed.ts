import type { Quotation, Story } from '../story';
import { defineRule } from './util';

/** The quote carries its own attribution signal: `“…,” X typed` or `X wrote: “…”`. */
function signalsAttribution(story: Story, q: Quotation): boolean {
  const text = story.text;
  const p = story.paragraphs[q.paragraph]!;
  // A comma (or ? !) inside the closing mark followed by words: the attribution follows the quote.
  if (
    q.close &&
    /[,?!]/.test(text[q.close.start - 1] ?? '') &&
    /^\s*\p{L}/u.test(text.slice(q.close.end, q.close.end + 3))
  ) {
    return true;
  }
  // A colon or comma before the quote introduces it.
  return !!q.open && q.open.start > p.start + 2 && /[:,]\s*$/.test(text.slice(q.open.start - 3, q.open.start));
}

export default defineRule(
  {
    id: 'quote-unattributed',
    description:
      'A paragraph with a full-sentence quote says who said it (a quote that runs on from the previous paragraph counts as attributed there).',
    category: 'attribution',
    defaultSeverity: 'warning',
    fixable: 'none',
    profiles: 'all',
  },
  (story, ctx) => {
    const text = story.text;
    // Flags per paragraph (typed arrays rather than sets: a long file has tens of thousands of paragraphs).
    const n = story.paragraphs.length;
    const attributed = new Uint8Array(n);
    for (const p of story.paragraphs) if (p.attributed) attributed[p.index] = 1;
    for (const q of story.quotations) if (signalsAttribution(story, q)) attributed[q.paragraph] = 1;
    const RUNS_FROM = 1;
    const RUNS_TO = 2;
    const runs = new Uint8Array(n);
    for (const x of story.quotations) {
      if (x.continuesFromPrevious) runs[x.paragraph]! |= RUNS_FROM;
      if (x.continuesToNext) runs[x.paragraph]! |= RUNS_TO;
    }
    const continuing = (i: number, dir: 'from' | 'to'): boolean =>
      (runs[i]! & (dir === 'from' ? RUNS_FROM : RUNS_TO)) !== 0;
    // Whether a run of continuing paragraphs reaches an attributed one, backwards and forwards from each paragraph:
    // worked out once for all, so a long run is walked once, not once per quote in it.
    const ATTRIBUTED_BEFORE = 1;
    const ATTRIBUTED_AFTER = 2;
    const inRun = new Uint8Array(n);
    for (let i = 1; i < n; i++)
      if (continuing(i, 'from') && (attributed[i - 1] === 1 || (inRun[i - 1]! & ATTRIBUTED_BEFORE) !== 0))
        inRun[i]! |= ATTRIBUTED_BEFORE;
    for (let i = n - 2; i >= 0; i--)
      if (continuing(i, 'to') && (attributed[i + 1] === 1 || (inRun[i + 1]! & ATTRIBUTED_AFTER) !== 0))
        inRun[i]! |= ATTRIBUTED_AFTER;
    // Whether a paragraph holds a small letter, looked up once per paragraph (0: not yet, 1: yes, 2: no).
    const lower = new Uint8Array(n);
    const flagged = new Uint8Array(n);
    for (const q of story.quotations) {
      // An unclosed quote is reported by quote-balance; its extent (and so its attribution) is unknown.
      if (!q.full || !q.close || flagged[q.paragraph] || attributed[q.paragraph]) continue;
      const p = story.paragraphs[q.paragraph]!;
      // A subhead in capitals ("“BENIGN” WEATHER") is not a quote paragraph.
      if (lower[p.index] === 0) lower[p.index] = /\p{Ll}/u.test(text.slice(p.start, p.end)) ? 1 : 2;
      if (lower[p.index] === 2) continue;
      // A quote running over several paragraphs: the attribution may stand in any paragraph of the run.
      let ok = inRun[q.paragraph] !== 0;
      // The same speaker goes on: a paragraph opening with a quote straight after an attributed paragraph.
      const prev = story.paragraphs[q.paragraph - 1];
      if (!ok && prev && attributed[prev.index] && q.start === p.start) ok = true;
      // A paragraph ending in a colon introduces the quote that follows.
      if (!ok && prev && text[prev.end - 1] === ':') ok = true;
      if (ok) continue;
      flagged[q.paragraph] = 1;
      ctx.report({
        start: q.start,
        end: q.close ? q.close.end : Math.min(q.end, q.start + 1),
        message: 'This quote has no attribution in its paragraph. Say who said it ("…," Smith said).',
      });
    }
  },
);
