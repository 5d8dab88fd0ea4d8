import type { Fix, Rule, RuleMeta, Suggestion } from '../types';
import type { Story } from '../story';
import type { RuleContext } from '../types';

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

export interface BodyRange {
  start: number;
  end: number;
  index: number;
}

const bodyRangeCache = new WeakMap<Story, BodyRange[]>();

/** Body paragraphs as [start, end) ranges, the dateline excluded. Computed once per story. */
export function bodyRanges(story: Story): readonly BodyRange[] {
  let ranges = bodyRangeCache.get(story);
  if (!ranges) {
    ranges = story.body.map((i) => {
      const p = story.paragraphs[i]!;
      const start = story.dateline && story.dateline.paragraph === i ? story.dateline.bodyStart : p.start;
      const end = story.credit && story.credit.paragraph === i ? story.credit.start : p.end;
      return { start, end, index: i };
    });
    bodyRangeCache.set(story, ranges);
  }
  return ranges;
}

const maskedCache = new WeakMap<Story, Map<string, string>>();

/**
 * `source` with everything outside the body ranges turned into NUL characters: a regex run over it sees each
 * paragraph's text as it is and cannot look, match or skip across the break between two paragraphs.
 */
function bodyOnly(story: Story, source: string, ranges: readonly BodyRange[]): string {
  let bySource = maskedCache.get(story);
  if (!bySource) maskedCache.set(story, (bySource = new Map()));
  let masked = bySource.get(source);
  if (masked === undefined) {
    const parts: string[] = [];
    let pos = 0;
    for (const r of ranges) {
      if (r.start > pos) parts.push('\0'.repeat(r.start - pos));
      parts.push(source.slice(r.start, r.end));
      pos = r.end;
    }
    if (source.length > pos) parts.push('\0'.repeat(source.length - pos));
    masked = parts.join('');
    bySource.set(source, masked);
  }
  return masked;
}

/**
 * Every match of a global regex inside each body paragraph of `source` (story.text or story.unquoted), with the
 * same results as matching each paragraph on its own. One pass of the regex over the body (the text between
 * paragraphs blanked out, so nothing is seen across a break) finds the paragraphs that can hold a match; only those
 * are then matched paragraph by paragraph, so a story of thousands of paragraphs costs one regex pass instead of
 * thousands of small ones.
 */
export function eachBodyMatch(
  story: Story,
  source: string,
  re: RegExp,
  cb: (m: RegExpExecArray, at: number, range: BodyRange) => void,
): void {
  const ranges = bodyRanges(story);
  if (ranges.length === 0) return;
  const g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  const stop = ranges[ranges.length - 1]!.end;
  const body = bodyOnly(story, source, ranges);
  const candidates: BodyRange[] = [];
  let k = 0;
  g.lastIndex = ranges[0]!.start;
  let m: RegExpExecArray | null;
  while ((m = g.exec(body)) !== null) {
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
