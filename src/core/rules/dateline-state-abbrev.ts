import data from '../data/ap-datelines.json';
import { defineRule, replace } from './util';

const LOOKUP = new Map<string, (typeof data.states)[number]>();
for (const s of data.states) {
  LOOKUP.set(s.name, s);
  LOOKUP.set(s.postal, s);
  for (const v of s.variants ?? []) LOOKUP.set(v, s);
}

export default defineRule(
  {
    id: 'dateline-state-abbrev',
    description:
      'AP: a US state in a dateline uses the AP abbreviation (Calif., N.Y.), not a postal code or the full name.',
    category: 'dateline',
    defaultSeverity: 'warning',
    fixable: 'safe',
    profiles: ['ap'],
  },
  (story, ctx) => {
    for (const r of story.dateline?.regions ?? []) {
      const s = LOOKUP.get(r.text);
      if (!s || r.text === s.ap) continue;
      // A spelled-out state that is also a country or a city name elsewhere (Georgia, Washington) is ambiguous.
      if (r.text === s.name && (s.name === 'Georgia' || s.name === 'Washington' || s.name === 'New York')) continue;
      const kind = r.text === s.postal ? 'the postal code' : r.text === s.name ? 'the full name' : 'a non-AP form';
      ctx.report({
        start: r.start,
        end: r.end,
        message:
          s.ap === s.name
            ? `AP datelines spell out ${s.name}; "${r.text}" is ${kind}.`
            : `AP datelines abbreviate ${s.name} as "${s.ap}"; "${r.text}" is ${kind}.`,
        fix: replace(r.start, r.end, s.ap),
      });
    }
  },
);
