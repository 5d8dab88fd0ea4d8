import { PROFILES } from '../profiles';
import { defineRule, replace } from './util';

export default defineRule(
  {
    id: 'attrib-quote-intro',
    description: 'A full-sentence quote after its attribution is introduced the house way (Reuters: colon, AP: comma).',
    category: 'attribution',
    defaultSeverity: 'info',
    fixable: 'safe',
    profiles: ['reuters', 'ap'],
  },
  (story, ctx) => {
    const want = PROFILES[ctx.profile].quoteIntro;
    if (!want) return;
    const wrong = want === ':' ? ',' : ':';
    for (const a of story.attributions) {
      if (!a.quote || a.quote.side !== 'before') continue;
      const qt = story.quotations[a.quote.index]!;
      if (!qt.full || !qt.open) continue;
      const speaker = a.inverted ? a.speaker : undefined;
      const from = speaker ? speaker.end : a.verb.end;
      const gap = story.text.slice(from, qt.open.start);
      const m = /^(\s*)([:,])(\s*)$/.exec(gap);
      if (!m || m[2] !== wrong) continue;
      const at = from + m[1]!.length;
      ctx.report({
        start: at,
        end: at + 1,
        message: `${PROFILES[ctx.profile].name} introduces a full-sentence quote with a ${want === ':' ? 'colon' : 'comma'} ("said${want} “…”"), not a ${wrong === ':' ? 'colon' : 'comma'}.`,
        fix: replace(at, at + 1, want),
      });
    }
  },
);
