/**
 * The parts of a story for an editor's outline: headline, byline, dateline (city, region, date, agency tag), each
 * quotation, credit line (its roles), contributor note, sign-off and trailing text. Each part covers its own text and
 * nothing more — editors pin a part's first line over the text while the view is inside its range (sticky scroll),
 * so a part that ran from the first quotation to the last would sit over the whole story. The quotations are listed
 * one by one, in their paragraphs' order, rather than under one node spanning them all.
 */
import type { Story } from './story';
import type { Span } from './types';

/** What a part is, for the editor to pick its icon. */
export type OutlineKind =
  'headline' | 'byline' | 'dateline' | 'field' | 'tag' | 'quote' | 'credit' | 'role' | 'note' | 'trailer';

export interface OutlineNode extends Span {
  /** Its own text (first line, shortened) unless it has a name of its own. */
  name: string;
  /** What part of the story it is: `headline`, `full quote`, `reporting` … */
  detail: string;
  kind: OutlineKind;
  children: OutlineNode[];
}

const MAX_NAME = 60;

export function outlineOf(story: Story): OutlineNode[] {
  const text = story.text;
  const node = (span: Span, detail: string, kind: OutlineKind, name?: string): OutlineNode => {
    const end = Math.max(span.start, span.end);
    const label = (name ?? text.slice(span.start, end).split(/\r?\n|\r/)[0]!).trim();
    return {
      start: span.start,
      end,
      name: label.length > MAX_NAME ? `${label.slice(0, MAX_NAME - 1)}…` : label || '(empty)',
      detail,
      kind,
      children: [],
    };
  };
  const out: OutlineNode[] = [];
  if (story.headline) out.push(node(story.headline, 'headline', 'headline'));
  if (story.byline) out.push(node(story.byline, 'byline', 'byline'));
  if (story.dateline) {
    const d = story.dateline;
    const dateline = node(d, 'dateline', 'dateline');
    dateline.children.push(
      ...d.cities.map((c) => node(c, 'city', 'field')),
      ...d.regions.map((r) => node(r, 'region', 'field')),
      ...(d.date ? [node(d.date, 'date', 'field')] : []),
      ...(d.tag ? [node(d.tag, 'agency tag', 'tag')] : []),
    );
    out.push(dateline);
  }
  for (const q of story.quotations) out.push(node(q, q.full ? 'full quote' : 'partial quote', 'quote'));
  if (story.credit) {
    const credit = node(story.credit, 'credit line', 'credit');
    credit.children.push(
      ...story.credit.roles.map((r) =>
        node(r, r.kind, 'role', `${r.label.text} ${r.names.map((n) => n.text).join(', ')}`),
      ),
    );
    out.push(credit);
  }
  if (story.contributed) out.push(node(story.contributed, 'contributor note', 'note'));
  if (story.signoff) out.push(node(story.signoff, 'sign-off', 'note'));
  if (story.trailer.length) {
    // Junk after the sign-off, taken together: it runs on to the end of the story and covers nothing else.
    const all = { start: story.trailer[0]!.start, end: story.trailer[story.trailer.length - 1]!.end };
    out.push(node(all, 'trailing text', 'trailer'));
  }
  // In document order (a credit line can end a body paragraph, a contributor note can come before it).
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
