/**
 * The engine's fix invariants, on random stories and random house vocabularies: no fix starts or ends inside a
 * character (a surrogate pair, a CRLF), no character outside a fix is lost or duplicated, fix-all settles and a
 * second run changes nothing. A bounded fuzz run: the seed is fixed (WIRELINT_FUZZ_SEED picks another) and printed
 * by fast-check when a property fails; WIRELINT_FUZZ_RUNS raises the number of cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WirelintConfig } from '../../src/core/config';
import { fixAll, fixAllEdits, lint, type FixType } from '../../src/core/lint';
import { splitsCharacter } from '../../src/core/text';
import type { Finding, Fix } from '../../src/core/types';
import { checkVocabularyEntry, type VocabularyEntry } from '../../src/core/vocabulary';

const SEED = Number(process.env.WIRELINT_FUZZ_SEED ?? 20261204);
/** Cases per property: a few hundred by default (the whole file runs in well under a minute on two cores). */
const RUNS = Math.max(1, Number(process.env.WIRELINT_FUZZ_RUNS ?? 300));
const params = (runs = RUNS): fc.Parameters<unknown> => ({ seed: SEED, numRuns: runs });

const DATELINES = ['', 'LONDON (Reuters) - ', 'KYIV (AP) — ', 'PARIS (AFP) – ', 'Moscow, Jan. 3 (Reuters) – '];
const UNITS = [
  'Kiev',
  'kiev',
  'KIEV',
  'union',
  'per cent',
  'said',
  ' ',
  ' ',
  '\r\n',
  '\n',
  '\n\n',
  '\r\n\r\n',
  '🇺🇦',
  '😀',
  '𝐀',
  'é',
  'e\u0301',
  '.',
  ',',
  '"',
  '“',
  '”',
  'a',
  'b',
  '-',
];
const storyArb = fc
  .tuple(fc.constantFrom(...DATELINES), fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }))
  .map(([d, u]) => d + u.join(''));

const PLAIN = ['Kiev', 'kiev', 'union', 'per cent', 'said', 'a', 'b a', '😀', '🇺🇦', 'é', 'e\u0301', 'Kiev🇺🇦'];
const REGEX = ['Kiev', 'kiev', 'a+', 'b.', '.', '\\w+', '[^a]', '\\s', 'Kiev\\s', '.$', '^.', 'Kiev.?', '\\p{So}'];
const REPLACEMENTS = ['Kyiv', 'KYIV', 'x', '😀', 'é', 'per cent', 'a b', 'Kyiv🇺🇦'];

const entryArb: fc.Arbitrary<VocabularyEntry> = fc
  .record(
    {
      regex: fc.boolean(),
      plain: fc.constantFrom(...PLAIN),
      re: fc.constantFrom(...REGEX),
      replacement: fc.oneof(
        fc.constantFrom(...REPLACEMENTS),
        fc.array(fc.constantFrom(...REPLACEMENTS), { minLength: 1, maxLength: 3 }),
      ),
      caseSensitive: fc.boolean(),
      wholeWord: fc.boolean(),
      allow: fc.boolean(),
    },
    { requiredKeys: ['regex', 'plain', 're', 'replacement'] },
  )
  .map((r) => {
    const e: VocabularyEntry = { pattern: r.regex ? r.re : r.plain };
    if (r.regex) e.regex = true;
    if (r.caseSensitive !== undefined) e.caseSensitive = r.caseSensitive;
    if (r.wholeWord !== undefined) e.wholeWord = r.wholeWord;
    if (r.allow) e.allow = true;
    else e.replacement = r.replacement;
    return e;
  })
  // Only entries the config loader accepts reach the engine.
  .filter((e) => checkVocabularyEntry(e).problems.length === 0);

const configArb: fc.Arbitrary<WirelintConfig> = fc
  .array(entryArb, { maxLength: 4 })
  .map((vocabulary) => (vocabulary.length ? { vocabulary } : {}));

/** No lone half of a surrogate pair (String.prototype.isWellFormed, which the compiled library does not declare). */
const wellFormed = (s: string): boolean =>
  !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

function fixesOf(f: Finding): Fix[] {
  return [...(f.fix ? [f.fix] : []), ...(f.suggestions ?? []).map((s) => s.fix)];
}

function wholeCharacters(text: string, offsets: number[]): void {
  for (const o of offsets) {
    expect(splitsCharacter(text, o), `offset ${o} in ${JSON.stringify(text)}`).toBe(false);
  }
}

const TIERS: FixType[][] = [['format'], ['wording'], ['format', 'wording']];

describe('fix invariants on random stories and vocabularies', () => {
  it('no finding, fix or suggestion starts or ends inside a surrogate pair or a CRLF', () => {
    fc.assert(
      fc.property(storyArb, configArb, (text, config) => {
        for (const f of lint(text, config).findings) {
          wholeCharacters(text, [f.start, f.end]);
          for (const fix of fixesOf(f)) wholeCharacters(text, fix.range);
        }
      }),
      params(),
    );
  });

  it('fix-all keeps every character whole: astral characters and CRLF line breaks survive', () => {
    fc.assert(
      fc.property(storyArb, configArb, fc.constantFrom(...TIERS), (text, config, types) => {
        const { output } = fixAll(text, config, { types });
        // Every replacement and every story is well-formed UTF-16, so the result must be too.
        expect(wellFormed(output), JSON.stringify(output)).toBe(true);
        // The stories' line breaks come as CRLF or LF; a fix never leaves a CR of them alone.
        expect(/\r(?!\n)/.test(output), JSON.stringify(output)).toBe(false);
        const { edits } = fixAllEdits(text, config, { types });
        for (const e of edits) wholeCharacters(text, [e.start, e.end]);
      }),
      params(),
    );
  });

  it('fix-all settles: a second run, detecting the agency afresh, changes nothing', () => {
    fc.assert(
      fc.property(storyArb, configArb, fc.constantFrom(...TIERS), (text, config, types) => {
        const once = fixAll(text, config, { types });
        const twice = fixAll(once.output, config, { types });
        expect(twice.output, JSON.stringify(once.output)).toBe(once.output);
      }),
      params(),
    );
  });

  it('every character outside the edits is kept, once and in order, and the edits give fix-all exactly', () => {
    fc.assert(
      fc.property(storyArb, configArb, fc.constantFrom(...TIERS), (text, config, types) => {
        const { edits, output } = fixAllEdits(text, config, { types });
        expect(output).toBe(fixAll(text, config, { types }).output);
        let pos = 0;
        let rebuilt = '';
        for (const e of edits) {
          expect(e.start).toBeGreaterThanOrEqual(pos);
          rebuilt += text.slice(pos, e.start) + e.text;
          pos = e.end;
        }
        expect(rebuilt + text.slice(pos)).toBe(output);
      }),
      params(),
    );
  });

  it('the Kiev🇺🇦 case: a whole-word regex fix stops before the flag', () => {
    const config: WirelintConfig = { vocabulary: [{ pattern: 'Kiev', regex: true, replacement: 'Kyiv' }] };
    const text = 'LONDON (Reuters) - Talks in Kiev🇺🇦 on Sunday.\n';
    const [f] = lint(text, config).findings.filter((x) => x.ruleId === 'house-vocabulary');
    expect(text.slice(f!.start, f!.end)).toBe('Kiev');
    expect(fixAll(text, config).output).toBe('LONDON (Reuters) - Talks in Kyiv🇺🇦 on Sunday.\n');
  });
});

describe('two runs of fix-all equal one', () => {
  it('when a fix changes the agency the story reads as, fix-all goes on under that agency', () => {
    // Read as AP (the tag in the first line) until the ellipsis is fixed; then the last line reads as a Reuters
    // dateline, as the next run would see it.
    const text = '\n\nhttp://example.com/x\nWASHINGTON, DC (AP) - Headline here\n\nText … more. (Reuter)';
    expect(lint(text).profile).toBe('ap');
    const once = fixAll(text);
    expect(lint(once.output).profile).toBe(once.profile);
    expect(fixAll(once.output).output).toBe(once.output);
    const { output } = fixAllEdits(text);
    expect(output).toBe(once.output);
  });

  it('two fixes that undo each other stop where the text first comes back, and a second run ends there too', () => {
    // The entry makes the first letter of a line lower case; the dateline rule puts the capital back.
    const config: WirelintConfig = {
      vocabulary: [{ pattern: '^.', regex: true, caseSensitive: true, wholeWord: false, replacement: 'x' }],
    };
    const once = fixAll('KYIV (AP) — ', config);
    expect(once.passes).toBeLessThan(10);
    expect(fixAll(once.output, config).output).toBe(once.output);
    expect(fixAllEdits('KYIV (AP) — ', config).output).toBe(once.output);
  });

  it('a pile of marks settles within the ten passes fix-all allows, and a second run changes nothing', () => {
    // Each pass can make only one of two overlapping fixes, so this takes four.
    const once = fixAll('„w“".', { profile: 'ap' });
    expect(once.passes).toBe(4);
    expect(lint(once.output, { profile: 'ap' }).findings.filter((f) => f.fix)).toEqual([]);
    expect(fixAll(once.output, { profile: 'ap' }).output).toBe(once.output);
  });
});
