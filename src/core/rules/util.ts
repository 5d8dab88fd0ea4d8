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

/** Body paragraphs as [start, end) ranges, the dateline excluded. */
export function bodyRanges(story: Story): Array<{ start: number; end: number; index: number }> {
  return story.body.map((i) => {
    const p = story.paragraphs[i]!;
    const start = story.dateline && story.dateline.paragraph === i ? story.dateline.bodyStart : p.start;
    const end = story.credit && story.credit.paragraph === i ? story.credit.start : p.end;
    return { start, end, index: i };
  });
}
