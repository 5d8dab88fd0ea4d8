import { describe, expect, it } from 'vitest';
import { parseConfigText, type WirelintConfig } from '../../src/core/config';
import { addAllowEntry, addChoiceEntry } from '../../src/core/config-edit';
import { lint } from '../../src/core/lint';
import { RULES } from '../../src/core/rules/index';
import { acceptPattern, alwaysUseEntry, flaggedPhrase, vocabularyEntryAt } from '../../src/core/vocabulary-choice';

function configOf(text: string): WirelintConfig {
  const r = parseConfigText(text, 'x.json', RULES);
  expect(r.errors).toEqual([]);
  return r.config;
}

const findings = (story: string, config: WirelintConfig) =>
  lint(story, config).findings.filter((f) => f.ruleId === 'house-vocabulary');

/** The entry "Always use <candidate> here" writes for the first house-vocabulary finding on `word`. */
function choice(story: string, word: string, candidate: string, config: WirelintConfig = {}) {
  const { profile } = lint(story, config);
  const f = findings(story, config).find((x) => story.slice(x.start, x.end) === word)!;
  expect(f, `a finding on ${word}`).toBeDefined();
  return alwaysUseEntry(story, f, candidate, config, profile);
}

describe('the entry "Always use X here" writes', () => {
  it('is the flagged word and the candidate', () => {
    const story = 'LONDON (Reuters) - Officials in Kiev said on Monday.\n';
    expect(choice(story, 'Kiev', 'Kyiv')).toEqual({ pattern: 'Kiev', replacement: 'Kyiv' });
  });

  it('reads capitals as the entry that flagged the word: an all-capitals dateline gives Kiev → Kyiv', () => {
    const story = 'KIEV, Ukraine (AP) — Officials in the city said Monday.\n';
    const entry = choice(story, 'KIEV', 'KYIV');
    expect(entry).toEqual({ pattern: 'Kiev', replacement: 'Kyiv' });
    // Written to a config, it fixes body text with the body's capitals.
    const config = configOf(addChoiceEntry('{}', entry));
    const body = 'WASHINGTON (AP) — Officials in Kiev said Monday. KIEV, they said.\n';
    expect(findings(body, config).map((f) => f.fix?.text)).toEqual(['Kyiv', 'KYIV']);
  });

  it('takes the candidate as the list writes it, and the pattern’s capitals from the list', () => {
    const config = configOf('{"vocabulary": [{"pattern": "hue", "replacement": ["shade", "tone"]}]}');
    const story = 'LONDON (Reuters) - Hue was the theme, officials said on Monday.\n';
    const entry = choice(story, 'Hue', 'Tone', config);
    expect(entry).toEqual({ pattern: 'hue', replacement: 'tone' });
    const after = configOf(
      addChoiceEntry('{"vocabulary": [{"pattern": "hue", "replacement": ["shade", "tone"]}]}', entry),
    );
    const later = 'LONDON (Reuters) - The hue changed. Hue matters, officials said on Monday.\n';
    expect(findings(later, after).map((f) => f.fix?.text)).toEqual(['tone', 'Tone']);
  });

  it('keeps the built-in list’s spelling of a phrase matched across a line break or in other capitals', () => {
    const story = 'WASHINGTON (AP) — The agency said its web\nsite was down Monday.\n';
    const f = findings(story, {})[0]!;
    expect(flaggedPhrase(story, f)).toBe('web site');
    expect(alwaysUseEntry(story, f, 'website', {}, 'ap')).toEqual({ pattern: 'Web site', replacement: 'website' });
    expect(acceptPattern(story, f)).toBe('web site');
  });

  it('a regular-expression entry: the word as written; all capitals are read as the copy’s own', () => {
    const config = configOf(
      '{"vocabulary": [{"pattern": "colou?r", "regex": true, "replacement": ["color", "tint"]}]}',
    );
    expect(
      choice('LONDON (Reuters) - The colour held, officials said on Monday.\n', 'colour', 'color', config),
    ).toEqual({
      pattern: 'colour',
      replacement: 'color',
    });
    expect(
      choice('COLOUR RETURNS\n\nLONDON (Reuters) - It did, officials said on Monday.\n', 'COLOUR', 'COLOR', config),
    ).toEqual({
      pattern: 'Colour',
      replacement: 'color',
    });
  });

  it('a case-sensitive entry gives a case-sensitive one; an entry inside words gives one too', () => {
    const config = configOf(
      '{"vocabulary": [{"pattern": "NATO", "caseSensitive": true, "replacement": ["Nato", "the alliance"]}, {"pattern": "gonna", "wholeWord": false, "replacement": ["going to", "will"]}]}',
    );
    expect(choice('LONDON (Reuters) - NATO met, officials said on Monday.\n', 'NATO', 'Nato', config)).toEqual({
      pattern: 'NATO',
      replacement: 'Nato',
      caseSensitive: true,
    });
    expect(choice('LONDON (Reuters) - Wegonna, officials said on Monday.\n', 'gonna', 'will', config)).toEqual({
      pattern: 'gonna',
      replacement: 'will',
      wholeWord: false,
    });
  });

  it('finds the entry behind a finding, honouring builtIn: false', () => {
    const story = 'LONDON (Reuters) - Officials in Kiev said on Monday.\n';
    const f = findings(story, {})[0]!;
    expect(vocabularyEntryAt(story, f, {}, 'reuters')?.builtIn).toBe(true);
    expect(
      vocabularyEntryAt(story, f, { rules: { 'house-vocabulary': ['warning', { builtIn: false }] } }, 'reuters'),
    ).toBeUndefined();
    expect(vocabularyEntryAt(story, { start: 0, end: 3 }, {}, 'reuters')).toBeUndefined();
  });
});

describe('"Accept this word"', () => {
  it('an allow entry for the word as written stops every finding on it', () => {
    const story = 'LONDON (Reuters) - The Kiev Symphony played. KIEV, they said on Monday.\n';
    const f = findings(story, {})[0]!;
    const config = configOf(addAllowEntry('{}', acceptPattern(story, f)));
    expect(config.vocabulary).toEqual([{ pattern: 'Kiev', allow: true }]);
    expect(findings(story, config)).toEqual([]);
  });
});
