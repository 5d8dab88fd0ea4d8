import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SEVERITIES,
  formatConfigError,
  mergeConfigs,
  moreErrors,
  parseConfigText,
  parseSeverity,
  ruleSetting,
  validateConfig,
} from '../../src/core/config';
import { lint } from '../../src/core/lint';
import { RULES, RULES_BY_ID } from '../../src/core/rules/index';

describe('config validation', () => {
  it('accepts profile, severities and [severity, options]', () => {
    const { config, errors } = validateConfig(
      {
        $schema: './schemas/wirelintrc.schema.json',
        profile: 'ap',
        rules: { 'quote-balance': 'error', 'quote-mixed-style': ['warning', { style: 'straight' }] },
      },
      RULES,
    );
    expect(errors).toEqual([]);
    expect(config).toEqual({
      profile: 'ap',
      rules: { 'quote-balance': 'error', 'quote-mixed-style': ['warning', { style: 'straight' }] },
    });
  });

  it('names the file and key for every problem and never drops one silently', () => {
    const { errors } = validateConfig(
      {
        profile: 'bbc',
        rules: {
          nope: 'error',
          'quote-balance': 'loud',
          'quote-mixed-style': ['info', { style: 'fancy', colour: 1 }],
          'trailing-text': ['warning', {}, 3],
        },
        extra: true,
      },
      RULES,
      '/desk/.wirelintrc.json',
    );
    expect(errors.map(formatConfigError)).toEqual([
      expect.stringMatching(/^\/desk\/\.wirelintrc\.json: "profile": must be one of "auto", "reuters"/),
      '/desk/.wirelintrc.json: "rules.nope": unknown rule id (run "wirelint --list-rules" for the list)',
      '/desk/.wirelintrc.json: "rules.quote-balance": severity must be "error", "warning", "info" or "off", not "loud"',
      '/desk/.wirelintrc.json: "rules.quote-mixed-style[1].style": must be one of "majority", "curly", "straight"',
      expect.stringMatching(/"rules\.quote-mixed-style\[1\]\.colour": unknown option/),
      '/desk/.wirelintrc.json: "rules.trailing-text": must be a severity or [severity, {options}]',
      '/desk/.wirelintrc.json: "extra": unknown setting (allowed: "profile", "rules", "vocabulary")',
    ]);
  });

  it('reads severities as ESLint users type them: "warn", and 0, 1, 2, alone or with options', () => {
    const { config, errors } = parseConfigText(
      `{"rules": {"quote-balance": "warn", "trailing-text": 0, "attrib-tense-mix": 1, "quote-brackets": 2,
        "quote-mixed-style": ["warn", {"style": "straight"}], "name-honorific": [2]}}`,
      'x.json',
      RULES,
    );
    expect(errors).toEqual([]);
    expect(config.rules).toEqual({
      'quote-balance': 'warning',
      'trailing-text': 'off',
      'attrib-tense-mix': 'warning',
      'quote-brackets': 'error',
      'quote-mixed-style': ['warning', { style: 'straight' }],
      'name-honorific': ['error'],
    });
    const text = 'LONDON (Reuters) - The bank said "rates stay [high]."\n';
    const ruleIds = (rules: Record<string, unknown>) =>
      lint(text, validateConfig({ rules }, RULES).config).findings.filter((f) => f.ruleId === 'quote-brackets');
    expect(ruleIds({ 'quote-brackets': 0 })).toEqual([]);
    expect(ruleIds({ 'quote-brackets': 2 }).map((f) => f.severity)).toEqual(['error']);
  });

  it('takes a severity only from the accepted words and numbers, and names what it got otherwise', () => {
    const accepted = new Map<unknown, string>([
      ...SEVERITIES.map((s) => [s, s] as const),
      ['warn', 'warning'],
      [0, 'off'],
      [1, 'warning'],
      [2, 'error'],
    ]);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...accepted.keys(), 'Warn', 'WARNING', 'warnings', ' error', '2', 3, -1, 1.5, '', null, true),
          fc.jsonValue(),
        ),
        (value) => {
          const { config, errors } = validateConfig({ rules: { 'quote-balance': value } }, RULES);
          const want = accepted.get(value);
          expect(parseSeverity(value)).toBe(want);
          if (want) {
            expect(errors).toEqual([]);
            expect(config.rules).toEqual({ 'quote-balance': want });
          } else {
            expect(errors).toHaveLength(1);
            expect(errors[0]!.message).toMatch(/^severity must be "error", "warning", "info" or "off", not (".*"|.+)$/);
            expect(config.rules).toEqual({});
          }
        },
      ),
      { seed: 20_261_204, numRuns: 500 },
    );
  });

  it('counts the errors after the first as errors: "(and 1 more error)", never a bare "(and 1 more)"', () => {
    expect(moreErrors(0)).toBe('');
    expect(moreErrors(1)).toBe('');
    expect(moreErrors(2)).toBe(' (and 1 more error)');
    expect(moreErrors(4)).toBe(' (and 3 more errors)');
  });

  it('reports malformed JSON and a non-object with the file name', () => {
    expect(parseConfigText('{"rules": ', 'x.json', RULES).errors[0]!.message).toMatch(/^is not valid JSON/);
    expect(parseConfigText('[1]', 'x.json', RULES).errors[0]!.message).toMatch(/must be a JSON object/);
    expect(parseConfigText('\ufeff{"profile": "ap"}', 'x.json', RULES)).toEqual({
      config: { profile: 'ap' },
      errors: [],
    });
  });

  it('merges later configs over earlier ones, rule by rule', () => {
    const m = mergeConfigs({ profile: 'ap', rules: { a: 'off', b: 'error' } } as never, undefined, {
      rules: { b: 'info' },
    } as never);
    expect(m).toEqual({ profile: 'ap', rules: { a: 'off', b: 'info' } });
  });

  it('fills rule options from their defaults', () => {
    const r = RULES_BY_ID.get('quote-mixed-style')!;
    expect(ruleSetting(r, {})).toEqual({ severity: 'info', options: { style: 'majority' } });
    expect(ruleSetting(r, { rules: { 'quote-mixed-style': ['error', { style: 'curly' }] } })).toEqual({
      severity: 'error',
      options: { style: 'curly' },
    });
  });

  it('an option changes behaviour: style straight flags curly marks even when they are the majority', () => {
    const text = 'LONDON (Reuters) - “One,” he said. “Two,” she said.\n';
    expect(lint(text).findings.filter((f) => f.ruleId === 'quote-mixed-style')).toEqual([]);
    const strict = lint(text, { rules: { 'quote-mixed-style': ['warning', { style: 'straight' }] } });
    expect(strict.findings.filter((f) => f.ruleId === 'quote-mixed-style').length).toBe(2);
  });
});

describe('profiles', () => {
  const reuters = 'LONDON (Reuters) - He said Monday: "We won."\n';
  it('auto picks the profile from the dateline tag, and neutral without one', () => {
    expect(lint(reuters).profile).toBe('reuters');
    expect(lint('WASHINGTON (AP) — Text.\n').profile).toBe('ap');
    expect(lint('Paris (AFP) – Text.\n').profile).toBe('afp');
    expect(lint('Just some copy with no dateline.\n').profile).toBe('neutral');
  });
  it('a story never gets another agency’s rules by accident', () => {
    const ap = lint('WASHINGTON, D.C. (AP) — He said on Monday, “We won”.\n');
    expect(ap.findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['dateline-ap-standalone', 'attrib-day-preposition', 'quote-punct-placement']),
    );
    const rt = lint('WASHINGTON, D.C. (Reuters) - He said on Monday: “We won”.\n');
    expect(rt.findings.map((f) => f.ruleId)).not.toEqual(expect.arrayContaining(['dateline-ap-standalone']));
    expect(
      rt.findings.filter((f) =>
        ['dateline-ap-standalone', 'quote-punct-placement', 'attrib-day-preposition'].includes(f.ruleId),
      ),
    ).toEqual([]);
    const neutral = lint('He said on Monday, “We won”.\n');
    expect(neutral.findings.filter((f) => RULES_BY_ID.get(f.ruleId)!.meta.profiles !== 'all')).toEqual([]);
  });
  it('a configured profile wins over the tag, and the tag rule says they disagree', () => {
    const r = lint('LONDON (Reuters) - Text.\n', { profile: 'ap' });
    expect(r.profile).toBe('ap');
    expect(r.findings.find((f) => f.ruleId === 'dateline-agency-tag')?.message).toMatch(
      /carries \(Reuters\) but the story is checked as AP/,
    );
  });
});

describe('.wirelintrc.json as JSON with comments', () => {
  it('accepts comments and trailing commas, as VS Code settings files do', () => {
    const text = `// Desk style\n{\n  "profile": "ap", /* AP copy */\n  "rules": {\n    "quote-balance": "error",\n  },\n}\n`;
    expect(parseConfigText(text, 'x.json', RULES)).toEqual({
      config: { profile: 'ap', rules: { 'quote-balance': 'error' } },
      errors: [],
    });
  });

  it('names the line and column of the first syntax error', () => {
    const err = (t: string): string => parseConfigText(t, 'x.json', RULES).errors[0]!.message;
    expect(err('{"rules": ')).toBe('is not valid JSON: a value is expected at line 1, column 11');
    expect(err('{\n  "profile": "ap"\n  "rules": {}\n}')).toBe(
      'is not valid JSON: "," is expected at line 3, column 3',
    );
    expect(err('{\r\n  "profile": ap\r\n}')).toMatch(/^is not valid JSON: .* at line 2, column 14$/);
    expect(err('')).toBe('is not valid JSON: a value is expected at line 1, column 1');
    expect(err('{"profile": "ap"} {}')).toBe(
      'is not valid JSON: nothing may follow the closing brace at line 1, column 19',
    );
    expect(err('{"profile": "ap"} x')).toBe('is not valid JSON: unexpected character at line 1, column 19');
    expect(err('{ /* open')).toMatch(/^is not valid JSON: a comment is never closed/);
  });
});

describe('vocabulary in the config', () => {
  const FILE = '/desk/.wirelintrc.json';

  it('keeps good entries as written', () => {
    const vocabulary = [
      { pattern: 'Kiev', replacement: 'Kyiv' },
      { pattern: 'colou?r', regex: true, replacement: ['color', 'hue'], caseSensitive: true, severity: 'error' },
      { pattern: 'chicken Kiev', allow: true, profiles: ['ap', 'reuters'] },
      { pattern: 'per cent', replacement: 'percent', message: 'One word.', wholeWord: false },
    ];
    const { config, errors } = validateConfig({ vocabulary }, RULES);
    expect(errors).toEqual([]);
    expect(config.vocabulary).toEqual(vocabulary);
  });

  it('reports each bad entry by its index and reason, and keeps the others', () => {
    const { config, errors } = validateConfig(
      {
        vocabulary: [
          { pattern: 'Kiev', replacement: 'Kyiv' },
          { replacement: 'Kyiv' },
          { pattern: '(a', regex: true },
          { pattern: 'Kiev', replacement: 3 },
          { pattern: 'Kiev', colour: 'red' },
          'Kiev',
          { pattern: '   ' },
          { pattern: 'Kiev', severity: 'off' },
          { pattern: 'Kiev', profiles: ['bbc'] },
          { pattern: 'Kiev', allow: true, replacement: 'Kyiv' },
          { pattern: 'x*', regex: true },
          { pattern: 'Kiev', replacement: [] },
          { pattern: 'Kiev', wholeWord: 'yes' },
          { pattern: 'per cent', replacement: 'percent' },
        ],
      },
      RULES,
      FILE,
    );
    expect(errors.map(formatConfigError)).toEqual([
      `${FILE}: "vocabulary[1]": has no pattern`,
      `${FILE}: "vocabulary[2]": pattern is not a valid RE2 regular expression: missing closing ): \`(a\``,
      `${FILE}: "vocabulary[3]": replacement must be a string or a list of strings`,
      `${FILE}: "vocabulary[4]": unknown key "colour" (allowed: pattern, replacement, message, severity, caseSensitive, wholeWord, regex, profiles, allow)`,
      `${FILE}: "vocabulary[5]": must be an object such as {"pattern": "Kiev", "replacement": "Kyiv"}`,
      `${FILE}: "vocabulary[6]": has an empty pattern`,
      `${FILE}: "vocabulary[7]": severity must be one of "error", "warning", "info" (to accept a word, use an allow entry)`,
      expect.stringMatching(/"vocabulary\[8\]": profiles must be a list of one or more of "reuters", "ap"/),
      `${FILE}: "vocabulary[9]": an allow entry takes no "replacement"`,
      `${FILE}: "vocabulary[10]": pattern matches empty text; it must match at least one character`,
      `${FILE}: "vocabulary[11]": replacement must not be empty`,
      `${FILE}: "vocabulary[12]": wholeWord must be true or false`,
    ]);
    expect(config.vocabulary).toEqual([
      { pattern: 'Kiev', replacement: 'Kyiv' },
      { pattern: 'per cent', replacement: 'percent' },
    ]);
  });

  it('must be a list', () => {
    expect(validateConfig({ vocabulary: { Kiev: 'Kyiv' } }, RULES).errors).toEqual([
      { file: undefined, key: 'vocabulary', message: expect.stringMatching(/^must be a list of entries/) },
    ]);
  });

  it('the good entries still work when another entry is broken', () => {
    const { config } = parseConfigText(
      '{"vocabulary": [{"pattern": "(", "regex": true}, {"pattern": "colour", "replacement": "color"}]}',
      'x.json',
      RULES,
    );
    const r = lint('The colour was red.\n', config);
    expect(r.findings.filter((f) => f.ruleId === 'house-vocabulary').map((f) => f.fix?.text)).toEqual(['color']);
  });

  it('merges: a later config’s entries come first, and a lone list is passed on as the same array', () => {
    const a = [{ pattern: 'a' }];
    const b = [{ pattern: 'b' }];
    expect(mergeConfigs({ vocabulary: a }, { profile: 'ap' }).vocabulary).toBe(a);
    expect(mergeConfigs({ vocabulary: a }, { vocabulary: b }).vocabulary).toEqual([{ pattern: 'b' }, { pattern: 'a' }]);
  });
});
