import names from '../data/names.json';
import { defineRule, eachBodyMatch, suggest } from './util';

const NOT_GIVEN = new Set(names.notGivenNames);
/** A surname, whole (`Doe`, `O'Brien`, `Lloyd-Webber`), possibly before a possessive `’s`. */
const WORD_RE =
  /(?<![\p{L}'’-])(?:O['’]|Mc|Mac|De|Di|La|Le|Van|Von)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\p{L}-])(?!['’](?!s\b)\p{L})/gu;
const NAME_RE = /^(?:O['’]|Mc|Mac|De|Di|La|Le|Van|Von)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\p{L}-])(?!['’](?!s\b)\p{L})/u;

// Not `Miss World` or `Miss America`: contest titles. `M(?<=\bM)` is `\bM`.
export const RE =
  /(M(?<=\bM)(?:r|rs|s|iss))(\.?)\s+(?=[A-Z])(?!(?:World|Universe|America|USA|Earth|International|Teen)\b)/g;
// Every match holds one of these: the paragraphs worth matching are found by plain string search.
const LITERALS = ['Mr', 'Ms', 'Miss'];

export default defineRule(
  {
    id: 'name-honorific',
    description:
      'No courtesy titles (Mr, Mrs, Ms) outside quotes: Reuters keeps them for quoted speech only, AP uses none.',
    category: 'names',
    defaultSeverity: 'info',
    fixable: 'suggestion',
    profiles: ['reuters', 'ap'],
  },
  (story, ctx) => {
    const u = story.unquoted;
    // The titled names, then one pass over the body to read each: linear in the length of the story.
    const found: Array<{ m: RegExpExecArray; at: number; name?: string }> = [];
    eachBodyMatch(
      story,
      u,
      RE,
      (m, at) => {
        found.push({ m, at, name: NAME_RE.exec(u.slice(at + m[0].length, at + m[0].length + 40))?.[0] });
      },
      LITERALS,
    );
    if (found.length === 0) return;
    const wanted = new Map<string, { titles: Set<string>; bare: boolean; givens: Set<string> }>();
    for (const f of found) if (f.name) wanted.set(f.name, { titles: new Set(), bare: false, givens: new Set() });
    for (const r of story.bodySpans) {
      for (const x of u.slice(r.start, r.end).matchAll(WORD_RE)) {
        const w = wanted.get(x[0]);
        if (!w) continue;
        const lead = u.slice(Math.max(r.start, r.start + x.index - 30), r.start + x.index);
        const t = /\b(M(?:r|rs|s|iss))\.?\s+$/.exec(lead);
        if (t) {
          w.titles.add(t[1] === 'Mr' ? 'Mr' : 'Ms');
          continue;
        }
        w.bare = true;
        const g = /([A-Z][a-z]+)\s+(?:[A-Z]\.\s*)*$/.exec(lead)?.[1];
        if (g && !NOT_GIVEN.has(g)) w.givens.add(g);
      }
    }
    for (const { m, at, name } of found) {
      const w = name ? wanted.get(name) : undefined;
      // Two people share the surname (`Mr. Doe` and `Mrs. Doe`, `Jane Doe` and `John Doe`): the title tells them
      // apart.
      if (w && (w.titles.size > 1 || w.givens.size > 1)) continue;
      // A brand (`Mrs. Brand’s cookies`): a titled possessive whose name never stands without the title.
      if (
        w &&
        !w.bare &&
        /^['’]s\b/.test(u.slice(at + m[0].length + name!.length, at + m[0].length + name!.length + 3))
      )
        continue;
      const title = m[1]! + m[2]!;
      ctx.report({
        start: at,
        end: at + title.length,
        message:
          ctx.profile === 'ap'
            ? `AP uses no courtesy titles: drop "${title}" and use the surname alone after first reference.`
            : `Reuters uses "${m[1]}" only inside quotes: drop it and use the surname alone.`,
        suggestions: [suggest(`Remove "${title}"`, at, at + m[0].length, '')],
      });
    }
  },
);
