/**
 * The story model: parse wire copy into headline, byline, dateline, paragraphs, quotations, attributions,
 * credit line and trailing text. Every part carries exact UTF-16 offsets into the original text.
 * The parser never throws and runs in time linear in the length of the text.
 */
import attribution from './data/attribution.json';
import { readMonth } from './months';
import type { ProfileId, Span } from './types';
import { LineIndex, isBlank, isSpace, isUpperLetter } from './text';

export interface TextSpan extends Span {
  text: string;
}

export type ParagraphRole =
  'headline' | 'byline' | 'header' | 'body' | 'credit' | 'contributed' | 'signoff' | 'trailer';

export interface Paragraph extends Span {
  index: number;
  role: ParagraphRole;
  /** True when a speech verb or "according to" stands outside quotation marks in the paragraph. */
  attributed: boolean;
}

export interface Dateline extends Span {
  paragraph: number;
  /** Each city of a (possibly multi-city, `A/B`) dateline. */
  cities: TextSpan[];
  /** State, region or country after a city. */
  regions: Array<TextSpan & { city: number }>;
  date?: Span & { month: TextSpan; day: TextSpan };
  /** The agency tag with its parentheses, e.g. `(Reuters)`. */
  tag?: TextSpan & { agency: TextSpan; profile?: ProfileId };
  /** From the end of the tag (or date) to the first word of the story, e.g. ` - `. */
  separator: TextSpan & { dash: string };
  bodyStart: number;
}

export interface Byline extends Span {
  paragraph: number;
  names: TextSpan[];
}

export interface CreditRole extends Span {
  /** The role words, e.g. `Reporting by`. */
  label: TextSpan;
  /** Normalised role: `reporting`, `editing`, `additional reporting`, ... */
  kind: string;
  names: TextSpan[];
  /**
   * A role inside running text, `…, with additional reporting by X`: it carries on the role before it, so no
   * separator stands before it and its words stay in lower case.
   */
  inline?: boolean;
}

export interface CreditLine extends Span {
  paragraph: number;
  open?: Span;
  close?: Span;
  /** Text inside the parentheses before the first role. */
  leading?: TextSpan;
  roles: CreditRole[];
  /** Between one role's names and the next role, e.g. `; `. */
  separators: TextSpan[];
}

export interface QuoteMark extends Span {
  char: string;
  dir: 'open' | 'close';
  style: 'straight' | 'curly';
  /** A curly mark of the wrong shape for its place (”Word), or a prime (″) used as a quote mark. */
  misshapen?: boolean;
}

export interface Quotation extends Span {
  paragraph: number;
  open?: QuoteMark;
  close?: QuoteMark;
  contentStart: number;
  contentEnd: number;
  /** A full-sentence quote rather than a quoted word or phrase. */
  full: boolean;
  continuesFromPrevious: boolean;
  continuesToNext: boolean;
}

export interface QuoteProblem extends Span {
  paragraph: number;
  kind: 'unclosed' | 'unopened' | 'unclosed-single' | 'apostrophe';
}

export interface Attribution extends Span {
  paragraph: number;
  /** Built when read: each read gives a new, equal object. */
  readonly verb: TextSpan;
  readonly speaker?: TextSpan;
  /** `said Smith` rather than `Smith said`. */
  inverted: boolean;
  /** The quotation the attribution sits next to, if any. */
  quote?: { index: number; side: 'after' | 'before' };
}

export interface Story {
  text: string;
  readonly lines: LineIndex;
  bom: boolean;
  paragraphs: Paragraph[];
  headline?: Paragraph;
  byline?: Byline;
  dateline?: Dateline;
  /** An agency tag found where the dateline should be, when the dateline itself could not be read. */
  strayTag?: TextSpan & { profile?: ProfileId; paragraph: number };
  /** Index of the first body paragraph (the dateline paragraph when there is one). */
  bodyFrom: number;
  /** Indices of body paragraphs (story text, without credit, notes, sign-off and trailer). */
  body: number[];
  quoteMarks: QuoteMark[];
  /** Straight and curly single marks in the body (apostrophes included). */
  singleMarks: Array<Span & { char: string }>;
  quotations: Quotation[];
  quoteProblems: QuoteProblem[];
  attributions: Attribution[];
  credit?: CreditLine;
  /** AP-style "X contributed to this report." note. */
  contributed?: Paragraph;
  /** The 1987 `Reuter` sign-off line. */
  signoff?: Paragraph;
  /** Paragraphs after the sign-off that are not part of the story. */
  trailer: Paragraph[];
  /** The text with every quotation (marks and content) blanked to spaces; same length as `text`. */
  unquoted: string;
  /** Each body paragraph as the range rules read: after the dateline, before a credit line that ends it. */
  bodySpans: BodySpan[];
}

export interface BodySpan extends Span {
  /** The paragraph's index. */
  index: number;
}

/** A Story as parseStory builds it: plain fields in one fixed shape, and the line index built on first use. */
class ParsedStory implements Story {
  bom: boolean;
  headline?: Paragraph;
  byline?: Byline;
  dateline?: Dateline;
  strayTag?: Story['strayTag'];
  bodyFrom = 0;
  body: number[] = [];
  quoteMarks: QuoteMark[] = [];
  singleMarks: Array<Span & { char: string }> = [];
  quotations: Quotation[] = [];
  quoteProblems: QuoteProblem[] = [];
  attributions: Attribution[] = [];
  credit?: CreditLine;
  contributed?: Paragraph;
  signoff?: Paragraph;
  trailer: Paragraph[] = [];
  unquoted = '';
  bodySpans: BodySpan[] = [];
  #lines: LineIndex | undefined;

  constructor(
    readonly text: string,
    readonly paragraphs: Paragraph[],
  ) {
    this.bom = text.charCodeAt(0) === 0xfeff;
  }

  // Built on first use: the editor has its own positions, only the command line needs these.
  get lines(): LineIndex {
    return (this.#lines ??= new LineIndex(this.text));
  }
}

// ---------------------------------------------------------------------------------------------------------
// Paragraphs

const MAX_HEADER_PARAGRAPHS = 8;

export function splitParagraphs(text: string, from: number): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Paragraph | null = null;
  let prevIndent = 0;
  const n = text.length;
  let lineStart = 0;
  // The next line feed and carriage return at or after lineStart (2^32 - 1 when there is none).
  let nextLf = -1;
  let nextCr = -1;
  while (lineStart <= n) {
    // The line [lineStart, lineEnd) and where the next one starts; \n, \r\n and a lone \r all end a line.
    if (nextLf < lineStart) nextLf = text.indexOf('\n', lineStart) >>> 0;
    if (nextCr < lineStart) nextCr = text.indexOf('\r', lineStart) >>> 0;
    let lineEnd: number;
    let lineNext: number;
    if (nextCr < nextLf && nextCr < n) {
      lineEnd = nextCr;
      lineNext = text.charCodeAt(nextCr + 1) === 10 ? nextCr + 2 : nextCr + 1;
    } else if (nextLf < n) {
      lineEnd = nextLf;
      lineNext = nextLf + 1;
    } else {
      lineEnd = n;
      lineNext = n + 1;
    }
    const ls = Math.max(lineStart, from);
    if (!(lineEnd <= from && lineNext <= from)) {
      if (isBlank(text, ls, lineEnd)) {
        if (cur) out.push(cur);
        cur = null;
        prevIndent = 0;
      } else {
        let indent = 0;
        while (ls + indent < lineEnd && isSpace(text.charCodeAt(ls + indent))) indent++;
        let last = lineEnd;
        while (last > ls && isSpace(text.charCodeAt(last - 1))) last--;
        if (cur && indent > prevIndent) {
          // An indented line after a less indented one starts a new paragraph (hard-wrapped archive copy).
          out.push(cur);
          cur = null;
        }
        if (cur) cur.end = last;
        else cur = { start: ls + indent, end: last, index: out.length, role: 'body', attributed: false };
        prevIndent = indent;
      }
    }
    if (lineNext > n) break;
    lineStart = lineNext;
  }
  if (cur) out.push(cur);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Dateline

const AGENCIES: Record<string, ProfileId> = {
  reuters: 'reuters',
  reuter: 'reuters',
  ap: 'ap',
  afp: 'afp',
  xinhua: 'xinhua',
  upi: 'upi',
  bloomberg: 'bloomberg',
};

const TAG_RE = /\(\s*(Reuters|Reuter|AP|AFP|Xinhua|UPI|Bloomberg)\s*\)/i;
// The month in any capitals or language (`APRIL`, `ABR`): readMonth decides whether it is one.
const DATE_TAIL_RE = /(?:^|[\s,]+)(\p{L}{3,10}\.?)\s+(\d{1,2})[\s,]*$/u;
const PLACE_PARTICLES = /^(de|del|la|le|les|du|of|al|el|es|da|do|dos|das|am|an|der|den|on|upon|sur|en|y|i|e)$/;
const PLACE_PART_RE = /^[\p{L}][\p{L}\p{M} .'’-]*$/u;
const PLAIN_PLACE_RE = /^[A-Z]+(?: [A-Z]+){0,5}$/;
/** A place part ending as a sentence does: a lower-case word, or a word too long to be an abbreviation, then a stop. */
const SENTENCE_END_RE = /(?:^|\s)(?:\p{Ll}\p{L}*|\p{L}{6,})\.$/u;
const SEPARATOR_RE = /([ \t\u00a0]*)(--|—|–|―|‐|-|:)?([ \t\u00a0]*)/y;
const ARCHIVE_DATELINE_RE = /^([A-Z][A-Z .'’/-]{1,60}), (\p{L}{3,10}\.?) (\d{1,2}) (-|--|—|–) (?=\S)/u;

interface PlaceParse {
  cities: TextSpan[];
  regions: Array<TextSpan & { city: number }>;
  date?: Span & { month: TextSpan; day: TextSpan };
  end: number;
}

function trimmedSpan(text: string, start: number, end: number): TextSpan {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}

/** Parse `CITY[/CITY][, Region][, Mon D]` occupying text[start, end). Undefined when it is not a place. */
function parsePlace(text: string, start: number, end: number): PlaceParse | undefined {
  let placeEnd = end;
  let date: PlaceParse['date'];
  const prefix = text.slice(start, end);
  const dm = DATE_TAIL_RE.exec(prefix);
  if (dm && readMonth(dm[1] as string)) {
    const mStart = start + dm.index + dm[0].indexOf(dm[1] as string, dm[0].length - dm[0].trimStart().length);
    const monthText = dm[1] as string;
    const dayText = dm[2] as string;
    const dayStart = text.indexOf(dayText, mStart + monthText.length);
    date = {
      start: mStart,
      end: dayStart + dayText.length,
      month: { start: mStart, end: mStart + monthText.length, text: monthText },
      day: { start: dayStart, end: dayStart + dayText.length, text: dayText },
    };
    placeEnd = start + dm.index;
  }
  const cities: TextSpan[] = [];
  const regions: Array<TextSpan & { city: number }> = [];
  const place = trimmedSpan(text, start, placeEnd);
  let placeText = place.text;
  let pe = place.end;
  if (placeText.endsWith(',')) {
    placeText = placeText.slice(0, -1);
    pe--;
  }
  if (placeText.length === 0) {
    return date ? { cities, regions, date, end } : undefined;
  }
  // AFP as republished: `Manchester (United Kingdom)`, the country in parentheses.
  const paren = /^([^()]+?)\s*\(([^()]{1,40})\)$/.exec(placeText);
  if (paren) {
    const city = trimmedSpan(text, place.start, place.start + (paren[1] as string).length);
    const rStart = place.start + placeText.lastIndexOf('(') + 1;
    const region = trimmedSpan(text, rStart, rStart + (paren[2] as string).length);
    if (!PLACE_PART_RE.test(city.text) || !PLACE_PART_RE.test(region.text)) return undefined;
    return { cities: [city], regions: [{ ...region, city: 0 }], date, end };
  }
  if (placeText.length > 90) return undefined;
  let segStart = place.start;
  for (let i = place.start; i <= pe; i++) {
    if (i === pe || text[i] === '/') {
      let partStart = segStart;
      let first = true;
      for (let j = segStart; j <= i; j++) {
        if (j === i || text[j] === ',') {
          const part = trimmedSpan(text, partStart, j);
          // The usual place, one to six words of capitals (`LONDON`, `NEW YORK`), passes every test below.
          if (
            !(part.text.length <= 40 && PLAIN_PLACE_RE.test(part.text)) &&
            (!PLACE_PART_RE.test(part.text) ||
              part.text.length > 40 ||
              part.text.split(/\s+/).length > 6 ||
              // A sentence, not a place: `Copper prices climbed. Mines cut output`.
              /\p{Ll}{3,}\.\s+\p{Lu}/u.test(part.text) ||
              // `Text ... more.`: an ellipsis, or a sentence's last word and its full stop (a place ends in an
              // abbreviation at most: `Ill.`, `Calif.`, `N.Y.`).
              part.text.includes('..') ||
              SENTENCE_END_RE.test(part.text) ||
              part.text.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !PLACE_PARTICLES.test(w)).length > 1)
          ) {
            return undefined;
          }
          if (first && !readsAsCity(part.text)) return undefined;
          if (first) cities.push(part);
          else regions.push({ ...part, city: cities.length - 1 });
          first = false;
          partStart = j + 1;
        }
      }
      segStart = i + 1;
    }
  }
  return { cities, regions, date, end };
}

// A word that opens a sentence pointing at an example, not a city in lower case (`london`, a slip the rules fix).
const SENTENCE_WORD_RE =
  /^(?:see|e\.g\.?|eg|i\.e\.?|ie|cf\.?|as|like|use|read|reads|write|type|not|the|and|or|then|so|but|with|from|by|in|at|to|for|is|are|was|example|here|note)$/;

/**
 * Whether a city reads as one rather than as the words of a sentence: it is no word of a sentence (`see`, `e.g.`),
 * and is in capitals or not throughout (`See LONDON` is a sentence). A lower-case particle may stand before the
 * capitals (`al-MUKALLA`, `DAR es SALAAM`), and so may an abbreviation (`St. LOUIS`); lower case may follow them
 * (`WASHINGTON Oct`).
 */
function readsAsCity(city: string): boolean {
  if (SENTENCE_WORD_RE.test(city)) return false;
  const words = city.split(/\s+/);
  const firstCaps = words.findIndex((w) => /^\p{Lu}{2,}$/u.test(w.replace(/[.'’-]/g, '')));
  for (let i = 0; i < firstCaps; i++) {
    const w = words[i] as string;
    if (/\p{Ll}/u.test(w) && !PLACE_PARTICLES.test(w) && !/^\p{Lu}\p{Ll}{0,3}\.$/u.test(w)) return false;
  }
  return true;
}

function datelineOf(
  para: Span,
  index: number,
  place: PlaceParse,
  separator: Dateline['separator'],
  tag?: Dateline['tag'],
): Dateline {
  return {
    start: para.start,
    end: separator.end,
    paragraph: index,
    cities: place.cities,
    regions: place.regions,
    date: place.date,
    tag,
    separator,
    bodyStart: separator.end,
  };
}

function parseDateline(text: string, para: Span, index: number): Dateline | undefined {
  const headEnd = Math.min(para.end, para.start + 200);
  const head = text.slice(para.start, headEnd);
  const tm = TAG_RE.exec(head);
  if (tm && tm.index <= 140) {
    const tagStart = para.start + tm.index;
    const tagEnd = tagStart + tm[0].length;
    let place = parsePlace(text, para.start, tagStart);
    // A dateline that is the tag alone: Bloomberg copy opens `(Bloomberg) -- `, Reuters web copy with no place
    // `(Reuters) - `. Which agencies may do so is the profile's business (dateline-missing).
    if (!place && tm.index === 0) place = { cities: [], regions: [], end: tagStart };
    if (place) {
      SEPARATOR_RE.lastIndex = tagEnd;
      const sm = SEPARATOR_RE.exec(text);
      let sepEnd = sm ? tagEnd + sm[0].length : tagEnd;
      if (sepEnd > para.end) sepEnd = para.end;
      const agencyName = tm[1] as string;
      const agencyStart = tagStart + tm[0].indexOf(agencyName);
      return datelineOf(
        para,
        index,
        place,
        { start: tagEnd, end: sepEnd, text: text.slice(tagEnd, sepEnd), dash: sm?.[2] ?? '' },
        {
          start: tagStart,
          end: tagEnd,
          text: tm[0],
          agency: { start: agencyStart, end: agencyStart + agencyName.length, text: agencyName },
          profile: AGENCIES[agencyName.toLowerCase()],
        },
      );
    }
  }
  const am = ARCHIVE_DATELINE_RE.exec(head);
  // Without a tag, only an English month makes the line a dateline: `NADAL, SET 2 - ` is a name and a word.
  const amMonth = am ? readMonth(am[2] as string) : undefined;
  if (am && amMonth && amMonth.kind !== 'foreign') {
    const cityText = am[1] as string;
    const place = parsePlace(
      text,
      para.start,
      para.start + cityText.length + 2 + (am[2] as string).length + 1 + (am[3] as string).length,
    );
    if (place && place.date) {
      const sepStart = place.date.end;
      const sepEnd = para.start + am[0].length;
      return datelineOf(para, index, place, {
        start: sepStart,
        end: sepEnd,
        text: text.slice(sepStart, sepEnd),
        dash: am[4] as string,
      });
    }
  }
  return undefined;
}

/** A line that is Markdown, a list item, a table row, a quotation or a code fence, not a headline or byline. */
export const MARKUP_START = /^(?:[#|>`*+•\-–—=_~]|\d+[.)]\s)/;

/**
 * Header lines typed straight above a dateline, with no blank line between: at most this many, this long, and no
 * sentence (a headline does not end in a full stop).
 */
const MAX_HEADER_LINES = 2;
const MAX_HEADER_LINE_CHARS = 160;

/**
 * The dateline, at the start of one of the first paragraphs. When none opens a paragraph, a dateline may open the
 * second or third line of one, under a headline and byline typed with no blank line between
 * (`UPDATE 2-Oil falls\nBy Jane Doe\nLONDON, Jan 5 (Reuters) - …`): each line above it then becomes a paragraph of
 * its own (`paragraphs` is changed in place) and the dateline opens the paragraph after them.
 */
export function readDateline(text: string, paragraphs: Paragraph[]): Dateline | undefined {
  const n = Math.min(paragraphs.length, MAX_HEADER_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const dl = parseDateline(text, paragraphs[i] as Paragraph, i);
    if (dl) return dl;
  }
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i] as Paragraph;
    const heads: Paragraph[] = [];
    let lineStart = p.start;
    for (let k = 0; k < MAX_HEADER_LINES; k++) {
      // The line's end, looked for no further than a header line may run.
      const stop = Math.min(p.end, lineStart + MAX_HEADER_LINE_CHARS + 1);
      let br = lineStart;
      while (br < stop && text.charCodeAt(br) !== 10 && text.charCodeAt(br) !== 13) br++;
      if (br >= stop) break;
      let last = br;
      while (last > lineStart && isSpace(text.charCodeAt(last - 1))) last--;
      const line = text.slice(lineStart, last);
      // A line of prose introduces what follows (`Datelines read:`), it does not head a story.
      if (MARKUP_START.test(line) || /[:;,]$|\p{Ll}[.!?]$/u.test(line)) break;
      heads.push({ start: lineStart, end: last, index: i + k, role: 'body', attributed: false });
      let next = text.charCodeAt(br) === 13 && text.charCodeAt(br + 1) === 10 ? br + 2 : br + 1;
      while (next < p.end && isSpace(text.charCodeAt(next))) next++;
      lineStart = next;
      const dl = parseDateline(text, { start: lineStart, end: p.end }, i + k + 1);
      if (dl) {
        paragraphs.splice(i, 1, ...heads, { ...p, start: lineStart, index: i + k + 1 });
        for (let j = i + k + 2; j < paragraphs.length; j++) (paragraphs[j] as Paragraph).index = j;
        return dl;
      }
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Byline

const BYLINE_RE = /^By\s+(?=\S)/i;
const BYLINE_TITLE_RE = /\b(writer|correspondent|reporter|editor|press|reuters|columnist|staff|AP)\b/i;

function splitNames(text: string, start: number, end: number, dropTitles: boolean): TextSpan[] {
  const names: TextSpan[] = [];
  const re = /,|;|&|\band\b/g;
  const chunk = text.slice(start, end);
  let last = 0;
  let m: RegExpExecArray | null;
  const push = (a: number, b: number): void => {
    const s = trimmedSpan(text, start + a, start + b);
    if (s.text.length === 0) return;
    if (dropTitles && BYLINE_TITLE_RE.test(s.text) && !/^[A-Z][a-z]/.test(s.text.replace(/^(AP|Reuters)\b/, '')))
      return;
    if (dropTitles && BYLINE_TITLE_RE.test(s.text) && names.length > 0) return;
    names.push(s);
  };
  while ((m = re.exec(chunk)) !== null) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, chunk.length);
  return names;
}

function parseByline(text: string, para: Span, index: number): Byline | undefined {
  const first = text.slice(para.start, Math.min(para.end, para.start + 300));
  const m = BYLINE_RE.exec(first);
  if (!m) return undefined;
  let lineEnd = para.start + first.length;
  const nl = first.search(/[\r\n]/);
  if (nl >= 0) lineEnd = para.start + nl;
  const names = splitNames(text, para.start + m[0].length, lineEnd, true);
  return { start: para.start, end: para.end, paragraph: index, names };
}

// ---------------------------------------------------------------------------------------------------------
// Credit line, notes, sign-off, trailer

const ROLE_WORDS =
  'Additional reporting|Additional writing|Reporting|Writing|Editing|Compiled|Compiling|Research|Graphics?|Production|Photos?|Video|Fact-checking';
const ROLE_RE = new RegExp(`\\b(${ROLE_WORDS})\\s+by\\b`, 'gi');
const CREDIT_START_RE = new RegExp(`^\\(?\\s*(${ROLE_WORDS})\\s+by\\b`, 'i');
const CREDIT_LEAD_RE = new RegExp(`^\\([^()]{0,80}?[;,]\\s*(${ROLE_WORDS})\\s+by\\b`, 'i');
const CREDIT_TAIL_RE = new RegExp(`\\(\\s*(${ROLE_WORDS})\\s+by\\b[^()]*\\)?$`, 'i');
const CONTRIBUTED_RE =
  /^(Associated Press|AP)\b.{0,400}?\bcontributed\b|\bcontributed (to this (report|story)|reporting\b|from [A-Z])/;
/** The words that run one role on into the next: `Reporting by Jane Doe, with additional reporting by …`. */
const RUN_ON_WORDS = new Set(['with', 'plus']);
const SIGNOFF_RE = /^REUTER\.?$/i;
const CONTACT_RE = /^\(\(.*\)\)$|^Keywords:/i;

function parseCredit(text: string, para: Span, index: number): CreditLine | undefined {
  const pText = text.slice(para.start, para.end);
  let cStart: number;
  if (CREDIT_START_RE.test(pText)) cStart = para.start;
  else if (pText.startsWith('(') && pText.length < 400 && CREDIT_LEAD_RE.test(pText.slice(0, 120))) {
    // `(By Jane Doe; Editing by …)`: a credit line whose first role is not in front.
    cStart = para.start;
  } else {
    if (pText.length > 5000 && pText.lastIndexOf('(') < pText.length - 600) return undefined;
    const tailFrom = Math.max(0, pText.lastIndexOf('(', pText.length - 1));
    const tail = pText.slice(tailFrom);
    const tm = CREDIT_TAIL_RE.exec(tail);
    if (!tm || tm.index !== 0) return undefined;
    cStart = para.start + tailFrom;
  }
  const cEnd = para.end;
  let innerStart = cStart;
  let innerEnd = cEnd;
  let open: Span | undefined;
  let close: Span | undefined;
  if (text[cStart] === '(') {
    open = { start: cStart, end: cStart + 1 };
    innerStart = cStart + 1;
  }
  // The closing parenthesis: the last `)` of the credit, possibly followed by a full stop.
  let k = cEnd - 1;
  if (text[k] === '.') k--;
  if (text[k] === ')') {
    close = { start: k, end: k + 1 };
    innerEnd = k;
  }
  const inner = text.slice(innerStart, innerEnd);
  const roles: CreditRole[] = [];
  const separators: TextSpan[] = [];
  ROLE_RE.lastIndex = 0;
  const labels: Array<{ start: number; end: number; word: string }> = [];
  let m: RegExpExecArray | null;
  while ((m = ROLE_RE.exec(inner)) !== null) {
    labels.push({ start: innerStart + m.index, end: innerStart + m.index + m[0].length, word: m[1] as string });
  }
  if (labels.length === 0) return undefined;
  let leading: TextSpan | undefined;
  let leadEnd = (labels[0] as { start: number }).start;
  while (leadEnd > innerStart && /[\s;,]/.test(text[leadEnd - 1] as string)) leadEnd--;
  const lead = trimmedSpan(text, innerStart, leadEnd);
  if (lead.text.length > 0) leading = lead;
  let inline = false;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] as { start: number; end: number; word: string };
    const nextStart = i + 1 < labels.length ? (labels[i + 1] as { start: number }).start : innerEnd;
    // Names run to the separator before the next role.
    let namesEnd = nextStart;
    // `…, with additional reporting by X`: the next role carries on this one in running text.
    const runOn = i + 1 < labels.length ? runOnStart(text, l.end, nextStart) : -1;
    const nextInline = runOn >= 0;
    if (runOn >= 0) namesEnd = runOn;
    else if (i + 1 < labels.length) {
      let s = nextStart;
      while (s > l.end && (isSpace(text.charCodeAt(s - 1)) || text[s - 1] === ';' || text[s - 1] === ',')) s--;
      // Keep a trailing "and"-less separator only.
      separators.push({ start: s, end: nextStart, text: text.slice(s, nextStart) });
      namesEnd = s;
    }
    const labelSpan = { start: l.start, end: l.end, text: text.slice(l.start, l.end) };
    const names = splitNames(text, l.end, namesEnd, false).map((n) => {
      const inIdx = n.text.search(/\s+in\s+[A-Z]/);
      if (inIdx < 0) return n;
      return { start: n.start, end: n.start + inIdx, text: n.text.slice(0, inIdx) };
    });
    const role: CreditRole = {
      start: l.start,
      end: namesEnd,
      label: labelSpan,
      kind: l.word.toLowerCase().replace(/\s+/g, ' '),
      names,
    };
    if (inline) role.inline = true;
    roles.push(role);
    inline = nextInline;
  }
  return { start: cStart, end: cEnd, paragraph: index, open, close, leading, roles, separators };
}

/**
 * Where the run-on words before a role begin (`, with ` in `Jane Doe, with additional reporting by`), when
 * text[from, to) ends in `with` or `plus` and a space; -1 otherwise. Reads back from `to` only.
 */
function runOnStart(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  const s = e - 4;
  if (e === to || s < from || !RUN_ON_WORDS.has(text.slice(s, e).toLowerCase())) return -1;
  if (s > from && /\w/.test(text[s - 1] as string)) return -1;
  let b = s;
  while (b > from && (isSpace(text.charCodeAt(b - 1)) || text[b - 1] === ',')) b--;
  return b;
}

function looksLikeJunk(t: string): boolean {
  if (/^https?:\/\/\S+$/i.test(t)) return true;
  if (/\s/.test(t)) return /^(VIEWIMAGE|IMAGE|Click here.*|\[?Image[^\]]*\]?)$/i.test(t);
  return t.length >= 20 && /[0-9_#]|\.com/i.test(t) && /[a-z]/i.test(t);
}

// ---------------------------------------------------------------------------------------------------------
// Quotations

const OPENING_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '/', '‘', "'", ':', '\u00a0']);

const QUOTE_CHARS_RE = /['‘’"“”„″]/g;
const QUOTE_CHAR = new Map([...'\'‘’"“”„″'].map((c) => [c, c]));

function scanQuotes(
  text: string,
  para: Span,
  pIndex: number,
  nextParaStartsWithOpen: boolean,
  prevContinues: boolean,
  marks: QuoteMark[],
  singles: Array<Span & { char: string }>,
  quotations: Quotation[],
  problems: QuoteProblem[],
): boolean {
  let current: Quotation | null = null;
  let firstQuote = true;
  let openSingle = -1;
  const startQuote = (m: QuoteMark): Quotation => {
    const q: Quotation = {
      start: m.start,
      end: para.end,
      paragraph: pIndex,
      open: m,
      contentStart: m.end,
      contentEnd: para.end,
      full: false,
      continuesFromPrevious: firstQuote && prevContinues && isBlank(text, para.start, m.start),
      continuesToNext: false,
    };
    firstQuote = false;
    return q;
  };
  // Jump from mark to mark: the regex engine skips the plain text far faster than a loop over every character.
  // The search runs over the paragraph alone (a slice shares the text's memory), never on into the rest of the text.
  const seg = text.slice(para.start, para.end);
  const marksRe = QUOTE_CHARS_RE;
  marksRe.lastIndex = 0;
  for (let found = marksRe.exec(seg); found !== null; found = marksRe.exec(seg)) {
    const i = para.start + found.index;
    // The mark as a constant string: the match's own string would be a new one, kept alive by every mark.
    const ch = QUOTE_CHAR.get(found[0]) as string;
    if (ch === '‘' || ch === '’' || ch === "'") {
      // A foot mark (6'2") is not an apostrophe or a quote mark.
      if (ch === "'" && /[0-9]/.test(text[i - 1] ?? '') && /[0-9\s"]|^$/.test(text[i + 1] ?? '')) continue;
      singles.push({ start: i, end: i + 1, char: ch });
      if (ch === '‘') openSingle = i;
      else if (ch === '’' && openSingle >= 0) openSingle = -1;
      continue;
    }
    if (ch !== '"' && ch !== '“' && ch !== '”' && ch !== '„' && ch !== '″') continue;
    let dir: 'open' | 'close';
    let misshapen = false;
    const style = ch === '"' ? 'straight' : 'curly';
    const prevCh = i > para.start ? (text[i - 1] as string) : ' ';
    const nextCh = i + 1 < para.end ? (text[i + 1] as string) : ' ';
    const opensHere = (isSpace(prevCh.charCodeAt(0)) || OPENING_CONTEXT.has(prevCh)) && /[\p{L}\p{N}]/u.test(nextCh);
    const closesHere =
      /[\p{L}\p{N}.,?!…]/u.test(prevCh) && (isSpace(nextCh.charCodeAt(0)) || /[.,;:?!)\]—–-]/.test(nextCh));
    if (ch === '″') {
      if (/[0-9]/.test(prevCh)) continue; // a prime: 5′10″
      dir = current ? 'close' : 'open';
      misshapen = true;
    } else if (ch === '“' || ch === '„') {
      dir = 'open';
      if (current && closesHere) {
        dir = 'close';
        misshapen = true;
      }
    } else if (ch === '”') {
      // A curly inch mark after a figure (5’3”), with no quote open: not a quote mark.
      if (!current && /[0-9]/.test(prevCh)) continue;
      dir = 'close';
      if (!current && opensHere) {
        dir = 'open';
        misshapen = true;
      }
    } else if (/\p{L}/u.test(prevCh) && /^(s|t|re|ll|ve|d|m)(?!\p{L})/u.test(text.slice(i + 1, i + 4))) {
      // `Britain"s`: a double mark typed for an apostrophe, not a quote mark.
      problems.push({ start: i, end: i + 1, paragraph: pIndex, kind: 'apostrophe' });
      continue;
    } else {
      const prev = i > para.start ? (text[i - 1] as string) : ' ';
      const next = i + 1 < para.end ? (text[i + 1] as string) : ' ';
      const prevSpace = isSpace(prev.charCodeAt(0)) || OPENING_CONTEXT.has(prev);
      const nextSpace = isSpace(next.charCodeAt(0));
      if (!current && /[0-9]/.test(prev)) continue; // inch mark: 5'10"
      if (current) dir = 'close';
      else dir = prevSpace || !nextSpace ? 'open' : 'close';
      if (current && prevSpace && !nextSpace) {
        // `"a "b` — a new quote opens before the old one closed.
        dir = 'open';
      }
    }
    const mark: QuoteMark = { start: i, end: i + 1, char: ch, dir, style };
    if (misshapen) mark.misshapen = true;
    marks.push(mark);
    if (dir === 'open') {
      if (current) {
        problems.push({ start: current.start, end: current.start + 1, paragraph: pIndex, kind: 'unclosed' });
        current.end = i;
        current.contentEnd = i;
        quotations.push(current);
      }
      current = startQuote(mark);
    } else if (current) {
      current.close = mark;
      current.end = mark.end;
      current.contentEnd = mark.start;
      quotations.push(current);
      current = null;
    } else if (firstQuote && prevContinues && isBlank(text, para.start, i)) {
      // Unreachable in practice: a paragraph that starts with a closing mark.
      problems.push({ start: i, end: i + 1, paragraph: pIndex, kind: 'unopened' });
    } else {
      problems.push({ start: i, end: i + 1, paragraph: pIndex, kind: 'unopened' });
      firstQuote = false;
    }
  }
  if (openSingle >= 0)
    problems.push({ start: openSingle, end: openSingle + 1, paragraph: pIndex, kind: 'unclosed-single' });
  if (current) {
    current.end = para.end;
    current.contentEnd = para.end;
    if (nextParaStartsWithOpen) {
      current.continuesToNext = true;
    } else {
      problems.push({ start: current.start, end: current.start + 1, paragraph: pIndex, kind: 'unclosed' });
    }
    quotations.push(current);
    return current.continuesToNext;
  }
  return false;
}

function classifyFull(text: string, para: Span, q: Quotation): boolean {
  if (q.continuesFromPrevious) return true;
  let i = q.contentStart;
  while (i < q.contentEnd && !/[\p{L}\p{N}]/u.test(text[i] as string)) i++;
  if (i >= q.contentEnd) return false;
  if (!isUpperLetter(text[i] as string) && !/[0-9]/.test(text[i] as string)) return false;
  // What comes before the opening mark.
  let j = q.start - 1;
  while (j >= para.start && isSpace(text.charCodeAt(j))) j--;
  if (j < para.start) return true;
  const before = text[j] as string;
  return (
    before === ':' ||
    before === ',' ||
    before === '.' ||
    before === '?' ||
    before === '!' ||
    before === '—' ||
    before === '”' ||
    before === '"'
  );
}

// ---------------------------------------------------------------------------------------------------------
// Attributions

const SPEECH = [...new Set(attribution.speech)].sort((a, b) => b.length - a.length);
const SPEECH_RE = new RegExp(`\\b(${SPEECH.map((v) => v.replace(/ /g, '\\s+')).join('|')})\\b`, 'g');
const SPEECH_TEST_RE = new RegExp(SPEECH_RE.source);
const SPEECH_FORM = new Map(SPEECH.filter((v) => !v.includes(' ')).map((v) => [v, v]));
const PRONOUN_RE = /^(he|she|they|it|we|I)$/;
const CAP_WORD = "[A-Z][\\p{L}\\p{M}'’.-]*";
const SPEAKER_BEFORE_RE = new RegExp(`((?:${CAP_WORD}\\s+){0,3}${CAP_WORD}|\\b(?:he|she|they|it|we|I))\\s+$`, 'u');
// `said Smith.` or `said Smith, who…` — not `said Chrysler planned…`, where the name starts a reported clause.
const SPEAKER_AFTER_RE = new RegExp(
  `^\\s+((?:he|she|they|it|we|I)\\b|${CAP_WORD}(?:\\s+${CAP_WORD}){0,3})(?=\\s*(?:[.,;:!?“"]|$))`,
  'u',
);

/**
 * An attribution as the parser keeps it: plain numbers, with the verb and speaker spans built when read. A long
 * text holds tens of thousands of attributions; two fewer objects each is less for the garbage collector to copy.
 * The speaker's text is read from the blanked copy, where a speaker's words are those of the text.
 */
class ParsedAttribution implements Attribution {
  readonly start: number;
  readonly end: number;
  quote?: Attribution['quote'];
  readonly #u: string;
  readonly #vStart: number;
  readonly #vEnd: number;
  readonly #verbText: string;
  readonly #sStart: number;
  readonly #sEnd: number;

  constructor(
    u: string,
    readonly paragraph: number,
    vStart: number,
    vEnd: number,
    verbText: string,
    sStart: number,
    sEnd: number,
    readonly inverted: boolean,
  ) {
    this.start = sStart >= 0 ? Math.min(sStart, vStart) : vStart;
    this.end = sStart >= 0 ? Math.max(sEnd, vEnd) : vEnd;
    this.quote = undefined;
    this.#u = u;
    this.#vStart = vStart;
    this.#vEnd = vEnd;
    this.#verbText = verbText;
    this.#sStart = sStart;
    this.#sEnd = sEnd;
  }

  get verb(): TextSpan {
    return { start: this.#vStart, end: this.#vEnd, text: this.#verbText };
  }

  get speaker(): TextSpan | undefined {
    return this.#sStart < 0
      ? undefined
      : { start: this.#sStart, end: this.#sEnd, text: this.#u.slice(this.#sStart, this.#sEnd) };
  }

  /** The plain shape, for JSON.stringify: the spans, not the numbers they are built from. */
  toJSON(): Attribution {
    const { start, end, paragraph, verb, speaker, inverted, quote } = this;
    return { start, end, paragraph, verb, speaker, inverted, quote };
  }
}

/**
 * Where the `n` words before `end` begin (not before `lo`): a speaker before a verb is at most four words, so the
 * speaker pattern needs no more of the text than this. Words are parted by whitespace exactly as `\s` sees it, so
 * the window holds every place the pattern could start.
 */
function wordsBack(u: string, lo: number, end: number, n: number): number {
  let i = end;
  for (let w = 0; w < n && i > lo; w++) {
    while (i > lo && isJsSpace(u.charCodeAt(i - 1))) i--;
    while (i > lo && !isJsSpace(u.charCodeAt(i - 1))) i--;
  }
  return i;
}

/** Whitespace as `\s` and trimEnd see it. */
function isJsSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const PRONOUN_TAIL_RE = /(?:^|[^A-Za-z0-9_])(?:he|she|they|it|we)$/;

/**
 * Whether the text before a verb (its trailing space trimmed) can end in a speaker as SPEAKER_BEFORE_RE reads one:
 * its last word holds a capital A–Z, or ends in a pronoun. When it cannot (`the ministry said`), the pattern need
 * not run.
 */
function mayEndInSpeaker(lead: string): boolean {
  let i = lead.length;
  while (i > 0 && !isJsSpace(lead.charCodeAt(i - 1))) {
    const c = lead.charCodeAt(i - 1);
    if (c >= 65 && c <= 90) return true;
    i--;
  }
  return PRONOUN_TAIL_RE.test(lead.slice(i));
}

// What may stand between a verb and the quotation after it (`said: “…`, `said that “…`), or between an inverted
// speaker and it (`said Smith: “…`). Matched sticky at the verb's (or speaker's) end rather than over the gap, so a
// long gap is not copied and searched for every verb. No part of either pattern can match a quote mark and each
// takes all it can, so the match ends at the quotation exactly when the whole gap has that form.
const GAP_BEFORE_QUOTE_RE = /\s*(?:that\s+)?[:,]?\s*/y;
const GAP_AFTER_SPEAKER_RE = /\s*[:,]\s*/y;

/** Whether a sticky `re` at `from` runs exactly to `to`. */
function reaches(re: RegExp, text: string, from: number, to: number): boolean {
  if (from > to) return false;
  re.lastIndex = from;
  const m = re.exec(text);
  return m !== null && from + m[0].length === to;
}

/**
 * Attributions of one body paragraph; its quotations are story.quotations[qFrom, qTo). The verbs are found in
 * order, so one pointer walks the quotations beside them: each verb looks at the last quotation that closed before
 * it and the first one that opens after it, and each quotation is passed once, however long the paragraph.
 */
function findAttributions(story: Story, p: Paragraph, qFrom: number, qTo: number): void {
  const text = story.text;
  const u = story.unquoted;
  const quotations = story.quotations;
  const start = p.index === story.dateline?.paragraph ? story.dateline.bodyStart : p.start;
  const seg = u.slice(start, p.end);
  // quotations[qFrom, next) start before the current verb; lastClosed is the last of them with a closing mark.
  let next = qFrom;
  let lastClosed = -1;
  SPEECH_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPEECH_RE.exec(seg)) !== null) {
    const vStart = start + m.index;
    const vEnd = vStart + m[0].length;
    p.attributed = true;
    // One word is the same in the text and the blanked copy: the list's own string serves (one string per verb
    // form, not one per attribution). A two-word verb comes from the text, so a quotation inside it
    // (`pointed “wryly” out`) stays.
    const verbText = SPEECH_FORM.get(m[0]) ?? text.slice(vStart, vEnd);
    const beforeWin = u.slice(wordsBack(u, Math.max(p.start, vStart - 80), vStart, 4), vStart);
    const afterWin = u.slice(vEnd, Math.min(p.end, vEnd + 80));
    // The speaker's range in the blanked copy, where its words are the text's own: -1 when there is none.
    let sStart = -1;
    let sEnd = -1;
    let inverted = false;
    const lead = beforeWin.trimEnd();
    const bm = lead.length < beforeWin.length && mayEndInSpeaker(lead) ? SPEAKER_BEFORE_RE.exec(beforeWin) : null;
    if (bm) {
      const s = vStart - bm[0].length;
      sStart = s;
      sEnd = s + (bm[1] as string).length;
    } else {
      const prevCh = lead.length ? (lead[lead.length - 1] as string) : '';
      const am =
        prevCh === ',' ||
        prevCh === '' ||
        (text[vStart - 1] !== undefined && /[”"]/.test(text.slice(Math.max(p.start, vStart - 4), vStart)))
          ? SPEAKER_AFTER_RE.exec(afterWin)
          : null;
      if (am) {
        // A full stop after the name ends the sentence; one after an initial (`H.W.`) is part of the name.
        const w = (am[1] as string).replace(/([\p{L}]{2,})\.$/u, '$1');
        const s = vEnd + am[0].length - (am[1] as string).length;
        sStart = s;
        sEnd = s + w.length;
        inverted = true;
      }
    }
    const a = new ParsedAttribution(u, p.index, vStart, vEnd, verbText, sStart, sEnd, inverted);
    // Next to a quotation? The verb stands in the blanked copy, outside every quotation: those that open before it
    // end before it. Quotations are in text order, so they are all passed before any that opens after the verb.
    while (next < qTo) {
      const q = quotations[next] as Quotation;
      if (q.open && q.open.start >= vEnd) break;
      if (q.close && q.close.end <= vStart) lastClosed = next;
      next++;
    }
    if (lastClosed >= 0) {
      // `“…,” Smith said` — the quote ends in a comma (or ? ! —) and only the speaker stands between.
      // Not `“….” Jones said` (a new sentence) nor `said Smith, who claimed the title` (a second verb).
      const q = quotations[lastClosed] as Quotation;
      const closeEnd = (q.close as QuoteMark).end;
      const lastInside = text[q.contentEnd - 1] ?? '';
      if (vStart - closeEnd <= 70) {
        const gap = text.slice(closeEnd, vStart);
        if (
          /^\s*,?\s*[^.!?;:“”"]*$/.test(gap) &&
          (/^\s*,/.test(gap) || /[,?!—–-]/.test(lastInside)) &&
          !/\b(who|which|whose|when|after|before|because|while|whom)\b/.test(gap) &&
          !SPEECH_TEST_RE.test(gap)
        ) {
          a.quote = { index: lastClosed, side: 'after' };
        }
      }
    }
    if (next < qTo) {
      // A quote opening straight after the verb (`added, “…`) wins over one that closed before it.
      const openStart = ((quotations[next] as Quotation).open as QuoteMark).start;
      if (
        reaches(GAP_BEFORE_QUOTE_RE, text, vEnd, openStart) ||
        (inverted && sStart >= 0 && reaches(GAP_AFTER_SPEAKER_RE, text, sEnd, openStart))
      ) {
        a.quote = { index: next, side: 'before' };
      }
    }
    story.attributions.push(a);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Parse

const SPACES = ' '.repeat(1024);

export function parseStory(text: string): Story {
  const paragraphs = splitParagraphs(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const story = new ParsedStory(text, paragraphs);

  // Dateline and header.
  story.dateline = readDateline(text, paragraphs);
  let d = story.dateline ? story.dateline.paragraph : -1;
  let headerEnd: number;
  if (d < 0) {
    for (let i = 0; i < Math.min(paragraphs.length, MAX_HEADER_PARAGRAPHS); i++) {
      const p = paragraphs[i] as Paragraph;
      const tm = TAG_RE.exec(text.slice(p.start, Math.min(p.end, p.start + 200)));
      if (tm && tm.index <= 140 && !/[.!?]\s/.test(text.slice(p.start, p.start + tm.index))) {
        const name = tm[1] as string;
        story.strayTag = {
          start: p.start + tm.index,
          end: p.start + tm.index + tm[0].length,
          text: tm[0],
          profile: AGENCIES[name.toLowerCase()],
          paragraph: i,
        };
        d = i;
        break;
      }
    }
  }
  if (d >= 0) headerEnd = d;
  else {
    // No dateline: a short first line standing alone is the headline, a `By` line the byline.
    headerEnd = 0;
    for (let i = 0; i < Math.min(paragraphs.length - 1, 3); i++) {
      const p = paragraphs[i] as Paragraph;
      const t = text.slice(p.start, p.end);
      if (BYLINE_RE.test(t) && t.length < 200) headerEnd = i + 1;
      else if (i === 0 && t.length <= 160 && !/[\r\n]/.test(t) && !/[.:]$/.test(t)) headerEnd = 1;
    }
  }
  for (let i = 0; i < headerEnd; i++) {
    const p = paragraphs[i] as Paragraph;
    const by = story.byline ? undefined : parseByline(text, p, i);
    if (by) {
      story.byline = by;
      p.role = 'byline';
    } else if (!story.headline && !story.byline) {
      p.role = 'headline';
      story.headline = p;
    } else p.role = 'header';
  }
  story.bodyFrom = headerEnd;

  // Footer: credit line, contributed note, sign-off, trailer.
  let footerFrom = paragraphs.length;
  const lowest = Math.max(headerEnd, paragraphs.length - 6);
  for (let i = paragraphs.length - 1; i >= lowest; i--) {
    const p = paragraphs[i] as Paragraph;
    const t = text.slice(p.start, p.end);
    if (SIGNOFF_RE.test(t) && i > headerEnd) {
      story.signoff = p;
      p.role = 'signoff';
      footerFrom = i;
      break;
    }
    const c = parseCredit(text, p, i);
    if (c) {
      story.credit = c;
      if (c.start === p.start) {
        p.role = 'credit';
        footerFrom = i;
      } else footerFrom = i + 1;
      break;
    }
  }
  if (story.signoff || story.credit) {
    const after = story.signoff ? story.signoff.index + 1 : (story.credit as CreditLine).paragraph + 1;
    for (let i = after; i < paragraphs.length; i++) {
      const p = paragraphs[i] as Paragraph;
      if (CONTACT_RE.test(text.slice(p.start, p.end))) {
        p.role = 'header';
        continue;
      }
      p.role = 'trailer';
      story.trailer.push(p);
    }
  } else {
    for (let i = paragraphs.length - 1; i > headerEnd; i--) {
      const p = paragraphs[i] as Paragraph;
      if (!looksLikeJunk(text.slice(p.start, p.end))) break;
      p.role = 'trailer';
      story.trailer.unshift(p);
      footerFrom = i;
    }
  }
  for (let i = Math.max(headerEnd, paragraphs.length - 8); i < footerFrom; i++) {
    const p = paragraphs[i] as Paragraph;
    if (p.end - p.start >= 600) continue;
    const t = text.slice(p.start, p.end);
    if (t.includes('contributed') && CONTRIBUTED_RE.test(t)) {
      p.role = 'contributed';
      story.contributed = p;
    }
  }
  for (let i = headerEnd; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    if (p.role !== 'body') continue;
    story.body.push(i);
    const start = story.dateline && story.dateline.paragraph === i ? story.dateline.bodyStart : p.start;
    const end = story.credit && story.credit.paragraph === i ? story.credit.start : p.end;
    // Most body paragraphs are their own range: the paragraph object serves, so a long text does not hold a
    // second object per paragraph.
    story.bodySpans.push(start === p.start && end === p.end ? p : { start, end, index: i });
  }

  // Quotations in the body.
  // The quotations of body paragraph i are story.quotations[qFrom[i], qTo[i]).
  const qFrom: number[] = [];
  const qTo: number[] = [];
  let prevContinues = false;
  for (let k = 0; k < story.body.length; k++) {
    const i = story.body[k] as number;
    const p = paragraphs[i] as Paragraph;
    const next = paragraphs[i + 1];
    const nextOpens =
      next !== undefined &&
      next.role === 'body' &&
      (text[next.start] === '“' || text[next.start] === '"' || text[next.start] === '„');
    const from = story.quotations.length;
    const scanFrom = story.dateline && story.dateline.paragraph === i ? story.dateline.bodyStart : p.start;
    const endOfCredit = story.credit && story.credit.paragraph === i ? story.credit.start : p.end;
    prevContinues = scanQuotes(
      text,
      { start: scanFrom, end: endOfCredit },
      i,
      nextOpens,
      prevContinues,
      story.quoteMarks,
      story.singleMarks,
      story.quotations,
      story.quoteProblems,
    );
    for (let q = from; q < story.quotations.length; q++) {
      const qq = story.quotations[q] as Quotation;
      qq.full = classifyFull(text, { start: scanFrom, end: endOfCredit }, qq);
    }
    qFrom[i] = from;
    qTo[i] = story.quotations.length;
  }

  // The text with quotations blanked: pieces of the text and runs of spaces, joined by the engine as it goes.
  if (story.quotations.length === 0) story.unquoted = text;
  else {
    let out = '';
    let pos = 0;
    for (const q of story.quotations) {
      const n = q.end - q.start;
      out += text.slice(pos, q.start) + (n <= SPACES.length ? SPACES.slice(0, n) : ' '.repeat(n));
      pos = q.end;
    }
    story.unquoted = out + text.slice(pos);
  }

  // Attributions.
  for (const i of story.body) {
    const p = paragraphs[i] as Paragraph;
    findAttributions(story, p, qFrom[i] as number, qTo[i] as number);
  }
  return story;
}

export const PRONOUNS = PRONOUN_RE;

/** For tests: the speaker pattern and the check that lets it be skipped; for the benchmark: the speech-verb search. */
export const internals = { SPEAKER_BEFORE_RE, SPEECH_RE, mayEndInSpeaker, wordsBack };
