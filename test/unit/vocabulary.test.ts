/**
 * The house-vocabulary engine (src/core/vocabulary.ts): untrusted patterns in linear time, validation of entries,
 * the built-in starter list, both ways of finding candidate places against a plain reference matcher, the cache,
 * the schema, and the command line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { ROOT, SCHEMA_PATH } from '../../scripts/docs-lib';
import { formatConfigError, validateConfig } from '../../src/core/config';
import { lint } from '../../src/core/lint';
import { PROFILE_IDS } from '../../src/core/profiles';
import { RULES, RULES_BY_ID } from '../../src/core/rules/index';
import type { Span } from '../../src/core/types';
import {
  BUILTIN_VOCABULARY_DATA,
  checkVocabularyEntry,
  compileVocabulary,
  vocabularyFor,
  type VocabularyEntry,
} from '../../src/core/vocabulary';
import { hasShared, modernSample, modernizedReuters } from '../helpers/corpora';
import { tempDir } from '../helpers/tmp';

const rule = RULES_BY_ID.get('house-vocabulary')!;
const A50K = 'a'.repeat(50_000);
const STORY_OF_AS = `WASHINGTON (AP) — ${A50K}\n\n${A50K}b\n\n${'ab'.repeat(25_000)}\n`;

describe('catastrophic patterns from an untrusted config', () => {
  const classics = [
    '(a+)+$',
    '(a|a)*b',
    '(a|aa)+$',
    '^(a+)+b',
    '(a*)*c',
    '(x+x+)+y',
    '([a-z]+)+$',
    '(\\w+\\s?)+$',
    '(.*a){20}c',
    '(a+)+(b+)+c',
  ];

  it.each(classics)('%s over 50,000 a’s is validated and matched at once', (pattern) => {
    const t0 = performance.now();
    const { errors, config } = validateConfig({ vocabulary: [{ pattern, regex: true }] }, RULES);
    expect(errors).toEqual([]);
    const r = lint(STORY_OF_AS, config, [rule]);
    const ms = performance.now() - t0;
    expect(r.internalErrors).toEqual([]);
    // A hang guard, not a speed target: backtracking over 50,000 characters would run for years.
    expect(ms, `${pattern} took ${ms.toFixed(0)} ms`).toBeLessThan(5000);
  });

  it('finds what (a+)+$ matches: a whole line of a’s', () => {
    const r = lint(STORY_OF_AS, { vocabulary: [{ pattern: '(a+)+$', regex: true }] }, [rule]);
    // The first paragraph ends in a's; the second ends in b, the third in "ab".
    expect(r.findings.map((f) => f.end - f.start)).toEqual([50_000]);
  });

  it('all of them at once, with the same patterns as plain phrases', () => {
    const vocabulary = classics.flatMap((pattern) => [{ pattern, regex: true }, { pattern }]);
    const t0 = performance.now();
    const r = lint(STORY_OF_AS, { vocabulary }, [rule]);
    expect(r.internalErrors).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(5000); // hang guard
  });

  it('a plain phrase of repeated words over repeated words is linear too', () => {
    const text = `WASHINGTON (AP) — ${'a '.repeat(100_000)}b\n`;
    const vocabulary = [{ pattern: `${'a '.repeat(40)}c` }, { pattern: 'a a a a a a a b', wholeWord: false }];
    const t0 = performance.now();
    const r = lint(text, { vocabulary }, [rule]);
    expect(performance.now() - t0).toBeLessThan(5000); // hang guard
    expect(r.findings.map((f) => text.slice(f.start, f.end))).toEqual(['a a a a a a a b']);
  });
});

describe('invalid entries', () => {
  const bad: Array<[string, unknown, RegExp]> = [
    [
      'an unclosed group',
      { pattern: '(a', regex: true },
      /^pattern is not a valid RE2 regular expression: missing closing \)/,
    ],
    [
      'a look-ahead',
      { pattern: 'Kiev(?=an)', regex: true },
      /^pattern is not a valid RE2 regular expression: look-arounds .* are not supported by RE2/,
    ],
    [
      'a back-reference',
      { pattern: '(a)\\1', regex: true },
      /^pattern is not a valid RE2 regular expression: RE2 has no back-references/,
    ],
    ['a huge repeat', { pattern: 'a{2000}', regex: true }, /^pattern is not a valid RE2 .*invalid repeat count/],
    ['nested repeats', { pattern: '((a{100}){100}){100}', regex: true }, /^pattern is not a valid RE2 .*repeat/],
    ['a bare star', { pattern: '*Kiev', regex: true }, /^pattern is not a valid RE2 .*missing argument/],
    ['a class never closed', { pattern: '[a-', regex: true }, /^pattern is not a valid RE2 .*missing closing \]/],
    ['a pattern that matches nothing', { pattern: 'a?', regex: true }, /^pattern matches empty text/],
    ['no pattern', { replacement: 'Kyiv' }, /^has no pattern$/],
    [
      'a replacement that holds its own pattern',
      { pattern: 'union', replacement: 'union union' },
      /^has a replacement "union union" that brings back what it flags: once "union" is fixed, "union" is flagged/,
    ],
    [
      'a replacement that keeps the word inside it',
      { pattern: 'Kiev', replacement: 'Kyiv (Kiev)' },
      /^has a replacement "Kyiv \(Kiev\)" that brings back what it flags/,
    ],
    [
      'a part of a word growing into itself',
      { pattern: 'ion', wholeWord: false, replacement: 'ions' },
      /^has a replacement "ions" that brings back what it flags/,
    ],
    [
      'the first of several candidates (the one the wording tier makes) holding the pattern',
      { pattern: 'hue', replacement: ['hue or shade', 'shade'] },
      /^has a replacement "hue or shade" that brings back what it flags/,
    ],
    [
      'an anchored pattern that each fix moves on',
      { pattern: '\\w+$', regex: true, replacement: ' ' },
      /^has a replacement " " that brings back what it flags: once "on" is fixed, "go" is flagged/,
    ],
    [
      'a pattern matching any character, replaced by two',
      { pattern: '.', regex: true, wholeWord: false, replacement: 'ab' },
      /^has a replacement "ab" that brings back what it flags/,
    ],
    ['a number for a pattern', { pattern: 7 }, /^pattern must be a string$/],
  ];

  it.each(bad)('%s is an error naming the entry', (_name, entry, message) => {
    const { errors, config } = validateConfig(
      { vocabulary: [{ pattern: 'colour', replacement: 'color' }, entry] },
      RULES,
      'x.json',
    );
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors[0]!.key).toBe('vocabulary[1]');
    expect(errors[0]!.message).toMatch(message);
    expect(formatConfigError(errors[0]!)).toMatch(/^x\.json: "vocabulary\[1\]": /);
    // The other entry still works.
    expect(config.vocabulary).toEqual([{ pattern: 'colour', replacement: 'color' }]);
  });
});

describe('entries whose fix is final', () => {
  const good: VocabularyEntry[] = [
    { pattern: 'Kiev', replacement: 'Kyiv' },
    { pattern: 'kiev', replacement: 'Kiev' },
    { pattern: 'internet', replacement: 'Internet' },
    { pattern: 'colou?r', regex: true, replacement: 'color' },
    { pattern: 'per cent', replacement: ['percent', 'per cent'] },
    // A person may choose the second: only the first is ever made without asking.
    { pattern: 'Kiev', replacement: ['Kyiv', 'Kiev (Kyiv)'] },
    { pattern: 'e-mail', replacement: 'email' },
    { pattern: 'Kiev', regex: true, replacement: 'Kyiv' },
    { pattern: 'U.S.', replacement: 'US' },
  ];
  it.each(good.map((e) => [JSON.stringify(e), e] as const))('%s is accepted', (_name, entry) => {
    expect(checkVocabularyEntry(entry).problems).toEqual([]);
  });

  it('the check costs little: 3,000 entries in well under a second', () => {
    const entries = Array.from({ length: 3000 }, (_, i) => ({ pattern: `word${i} thing`, replacement: `w${i}` }));
    const t = performance.now();
    for (const e of entries) expect(checkVocabularyEntry(e).problems).toEqual([]);
    expect(performance.now() - t).toBeLessThan(1500);
  });

  it('a refused entry never reaches --fix: the story is fixed by the other entries only, and does not grow', async () => {
    const dir = tempDir('wirelint-refix-');
    writeFileSync(
      join(dir, '.wirelintrc.json'),
      JSON.stringify({
        vocabulary: [
          { pattern: 'union', replacement: 'union union' },
          { pattern: 'Tanaganyika', replacement: 'Tanganyika' },
        ],
      }),
    );
    const story =
      'Union talks\n\nNORTHPORT, Jan 14 (Reuters) - The union at Lake Tanaganyika will strike, the union said.\n';
    writeFileSync(join(dir, 's.txt'), story);
    const r = await runCli(['--fix', 's.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /"vocabulary\[0\]": has a replacement "union union" that brings back .*; this entry is left out/,
    );
    const fixed = readFileSync(join(dir, 's.txt'), 'utf8');
    expect(fixed).toBe(story.replace('Tanaganyika', 'Tanganyika'));
  });
});

describe('the built-in starter list', () => {
  it('is valid vocabulary, and every entry names its source', () => {
    for (const { source, ...entry } of BUILTIN_VOCABULARY_DATA) {
      expect(checkVocabularyEntry(entry).problems, entry.pattern).toEqual([]);
      expect(source.length, entry.pattern).toBeGreaterThan(5);
      expect(entry.profiles, `${entry.pattern}: a built-in entry names its agencies`).toBeDefined();
    }
  });

  it('has Kyiv for AP and Reuters only, and the AP spellings for AP only', () => {
    const patterns = (p: (typeof PROFILE_IDS)[number]) =>
      vocabularyFor(undefined, p).entries.map((c) => `${c.allow ? '+' : ''}${c.entry.pattern}`);
    expect(patterns('reuters')).toEqual(['Kiev', '+chicken Kiev']);
    expect(patterns('ap')).toEqual([
      'Kiev',
      '+chicken Kiev',
      'per cent',
      'e-mail',
      'e-mails',
      'Web site',
      'Web sites',
      'cell phone',
      'cell phones',
    ]);
    for (const p of ['afp', 'xinhua', 'upi', 'bloomberg', 'neutral'] as const) expect(patterns(p)).toEqual([]);
  });
});

describe('compiled once per config', () => {
  it('caches by the identity of the entries array and the profile', () => {
    const v = [{ pattern: 'colour', replacement: 'color' }];
    // (Identity compared directly: a failing-path deep comparison of two compiled tables is slow.)
    expect(vocabularyFor(v, 'ap') === vocabularyFor(v, 'ap')).toBe(true);
    expect(vocabularyFor(v, 'ap') === vocabularyFor(v, 'reuters')).toBe(false);
    expect(vocabularyFor(v, 'ap', false) === vocabularyFor(v, 'ap')).toBe(false);
    expect(vocabularyFor([...v], 'ap') === vocabularyFor(v, 'ap')).toBe(false);
    expect(vocabularyFor(undefined, 'ap') === vocabularyFor([], 'ap')).toBe(true);
    expect(vocabularyFor(undefined, 'ap', false).size).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// A plain reference matcher: one regular expression per entry, tried at every place, then the same resolution
// (allow entries win; then the first start, the longest, the lowest index). The engine must agree with it exactly,
// by both of its ways of finding candidates.

const WORD = /[\p{L}\p{N}\p{M}]/u;
const esc = (ch: string): string => (/[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch);

function referenceMatch(text: string, entries: VocabularyEntry[], segs: Span[]): Array<[number, number, number]> {
  const raw: Array<{ s: number; e: number; i: number; allow: boolean }> = [];
  entries.forEach((entry, i) => {
    const norm = entry.pattern.trim().replace(/\s+/g, ' ');
    let src = '';
    for (const ch of norm) {
      if (ch === ' ') src += '(?:[ \\t\\u00a0]*(?:\\r\\n|\\r|\\n)[ \\t\\u00a0]*|[ \\t\\u00a0]+)';
      else if (ch === "'" || ch === '’' || ch === '‘') src += "['’‘ʼ]";
      else if (ch === '-' || ch === '‐' || ch === '‑') src += '[-‐‑]';
      else src += esc(ch);
    }
    const re = new RegExp(src, entry.caseSensitive ? 'uy' : 'iuy');
    for (const seg of segs) {
      for (let p = seg.start; p < seg.end; p++) {
        re.lastIndex = p;
        const m = re.exec(text);
        if (!m || p + m[0].length > seg.end) continue;
        const e = p + m[0].length;
        if (entry.wholeWord !== false) {
          if (WORD.test(text[p]!) && p > 0 && WORD.test(text[p - 1]!)) continue;
          if (WORD.test(text[e - 1]!) && e < text.length && WORD.test(text[e]!)) continue;
        }
        raw.push({ s: p, e, i, allow: entry.allow === true });
      }
    }
  });
  const allowed = raw.filter((r) => r.allow);
  const flags = raw.filter((r) => !r.allow).sort((a, b) => a.s - b.s || b.e - b.s - (a.e - a.s) || a.i - b.i);
  const out: Array<[number, number, number]> = [];
  let lastEnd = -1;
  for (const f of flags) {
    if (f.s < lastEnd) continue;
    if (allowed.some((a) => a.s < f.e && a.e > f.s)) continue;
    out.push([f.s, f.e, f.i]);
    lastEnd = f.e;
  }
  return out;
}

function engineMatch(
  text: string,
  entries: VocabularyEntry[],
  segs: Span[],
  candidates: 'regex' | 'scan',
): Array<[number, number, number]> {
  return compileVocabulary(entries, 'ap', false, { candidates })
    .find(text, segs)
    .map((m) => [m.start, m.end, m.c.index]);
}

describe('finding places: the regex and the character scan agree with a plain reference', () => {
  const ALPHABET = ['a', 'b', 'A', 'B', 'é', 'É', '1', ' ', ' ', '\n', '-', "'", '’', '.'];
  const textArb = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((a) => a.join(''));
  const entryArb = fc.record(
    {
      pattern: fc
        .array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 5 })
        .map((a) => a.join(''))
        .filter((p) => p.trim() !== ''),
      caseSensitive: fc.boolean(),
      wholeWord: fc.boolean(),
      allow: fc.boolean(),
    },
    { requiredKeys: ['pattern'] },
  );

  it('on random text and entries', () => {
    fc.assert(
      fc.property(textArb, fc.array(entryArb, { minLength: 1, maxLength: 6 }), fc.nat(), (text, entries, cut) => {
        // Two segments with a hole between them, as around a dateline tag.
        const a = Math.min(cut % (text.length + 1), text.length);
        const segs: Span[] = [
          { start: 0, end: a },
          { start: Math.min(a + 2, text.length), end: text.length },
        ].filter((s) => s.end > s.start);
        const want = referenceMatch(text, entries, segs);
        expect(engineMatch(text, entries, segs, 'regex')).toEqual(want);
        expect(engineMatch(text, entries, segs, 'scan')).toEqual(want);
      }),
      { numRuns: 1500 },
    );
  });

  it.skipIf(!hasShared())('on real stories, with entries that match often', () => {
    const entries: VocabularyEntry[] = [
      { pattern: 'said' },
      { pattern: 'the', caseSensitive: true },
      { pattern: 'of the' },
      { pattern: 'per cent' },
      { pattern: 'percent' },
      { pattern: "'s", wholeWord: false },
      { pattern: 'U.S.' },
      { pattern: 'Inc' },
      { pattern: 'New York' },
      { pattern: 'Reuters', allow: true },
      { pattern: 'ion', wholeWord: false },
      { pattern: 'in the', allow: true },
    ];
    const texts = [
      ...modernSample().map((s) => s.text),
      ...modernizedReuters()
        .slice(0, 150)
        .map((s) => s.text),
    ];
    for (const text of texts) {
      const segs = [{ start: 0, end: text.length }];
      const want = referenceMatch(text, entries, segs);
      expect(engineMatch(text, entries, segs, 'regex')).toEqual(want);
      expect(engineMatch(text, entries, segs, 'scan')).toEqual(want);
    }
  });
});

describe('regex entries agree with a JavaScript reference (look-arounds for word edges)', () => {
  // With astral characters (an emoji, a flag, a letter beyond the first 65,536): a match ends after a whole one.
  const ALPHABET = ['a', 'b', 'A', 'é', '1', ' ', '\n', '-', '.', '😀', '🇺🇦', '𝐀'];
  const textArb = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 50 }).map((a) => a.join(''));
  // Small RE2 patterns with the same meaning in JavaScript.
  const atom = fc.constantFrom('a', 'b', 'é', '1', '\\.', '-', '[ab]', '\\d', '\\s', '.', '(?:a|b)', '(?:ab|a)');
  const piece = fc.tuple(atom, fc.constantFrom('', '', '?', '+', '*', '{1,2}')).map(([a, q]) => a + q);
  const patternArb = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(''));

  function reference(text: string, pattern: string, caseSensitive: boolean, wholeWord: boolean, segs: Span[]) {
    const W = '[\\p{L}\\p{N}\\p{M}]';
    const src = wholeWord ? `(?<!${W})(?:${pattern})(?!${W})` : pattern;
    const re = new RegExp(src, caseSensitive ? 'gmu' : 'gimu');
    const out: Array<[number, number]> = [];
    for (const seg of segs) {
      const sub = text.slice(seg.start, seg.end);
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(sub)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        out.push([seg.start + m.index, seg.start + m.index + m[0].length]);
      }
    }
    return out;
  }

  it('on random text and patterns', () => {
    fc.assert(
      fc.property(textArb, patternArb, fc.boolean(), fc.boolean(), fc.nat(), (text, pattern, cs, ww, cut) => {
        const entry = { pattern, regex: true, caseSensitive: cs, wholeWord: ww };
        fc.pre(checkVocabularyEntry(entry).problems.length === 0);
        const a = Math.min(cut % (text.length + 1), text.length);
        const segs = [
          { start: 0, end: a },
          { start: Math.min(a + 1, text.length), end: text.length },
        ].filter((x) => x.end > x.start);
        const got = compileVocabulary([entry], 'ap', false)
          .find(text, segs)
          .map((m) => [m.start, m.end]);
        expect(got).toEqual(reference(text, pattern, cs, ww, segs));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('the schema agrees with the config loader on vocabulary', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, SCHEMA_PATH), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strictTuples: false });
  ajv.addKeyword('markdownDescription');
  ajv.addKeyword('allowTrailingCommas');
  const validate = ajv.compile(schema);
  const cases: Array<[string, unknown]> = [
    ['a full entry', [{ pattern: 'Kiev', replacement: 'Kyiv', message: 'm', severity: 'error', profiles: ['ap'] }]],
    ['a list of candidates', [{ pattern: 'hue', replacement: ['shade', 'tone'] }]],
    ['flags', [{ pattern: 'a', caseSensitive: true, wholeWord: false, regex: true }]],
    ['an allow entry', [{ pattern: 'chicken Kiev', allow: true }]],
    ['allow false with a replacement', [{ pattern: 'a', allow: false, replacement: 'b' }]],
    ['an empty list', []],
    ['not a list', { Kiev: 'Kyiv' }],
    ['no pattern', [{ replacement: 'Kyiv' }]],
    ['a blank pattern', [{ pattern: '  ' }]],
    ['a number for a replacement', [{ pattern: 'a', replacement: 1 }]],
    ['an empty replacement', [{ pattern: 'a', replacement: '' }]],
    ['an empty list of replacements', [{ pattern: 'a', replacement: [] }]],
    ['severity off', [{ pattern: 'a', severity: 'off' }]],
    ['an unknown profile', [{ pattern: 'a', profiles: ['bbc'] }]],
    ['no profiles', [{ pattern: 'a', profiles: [] }]],
    ['an unknown key', [{ pattern: 'a', colour: 'red' }]],
    ['an allow entry with a replacement', [{ pattern: 'a', allow: true, replacement: 'b' }]],
    ['an allow entry with a message', [{ pattern: 'a', allow: true, message: 'b' }]],
    ['a string for a flag', [{ pattern: 'a', regex: 'yes' }]],
    ['a blank message', [{ pattern: 'a', message: ' ' }]],
  ];
  it.each(cases)('%s', (_name, vocabulary) => {
    expect(validate({ vocabulary })).toBe(validateConfig({ vocabulary }, RULES).errors.length === 0);
  });
  it('describes every key an entry may have', () => {
    const entry = (schema.definitions as Record<string, { properties: Record<string, { description: string }> }>)
      .vocabularyEntry!;
    expect(Object.keys(entry.properties)).toEqual([
      'pattern',
      'replacement',
      'message',
      'severity',
      'caseSensitive',
      'wholeWord',
      'regex',
      'profiles',
      'allow',
    ]);
    for (const [k, v] of Object.entries(entry.properties)) expect(v.description.length, k).toBeGreaterThan(20);
  });
});

describe('the command line', () => {
  const run = (args: string[], cwd: string) => runCli(args, cwd);
  const STORY = 'Talks resume\n\nKIEV, Ukraine (AP) — Talks in Kiev resumed Monday, the colour party said.\n';

  it('reports and --fix applies vocabulary from a .wirelintrc.json with comments', async () => {
    const dir = tempDir('wirelint-vocab-');
    writeFileSync(
      join(dir, '.wirelintrc.json'),
      '{\n  // our desk\n  "vocabulary": [\n    {"pattern": "colour", "replacement": "color", "severity": "error"},\n  ],\n}\n',
    );
    writeFileSync(join(dir, 's.txt'), STORY);
    const r = await run(['s.txt'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('house-vocabulary');
    expect(r.out).toMatch(/error\s+House style is "color", not "colour"/);
    const f = await run(['--fix', 's.txt'], dir);
    expect(f.code).toBe(0);
    expect(readFileSync(join(dir, 's.txt'), 'utf8')).toBe(
      'Talks resume\n\nKYIV, Ukraine (AP) — Talks in Kyiv resumed Monday, the color party said.\n',
    );
  });

  it('a broken entry is reported with its index and reason, exit 2', async () => {
    const dir = tempDir('wirelint-vocab-');
    writeFileSync(
      join(dir, '.wirelintrc.json'),
      JSON.stringify({ vocabulary: [{ pattern: 'colour' }, { pattern: '(a+', regex: true }] }),
    );
    writeFileSync(join(dir, 's.txt'), STORY);
    const r = await run(['s.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      '.wirelintrc.json: "vocabulary[1]": pattern is not a valid RE2 regular expression: missing closing ): `(a+`',
    );
  });
});

describe('patterns RE2 cannot run', () => {
  it('says plainly that look-arounds are not supported', () => {
    for (const pattern of ['(?<=a)b', '(?<!a)b', 'a(?=b)', 'a(?!b)']) {
      const { errors } = validateConfig({ vocabulary: [{ pattern, regex: true }] }, RULES);
      expect(errors.map((e) => e.message).join(' '), pattern).toContain('look-arounds');
    }
  });
});

describe('one bad vocabulary entry on the command line', () => {
  it('is reported and left out; the other entries still apply and the run exits 2', async () => {
    const dir = tempDir('wirelint-badentry-');
    writeFileSync(
      join(dir, '.wirelintrc.json'),
      JSON.stringify({
        vocabulary: [
          { pattern: '(unclosed', regex: true },
          { pattern: 'Tanaganyika', replacement: 'Tanganyika' },
        ],
      }),
    );
    writeFileSync(
      join(dir, 's.txt'),
      'Lake falls\n\nNORTHPORT, Jan 14 (Reuters) - Lake Tanaganyika fell on Tuesday, the ministry said.\n',
    );
    const r = await runCli(['--format', 'json', 's.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/"vocabulary\[0\]": pattern is not a valid RE2 .*; this entry is left out/);
    const [file] = JSON.parse(r.out) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(file!.messages.map((m) => m.ruleId)).toContain('house-vocabulary');
  });
});
