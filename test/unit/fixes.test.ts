import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/core/fixes';
import { fixAll, fixAllEdits, lint, wordingEdits, type FixAllOptions, type TextEdit } from '../../src/core/lint';
import monthData from '../../src/core/data/months.json';
import type { Finding, Fix } from '../../src/core/types';
import { hasShared, modernSample, modernizedReuters } from '../helpers/corpora';

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
          expectEditsGive(text, edits, output);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Two tiers: format fixes (`fix`, safe) and wording fixes (each finding's first suggestion, for a person to review).

const BOTH: FixAllOptions = { types: ['format', 'wording'] };
const WORDING: FixAllOptions = { types: ['wording'] };

/** Edits never overlap, and applying them to the original text skips none and gives `output` exactly. */
function expectEditsGive(text: string, edits: readonly TextEdit[], output: string): void {
  for (let i = 1; i < edits.length; i++) expect(edits[i]!.start).toBeGreaterThanOrEqual(edits[i - 1]!.end);
  const r = applyFixes(
    text,
    edits.map((e) => ({ range: [e.start, e.end] as [number, number], text: e.text })),
  );
  expect(r.skipped).toEqual([]);
  expect(r.output).toBe(output);
  // No character lost or duplicated outside the edits: the text between them is copied once, in order.
  let pos = 0;
  let rebuilt = '';
  for (const e of edits) {
    rebuilt += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  expect(rebuilt + text.slice(pos)).toBe(output);
  const delta = edits.reduce((n, e) => n + e.text.length - (e.end - e.start), 0);
  expect(output.length).toBe(text.length + delta);
}

/** fixAll and fixAllEdits agree for `options`, and the edits keep every character outside them. */
function expectTierConsistent(text: string, options: FixAllOptions): void {
  const all = fixAll(text, {}, options);
  const { edits, output } = fixAllEdits(text, {}, options);
  expect(output).toBe(all.output);
  expect(all.passes).toBeLessThanOrEqual(options.maxPasses ?? 10);
  expectEditsGive(text, edits, output);
}

/**
 * Whether the edit is made of candidate fixes only: one pass's adjacent fixes are merged into one edit, so the edit
 * must be a chain of candidates, each starting where the previous one ends, whose texts add up to the edit's text.
 */
function madeOf(e: TextEdit, candidates: readonly Fix[]): boolean {
  const from = (at: number, rest: string): boolean =>
    (at === e.end && rest === '') ||
    candidates.some(
      (c) =>
        c.range[0] === at &&
        c.range[1] <= e.end &&
        rest.startsWith(c.text) &&
        !(c.range[0] === c.range[1] && c.text === '') &&
        from(c.range[1], rest.slice(c.text.length)),
    );
  return from(e.start, e.text);
}

const formatFixes = (findings: readonly Finding[]): Fix[] => findings.flatMap((f) => (f.fix ? [f.fix] : []));
const firstSuggestions = (findings: readonly Finding[]): Fix[] =>
  findings.flatMap((f) => (f.suggestions?.[0] ? [f.suggestions[0].fix] : []));

/** Story pieces with format faults and wording faults (loaded verbs, tense, honorifics, brackets, names). */
const tierPieces = fc.constantFrom(
  'Headline here\n\n',
  'By Ann Lee\n\n',
  'NORTHPORT, Jan. 14 (Reuters) – ',
  'LONDON (Reuters) - ',
  'KANSAS CITY (AP) - ',
  'WASHINGTON, DC (AP) - ',
  '"We won," Adler claimed. ',
  '"We lost," admitted Roe. ',
  '“Fine,” Mr Adler says. ',
  '"Good," said he. ',
  '"Later," she says. ',
  '"It [the deal] works," said Roe. ',
  'Tom Adler, the union head, spoke. ',
  '"Straight," she said. ',
  'Text … more. ',
  'said Monday ',
  '\n\n',
  '(Reporting by A B, editing by C D',
  '(Reporting by Ann Lee; Editing by Tom Roe)',
  '\n\nhttp://example.com/x\n',
  '\r\n',
);
const tierStoryArb = fc.array(tierPieces, { maxLength: 14 }).map((a) => a.join(''));

const STRIP_MARKERS = / \{[a-z0-9-]+\}/g;
const FIXTURES = join(__dirname, '../fixtures');
const SAMPLES = join(__dirname, '../../samples');
/** Real stories: the whole-story fixtures (markers removed), the bundled samples, and ../shared when present. */
const realTexts: string[] = [
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(FIXTURES, f), 'utf8').replace(STRIP_MARKERS, '')),
  ...readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SAMPLES, f), 'utf8')),
  ...(hasShared() ? [...modernSample().map((s) => s.text), ...modernizedReuters().map((s) => s.text)] : []),
];

const TIER_STORY = [
  'Harbour reopens',
  '',
  'By Ann Lee',
  '',
  'NORTHPORT, Jan. 14 (Reuters) – The harbour reopened, the port said.',
  '',
  '"We are back to work," Adler claimed. "Good," said he.',
  '',
  '"Fine," Mr Adler says.',
  '',
  'Tom Adler, the union head, spoke.',
  '',
  '"It [the deal] works," said Roe.',
  '',
  '(Reporting by Ann Lee, editing by Tom Roe)',
  '',
].join('\n');

describe('two-tier fix-all', () => {
  it("['format'] (the default) applies every safe fix and leaves every suggestion unapplied", () => {
    const before = lint(TIER_STORY).findings;
    expect(firstSuggestions(before).length).toBe(5);
    const out = fixAll(TIER_STORY, {}, { types: ['format'] });
    expect(out.output).toBe(fixAll(TIER_STORY).output);
    expect(out.output).toBe(fixAll(TIER_STORY, {}, 10).output);
    expect(out.output).toContain('NORTHPORT, Jan 14 (Reuters) - The');
    expect(out.output).toContain('"Good," he said.');
    expect(out.output).toContain('(Reporting by Ann Lee; Editing by Tom Roe)');
    // Every wording fault is still there, word for word.
    const flagged = (text: string, fs: readonly Finding[]): string[] =>
      fs.filter((f) => f.suggestions?.length).map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`);
    expect(flagged(out.output, out.remaining)).toEqual(flagged(TIER_STORY, before));
    expect(out.remaining.filter((f) => f.fix)).toEqual([]);
  });

  it("['wording'] applies the first suggestions only, leaving every format fault", () => {
    const out = fixAll(TIER_STORY, {}, WORDING);
    expect(out.output).toBe(
      TIER_STORY.replace('Adler claimed.', 'Tom Adler said.')
        .replace('Mr Adler says.', 'Adler said.')
        .replace('[the deal]', '(the deal)'),
    );
    const formats = (text: string, fs: readonly Finding[]): string[] =>
      fs.filter((f) => f.fix).map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}->${f.fix!.text}`);
    expect(formats(out.output, out.remaining)).toEqual(formats(TIER_STORY, lint(TIER_STORY).findings));
    expect(out.remaining.filter((f) => f.suggestions?.length)).toEqual([]);
  });

  it("['format', 'wording'] applies both, and fixAllEdits gives the same text", () => {
    const out = fixAll(TIER_STORY, {}, BOTH);
    expect(out.output).toBe(fixAll(fixAll(TIER_STORY, {}, WORDING).output, { profile: 'reuters' }).output);
    expect(out.remaining.filter((f) => f.fix || f.suggestions?.length)).toEqual([]);
    expectTierConsistent(TIER_STORY, BOTH);
    expectTierConsistent(TIER_STORY, WORDING);
  });

  it('a suggestion overlapping a format fix waits for the next pass', () => {
    // "says he": the inversion fix ("he says") and the tense suggestion ("said") cover the same verb.
    const text = 'Title\n\nLONDON (Reuters) - "One," says he. "Two," she said. "Three," Ann said.\n';
    const rules = lint(text).findings.map((f) => f.ruleId);
    expect(rules).toEqual(['attrib-tense-mix', 'attrib-said-inversion']);
    const one = fixAll(text, {}, { ...BOTH, maxPasses: 1 });
    expect(one.output).toContain('"One," he says.');
    const all = fixAll(text, {}, BOTH);
    expect(all.output).toContain('"One," he said.');
    expect(all.passes).toBe(2);
    expectTierConsistent(text, BOTH);
  });

  it('one pass of a tier applies only fixes of that tier (random stories)', () => {
    fc.assert(
      fc.property(tierStoryArb, (text) => {
        const findings = lint(text).findings;
        const one = (types: FixAllOptions['types']): TextEdit[] => fixAllEdits(text, {}, { types, maxPasses: 1 }).edits;
        for (const e of one(['format'])) expect(madeOf(e, formatFixes(findings))).toBe(true);
        for (const e of one(['wording'])) expect(madeOf(e, firstSuggestions(findings))).toBe(true);
        for (const e of one(['format', 'wording']))
          expect(madeOf(e, [...formatFixes(findings), ...firstSuggestions(findings)])).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("['format'] is plain fix-all: each pass applies the findings' fixes and nothing else (random stories)", () => {
    // Fix-all as it was before the wording tier: lint, apply every finding's fix, re-lint with the profile kept.
    const plain = (text: string): string => {
      const first = lint(text);
      const pinned = { profile: first.profile === 'neutral' ? ('auto' as const) : first.profile };
      let cur = text;
      let findings = first.findings;
      for (let pass = 0; pass < 10; pass++) {
        const { output, applied } = applyFixes(cur, formatFixes(findings));
        if (applied.length === 0 || output === cur) break;
        cur = output;
        findings = lint(cur, pinned).findings;
      }
      return cur;
    };
    fc.assert(
      fc.property(tierStoryArb, (text) => {
        const expected = plain(text);
        expect(fixAll(text, {}, { types: ['format'] }).output).toBe(expected);
        expect(fixAllEdits(text, {}, { types: ['format'] }).output).toBe(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('both tiers never lose or duplicate a character, never overlap, and the edits reproduce fixAll (random stories)', () => {
    fc.assert(
      fc.property(tierStoryArb, (text) => {
        expectTierConsistent(text, BOTH);
        expectTierConsistent(text, WORDING);
      }),
      { numRuns: RUNS },
    );
  });

  it('the same on random characters', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expectTierConsistent(text, BOTH);
      }),
      { numRuns: RUNS },
    );
  });

  it('the same on real stories, as they are and with wording faults spliced in at random places', () => {
    expect(realTexts.length).toBeGreaterThanOrEqual(10);
    let changed = 0;
    for (const text of realTexts) {
      expectTierConsistent(text, BOTH);
      expectTierConsistent(text, WORDING);
      if (fixAll(text, {}, WORDING).output !== text) changed++;
    }
    // Real copy has a few wording faults: the wording tier has work to do on some of it.
    expect(changed).toBeGreaterThan(0);
    const shortReal = realTexts.slice(0, 10);
    const spliced = fc
      .tuple(
        fc.constantFrom(...shortReal),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), tierPieces), { minLength: 1, maxLength: 4 }),
      )
      .map(([text, cuts]) => {
        let out = text;
        for (const [at, piece] of cuts) {
          const i = Math.floor(at * out.length);
          out = out.slice(0, i) + piece + out.slice(i);
        }
        return out;
      });
    fc.assert(
      fc.property(spliced, (text) => {
        expectTierConsistent(text, BOTH);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('wordingEdits', () => {
  it("gives each finding's first suggestion as an edit of the text, with its rule, message and description", () => {
    const edits = wordingEdits(TIER_STORY);
    expect(edits.map((w) => [w.ruleId, TIER_STORY.slice(w.edit.start, w.edit.end), w.edit.text, w.desc])).toEqual([
      ['name-full-first', 'Adler', 'Tom Adler', 'Use "Tom Adler" here'],
      ['attrib-loaded-verb', 'claimed', 'said', 'Replace "claimed" with "said"'],
      ['name-honorific', 'Mr ', '', 'Remove "Mr"'],
      ['attrib-tense-mix', 'says', 'said', 'Replace with "said"'],
      ['quote-brackets', '[the deal]', '(the deal)', 'Use parentheses'],
    ]);
    for (const w of edits)
      expect(w.message).toBe(lint(TIER_STORY).findings.find((f) => f.ruleId === w.ruleId)!.message);
    // One pass, no format fixes: the same as one wording pass of fix-all.
    expect(
      applyFixes(
        TIER_STORY,
        edits.map((w) => ({ range: [w.edit.start, w.edit.end], text: w.edit.text })),
      ).output,
    ).toBe(fixAll(TIER_STORY, {}, { types: ['wording'], maxPasses: 1 }).output);
    expect(wordingEdits(fixAll(TIER_STORY).output).length).toBe(5);
    expect(wordingEdits(fixAll(TIER_STORY, {}, WORDING).output)).toEqual([]);
  });

  it('never overlap, come in order, and are first suggestions of the text as it is (random stories)', () => {
    fc.assert(
      fc.property(tierStoryArb, (text) => {
        const edits = wordingEdits(text);
        const firsts = firstSuggestions(lint(text).findings);
        for (let i = 0; i < edits.length; i++) {
          const e = edits[i]!.edit;
          if (i > 0) {
            const p = edits[i - 1]!.edit;
            expect(e.start).toBeGreaterThanOrEqual(p.end);
            expect(e.start === e.end && p.start === p.end && e.start === p.start).toBe(false);
          }
          expect(firsts.some((f) => f.range[0] === e.start && f.range[1] === e.end && f.text === e.text)).toBe(true);
          expect(text.slice(e.start, e.end)).not.toBe(e.text);
        }
        expectEditsGive(
          text,
          edits.map((w) => w.edit),
          applyFixes(
            text,
            edits.map((w) => ({ range: [w.edit.start, w.edit.end] as [number, number], text: w.edit.text })),
          ).output,
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe('a choice between readings', () => {
  // Every form that means more than one month, in every spelling an editor may type it.
  const FIX_TYPES: Array<FixAllOptions['types']> = [['format'], ['wording'], ['format', 'wording']];
  const forms = monthData.ambiguous.flatMap((a) => [a.form, a.form.toUpperCase(), a.form.toLowerCase()]);

  it('is offered as quick fixes, one per month, and never applied by fix-all or put in a wording review', () => {
    fc.assert(
      fc.property(fc.constantFrom(...forms), fc.constantFrom(...FIX_TYPES), (form, types) => {
        const text = `LONDON, ${form} 3 (Reuters) - Shares fell.\n`;
        const f = lint(text).findings.find((x) => x.ruleId === 'dateline-month-format')!;
        expect(f, text).toBeDefined();
        expect(f.fix).toBeUndefined();
        expect(f.suggestions!.length).toBeGreaterThan(1);
        for (const s of f.suggestions!) expect(s.choice).toBe(true);
        expect(fixAll(text, {}, { types }).output).toBe(text);
        expect(fixAll(text, {}, { types, minSeverity: 'info' }).output).toBe(text);
        expect(fixAllEdits(text, {}, { types }).edits).toEqual([]);
        expect(wordingEdits(text)).toEqual([]);
      }),
      { seed: 20261204, numRuns: 200 },
    );
  });
});
