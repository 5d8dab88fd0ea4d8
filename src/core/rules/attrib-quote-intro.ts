import { PROFILES } from '../profiles';
import type { Quotation } from '../story';
import { defineRule, replace } from './util';

/** Words before a full stop that do not end a sentence: `Sen.`, `U.S.`, `Inc.`, an initial. */
const ABBREVIATION =
  /(?:^|[\s(])(?:\p{Lu}|(?:\p{L}\.)+\p{L}?|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Prof|Rev|Mt|Ft|Jan|Feb|Aug|Sept|Oct|Nov|Dec|vs)$/u;

/** The quotation holds more than one sentence, or runs on into the next paragraph. */
function longerThanOneSentence(text: string, q: Quotation): boolean {
  if (q.continuesToNext) return true;
  const inner = text.slice(q.contentStart, q.contentEnd);
  const re = /[.!?]['’"”)]*\s+(?=['‘"“(]?[\p{Lu}\p{N}])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(inner)) !== null) {
    if (inner[m.index] === '.' && ABBREVIATION.test(inner.slice(Math.max(0, m.index - 12), m.index))) continue;
    return true;
  }
  return false;
}

export default defineRule(
  {
    id: 'attrib-quote-intro',
    description:
      'A full-sentence quote after its attribution is introduced the house way (Reuters: colon; AP: comma for one sentence, colon for more).',
    category: 'attribution',
    defaultSeverity: 'info',
    fixable: 'safe',
    profiles: ['reuters', 'ap'],
  },
  (story, ctx) => {
    const house = PROFILES[ctx.profile].quoteIntro;
    if (!house) return;
    const name = PROFILES[ctx.profile].name;
    for (const a of story.attributions) {
      if (!a.quote || a.quote.side !== 'before') continue;
      const qt = story.quotations[a.quote.index]!;
      if (!qt.full || !qt.open) continue;
      const speaker = a.inverted ? a.speaker : undefined;
      const from = speaker ? speaker.end : a.verb.end;
      const gap = story.text.slice(from, qt.open.start);
      const m = /^(\s*)([:,])(\s*)$/.exec(gap);
      if (!m) continue;
      // AP introduces a quotation of one sentence with a comma and a longer one with a colon.
      const long = house === ',' && longerThanOneSentence(story.text, qt);
      const want = long ? ':' : house;
      if (m[2] === want) continue;
      const at = from + m[1]!.length;
      const mark = (c: string): string => (c === ':' ? 'colon' : 'comma');
      ctx.report({
        start: at,
        end: at + 1,
        message:
          house === ','
            ? long
              ? `${name} introduces a quote of more than one sentence with a colon (said: “One sentence. Another.”), not a comma.`
              : `${name} introduces a one-sentence quote with a comma ("said, “…”"), not a colon.`
            : `${name} introduces a full-sentence quote with a ${mark(want)} ("said${want} “…”"), not a ${mark(m[2]!)}.`,
        fix: replace(at, at + 1, want),
      });
    }
  },
);
