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
import { applySuppressions, fixAllSparing, makeSuppression, wordingEditsSparing } from '../../src/core/suppressions';
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
    // Read as AP (the stray tag in the first line) until the house vocabulary mends the tag below it; then that
    // line reads as a Reuters dateline, as the next run would see it.
    const spell: WirelintConfig = { vocabulary: [{ pattern: 'Reutres', replacement: 'Reuters' }] };
    const text = '\n\nhttp://example.com/x\nWASHINGTON, DC (AP) - Headline here\n\nLONDON (Reutres) - Shares fell.\n';
    expect(lint(text, spell).profile).toBe('ap');
    const once = fixAll(text, spell);
    expect(once.profile).toBe('reuters');
    expect(lint(once.output, spell).profile).toBe(once.profile);
    expect(fixAll(once.output, spell).output).toBe(once.output);
    const { output } = fixAllEdits(text, spell);
    expect(output).toBe(once.output);
  });

  it('a sentence is never read as the dateline city once its ellipsis is fixed', () => {
    const text = '\n\nhttp://example.com/x\nWASHINGTON, DC (AP) - Headline here\n\nText … more. (Reuter)';
    const once = fixAll(text);
    // The dateline under its header line is fixed (AP's dash, WASHINGTON standing alone); the sentence stays as it is.
    expect(once.output).toBe('\n\nhttp://example.com/x\nWASHINGTON (AP) — Headline here\n\nText ... more. (Reuter)');
    expect(once.profile).toBe('ap');
    expect(fixAll(once.output).output).toBe(once.output);
  });

  it('vocabulary leaves the dash after the agency tag to the dateline rules', () => {
    const config: WirelintConfig = { vocabulary: [{ pattern: '–', wholeWord: false, replacement: '-' }] };
    const text = 'PARIS (AFP) – Talks – long ones – went on.\n';
    const dashes = lint(text, config).findings.filter((f) => f.ruleId === 'house-vocabulary');
    expect(dashes.map((f) => f.start)).toEqual([text.indexOf('Talks') + 6, text.indexOf('ones') + 5]);
    const once = fixAll(text, config);
    expect(once.output).toBe('PARIS (AFP) – Talks - long ones - went on.\n');
    expect(fixAll(once.output, config).output).toBe(once.output);
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

describe('a suppression survives --fix', () => {
  const pieces = fc.constantFrom(
    'MOSCOW (Reuters) - ',
    'WASHINGTON (AP) - ',
    'Paris, Jan. 3 (Reuters) – ',
    'Talks will go on in Kiev, said he. ',
    'He claimed the union would strike on Monday, said she. ',
    ' “We won,” said she. ',
    '"Straight," she said. ',
    'Text … more. ',
    'said Monday ',
    'said on Monday ',
    'Mr Lee said. ',
    'per cent ',
    '\n\n',
    '\r\n',
    '(Reporting by A B, editing by C D',
    '\n\nhttp://example.com/x\n',
  );
  const storyArb = fc.array(pieces, { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
  const config: WirelintConfig = { vocabulary: [{ pattern: 'per cent', replacement: 'percent' }] };

  it('the entry still matches after the fix, and a second --fix leaves the story as the first left it', () => {
    fc.assert(
      fc.property(storyArb, fc.nat(), fc.constantFrom(...TIERS), (text, pick, types) => {
        const findings = lint(text, config).findings;
        fc.pre(findings.length > 0);
        const f = findings[pick % findings.length]!;
        const entry = makeSuppression(text, f, { file: 's.txt', who: 'ann', why: 'as published' });
        const once = fixAllSparing(text, config, [entry], { types });
        const after = applySuppressions(lint(once.output, config).findings, once.output, [entry]);
        expect(after.unusedEntries, JSON.stringify(once.output)).toEqual([]);
        // The suppressed text itself is as it was.
        expect(after.suppressed.map((x) => once.output.slice(x.finding.start, x.finding.end))).toContain(
          text.slice(f.start, f.end),
        );
        expect(fixAllSparing(once.output, config, [entry], { types }).output).toBe(once.output);
      }),
      params(),
    );
  });

  it('fix-all sparing suppressed text agrees with fix-all wherever it makes the same text: same agency and findings', () => {
    const agencyPieces = fc.constantFrom(
      'WASHINGTON, DC (AP) - Headline here\n\n',
      'LONDON (Reuter) - Shares fell. ',
      '(Reuter)',
      '"We will win, Smith said. ',
      '\n\nhttp://example.com/x\n',
      'LONDON (Reutres) - ',
    );
    const spell: WirelintConfig = {
      vocabulary: [...config.vocabulary!, { pattern: 'Reutres', replacement: 'Reuters' }],
    };
    const arb = fc.array(fc.oneof(pieces, agencyPieces), { minLength: 1, maxLength: 10 }).map((a) => a.join(''));
    fc.assert(
      fc.property(arb, fc.nat(), fc.constantFrom(...TIERS), (text, pick, types) => {
        const findings = lint(text, spell).findings;
        const all = fixAll(text, spell, { types });
        // With no entries, the same as fix-all.
        const none = fixAllSparing(text, spell, [], { types });
        expect([none.output, none.profile, none.remaining]).toEqual([all.output, all.profile, all.remaining]);
        fc.pre(findings.length > 0);
        const f = findings[pick % findings.length]!;
        const entry = makeSuppression(text, f, { file: 's.txt', who: 'ann', why: 'as published' });
        const once = fixAllSparing(text, spell, [entry], { types });
        if (once.output === all.output) {
          expect([once.profile, once.remaining], JSON.stringify(text)).toEqual([all.profile, all.remaining]);
        }
        // The findings reported are those of the text written, read as the next run reads it.
        const next = fixAllSparing(once.output, spell, [entry], { types });
        expect(next.output).toBe(once.output);
        expect([once.profile, once.remaining], JSON.stringify(text)).toEqual([next.profile, next.remaining]);
      }),
      params(),
    );
  });

  it('with an entry suppressing an unrelated finding, a fix that changes the agency is reported as fix-all reports it', () => {
    // Read as AP (the stray tag) until the house vocabulary mends the Reuters tag of the dateline below it.
    const spell: WirelintConfig = { vocabulary: [{ pattern: 'Reutres', replacement: 'Reuters' }] };
    const text =
      '\n\nhttp://example.com/x\nWASHINGTON, DC (AP) - Headline here\n\nLONDON (Reutres) - Shares fell.\n\n"We will win, Smith said.\n';
    expect(lint(text, spell).profile).toBe('ap');
    const all = fixAll(text, spell);
    expect(all.profile).toBe('reuters');
    const f = lint(text, spell).findings.find((x) => x.ruleId === 'quote-balance')!;
    const entry = makeSuppression(text, f, { file: 's.txt', who: 'ann', why: 'as published' });
    const once = fixAllSparing(text, spell, [entry]);
    expect(once.output).toBe(all.output);
    expect([once.profile, once.remaining]).toEqual([all.profile, all.remaining]);
  });

  it('a fix that would reword a word beside a suppressed finding is held back, and not offered', () => {
    const text = 'MOSCOW (Reuters) - Talks will go on in Kiev, said he.\n';
    const kiev = lint(text).findings.find((f) => f.ruleId === 'house-vocabulary')!;
    const entry = makeSuppression(text, kiev, { file: 's.txt', who: 'ann', why: 'as published' });
    const once = fixAllSparing(text, {}, [entry]);
    expect(once.output).toBe(text);
    expect(applySuppressions(lint(once.output).findings, once.output, [entry]).unusedEntries).toEqual([]);
    const { kept } = applySuppressions(lint(text).findings, text, [entry]);
    expect(kept.map((f) => [f.ruleId, f.fix])).toEqual([['attrib-said-inversion', undefined]]);
    // The wording review leaves out a change beside a suppressed finding too.
    const quoted = 'MOSCOW (Reuters) - "We will win," he claimed. "Fine," Mr Roe said.\n';
    const claimed = lint(quoted).findings.find((f) => f.ruleId === 'attrib-loaded-verb')!;
    expect(wordingEditsSparing(quoted, {}, []).map((w) => w.ruleId)).toContain('name-honorific');
    expect(wordingEditsSparing(quoted, {}, [claimed]).map((w) => w.ruleId)).not.toContain('name-honorific');
    // Further away the same fix is made, and the entry still holds.
    const far = 'MOSCOW (Reuters) - Talks will go on in Kiev, the mayor of the city told reporters, said he.\n';
    const k2 = lint(far).findings.find((f) => f.ruleId === 'house-vocabulary')!;
    const e2 = makeSuppression(far, k2, { file: 's.txt', who: 'ann', why: 'as published' });
    const fixed = fixAllSparing(far, {}, [e2]);
    expect(fixed.output).toContain('he said.');
    expect(applySuppressions(lint(fixed.output).findings, fixed.output, [e2]).unusedEntries).toEqual([]);
  });
});
