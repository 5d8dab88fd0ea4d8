import { describe, expect, it } from 'vitest';
import type { WirelintConfig } from '../../../src/core/config';
import { applyFixes } from '../../../src/core/fixes';
import { fixAll, lint } from '../../../src/core/lint';
import { RULES_BY_ID } from '../../../src/core/rules/index';
import type { VocabularyEntry } from '../../../src/core/vocabulary';
import { hasShared, modernSample } from '../../helpers/corpora';
import { ruleTester } from '../../helpers/rule-tester';

// The built-in starter list, under the profile the dateline names.
ruleTester('house-vocabulary', {
  valid: [
    { code: 'KYIV, Ukraine (AP) — Officials in Kyiv said Monday the talks would resume.\n', name: 'the house form' },
    { code: 'LONDON, Nov 29 (Reuters) - Kyiv said on Monday that talks would resume.\n' },
    {
      code: 'WASHINGTON (AP) — The restaurant is known for its chicken Kiev, the owner said.\n',
      name: 'chicken Kiev is an allow entry',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - The museum shows art from Kievan Rus, it said on Monday.\n',
      name: 'whole words only: Kievan',
    },
    { code: 'Paris (AFP) – Talks in Kiev resumed on Monday.\n', name: 'AFP is not on the Kyiv entry (no source)' },
    { code: 'Talks in Kiev resumed on Monday.\n', name: 'no dateline: the agency-neutral profile has no built-ins' },
    {
      code: 'LONDON, Nov 29 (Reuters) - Prices rose 5 per cent, the office said on Monday.\n',
      name: 'per cent is an AP entry only',
    },
    {
      code: 'WASHINGTON (AP) — Prices rose 5 percent, the website said in an email sent from a cellphone.\n',
      name: 'AP house forms',
    },
    {
      code: 'WASHINGTON (AP) — Officials in Kiev said Monday that the e-mail was real.\n',
      options: { builtIn: false },
      name: 'builtIn: false switches the starter list off',
    },
    {
      code: 'WASHINGTON (AP) — The e-mailed files were lost, officials said.\n',
      name: 'a longer word is not the phrase: e-mailed',
    },
  ],
  invalid: [
    {
      code: 'KIEV, Ukraine (AP) — Officials said Monday the talks would resume.\n',
      name: 'an all-capitals dateline city keeps its capitals',
      errors: [{ text: 'KIEV', message: /spell Ukraine's capital "Kyiv"/, severity: 'warning' }],
      output: 'KYIV, Ukraine (AP) — Officials said Monday the talks would resume.\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Talks in Kiev resumed on Monday, a Kiev-based official said.\n',
      errors: [{ text: 'Kiev' }, { text: 'Kiev' }],
      output: 'LONDON, Nov 29 (Reuters) - Talks in Kyiv resumed on Monday, a Kyiv-based official said.\n',
    },
    {
      code: 'WASHINGTON (AP) — Prices rose 5 per cent in March, the office said.\n',
      errors: [{ text: 'per cent', message: /AP writes "percent" as one word/ }],
      output: 'WASHINGTON (AP) — Prices rose 5 percent in March, the office said.\n',
    },
    {
      code: 'WASHINGTON (AP) — Prices rose 5 per\ncent in March, the office said.\n',
      name: 'a phrase broken over two lines',
      errors: [{ text: 'per\ncent' }],
      output: 'WASHINGTON (AP) — Prices rose 5 percent in March, the office said.\n',
    },
    {
      code: 'WASHINGTON (AP) — The office said so Monday. E-mail traffic doubled.\n',
      name: 'a capital at the start of a sentence is kept',
      errors: [{ text: 'E-mail' }],
      output: 'WASHINGTON (AP) — The office said so Monday. Email traffic doubled.\n',
    },
    {
      code: 'WASHINGTON (AP) — Traffic to the Web site doubled. Web site owners said so Monday.\n',
      name: 'a pattern written with a capital: lower case mid-sentence, a capital at a sentence start',
      errors: [{ text: 'Web site' }, { text: 'Web site' }],
      output: 'WASHINGTON (AP) — Traffic to the website doubled. Website owners said so Monday.\n',
    },
    {
      code: 'WASHINGTON (AP) — “We sent an e-mail,” she said Monday.\n',
      name: 'inside a quotation: a suggestion at info level, never a fix',
      errors: [{ text: 'e-mail', message: /inside a quotation, so it is only suggested/, severity: 'info' }],
      output: null,
      suggestions: ['WASHINGTON (AP) — “We sent an email,” she said Monday.\n'],
    },
    {
      code: 'Talks resume\n\nBy Ann Lee\n\nLONDON, Nov 29 (Reuters) - Talks resumed on Monday.\n\n(Reporting by Ann Lee in Kiev; Editing by Tom Roe)\n',
      name: 'the credit line is read too',
      errors: [{ text: 'Kiev' }],
      output:
        'Talks resume\n\nBy Ann Lee\n\nLONDON, Nov 29 (Reuters) - Talks resumed on Monday.\n\n(Reporting by Ann Lee in Kyiv; Editing by Tom Roe)\n',
    },
    {
      code: 'KIEV TALKS TO RESUME\n\nLONDON, Nov 29 (Reuters) - Talks resumed on Monday.\n',
      name: 'an all-capitals headline',
      errors: [{ text: 'KIEV' }],
      output: 'KYIV TALKS TO RESUME\n\nLONDON, Nov 29 (Reuters) - Talks resumed on Monday.\n',
    },
    {
      code: 'WASHINGTON (AP) — Broadcasters and web sites were asked to help, officials said.\n',
      name: 'the plural has its own entry (a real slip in 2018 AP copy)',
      errors: [{ text: 'web sites' }],
      output: 'WASHINGTON (AP) — Broadcasters and websites were asked to help, officials said.\n',
    },
  ],
});

const rule = RULES_BY_ID.get('house-vocabulary')!;
const AP = 'WASHINGTON (AP) — ';

function check(text: string, vocabulary: VocabularyEntry[], extra: WirelintConfig = {}) {
  const r = lint(text, { ...extra, vocabulary }, [rule]);
  expect(r.internalErrors).toEqual([]);
  return r.findings.map((f) => ({
    text: text.slice(f.start, f.end),
    severity: f.severity,
    fix: f.fix?.text,
    suggestions: f.suggestions?.map((s) => s.fix.text),
    message: f.message,
  }));
}

describe('house-vocabulary: your own entries', () => {
  it('a single replacement is a safe fix; a list is offered as suggestions; none is a message only', () => {
    const got = check(`${AP}The colour of the hue of the tint.\n`, [
      { pattern: 'colour', replacement: 'color' },
      { pattern: 'hue', replacement: ['shade', 'tone'] },
      { pattern: 'tint', message: 'Say what colour.' },
    ]);
    expect(got).toEqual([
      {
        text: 'colour',
        severity: 'warning',
        fix: 'color',
        suggestions: undefined,
        message: 'House style is "color", not "colour".',
      },
      {
        text: 'hue',
        severity: 'warning',
        fix: undefined,
        suggestions: ['shade', 'tone'],
        message: 'House style is "shade" or "tone", not "hue".',
      },
      { text: 'tint', severity: 'warning', fix: undefined, suggestions: undefined, message: 'Say what colour.' },
    ]);
    const sugg = lint(`${AP}The hue.\n`, { vocabulary: [{ pattern: 'hue', replacement: ['shade', 'tone'] }] }, [rule])
      .findings[0]!.suggestions!;
    expect(sugg.map((s) => s.desc)).toEqual(['Replace with "shade"', 'Replace with "tone"']);
  });

  it('keeps the capitals of the copy', () => {
    const v = [{ pattern: 'per cent', replacement: 'percent' }];
    expect(check(`${AP}PRICES UP 5 PER CENT\n`, v).map((f) => f.fix)).toEqual(['PERCENT']);
    expect(check(`${AP}Prices Up 5 Per Cent\n`, v).map((f) => f.fix)).toEqual(['Percent']);
    expect(check(`${AP}Per cent figures rose.\n`, v).map((f) => f.fix)).toEqual(['Percent']);
    expect(check(`${AP}Prices rose 5 per cent.\n`, v).map((f) => f.fix)).toEqual(['percent']);
    // A pattern written with a capital: a capital mid-sentence is the pattern's, so the replacement is as written.
    const w = [{ pattern: 'Web site', replacement: 'website' }];
    expect(
      check(`${AP}The Web site. “Web site traffic,” he said. He said: “Web site”.\n`, w).map((f) => f.fix),
    ).toEqual(['website', undefined, undefined]);
    expect(
      check(`${AP}The Web site. “Web site traffic,” he said.\n`, w).map((f) => f.suggestions?.[0] ?? f.fix),
    ).toEqual(['website', 'Website']);
  });

  it('does not flag the house form itself, whatever its capitals', () => {
    // "Nato" is the house form; "NATO" and "nato" are not.
    expect(
      check(`${AP}NATO and Nato and nato met.\n`, [{ pattern: 'NATO', replacement: 'Nato' }]).map(
        (f) => `${f.text}>${f.fix}`,
      ),
    ).toEqual(['NATO>Nato', 'nato>Nato']);
    // An all-capitals match of a lower-case pattern keeps its capitals, so it is the house form already.
    expect(check(`${AP}KYIV AND Kyiv.\n`, [{ pattern: 'kyiv', replacement: 'Kyiv' }])).toEqual([]);
    expect(
      check(`${AP}NATO and Nato met.\n`, [{ pattern: 'NATO', replacement: 'Nato', caseSensitive: true }]).map(
        (f) => f.text,
      ),
    ).toEqual(['NATO']);
  });

  it('caseSensitive matches capitals exactly, and the replacement is as written', () => {
    const v = [{ pattern: 'Euro', replacement: 'euro', caseSensitive: true }];
    expect(check(`${AP}The Euro fell. The euro rose. EURO ZONE.\n`, v)).toEqual([
      expect.objectContaining({ text: 'Euro', fix: 'euro' }),
    ]);
  });

  it('matches whole words by Unicode letters and digits, not ASCII \\b', () => {
    const v = [{ pattern: 'Zürich', replacement: 'Zurich' }];
    expect(check(`${AP}Zürich's bank, Zürichsee, 2Zürich, Zürich-based, (Zürich).\n`, v).map((f) => f.text)).toEqual([
      'Zürich',
      'Zürich',
      'Zürich',
    ]);
    expect(check(`${AP}Kievé and Kiev2 and éKiev.\n`, [{ pattern: 'Kiev', replacement: 'Kyiv' }])).toEqual([]);
    expect(
      check(`${AP}The Kievan state.\n`, [{ pattern: 'Kiev', replacement: 'Kyiv', wholeWord: false }]).map(
        (f) => f.text,
      ),
    ).toEqual(['Kiev']);
  });

  it('reads typed and typographic apostrophes and hyphens alike', () => {
    const v = [{ pattern: "Côte d'Ivoire", replacement: 'Ivory Coast' }];
    expect(check(`${AP}In Côte d’Ivoire and Côte d'Ivoire.\n`, v).map((f) => f.text)).toEqual([
      'Côte d’Ivoire',
      "Côte d'Ivoire",
    ]);
  });

  it('regex entries run on RE2, whole words by default', () => {
    const v = [{ pattern: 'colou?rs?', regex: true, replacement: 'hue' }];
    expect(check(`${AP}Colours, color and discolour.\n`, v).map((f) => `${f.text}>${f.fix}`)).toEqual([
      'Colours>Hue',
      'color>hue',
    ]);
    const u = [{ pattern: '\\p{Lu}{2,}-\\d+', regex: true, caseSensitive: true, message: 'Spell out the code.' }];
    expect(check(`${AP}The AB-12 and xAB-12 and AB-12x.\n`, u).map((f) => f.text)).toEqual(['AB-12']);
    // ^ and $ are line ends.
    expect(check(`${AP}So.\n\nFinally it ended.\n`, [{ pattern: '^Finally', regex: true }]).map((f) => f.text)).toEqual(
      ['Finally'],
    );
  });

  it('profiles limit an entry to those profiles', () => {
    const v: VocabularyEntry[] = [{ pattern: 'colour', replacement: 'color', profiles: ['ap'] }];
    expect(check(`${AP}The colour.\n`, v)).toHaveLength(1);
    expect(check('LONDON (Reuters) - The colour.\n', v)).toEqual([]);
    expect(check('The colour.\n', v)).toEqual([]);
    expect(check('The colour.\n', v, { profile: 'ap' })).toHaveLength(1);
  });

  it('an allow entry is never flagged, by built-in entries or your own', () => {
    const text = `${AP}Kiev, the Kiev Post and Kiev again.\n`;
    expect(check(text, []).map((f) => f.text)).toEqual(['Kiev', 'Kiev', 'Kiev']);
    expect(check(text, [{ pattern: 'Kiev', allow: true }])).toEqual([]);
    expect(check(text, [{ pattern: 'Kiev Post', allow: true }]).map((f) => f.fix)).toEqual(['Kyiv', 'Kyiv']);
    // A flagged phrase that overlaps allowed text is dropped, whichever starts first.
    expect(
      check(text, [
        { pattern: 'the Kiev', replacement: 'x' },
        { pattern: 'Kiev Post', allow: true },
      ]),
    ).toHaveLength(2);
    expect(check(text, [{ pattern: 'K\\w+v', regex: true, allow: true }])).toEqual([]);
  });

  it('the longest match wins, then the first entry; your entries come before the built-in list', () => {
    const text = `${AP}The Kiev Post said so.\n`;
    expect(check(text, [{ pattern: 'Kiev Post', replacement: 'Kyiv Post' }]).map((f) => `${f.text}>${f.fix}`)).toEqual([
      'Kiev Post>Kyiv Post',
    ]);
    expect(
      check(text, [
        { pattern: 'Kiev', replacement: 'Kiyv' },
        { pattern: 'Kiev', replacement: 'Kyyiv' },
      ]).map((f) => f.fix),
    ).toEqual(['Kiyv']);
  });

  it("an entry's severity stands, even over the rule's configured severity; quotations are info", () => {
    const v: VocabularyEntry[] = [
      { pattern: 'colour', replacement: 'color', severity: 'error' },
      { pattern: 'hue', replacement: 'shade', severity: 'info' },
      { pattern: 'tint', replacement: 'shade' },
    ];
    const text = `${AP}The colour, the hue, the tint. “The colour,” he said.\n`;
    const sev = (c: WirelintConfig) => lint(text, { ...c, vocabulary: v }, [rule]).findings.map((f) => f.severity);
    expect(sev({})).toEqual(['error', 'info', 'warning', 'info']);
    expect(sev({ rules: { 'house-vocabulary': 'info' } })).toEqual(['error', 'info', 'info', 'info']);
    expect(sev({ rules: { 'house-vocabulary': ['error', { builtIn: false }] } })).toEqual([
      'error',
      'info',
      'error',
      'info',
    ]);
    expect(sev({ rules: { 'house-vocabulary': 'off' } })).toEqual([]);
  });

  it('builtIn: false leaves your own entries working', () => {
    const text = `${AP}The colour in Kiev.\n`;
    const r = lint(
      text,
      {
        vocabulary: [{ pattern: 'colour', replacement: 'color' }],
        rules: { 'house-vocabulary': ['warning', { builtIn: false }] },
      },
      [rule],
    );
    expect(r.findings.map((f) => text.slice(f.start, f.end))).toEqual(['colour']);
  });

  it("never reads the dateline's agency tag, the sign-off or scraped trailer", () => {
    const v = [{ pattern: 'AP', replacement: 'The Associated Press', caseSensitive: true }];
    expect(check(`${AP}AP said so.\n`, v).map((f) => f.text)).toEqual(['AP']);
    const archive = 'LONDON, March 3 - Reuter staff said so.\n\nReuter\n\nReuter tag\n';
    expect(check(archive, [{ pattern: 'Reuter', replacement: 'Reuters' }]).map((f) => f.text)).toEqual(['Reuter']);
    const tagged =
      'LONDON (Reuters) - Shares rose.\n\n(Reporting by Ann Lee; Editing by Tom Roe)\n\nhttp://reuters.com/x\n';
    expect(check(tagged, [{ pattern: 'Reuters', replacement: 'R' }])).toEqual([]);
  });

  it('ignores entries that fail validation instead of failing the lint', () => {
    const text = `${AP}The colour.\n`;
    const r = lint(
      text,
      {
        vocabulary: [
          { pattern: '(', regex: true },
          { replacement: 'x' },
          { pattern: 'colour', replacement: 'color' },
        ] as never,
      },
      [rule],
    );
    expect(r.internalErrors).toEqual([]);
    expect(r.findings.map((f) => f.fix?.text)).toEqual(['color']);
  });

  it('fix-all applies the fixes and settles', () => {
    const text = `Kiev talks\n\nKIEV, Ukraine (AP) — Officials in Kiev said Monday. E-mail traffic rose 5 per cent.\n`;
    const fixed = fixAll(text);
    expect(fixed.output).toBe(
      'Kyiv talks\n\nKYIV, Ukraine (AP) — Officials in Kyiv said Monday. Email traffic rose 5 percent.\n',
    );
    expect(fixed.remaining.filter((f) => f.ruleId === 'house-vocabulary')).toEqual([]);
  });
});

const SHARED = hasShared();
if (!SHARED) console.warn('SKIPPED: ../shared is absent, so house-vocabulary cannot be tried on real stories.');

describe.skipIf(!SHARED)('house-vocabulary on real stories (../shared)', () => {
  const stories = SHARED ? modernSample() : [];

  it('finds and fixes an injected "Kiev" in every modern AP and Reuters story, touching nothing else', () => {
    let used = 0;
    for (const s of stories) {
      const r0 = lint(s.text);
      const body = r0.story.body.map((i) => r0.story.paragraphs[i]!).find((p) => p.end - p.start > 80);
      if (!body) continue;
      // A sentence of our own at the end of a body paragraph (outside any quotation).
      const insert = ' Officials in Kiev said so.';
      const at = body.end;
      const bad = s.text.slice(0, at) + insert + s.text.slice(at);
      const r = lint(bad);
      const before = r0.findings.filter((f) => f.ruleId === 'house-vocabulary').length;
      const hits = r.findings.filter(
        (f) => f.ruleId === 'house-vocabulary' && f.start >= at && f.start < at + insert.length,
      );
      expect(
        hits.map((f) => bad.slice(f.start, f.end)),
        s.name,
      ).toEqual(['Kiev']);
      expect(r.findings.filter((f) => f.ruleId === 'house-vocabulary').length, s.name).toBe(before + 1);
      expect(hits[0]!.start, s.name).toBe(at + ' Officials in '.length);
      const good = s.text.slice(0, at) + insert.replace('Kiev', 'Kyiv') + s.text.slice(at);
      expect(applyFixes(bad, [hits[0]!.fix!]).output, s.name).toBe(good);
      // Fix-all gives what fixing the story with "Kyiv" gives: the vocabulary fix changes those four letters only.
      expect(fixAll(bad).output, s.name).toBe(fixAll(good).output);
      used++;
    }
    expect(used).toBeGreaterThanOrEqual(50);
  });

  it('is quiet on the clean modern stories but for one real AP fault ("web sites", AP style since 2010: websites)', () => {
    const rows: string[] = [];
    for (const s of stories) {
      const r = lint(s.text);
      for (const f of r.findings.filter((x) => x.ruleId === 'house-vocabulary')) {
        rows.push(`${s.name}:${s.text.slice(f.start, f.end)}`);
      }
    }
    // ap-011 (2018): "called on broadcasters and web sites to express support" — AP has written "website" since
    // 2010, so this is a real slip, not a false alarm.
    expect(rows).toEqual(['ap-011.txt:web sites']);
  });
});

describe('links, addresses and handles are copied exactly', () => {
  it('never flags a word inside a web address, e-mail address, path or handle', async () => {
    const { lint } = await import('../../../src/core/lint');
    const text =
      'Kiev site relaunches\n\nBOSTON (AP) — The Kiev museum moved to www.kiev.info/news and https://example.com/e-mail/signup, wrote press@kiev-city.org and posted as @Kiev_Post. The Kiev-based staff were pleased.\n';
    const found = lint(text)
      .findings.filter((f) => f.ruleId === 'house-vocabulary')
      .map((f) => text.slice(f.start, f.end));
    // The headline, the museum and the compound are words; the addresses and the handle are not.
    expect(found).toEqual(['Kiev', 'Kiev', 'Kiev']);
  });

  it('flags words joined by a slash or after initials: they are words, not links', async () => {
    const { lint } = await import('../../../src/core/lint');
    const text =
      'BOSTON (AP) — Flights on the Kiev/Moscow route and U.S.-Kiev talks resumed, by e-mail/fax and at /srv/kiev.\n';
    const found = lint(text)
      .findings.filter((f) => f.ruleId === 'house-vocabulary')
      .map((f) => text.slice(f.start, f.end));
    // The path from the root is left alone.
    expect(found).toEqual(['Kiev', 'Kiev', 'e-mail']);
  });
});
