import { describe, expect, it } from 'vitest';
import { formatConfigError, mergeConfigs, parseConfigText, ruleSetting, validateConfig } from '../../src/core/config';
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
      '/desk/.wirelintrc.json: "rules.quote-balance": severity must be one of "error", "warning", "info", "off"',
      '/desk/.wirelintrc.json: "rules.quote-mixed-style[1].style": must be one of "majority", "curly", "straight"',
      expect.stringMatching(/"rules\.quote-mixed-style\[1\]\.colour": unknown option/),
      '/desk/.wirelintrc.json: "rules.trailing-text": must be a severity or [severity, {options}]',
      '/desk/.wirelintrc.json: "extra": unknown setting (allowed: "profile", "rules")',
    ]);
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
