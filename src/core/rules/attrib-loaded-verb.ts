import attribution from '../data/attribution.json';
import { defineRule, suggest } from './util';

const WARN = new Set(attribution.loaded.warning);
const INFO = new Set(attribution.loaded.info);

export default defineRule(
  {
    id: 'attrib-loaded-verb',
    description: 'Attribution next to a quote uses "said", not a loaded verb such as "claimed" or "admitted".',
    category: 'attribution',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    profiles: 'all',
  },
  (story, ctx) => {
    for (const a of story.attributions) {
      if (!a.quote) continue;
      const v = a.verb;
      const verb = v.text.replace(/\s+/g, ' ');
      const lower = verb.toLowerCase();
      const mild = INFO.has(lower);
      if (!WARN.has(lower) && !mild) continue;
      const said = verb[0] === verb[0]!.toUpperCase() ? 'Said' : 'said';
      ctx.report({
        start: v.start,
        end: v.end,
        severity: mild ? 'info' : undefined,
        message: mild
          ? `"${verb}" next to a quote can read as comment; "said" is neutral. Keep "${verb}" only if it is exactly what happened.`
          : `"${verb}" next to a quote takes sides; use "said" unless "${verb}" is exactly what happened.`,
        suggestions: [suggest(`Replace "${verb}" with "${said}"`, v.start, v.end, said)],
      });
    }
  },
);
