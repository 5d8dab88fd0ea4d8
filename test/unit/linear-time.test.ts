/**
 * One paragraph, however long, is parsed and checked in time that grows with it. The growth guards that count the
 * characters examined are in growth.test.ts; here, the attribution pairing that replaced a pass over every
 * quotation for every speech verb is held to what that pass gave, and one rule whose walk no counter sees is timed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES_BY_ID } from '../../src/core/rules/index';
import { internals, parseStory, type Attribution, type Story } from '../../src/core/story';
import { hasShared, modernSample, modernizedReuters } from '../helpers/corpora';

const SPEECH = new RegExp(internals.SPEECH_RE.source);

/** The quotation an attribution sits beside, found the plain way: every quotation of its paragraph in turn. */
function pairedByScan(story: Story, a: Attribution): Attribution['quote'] {
  const text = story.text;
  const { start: vStart, end: vEnd } = a.verb;
  let quote: Attribution['quote'];
  for (let qi = 0; qi < story.quotations.length; qi++) {
    const q = story.quotations[qi]!;
    if (q.paragraph !== a.paragraph) continue;
    if (q.close && q.close.end <= vStart) {
      // The last quotation that closed before the verb decides, if only a speaker and a comma stand between.
      const gap = text.slice(q.close.end, vStart);
      const lastInside = text[q.contentEnd - 1] ?? '';
      quote =
        gap.length <= 70 &&
        /^\s*,?\s*[^.!?;:“”"]*$/.test(gap) &&
        (/^\s*,/.test(gap) || /[,?!—–-]/.test(lastInside)) &&
        !/\b(who|which|whose|when|after|before|because|while|whom)\b/.test(gap) &&
        !SPEECH.test(gap)
          ? { index: qi, side: 'after' }
          : undefined;
    } else if (q.open && q.open.start >= vEnd) {
      // The first quotation that opens after it wins, if it opens straight after the verb or speaker.
      const gap = text.slice(vEnd, q.open.start);
      const gapAfterSpeaker = a.inverted && a.speaker ? text.slice(a.speaker.end, q.open.start) : gap;
      if (/^\s*(that\s+)?[:,]?\s*$/.test(gap) || /^\s*[:,]\s*$/.test(gapAfterSpeaker))
        quote = { index: qi, side: 'before' };
      break;
    }
  }
  return quote;
}

function expectPairedAsByScan(story: Story): number {
  let paired = 0;
  for (const a of story.attributions) {
    const want = pairedByScan(story, a);
    expect(a.quote, `${a.verb.text} at ${a.verb.start}`).toEqual(want);
    if (want) paired++;
  }
  return paired;
}

describe('attributions pair with the quotations a scan of every quotation pairs them with', () => {
  it('on random copy, in paragraphs and run together (fixed seed)', () => {
    const token = fc.constantFrom(
      ...'ab AB\n\t"“”„″‘’\'()-–—:;,.?!0'.split(''),
      'LONDON (Reuters) - ',
      ' said ',
      ' says ',
      ' told ',
      ' added, ',
      ' pointed out ',
      ' that ',
      ', ',
      'Jo Smith',
      ' Smith',
      ' she ',
      ' who ',
      '\n\n',
      ' “',
      '” ',
      ' "',
      '" ',
      ',” ',
      ',” Smith said',
      'said Smith: “',
      '\u00a0',
      '   ',
      'x'.repeat(70),
    );
    const verbs = fc.constantFrom(' said ', ',” Smith said', ', he said, "', ' added: “', ' says that "');
    let paired = 0;
    let before = 0;
    let attributions = 0;
    fc.assert(
      fc.property(
        fc
          .array(fc.oneof({ arbitrary: token, weight: 3 }, { arbitrary: verbs, weight: 1 }), {
            minLength: 20,
            maxLength: 100,
          })
          .map((t) => t.join('')),
        (text) => {
          const story = parseStory(text);
          attributions += story.attributions.length;
          paired += expectPairedAsByScan(story);
          before += story.attributions.filter((a) => a.quote?.side === 'before').length;
        },
      ),
      { numRuns: 3000, seed: 20261204 },
    );
    // The texts reach both sides of the pairing, often.
    expect(attributions).toBeGreaterThan(10_000);
    expect(before).toBeGreaterThan(4_000);
    expect(paired - before).toBeGreaterThan(1_000);
  });

  it.skipIf(!hasShared())(
    'on the real copy of ../shared/corpora, story by story and run together in one paragraph',
    () => {
      const stories = [...modernizedReuters().map((s) => s.text), ...modernSample().map((s) => s.text)];
      expect(stories.length).toBeGreaterThan(100);
      let paired = 0;
      for (const text of stories) paired += expectPairedAsByScan(parseStory(text));
      expect(paired).toBeGreaterThan(400);
      // Every story as one paragraph of one line: the shape that once took a scan per verb.
      const oneParagraph = parseStory(stories.map((t) => t.replace(/\s*\n\s*/g, ' ')).join(' '));
      expect(oneParagraph.paragraphs.length).toBe(1);
      expect(expectPairedAsByScan(oneParagraph)).toBeGreaterThan(400);
    },
  );
});

describe('quote-unattributed walks a run of running-on quote paragraphs once', () => {
  // Each paragraph holds a closed full quote and one that runs on into the next, with no attribution anywhere: a
  // walk back along the run for every quote is quadratic in the paragraphs (minutes for these), and the counter of
  // growth.test.ts cannot see it (it reads no text), so the rule alone is timed with a wide margin.
  it('40,000 paragraphs in well under two seconds, each flagged once', () => {
    const rule = RULES_BY_ID.get('quote-unattributed')!;
    const story = parseStory(`LONDON (Reuters) - Words.\n\n${'"Words here." "More words\n\n'.repeat(40_000)}`);
    const found: number[] = [];
    const ctx = {
      text: story.text,
      profile: 'neutral',
      config: {},
      options: {},
      report: (r: { start: number }) => found.push(r.start),
    };
    const t0 = performance.now();
    rule.check(story, ctx as never);
    const ms = performance.now() - t0;
    expect(found.length).toBe(40_000);
    expect(ms).toBeLessThan(2_000);
  });

  it('gives what a walk along the run gives: flagged unless a paragraph of the run is attributed', () => {
    const rule = RULES_BY_ID.get('quote-unattributed')!;
    const para = fc.constantFrom(
      '"Words here." "More words',
      '"Words here."',
      '"Words, here," he said.',
      'Plain words.',
    );
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 12 }), (paras) => {
        const story = parseStory(`LONDON (Reuters) - Words.\n\n${paras.join('\n\n')}\n`);
        const found = new Set<number>();
        rule.check(story, {
          text: story.text,
          profile: 'neutral',
          config: {},
          options: {},
          report: (r: { start: number }) => found.add(r.start),
        } as never);
        const attributed = story.paragraphs.map(
          (p) => p.attributed || /," he said/.test(story.text.slice(p.start, p.end)),
        );
        for (const q of story.quotations) {
          if (
            !q.full ||
            !q.close ||
            story.quotations.some((x) => x.paragraph === q.paragraph && x.start < q.start && x.full && x.close)
          )
            continue;
          if (attributed[q.paragraph]) continue;
          // Walk the run both ways, one paragraph at a time.
          const runsFrom = (i: number) => story.quotations.some((x) => x.paragraph === i && x.continuesFromPrevious);
          const runsTo = (i: number) => story.quotations.some((x) => x.paragraph === i && x.continuesToNext);
          let ok = false;
          for (let i = q.paragraph; !ok && i > 0 && runsFrom(i); i--) ok = attributed[i - 1]!;
          for (let i = q.paragraph; !ok && i + 1 < story.paragraphs.length && runsTo(i); i++) ok = attributed[i + 1]!;
          const prev = story.paragraphs[q.paragraph - 1];
          if (!ok && prev && attributed[prev.index] && q.start === story.paragraphs[q.paragraph]!.start) ok = true;
          expect(found.has(q.start), story.text).toBe(!ok);
        }
      }),
      { numRuns: 2000, seed: 20261204 },
    );
  });
});
