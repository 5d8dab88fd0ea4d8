import data from '../data/ap-datelines.json';
import { defineRule, replace, suggest } from './util';
import { escapeRegExp } from '../text';

const STANDALONE = new Set([...data.standaloneUS, ...data.standaloneWorld]);
const NEEDS_STATE = new Set(data.alwaysNeedsState);
const SPECIAL = new RegExp(`^(${data.specialDatelines.map(escapeRegExp).join('|')})`);

export default defineRule(
  {
    id: 'dateline-ap-standalone',
    description:
      'AP: cities on the stand-alone list take no state or country; every other city, and KANSAS CITY, takes one.',
    category: 'dateline',
    defaultSeverity: 'warning',
    fixable: 'safe',
    profiles: ['ap'],
  },
  (story, ctx) => {
    const d = story.dateline;
    if (!d) return;
    d.cities.forEach((city, ci) => {
      const name = city.text.toUpperCase();
      const regions = d.regions.filter((r) => r.city === ci);
      if (STANDALONE.has(name) && regions.length > 0) {
        const last = regions[regions.length - 1]!;
        ctx.report({
          start: city.end,
          end: last.end,
          message: `${name} stands alone in AP datelines: drop "${story.text.slice(regions[0]!.start, last.end)}".`,
          fix: replace(city.end, last.end, ''),
        });
      } else if (!STANDALONE.has(name) && !NEEDS_STATE.has(name) && regions.length === 0 && !SPECIAL.test(name)) {
        // Adding the state or country needs a gazetteer: flag only.
        ctx.report({
          start: city.start,
          end: city.end,
          message: `${name} is not on the AP list of cities that stand alone: add its state (AP abbreviation) or country.`,
        });
      } else if (NEEDS_STATE.has(name) && regions.length === 0) {
        ctx.report({
          start: city.start,
          end: city.end,
          message: `${name} needs its state in an AP dateline: "${name}, Mo." or "${name}, Kan.".`,
          suggestions: [
            suggest(`Add "Mo."`, city.end, city.end, ', Mo.'),
            suggest(`Add "Kan."`, city.end, city.end, ', Kan.'),
          ],
        });
      }
    });
  },
);
