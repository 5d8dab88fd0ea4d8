import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/core/config';
import { lint } from '../../src/core/lint';
import {
  ConfigEditError,
  addAllowEntry,
  addChoiceEntry,
  choiceEntryEdits,
  firstEntryFlagging,
  addVocabularyEntry,
  allowEntryEdits,
  applyConfigEdits,
  detectFormatting,
  ruleSeverityEdits,
  setRuleSeverity,
  vocabularyEntryEdits,
} from '../../src/core/config-edit';
import { RULES } from '../../src/core/rules/index';

// A desk's config as people really leave them: a byte-order mark, CRLF, tabs, comments of both kinds, trailing
// commas, a list written on one line and an object spread over several.
const ODD = [
  '\uFEFF// House style for the night desk',
  '{',
  '\t"profile": "ap", // AP copy only',
  '\t/* rules we changed',
  '\t   after the March review */',
  '\t"rules": {',
  '\t\t"quote-balance": ["error", {}],',
  '\t\t"quote-mixed-style": ["warning", {"style": "curly"}], // keep curly',
  '\t},',
  '\t"vocabulary": [{"pattern": "per cent", "replacement": "percent"}, ],',
  '}',
  '',
].join('\r\n');

/** The config the text gives, which must be valid. */
function configOf(text: string) {
  const r = parseConfigText(text, 'x.json', RULES);
  expect(r.errors).toEqual([]);
  return r.config;
}

describe('detectFormatting', () => {
  it('reads the indentation and line ending of the file', () => {
    expect(detectFormatting(ODD)).toEqual({ insertSpaces: false, tabSize: 4, eol: '\r\n' });
    expect(detectFormatting('{\n    "a": {\n        "b": 1\n    }\n}\n')).toEqual({
      insertSpaces: true,
      tabSize: 4,
      eol: '\n',
    });
    expect(detectFormatting('{"a": 1}')).toEqual({ insertSpaces: true, tabSize: 2, eol: '\n' });
    // Comment lines do not count.
    expect(detectFormatting('{\n  /* x\n   * y */\n  "a": 1\n}')).toMatchObject({ tabSize: 2 });
  });
});

describe('addVocabularyEntry ("Always use X here")', () => {
  it('joins a list written on one line, on that line, and changes nothing else', () => {
    const out = addVocabularyEntry(ODD, { pattern: 'Kiev', replacement: 'Kyiv' });
    expect(out).toBe(
      ODD.replace(
        '{"pattern": "per cent", "replacement": "percent"}, ],',
        '{"pattern": "per cent", "replacement": "percent"}, {"pattern": "Kiev", "replacement": "Kyiv"}, ],',
      ),
    );
    expect(configOf(out).vocabulary).toEqual([
      { pattern: 'per cent', replacement: 'percent' },
      { pattern: 'Kiev', replacement: 'Kyiv' },
    ]);
  });

  it('lays an entry out on lines of its own in a list spread over lines, in the file’s indentation', () => {
    const text = '{\n    // ours\n    "vocabulary": [\n        {\n            "pattern": "a"\n        }\n    ]\n}\n';
    const out = addVocabularyEntry(text, { pattern: 'Kiev', replacement: ['Kyiv', 'Kiev (Kyiv)'] });
    expect(out).toBe(
      '{\n    // ours\n    "vocabulary": [\n        {\n            "pattern": "a"\n        },\n        {\n            "pattern": "Kiev",\n            "replacement": [\n                "Kyiv",\n                "Kiev (Kyiv)"\n            ]\n        }\n    ]\n}\n',
    );
    expect(configOf(out).vocabulary).toHaveLength(2);
  });

  it('creates "vocabulary" when there is none, with tabs and CRLF where the file has them', () => {
    const text = ODD.replace('\t"vocabulary": [{"pattern": "per cent", "replacement": "percent"}, ],\r\n', '');
    const edits = vocabularyEntryEdits(text, { pattern: 'Kiev', replacement: 'Kyiv' });
    // Only insertions: every byte of the file stays where it was.
    expect(edits.every((e) => e.start === e.end)).toBe(true);
    const out = applyConfigEdits(text, edits);
    expect(out).toContain(
      '\t},\r\n\t"vocabulary": [\r\n\t\t{\r\n\t\t\t"pattern": "Kiev",\r\n\t\t\t"replacement": "Kyiv"\r\n\t\t}\r\n\t],\r\n}',
    );
    expect(out.startsWith('\uFEFF// House style for the night desk\r\n')).toBe(true);
    expect(configOf(out).vocabulary).toEqual([{ pattern: 'Kiev', replacement: 'Kyiv' }]);
  });

  it('starts a file from nothing, or from {}', () => {
    const want = '{\n  "vocabulary": [\n    {\n      "pattern": "Kiev",\n      "replacement": "Kyiv"\n    }\n  ]\n}\n';
    expect(addVocabularyEntry('', { pattern: 'Kiev', replacement: 'Kyiv' })).toBe(want);
    expect(addVocabularyEntry(' \n', { pattern: 'Kiev', replacement: 'Kyiv' })).toBe(want);
    expect(addVocabularyEntry('\r\n', { pattern: 'Kiev', replacement: 'Kyiv' })).toBe(want.replace(/\n/g, '\r\n'));
    expect(configOf(addVocabularyEntry('{}', { pattern: 'Kiev', replacement: 'Kyiv' })).vocabulary).toEqual([
      { pattern: 'Kiev', replacement: 'Kyiv' },
    ]);
    expect(addVocabularyEntry('{"profile": "ap"}', { pattern: 'Kiev', replacement: 'Kyiv' })).toBe(
      '{"profile": "ap", "vocabulary": [{"pattern": "Kiev", "replacement": "Kyiv"}]}',
    );
  });

  it('refuses a broken file, a "vocabulary" that is not a list, and an entry that is not valid', () => {
    expect(() => addVocabularyEntry('{"rules": ', { pattern: 'a' })).toThrow(ConfigEditError);
    expect(() => addVocabularyEntry('{"rules": ', { pattern: 'a' })).toThrow(/not valid JSON: .* line 1, column 11/);
    expect(() => addVocabularyEntry('[1]', { pattern: 'a' })).toThrow(/not a JSON object/);
    expect(() => addVocabularyEntry('{"vocabulary": {}}', { pattern: 'a' })).toThrow(/"vocabulary" is not a list/);
    expect(() => addVocabularyEntry('{}', { pattern: '(a', regex: true })).toThrow(/not a valid RE2/);
  });
});

describe('addAllowEntry ("Accept this word")', () => {
  it('adds {"pattern": word, "allow": true}, once', () => {
    const once = addAllowEntry(ODD, 'Kiev');
    expect(configOf(once).vocabulary).toEqual([
      { pattern: 'per cent', replacement: 'percent' },
      { pattern: 'Kiev', allow: true },
    ]);
    expect(allowEntryEdits(once, 'Kiev')).toEqual([]);
    expect(addAllowEntry(once, 'Kiev')).toBe(once);
    // The comments are all still there.
    for (const c of ['// House style for the night desk', '// AP copy only', '/* rules we changed', '// keep curly']) {
      expect(once).toContain(c);
    }
  });

  it('the allow entry it writes silences the built-in list', () => {
    const story = 'WASHINGTON (AP) — Officials in Kiev said Monday.\n';
    expect(lint(story, configOf(ODD)).findings.some((f) => f.ruleId === 'house-vocabulary')).toBe(true);
    expect(
      lint(story, configOf(addAllowEntry(ODD, 'Kiev'))).findings.some((f) => f.ruleId === 'house-vocabulary'),
    ).toBe(false);
  });
});

describe('setRuleSeverity', () => {
  it('keeps a rule’s options and everything around them', () => {
    const out = setRuleSeverity(ODD, 'quote-mixed-style', 'off');
    expect(out).toBe(ODD.replace('["warning", {"style": "curly"}]', '["off", {"style": "curly"}]'));
    expect(configOf(out).rules?.['quote-mixed-style']).toEqual(['off', { style: 'curly' }]);
  });

  it('adds a rule not listed on a line of its own, without touching its neighbours', () => {
    const edits = ruleSeverityEdits(ODD, 'trailing-text', 'info');
    expect(edits.every((e) => e.start === e.end)).toBe(true);
    const out = applyConfigEdits(ODD, edits);
    // The comment after the last rule stays on its line; the trailing comma style is kept.
    expect(out).toBe(
      ODD.replace(
        '["warning", {"style": "curly"}], // keep curly',
        '["warning", {"style": "curly"}], // keep curly\r\n\t\t"trailing-text": "info",',
      ),
    );
    expect(configOf(out).rules).toEqual({
      'quote-balance': ['error', {}],
      'quote-mixed-style': ['warning', { style: 'curly' }],
      'trailing-text': 'info',
    });
  });

  it('replaces a plain severity, adds "rules" when missing, and leaves a rule already so', () => {
    expect(setRuleSeverity('{"rules": {"quote-balance": "error"}}', 'quote-balance', 'off')).toBe(
      '{"rules": {"quote-balance": "off"}}',
    );
    expect(setRuleSeverity('{\n  "profile": "ap"\n}\n', 'quote-balance', 'off')).toBe(
      '{\n  "profile": "ap",\n  "rules": {\n    "quote-balance": "off"\n  }\n}\n',
    );
    expect(ruleSeverityEdits(ODD, 'quote-balance', 'error')).toEqual([]);
    expect(() => setRuleSeverity('{"rules": []}', 'quote-balance', 'off')).toThrow(/"rules" is not an object/);
  });
});

// A list laid out as people write it by hand (and as the README shows it): one entry a line, comments beside them.
const DESK = [
  '{',
  '    // Night desk — ask Ruth before changing the house list',
  '    "profile" : "reuters",   /* Reuters copy only */',
  '    "vocabulary": [',
  '        { "pattern": "hue", "replacement": ["shade", "tone"] }, // pick one per story',
  '        {"pattern":"per cent","replacement":"percent"}',
  '    ]',
  '}',
  '',
].join('\n');

describe('entries written on one line, and comments after the last item', () => {
  it('writes a new entry on one line when its neighbour is, with the same spaces inside its braces', () => {
    const text = '{\n  "vocabulary": [\n    { "pattern": "a", "allow": true }\n  ]\n}\n';
    expect(addAllowEntry(text, 'Kiev')).toBe(
      '{\n  "vocabulary": [\n    { "pattern": "a", "allow": true },\n    { "pattern": "Kiev", "allow": true }\n  ]\n}\n',
    );
    expect(addAllowEntry(DESK, 'Kiev')).toBe(
      DESK.replace(
        '{"pattern":"per cent","replacement":"percent"}\n',
        '{"pattern":"per cent","replacement":"percent"},\n        {"pattern": "Kiev", "allow": true}\n',
      ),
    );
    expect(addAllowEntry('{"vocabulary": [{ "pattern": "a" }]}', 'b')).toBe(
      '{"vocabulary": [{ "pattern": "a" }, { "pattern": "b", "allow": true }]}',
    );
  });

  it('keeps a comment after the last item on that item’s line, with or without a trailing comma', () => {
    const withComma = '{\n  "vocabulary": [\n    {"pattern": "a"}, // first\n  ],\n}\n';
    expect(addAllowEntry(withComma, 'b')).toBe(
      '{\n  "vocabulary": [\n    {"pattern": "a"}, // first\n    {"pattern": "b", "allow": true},\n  ],\n}\n',
    );
    const without = '{\n  "vocabulary": [\n    {"pattern": "a"} /* first */\n  ]\n}\n';
    expect(addAllowEntry(without, 'b')).toBe(
      '{\n  "vocabulary": [\n    {"pattern": "a"}, /* first */\n    {"pattern": "b", "allow": true}\n  ]\n}\n',
    );
    expect(configOf(addAllowEntry(without, 'b')).vocabulary).toHaveLength(2);
  });
});

describe('choiceEntryEdits ("Always use X here")', () => {
  it('puts the entry before the first entry that flags the same word, so it wins there', () => {
    const out = addChoiceEntry(DESK, { pattern: 'Hue', replacement: 'tone' });
    expect(out).toBe(
      DESK.replace(
        '        { "pattern": "hue",',
        '        { "pattern": "Hue", "replacement": "tone" },\n        { "pattern": "hue",',
      ),
    );
    const story = 'LONDON (Reuters) - The hue of the sky changed, officials said on Monday.\n';
    const before = lint(story, configOf(DESK)).findings.find((f) => f.ruleId === 'house-vocabulary')!;
    expect(before.fix).toBeUndefined();
    expect(before.suggestions?.map((s) => s.fix.text)).toEqual(['shade', 'tone']);
    const after = lint(story, configOf(out)).findings.find((f) => f.ruleId === 'house-vocabulary')!;
    expect(after.fix?.text).toBe('tone');
  });

  it('appends when no entry of the file flags the word (the built-in list comes after the file’s entries)', () => {
    const out = addChoiceEntry(DESK, { pattern: 'Kiev', replacement: 'Kyiv' });
    expect(out).toBe(
      DESK.replace(
        '{"pattern":"per cent","replacement":"percent"}\n',
        '{"pattern":"per cent","replacement":"percent"},\n        {"pattern": "Kiev", "replacement": "Kyiv"}\n',
      ),
    );
    expect(choiceEntryEdits(out, { pattern: 'Kiev', replacement: 'Kyiv' })).toEqual([]);
  });

  it('counts entries under any profile, case-insensitive matches and regular expressions; not allow entries', () => {
    const text = JSON.stringify({
      vocabulary: [
        { pattern: 'hue', allow: true },
        { pattern: 'colou?r', regex: true, replacement: ['color', 'shade'] },
        { pattern: 'HUE', replacement: ['tint', 'tone'], profiles: ['afp'] },
      ],
    });
    expect(firstEntryFlagging(text, 'hue')).toBe(2);
    expect(firstEntryFlagging(text, 'colour')).toBe(1);
    expect(firstEntryFlagging(text, 'colours')).toBeUndefined();
    expect(firstEntryFlagging('{}', 'hue')).toBeUndefined();
    expect(configOf(addChoiceEntry(text, { pattern: 'colour', replacement: 'color' })).vocabulary![1]).toEqual({
      pattern: 'colour',
      replacement: 'color',
    });
  });

  it('inserts on the line of a list written on one line, and refuses a broken file', () => {
    expect(
      addChoiceEntry('{"vocabulary": [{"pattern": "hue", "replacement": ["a", "b"]}]}', {
        pattern: 'hue',
        replacement: 'a',
      }),
    ).toBe('{"vocabulary": [{"pattern": "hue", "replacement": "a"}, {"pattern": "hue", "replacement": ["a", "b"]}]}');
    expect(() => addChoiceEntry('{"vocabulary": [', { pattern: 'a', replacement: 'b' })).toThrow(ConfigEditError);
  });
});
