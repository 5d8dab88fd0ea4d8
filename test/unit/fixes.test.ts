import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/core/fixes';
import { fixAll, fixAllEdits, lint } from '../../src/core/lint';
import type { Fix } from '../../src/core/types';

/** At least 10,000 generated cases per property (more with WIRELINT_PROPERTY_RUNS). */
const RUNS = Math.max(10_000, Number(process.env.WIRELINT_PROPERTY_RUNS ?? 0));

const textArb = fc.string({ unit: fc.constantFrom(...'abc \n\r“”"\'–-—é😀'.split(''), 'x'), maxLength: 60 });

const withFixes = textArb.chain((text) =>
  fc.tuple(
    fc.constant(text),
    fc.array(
      fc
        .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }), fc.string({ maxLength: 5 }))
        .map(([a, b, s]): Fix => ({ range: [Math.min(a, b), Math.max(a, b)], text: s })),
      { maxLength: 8 },
    ),
  ),
);

describe('applyFixes', () => {
  it('copies all text outside the applied ranges exactly once, in order', () => {
    fc.assert(
      fc.property(withFixes, ([text, fixes]) => {
        const { output, applied, skipped } = applyFixes(text, fixes);
        expect(applied.length + skipped.length).toBe(fixes.length);
        // Rebuild the expected output from the applied fixes alone.
        const sorted = [...applied].sort((x, y) => x.range[0] - y.range[0] || x.range[1] - y.range[1]);
        let pos = 0;
        let rebuilt = '';
        for (const f of sorted) {
          expect(f.range[0]).toBeGreaterThanOrEqual(pos); // applied fixes never overlap
          rebuilt += text.slice(pos, f.range[0]) + f.text;
          pos = f.range[1];
        }
        rebuilt += text.slice(pos);
        expect(output).toBe(rebuilt);
        // No character lost or duplicated: length bookkeeping.
        const delta = applied.reduce((n, f) => n + f.text.length - (f.range[1] - f.range[0]), 0);
        expect(output.length).toBe(text.length + delta);
      }),
      { numRuns: RUNS },
    );
  });

  it('leaves text unchanged with no fixes, and skips invalid and overlapping ones', () => {
    expect(applyFixes('abc', [])).toEqual({ output: 'abc', applied: [], skipped: [] });
    const r = applyFixes('abcdef', [
      { range: [1, 3], text: 'X' },
      { range: [2, 4], text: 'Y' },
      { range: [5, 9], text: 'bad' },
      { range: [4, 4], text: '+' },
      { range: [4, 4], text: '!' },
    ]);
    expect(r.output).toBe('aXd+ef');
    expect(r.skipped.map((f) => f.text)).toEqual(['bad', 'Y', '!']);
  });
});

describe('fixAll', () => {
  const pieces = fc.constantFrom(
    'Headline here\n\n',
    'By Ann Lee\n\n',
    'Paris, Jan. 3 (Reuters) – ',
    'LONDON (Reuters) -',
    'WASHINGTON, DC (AP) - ',
    'He said he.',
    ' “We won,” said she. ',
    '"Straight," she said. ',
    'Text … more. ',
    'said Monday ',
    'said on Monday ',
    '\n\n',
    '(Reporting by A B, editing by C D',
    '(Reporting by A B; Editing by C D)',
    '\n\nhttp://example.com/x\n',
    '\r\n',
    'Reuter\n',
  );
  const storyArb = fc.array(pieces, { maxLength: 14 }).map((a) => a.join(''));

  it('is idempotent, converges in a few passes, and never corrupts the text outside fixes', () => {
    fc.assert(
      fc.property(storyArb, (text) => {
        const once = fixAll(text);
        expect(once.passes).toBeLessThanOrEqual(10);
        const twice = fixAll(once.output, { profile: once.profile });
        expect(twice.output).toBe(once.output);
        expect(twice.fixed).toBe(0);
        expect(lint(once.output, { profile: once.profile }).findings.filter((f) => f.fix)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fixAllEdits', () => {
  const pieces = fc.constantFrom(
    'Headline here\n\n',
    'Paris, Jan. 3 (Reuters) – ',
    'LONDON (Reuters) -',
    ' “We won,” said she. ',
    '"Straight," she said. ',
    'said Monday ',
    '\n\n',
    '(Reporting by A B, editing by C D',
    'Text … more. ',
    '\n\nhttp://example.com/x\n',
    '\r\n',
  );
  it('gives edits on the original text that reproduce fix-all exactly and never overlap', () => {
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 12 }).map((a) => a.join('')),
        (text) => {
          const { edits, output } = fixAllEdits(text);
          expect(output).toBe(fixAll(text).output);
          for (let i = 1; i < edits.length; i++) expect(edits[i]!.start).toBeGreaterThanOrEqual(edits[i - 1]!.end);
          const r = applyFixes(
            text,
            edits.map((e) => ({ range: [e.start, e.end] as [number, number], text: e.text })),
          );
          expect(r.skipped).toEqual([]);
          expect(r.output).toBe(output);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
