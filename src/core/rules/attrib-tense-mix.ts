import { defineRule, suggest } from './util';

export default defineRule(
  {
    id: 'attrib-tense-mix',
    description:
      'Quotes in one story are attributed in one tense: "said" throughout (or "says" throughout in a feature), not both.',
    category: 'attribution',
    defaultSeverity: 'info',
    fixable: 'suggestion',
    profiles: 'all',
  },
  (story, ctx) => {
    // Only attributions of quotes count: "who says he wants…" describes a standing view, not a quote.
    const said: number[] = [];
    const says: number[] = [];
    for (const a of story.attributions) {
      if (!a.quote) continue;
      // Bullet points are written in the present tense.
      const p = story.paragraphs[a.paragraph]!;
      if (/^[*•·▪‣-]\s/.test(story.text.slice(p.start, p.start + 2))) continue;
      const v = a.verb;
      if (v.text === 'said') said.push(v.start);
      else if (v.text === 'says') says.push(v.start);
    }
    if (said.length === 0 || says.length === 0) return;
    const minority = says.length <= said.length ? 'says' : 'said';
    const majority = minority === 'says' ? 'said' : 'says';
    for (const at of minority === 'says' ? says : said) {
      ctx.report({
        start: at,
        end: at + 4,
        message: `Quotes in this story are attributed with both "said" (${said.length}) and "says" (${says.length}). Keep one tense; news copy uses "said".`,
        suggestions: [suggest(`Replace with "${majority}"`, at, at + 4, majority)],
      });
    }
  },
);
