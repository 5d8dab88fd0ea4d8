import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outlineOf, type OutlineNode } from '../../src/core/outline';
import { parseStory, type Story } from '../../src/core/story';

const STORY = [
  'Harbour reopens after strike',
  '',
  'By Ann Lee',
  '',
  'NORTHPORT, Jan 14 (Reuters) - The harbour reopened on Tuesday, the port said.',
  '',
  '"We are back to work," Lee said. Dockers called it "a fair deal".',
  '',
  'The port handled 40 ships a day before the strike.',
  '',
  '"Nobody wants another one," a union official said.',
  '',
  '(Reporting by Ann Lee; Editing by Tom Roe)',
  '',
].join('\n');

const flat = (nodes: OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);

/** The paragraph holding all of [start, end], if one does. */
const paragraphOf = (story: Story, n: OutlineNode) =>
  story.paragraphs.find((p) => p.start <= n.start && n.end <= p.end);

/**
 * What every outline must hold: each part inside the text and inside one paragraph (trailing text inside the run of
 * trailer paragraphs), children inside their parent, the top-level parts in the order of the text.
 */
function checkOutline(text: string): void {
  const story = parseStory(text);
  const top = outlineOf(story);
  for (const n of flat(top)) {
    expect(n.start).toBeGreaterThanOrEqual(0);
    expect(n.end).toBeGreaterThanOrEqual(n.start);
    expect(n.end).toBeLessThanOrEqual(text.length);
    if (n.kind === 'trailer') {
      expect(n.start).toBe(story.trailer[0]!.start);
      expect(n.end).toBe(story.trailer.at(-1)!.end);
    } else {
      expect(paragraphOf(story, n), `${n.detail} ${JSON.stringify(text.slice(n.start, n.end))}`).toBeDefined();
    }
    for (const c of n.children) {
      expect(c.start).toBeGreaterThanOrEqual(n.start);
      expect(c.end).toBeLessThanOrEqual(n.end);
    }
  }
  for (let i = 1; i < top.length; i++) expect(top[i]!.start).toBeGreaterThanOrEqual(top[i - 1]!.start);
  expect(top.filter((n) => n.kind === 'quote')).toHaveLength(story.quotations.length);
}

describe('outlineOf', () => {
  it('lists the parts in order, each quotation over its own text', () => {
    const top = outlineOf(parseStory(STORY));
    expect(top.map((n) => [n.detail, n.name])).toEqual([
      ['headline', 'Harbour reopens after strike'],
      ['byline', 'By Ann Lee'],
      ['dateline', 'NORTHPORT, Jan 14 (Reuters) -'],
      ['full quote', '"We are back to work,"'],
      ['partial quote', '"a fair deal"'],
      ['full quote', '"Nobody wants another one,"'],
      ['credit line', '(Reporting by Ann Lee; Editing by Tom Roe)'],
    ]);
    for (const n of top.filter((x) => x.kind === 'quote')) expect(STORY.slice(n.start, n.end)).toBe(n.name);
    const dateline = top[2]!;
    expect(dateline.children.map((c) => [c.detail, STORY.slice(c.start, c.end)])).toEqual([
      ['city', 'NORTHPORT'],
      ['date', 'Jan 14'],
      ['agency tag', '(Reuters)'],
    ]);
    expect(top[6]!.children.map((c) => c.name)).toEqual(['Reporting by Ann Lee', 'Editing by Tom Roe']);
    checkOutline(STORY);
  });

  it('never lets a part run over the paragraphs between its pieces (quotes three paragraphs apart)', () => {
    const story = parseStory(STORY);
    for (const n of outlineOf(story)) {
      const text = STORY.slice(n.start, n.end);
      expect(text.includes('\n\n'), `${n.detail}: ${JSON.stringify(text)}`).toBe(false);
    }
  });

  it('holds for any text: parts inside one paragraph, children inside parents, in order', () => {
    const pieces = fc.constantFrom(
      'Headline here\n\n',
      'By Ann Lee\n\n',
      'PARIS, Jan. 3 (Reuters) – ',
      'LONDON (Reuters) - ',
      'WASHINGTON, D.C. (AP) — ',
      '“We won,” said she. ',
      '"Straight," she said. ',
      '"Unclosed quote ',
      'a "partial" word ',
      '\n\n',
      '\n',
      '\r\n\r\n',
      '(Reporting by A B; Editing by C D)',
      'Jo Doe contributed to this report.\n\n',
      'REUTER\n\n',
      '\n\nhttp://example.com/x\n',
      'Text … more. ',
    );
    const noise = fc.string({ unit: fc.constantFrom(...'ab “”"\n\r()-'.split('')), maxLength: 80 });
    const storyArb = fc.oneof(
      fc.array(pieces, { maxLength: 16 }).map((a) => a.join('')),
      noise,
    );
    fc.assert(fc.property(storyArb, checkOutline), { numRuns: 2000, seed: 20261204 });
  });

  it('shortens a long part’s name', () => {
    const long = `LONDON (Reuters) - "${'word '.repeat(30)}ends here," she said.\n`;
    const quote = outlineOf(parseStory(long)).find((n) => n.kind === 'quote')!;
    expect(quote.name).toHaveLength(60);
    expect(quote.name.endsWith('…')).toBe(true);
    expect(long.slice(quote.start, quote.end).startsWith('"word word')).toBe(true);
  });
});
