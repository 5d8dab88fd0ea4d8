import type { Fix, Rule, RuleMeta, Suggestion } from '../types';
import type { BodySpan, Story } from '../story';
import type { RuleContext } from '../types';
import { escapeRegExp } from '../text';

export function defineRule(meta: Omit<RuleMeta, 'docs'>, check: (story: Story, ctx: RuleContext) => void): Rule {
  return { meta: { ...meta, docs: `docs/rules/${meta.id}.md` }, check };
}

export function replace(start: number, end: number, text: string): Fix {
  return { range: [start, end], text };
}

export function suggest(desc: string, start: number, end: number, text: string): Suggestion {
  return { desc, fix: replace(start, end, text) };
}

/** Match a regex over story.unquoted within [start, end) and call back with absolute offsets. */
export function eachMatch(
  source: string,
  re: RegExp,
  start: number,
  end: number,
  cb: (m: RegExpExecArray, at: number) => void,
): void {
  const seg = source.slice(start, end);
  const g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  g.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = g.exec(seg)) !== null) {
    if (m[0].length === 0) g.lastIndex++;
    cb(m, start + m.index);
  }
}

export type BodyRange = BodySpan;

/** Body paragraphs as [start, end) ranges, the dateline and a credit line at a paragraph's end left out. */
export function bodyRanges(story: Story): readonly BodyRange[] {
  return story.bodySpans;
}

/** A look-ahead or look-behind in a regex's source (or, rarely, an escaped `(` before `?=`: then merely slower). */
const LOOKAROUND = /\(\?<?[=!]/;

const literalRes = new Map<string, RegExp>();

/** A global regex for a plain string: the regex engine finds a literal far faster than indexOf does. */
function literalRe(lit: string): RegExp {
  let re = literalRes.get(lit);
  if (!re) literalRes.set(lit, (re = new RegExp(escapeRegExp(lit), 'g')));
  return re;
}

/**
 * The ranges (in order) that hold at least one of `literals` whole. A plain string is found by the engine's fast
 * search, where a pattern that opens on a choice or a class (`Mr|Ms`, `M[rs]`) is tried at every position.
 */
function paragraphsHolding(source: string, ranges: readonly BodyRange[], literals: readonly string[]): BodyRange[] {
  const hit = new Uint8Array(ranges.length);
  const stop = ranges[ranges.length - 1]!.end;
  for (const lit of literals) {
    const re = literalRe(lit);
    let k = 0;
    re.lastIndex = ranges[0]!.start;
    let m: RegExpExecArray | null;
    while ((m = re.exec(source)) !== null && m.index < stop) {
      const pos = m.index;
      while (k < ranges.length && ranges[k]!.end <= pos) k++;
      const r = ranges[k];
      if (!r) break;
      if (pos < r.start) re.lastIndex = r.start;
      else if (pos + lit.length <= r.end) {
        hit[k] = 1;
        if (++k >= ranges.length) break;
        re.lastIndex = ranges[k]!.start;
      } else re.lastIndex = pos + 1;
    }
  }
  const out: BodyRange[] = [];
  for (let k = 0; k < ranges.length; k++) if (hit[k]) out.push(ranges[k]!);
  return out;
}

/**
 * Every match of a global regex inside each body paragraph of `source` (story.text or story.unquoted), with the
 * same results as matching each paragraph on its own. One pass of the regex over the body finds the paragraphs that
 * can hold a match; only those are then matched paragraph by paragraph, so a story of thousands of paragraphs costs
 * one regex pass instead of thousands of small ones. A regex with a look-around could be talked out of a match by
 * the text beyond a paragraph, so it is matched paragraph by paragraph throughout.
 *
 * `literals`, when given, must be strings of which every match holds at least one (`Mr`, `Ms` and `Miss` for
 * `\b(Mr|Mrs|Ms|Miss)\.?\s`): the paragraphs holding one are found by plain string search instead, which is several
 * times faster than a pattern that opens on a choice.
 */
export function eachBodyMatch(
  story: Story,
  source: string,
  re: RegExp,
  cb: (m: RegExpExecArray, at: number, range: BodyRange) => void,
  literals?: readonly string[],
): void {
  const ranges = bodyRanges(story);
  if (ranges.length === 0) return;
  const g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  if (literals) {
    for (const r of paragraphsHolding(source, ranges, literals))
      eachMatch(source, g, r.start, r.end, (mm, at) => cb(mm, at, r));
    return;
  }
  if (LOOKAROUND.test(g.source)) {
    for (const r of ranges) eachMatch(source, g, r.start, r.end, (mm, at) => cb(mm, at, r));
    return;
  }
  const stop = ranges[ranges.length - 1]!.end;
  const candidates: BodyRange[] = [];
  let k = 0;
  g.lastIndex = ranges[0]!.start;
  let m: RegExpExecArray | null;
  while ((m = g.exec(source)) !== null) {
    const s = m.index;
    if (s >= stop) break;
    // The range this match starts in (or the first one after it), then the next place worth looking.
    while (k < ranges.length && ranges[k]!.end <= s) k++;
    const r = ranges[k];
    if (!r) break;
    if (s + m[0].length > r.start) {
      candidates.push(r);
      k++;
      if (k >= ranges.length) break;
    }
    g.lastIndex = Math.max(s + 1, ranges[k]!.start);
  }
  for (const r of candidates) eachMatch(source, g, r.start, r.end, (mm, at) => cb(mm, at, r));
}

/**
 * Every match of a sticky regex that starts at a speech verb of the story (`story.attributions`) whose text is one
 * of `verbs`, each body paragraph matched on its own (as eachBodyMatch does), the search going on after each match.
 * For a pattern that can only start at one of those verbs, this gives what a search of the whole body gives, at
 * the cost of a few sticky matches instead of a pass over the text: the parser has found every such verb already.
 */
export function eachVerbMatch(
  story: Story,
  source: string,
  verbs: ReadonlySet<string>,
  sticky: RegExp,
  cb: (m: RegExpExecArray, at: number, range: BodyRange) => void,
): void {
  const ranges = bodyRanges(story);
  let k = 0;
  let seg = '';
  let segOf = -1;
  let nextAllowed = 0;
  for (const a of story.attributions) {
    const v = a.verb;
    if (!verbs.has(v.text) || v.start < nextAllowed) continue;
    while (k < ranges.length && ranges[k]!.end <= v.start) k++;
    const r = ranges[k];
    if (!r) return;
    if (v.start < r.start) continue;
    if (segOf !== k) {
      seg = source.slice(r.start, r.end);
      segOf = k;
    }
    sticky.lastIndex = v.start - r.start;
    const m = sticky.exec(seg);
    if (!m) continue;
    nextAllowed = r.start + m.index + m[0].length;
    cb(m, r.start + m.index, r);
  }
}

/** The index of the last quotation that starts before `at` (story.quotations are in order of place), or -1. */
export function quotationBefore(story: Story, at: number): number {
  const qs = story.quotations;
  let lo = 0;
  let hi = qs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (qs[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
