import type { Story } from '../story';
import type { Report, Span } from '../types';
import { adaptCase, vocabularyFor } from '../vocabulary';
import { defineRule, replace, suggest } from './util';

const OPENERS = new Set([34, 39, 40, 91, 0x201c, 0x2018, 0x201e]); // " ' ( [ “ ‘ „
const CLOSERS = new Set([34, 39, 41, 93, 0x201d, 0x2019]); // " ' ) ] ” ’
const ENDS = new Set([46, 33, 63, 0x2026]); // . ! ? …

function isBlankUnit(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/**
 * Where the vocabulary is read: every paragraph except the sign-off and scraped trailer, with the dateline's agency
 * tag and the dash after it (or a stray tag) cut out. `floor` is where a sentence starts in that stretch (the paragraph, or the story
 * after the dateline).
 */
function segmentsOf(story: Story): { segs: Span[]; floors: number[] } {
  const segs: Span[] = [];
  const floors: number[] = [];
  const push = (start: number, end: number, floor: number): void => {
    if (end > start) {
      segs.push({ start, end });
      floors.push(floor);
    }
  };
  const d = story.dateline;
  const stray = story.strayTag;
  for (const p of story.paragraphs) {
    if (p.role === 'signoff' || p.role === 'trailer') continue;
    if (d && d.paragraph === p.index) {
      // The tag and the dash after it belong to the dateline rules: a word fixed there would fight their fixes.
      const cut = d.tag ? d.tag.start : d.separator.start;
      push(p.start, Math.min(cut, p.end), p.start);
      push(d.bodyStart, p.end, d.bodyStart);
    } else if (stray && stray.paragraph === p.index) {
      push(p.start, Math.min(stray.start, p.end), p.start);
      push(stray.end, p.end, stray.end);
    } else if (p.end > p.start) {
      // The paragraph itself serves as its span: no new object for each of thousands of paragraphs.
      segs.push(p);
      floors.push(p.start);
    }
  }
  return { segs, floors };
}

/** The match at `s` begins a sentence: nothing but spaces and opening marks since the floor or a full stop. */
function atSentenceStart(text: string, s: number, floor: number): boolean {
  let i = s;
  let opened = false;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (isBlankUnit(c)) i--;
    else if (OPENERS.has(c)) {
      opened = true;
      i--;
    } else break;
  }
  if (i <= floor) return true;
  let c = text.charCodeAt(i - 1);
  // `… said.” Web site` — a sentence that ended inside a closing mark.
  if (CLOSERS.has(c) && i - 1 > floor) c = text.charCodeAt(i - 2);
  if (ENDS.has(c)) return true;
  // `said: “E-mail …` — a full quote starts a sentence.
  return opened && (c === 58 || c === 44);
}

function quoted(list: string[]): string {
  const q = list.map((x) => `"${x}"`);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

const IN_QUOTE =
  ' It is inside a quotation, so it is only suggested: change a speaker\u2019s words only if they allow it.';

/** Characters that end a link-like token: space, quotation marks, brackets and the like. */
const TOKEN_END = /[\s"“”‘’'()<>[\]{},;!?]/;
// A scheme, www., an @ or an underscore, a path from the root, or a domain (`kiev.info`, `reuters.com/x`). Not
// words joined by a slash (`Kiev/Moscow`, `e-mail/fax`) nor initials (`U.S.-Kiev`): those are words.
const LINK_RE = /:\/\/|^www\.|@|_|^\/|\.[\p{L}\p{N}]{2,}(?:[/:?#]|$)/iu;

/** Whether [start, end) sits in a token that reads as a link, an address, a path or a handle. */
function inLink(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < 200 && !TOKEN_END.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < 200 && !TOKEN_END.test(text[b]!)) b++;
  if (a === start && b === end) return false;
  // A full stop, colon or hyphen at the end of a word is punctuation or a compound (`Kiev.`, `Kiev-based`).
  const token = text.slice(a, b).replace(/[.:-]+$/, '');
  return LINK_RE.test(token);
}

export default defineRule(
  {
    id: 'house-vocabulary',
    description:
      'Words and phrases the house spells its own way (Kiev → Kyiv): the profile\'s built-in starter list and "vocabulary" in .wirelintrc.json.',
    category: 'vocabulary',
    defaultSeverity: 'warning',
    fixable: 'safe',
    profiles: 'all',
    options: {
      builtIn: {
        type: 'boolean',
        description:
          'Use the built-in starter list for the story\'s agency profile (Kyiv for AP and Reuters; percent, email, website, cellphone for AP). Your own "vocabulary" entries apply either way.',
        default: true,
      },
    },
  },
  (story, ctx) => {
    const vocabulary = vocabularyFor(ctx.config.vocabulary, ctx.profile, ctx.options.builtIn !== false);
    if (vocabulary.size === 0) return;
    const text = story.text;
    const { segs, floors } = segmentsOf(story);
    const matches = vocabulary.find(text, segs);
    const quotations = story.quotations;
    let qi = 0;
    let si = 0;
    for (const m of matches) {
      const { c } = m;
      while (si < segs.length - 1 && segs[si]!.end <= m.start) si++;
      // A web address, e-mail address or handle (`www.kiev.info`, `press@kiev-city.org`, `@Kiev_Post`) is a name
      // to copy exactly, not a word to correct.
      if (inLink(text, m.start, m.end)) continue;
      const matched = text.slice(m.start, m.end);
      const sentenceStart = atSentenceStart(text, m.start, floors[si]!);
      const candidates = [...new Set(c.replacements.map((r) => adaptCase(matched, r, c, sentenceStart)))];
      // The copy already has a house form (a case-insensitive entry meeting its own replacement).
      if (candidates.includes(matched)) continue;
      while (qi < quotations.length && quotations[qi]!.end <= m.start) qi++;
      const inQuote = qi < quotations.length && quotations[qi]!.start < m.end;
      const message =
        (c.entry.message ??
          (candidates.length
            ? `House style is ${quoted(candidates)}, not "${matched}".`
            : `"${matched}" is not house style.`)) + (inQuote ? IN_QUOTE : '');
      const report: Report = { start: m.start, end: m.end, message };
      if (inQuote) {
        report.severity = 'info';
        report.ownSeverity = true;
      } else if (c.entry.severity) {
        report.severity = c.entry.severity;
        report.ownSeverity = true;
      }
      if (candidates.length === 1 && !c.listed && !inQuote) report.fix = replace(m.start, m.end, candidates[0]!);
      else if (candidates.length) {
        report.suggestions = candidates.map((r) => suggest(`Replace with "${r}"`, m.start, m.end, r));
      }
      ctx.report(report);
    }
  },
);
