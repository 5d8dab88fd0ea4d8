/** False alarms and misses found in review, each pinned to the rule that had it. */
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/core/fixes';
import { lint } from '../../../src/core/lint';
import type { ProfileSetting } from '../../../src/core/types';

const found = (rule: string, code: string, profile: ProfileSetting = 'auto'): string[] => {
  const r = lint(code, { profile, rules: { [rule]: 'warning' } });
  return r.findings.filter((f) => f.ruleId === rule).map((f) => code.slice(f.start, f.end));
};
const fixed = (code: string): string => {
  const r = lint(code);
  return applyFixes(
    code,
    r.findings.flatMap((f) => (f.fix ? [f.fix] : [])),
  ).output;
};

describe('review regressions', () => {
  it('dateline-missing: a Bloomberg dateline may be the tag alone', () => {
    expect(found('dateline-missing', '(Bloomberg) -- Shares fell.\n')).toEqual([]);
  });
  it('dateline-month-format: Xinhua month forms vary and are not checked', () => {
    expect(found('dateline-month-format', 'BEIJING, December 26 (Xinhua) -- Exports rose.\n')).toEqual([]);
  });
  it('dateline-ap-standalone: a city off the list needs a state; special datelines do not', () => {
    expect(found('dateline-ap-standalone', 'SPRINGFIELD (AP) — Lawmakers met.\n')).toEqual(['SPRINGFIELD']);
    expect(
      lint('SPRINGFIELD (AP) — Lawmakers met.\n').findings.find((f) => f.ruleId === 'dateline-ap-standalone')?.fix,
    ).toBeUndefined();
    expect(found('dateline-ap-standalone', 'ABOARD THE PAPAL PLANE (AP) — The pope spoke.\n')).toEqual([]);
    expect(found('dateline-ap-standalone', 'UNITED NATIONS (AP) — The council met.\n')).toEqual([]);
  });
  it('attrib-loaded-verb: "claimed the title" after another attribution is not speech; laughed and smiled are', () => {
    expect(
      found('attrib-loaded-verb', 'LONDON (Reuters) - "We were better," said Smith, who claimed the title in 2019.\n'),
    ).toEqual([]);
    expect(found('attrib-loaded-verb', 'LONDON (Reuters) - "We were better," Smith laughed.\n')).toEqual(['laughed']);
    expect(found('attrib-loaded-verb', 'LONDON (Reuters) - "Good," he smiled.\n')).toEqual(['smiled']);
  });
  it('attrib-said-inversion: not when "it" is the object; yes between two parts of a quote', () => {
    expect(found('attrib-said-inversion', 'LONDON (Reuters) - Smith said it. He was right.\n')).toEqual([]);
    expect(fixed('LONDON (Reuters) - "We will win," said he, "and soon."\n')).toBe(
      'LONDON (Reuters) - "We will win," he said, "and soon."\n',
    );
  });
  it('attrib-tense-mix: bullet points are written in the present tense', () => {
    const code =
      'LONDON, Nov 29 (Reuters) - The bank held rates on Thursday.\n\n* Governor says "no hurry" to cut\n\n"Prices will rise," Smith said.\n';
    expect(found('attrib-tense-mix', code)).toEqual([]);
  });
  it('attrib-quote-intro: each quote is introduced by its own attribution', () => {
    expect(fixed('LONDON (Reuters) - Smith said, "We lost." Jones said, "We will be back."\n')).toBe(
      'LONDON (Reuters) - Smith said: "We lost." Jones said: "We will be back."\n',
    );
  });
  it('attrib-day-preposition: "said Friday night\'s attack" is not a day of speaking', () => {
    expect(
      found('attrib-day-preposition', "LONDON (Reuters) - Police said Friday night's attack killed three.\n"),
    ).toEqual([]);
  });
  it('name-full-first: after a title, with prefixed surnames, and for inverted attributions', () => {
    expect(
      found(
        'name-full-first',
        'WASHINGTON (AP) — Bush said he would veto the bill.\n\nPresident George W. Bush spoke on Monday.\n',
      ),
    ).toEqual(['Bush']);
    expect(
      found('name-full-first', 'WASHINGTON (AP) — "Smith is right," Jones said.\n\nSenator Mary Jones spoke later.\n'),
    ).toEqual(['Jones']);
    expect(
      found('name-full-first', "DUBLIN (Reuters) - O'Brien said he would resign.\n\nMary O'Brien said he should.\n"),
    ).toEqual(["O'Brien"]);
    expect(
      found('name-full-first', 'LONDON (Reuters) - "We won," said Smith.\n\nJane Smith, the coach, smiled.\n'),
    ).toEqual(['Smith']);
    expect(
      found(
        'name-full-first',
        'DETROIT (Reuters) - Its chief, Jo Bell, said Chrysler planned cuts.\n\nWalter P. Chrysler founded it.\n',
      ),
    ).toEqual([]);
  });
  it('quote-mixed-style: a foot mark is not an apostrophe', () => {
    expect(
      found(
        'quote-mixed-style',
        'LONDON (Reuters) - “We won,” O’Brien said of the ’90s side, the 6\'2" captain added.\n',
      ),
    ).toEqual([]);
  });
  it('credit-ap-contributed: an ordinary closing sentence is not a contributor note', () => {
    expect(
      found(
        'credit-ap-contributed',
        'NEW YORK (AP) — Acme Corp. said profit rose 12%.\n\nStrong demand for its software contributed to the gain, the company said.\n',
      ),
    ).toEqual([]);
    expect(
      found('credit-ap-contributed', 'NEW YORK (AP) — Costs fell.\n\nLower fuel costs also contributed.\n'),
    ).toEqual([]);
  });
  it('credit-reuters-format: the role comes first', () => {
    expect(found('credit-reuters-format', 'LONDON (Reuters) - Text.\n\n(By Jane Doe; Editing by John Roe)\n')).toEqual([
      'By Jane Doe',
    ]);
  });
  it('credit-reuters-format: role capitals can be accepted by option', () => {
    const code = 'LONDON (Reuters) - Text.\n\n(Reporting by Jane Doe; editing by John Roe)\n';
    expect(found('credit-reuters-format', code)).toEqual(['editing by']);
    expect(lint(code, { rules: { 'credit-reuters-format': ['warning', { capitalise: false }] } }).findings).toEqual([]);
  });
  it('name-honorific: contest titles are not courtesy titles', () => {
    expect(found('name-honorific', 'LONDON (Reuters) - The Miss World contest opened on Sunday.\n')).toEqual([]);
  });
});

describe('review regressions, second round', () => {
  it('a sentence before an agency tag is not a dateline city', () => {
    expect(lint('Copper prices climbed. Mines cut output (Reuters) - More text.\n').story.dateline).toBeUndefined();
    expect(lint('ST. LOUIS (AP) — Text.\n').story.dateline?.cities[0]?.text).toBe('ST. LOUIS');
  });
  it('AP: "said on Friday night\'s show" is not a day of speaking', () => {
    expect(
      found('attrib-day-preposition', "NEW YORK (AP) — The host said on Friday night's show that he would retire.\n"),
    ).toEqual([]);
  });
  it('quote-mixed-style: a lone foot mark is left alone; an opening single mark becomes ‘', () => {
    expect(found('quote-mixed-style', "LONDON (Reuters) - “We built a 5' wall,” O’Brien said.\n")).toEqual([]);
    expect(fixed("LONDON (Reuters) - “Yes,” he said of the 'Sure' campaign. It’s “done”.\n")).toBe(
      'LONDON (Reuters) - “Yes,” he said of the ‘Sure’ campaign. It’s “done”.\n',
    );
  });
  it('attrib-loaded-verb: sighed and shrugged are reported like smiled', () => {
    expect(found('attrib-loaded-verb', 'LONDON (Reuters) - "Fine," he sighed.\n')).toEqual(['sighed']);
  });
});

describe('one pass over the body sees each paragraph as it is', () => {
  it('a day name ending a paragraph is judged on that paragraph, not on the next one', () => {
    const text =
      'Army moves\n\nMOSCOW, March 4 (Reuters) - The ministry said Monday\n\nRussia’s army moved in on Tuesday, officials said.\n';
    const ids = lint(text).findings.map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`);
    expect(ids).toContain('attrib-day-preposition:said Monday');
  });
});

describe('eachBodyMatch gives what matching each paragraph alone gives', () => {
  it('for look-aheads, look-behinds and classes, on random paragraphs', async () => {
    const fc = (await import('fast-check')).default;
    const { parseStory } = await import('../../../src/core/story');
    const { bodyRanges, eachBodyMatch, eachMatch } = await import('../../../src/core/rules/util');
    const words = [
      'said',
      'says',
      'Monday',
      'Russia’s',
      'army',
      'Mr',
      'Mr.',
      'Smith',
      'he',
      'it',
      '…',
      '. . .',
      ',',
      '.',
    ];
    const regexes = [
      /\b(said|says) (Monday)\b(?![’'])(?!\s+\w+['’]s\b)/g,
      /\b(Mr|Mrs)(\.?)\s+(?=[A-Z])(?!(?:World)\b)/g,
      /(?<![A-Za-z])(said|says) (he|it)\b/g,
      /…|\. \. \./g,
      /[(]said[)]|\bsaid\s+\w+/g,
    ];
    const para = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 6 }), (paras) => {
        const text = `Head\n\nMOSCOW, March 4 (Reuters) - ${paras.join('\n\n')}\n`;
        const story = parseStory(text);
        for (const re of regexes) {
          const one: string[] = [];
          eachBodyMatch(story, story.text, re, (m, at) => one.push(`${at}:${m[0]}`));
          const each: string[] = [];
          for (const r of bodyRanges(story))
            eachMatch(story.text, re, r.start, r.end, (m, at) => each.push(`${at}:${m[0]}`));
          expect(one).toEqual(each);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('attrib-day-preposition, tried only at the verbs the parser found, finds what a search of the body finds', () => {
  it('on random Reuters and AP stories', async () => {
    const fc = (await import('fast-check')).default;
    const { parseStory } = await import('../../../src/core/story');
    const { eachBodyMatch } = await import('../../../src/core/rules/util');
    const { RULES_BY_ID } = await import('../../../src/core/rules/index');
    const rule = RULES_BY_ID.get('attrib-day-preposition')!;
    const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
    const withOn = new RegExp(`\\b(said|says|told [a-z]+) on (${DAYS})\\b(?![’'])(?!\\s+\\w+['’]s\\b)`, 'g');
    const withoutOn = new RegExp(
      `\\b(said|says) (${DAYS})\\b(?![’'])(?!\\s+(?:is|was|will|would|has|had|could|should|might|marks|marked)\\b)(?!\\s+\\w+['’]s\\b)`,
      'g',
    );
    const words = fc.constantFrom(
      'said',
      'says',
      'told',
      'reporters',
      'said',
      'on',
      'on',
      'Monday',
      'Sunday',
      'Monday’s',
      'was',
      'the bank',
      'told said',
      'said Monday',
      'said on Monday',
      'told reporters on Sunday',
      'unsaid',
      'according to',
      '“We',
      'said,”',
      '"',
      '.',
      ',',
      '\n\n',
      '(Reporting by Ann Lee)',
    );
    let found = 0;
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), fc.boolean(), (ws, reuters) => {
        const head = reuters ? 'LONDON, Nov 29 (Reuters) - ' : 'WASHINGTON (AP) — ';
        const text = `Head\n\n${head}${ws.join(' ')}\n`;
        const story = parseStory(text);
        const expected: string[] = [];
        eachBodyMatch(story, story.unquoted, reuters ? withoutOn : withOn, (m, at) => expected.push(`${at}:${m[0]}`));
        const got = lint(text, {}, [rule]).findings.map((f) => `${f.start}:${text.slice(f.start, f.end)}`);
        expect(got).toEqual(expected);
        found += got.length;
      }),
      { numRuns: 4000 },
    );
    expect(found).toBeGreaterThan(200);
  });
});

describe('name-honorific, written to open on a literal M, matches what the \\b form matched', () => {
  it('on random text', async () => {
    const fc = (await import('fast-check')).default;
    const { RE } = await import('../../../src/core/rules/name-honorific');
    const before = /\b(Mr|Mrs|Ms|Miss)(\.?)\s+(?=[A-Z])(?!(?:World|Universe|America|USA|Earth|International|Teen)\b)/g;
    const token = fc.constantFrom(
      'Mr',
      'Mrs',
      'Ms',
      'Miss',
      'MMr',
      'xMr',
      '_Mr',
      '4Ms',
      'Mr.',
      'Mrs.',
      'World',
      'Worlds',
      'Smith',
      'smith',
      'é',
      ' ',
      '  ',
      '\n',
      '.',
      ',',
      '’',
      '(',
    );
    const all = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => [m.index, ...m]);
    let n = 0;
    fc.assert(
      fc.property(fc.array(token, { maxLength: 16 }), fc.constantFrom('', ' '), (tokens, sep) => {
        const s = tokens.join(sep);
        const want = all(before, s);
        expect(all(RE, s)).toEqual(want);
        n += want.length;
      }),
      { numRuns: 5000 },
    );
    expect(n).toBeGreaterThan(500);
  });
});

describe('a quotation inside a two-word verb', () => {
  it('stays in the verb’s text, and no fix removes it', async () => {
    const { fixAll } = await import('../../../src/core/lint');
    const text = 'LONDON, Nov 29 (Reuters) - “We lost,” Smith pointed “wryly” out.\n';
    const verbs = lint(text).story.attributions.map((a) => a.verb.text);
    expect(verbs).toContain('pointed “wryly” out');
    const out = fixAll(text, {}, { types: ['format', 'wording'] }).output;
    expect(out).toContain('“wryly”');
  });
});

describe('eachBodyMatch with literals finds the paragraphs by plain string search, with the same results', () => {
  it('on random paragraphs', async () => {
    const fc = (await import('fast-check')).default;
    const { parseStory } = await import('../../../src/core/story');
    const { bodyRanges, eachBodyMatch, eachMatch } = await import('../../../src/core/rules/util');
    const cases: Array<[RegExp, string[]]> = [
      [/(M(?<=\bM)(?:r|rs|s|iss))(\.?)\s+(?=[A-Z])(?!(?:World)\b)/g, ['Mr', 'Ms', 'Miss']],
      [/…|\. \. \./g, ['…', '. . .']],
    ];
    const words = fc.constantFrom('Mr', 'Mrs.', 'Ms', 'Miss', 'M', 'r', 'World', 'Smith', '…', '.', '. .', ' ', 'x');
    const para = fc.array(words, { minLength: 1, maxLength: 10 }).map((w) => w.join(' '));
    let n = 0;
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 6 }), (paras) => {
        const text = `Head\n\nMOSCOW, March 4 (Reuters) - ${paras.join('\n\n')}\n\n(Reporting by Ann Lee)\n`;
        const story = parseStory(text);
        for (const [re, literals] of cases) {
          const fast: string[] = [];
          eachBodyMatch(story, story.text, re, (m, at) => fast.push(`${at}:${m[0]}`), literals);
          const each: string[] = [];
          for (const r of bodyRanges(story))
            eachMatch(story.text, re, r.start, r.end, (m, at) => each.push(`${at}:${m[0]}`));
          expect(fast).toEqual(each);
          n += each.length;
        }
      }),
      { numRuns: 3000 },
    );
    expect(n).toBeGreaterThan(1000);
  });
});

describe('datelines and credit lines on edited agency copy', () => {
  const all = (code: string, profile: ProfileSetting = 'auto'): string[] =>
    lint(code, { profile }).findings.map((f) => `${f.ruleId}:${code.slice(f.start, f.end)}`);

  it('dateline-missing: Reuters web copy may open with the tag alone; its dash is still checked', () => {
    expect(all('(Reuters) - Acme Corp said on Monday it would cut 200 jobs.\n')).toEqual([]);
    expect(all('(Reuters) – Acme Corp said on Monday it would cut 200 jobs.\n')).toEqual(['dateline-agency-tag: – ']);
    expect(fixed('(Reuters) – Acme Corp said on Monday it would cut 200 jobs.\n')).toBe(
      '(Reuters) - Acme Corp said on Monday it would cut 200 jobs.\n',
    );
    const ap = lint('(AP) — The Senate passed the budget on Monday.\n').findings;
    expect(ap.map((f) => f.ruleId)).toEqual(['dateline-missing']);
    expect(ap[0]!.message).not.toMatch(/cannot be read/);
  });

  it('dateline-month-format: any month form is read, and the city and dash checks go on', () => {
    expect(all('Madrid, ABR 3 (Reuters) – Shares fell.\n')).toEqual([
      'dateline-city-caps:Madrid',
      'dateline-month-format:ABR',
      'dateline-agency-tag: – ',
    ]);
    expect(fixed('Madrid, ABR 3 (Reuters) – Shares fell.\n')).toBe('MADRID, April 3 (Reuters) - Shares fell.\n');
    expect(fixed('london, APril 3 (Reuters) -Shares fell.\n')).toBe('LONDON, April 3 (Reuters) - Shares fell.\n');
  });

  it('dateline-month-format: every month in any capitals, with or without a full stop, on random datelines', async () => {
    const fc = (await import('fast-check')).default;
    const months = (await import('../../../src/core/data/months.json')).default;
    const words = months.months.flatMap((m) => [...m.forms, ...m.foreign].map((w) => [w, m.reuters] as const));
    const city = fc.constantFrom('LONDON', 'NEW YORK', 'HONG KONG/SHANGHAI', 'SAO PAULO', 'BEIRUT, Lebanon');
    const caps = fc.array(fc.boolean(), { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        caps,
        fc.boolean(),
        city,
        fc.integer({ min: 1, max: 31 }),
        ([word, want], up, stop, place, day) => {
          const cased = [...word].map((c, i) => (up[i] ? c.toUpperCase() : c.toLowerCase())).join('');
          const month = stop && !cased.endsWith('.') ? `${cased}.` : cased;
          const code = `${place}, ${month} ${day} (Reuters) - Shares fell.\n`;
          const r = lint(code);
          expect(r.story.dateline?.date?.month.text).toBe(month);
          expect(r.findings.filter((f) => f.ruleId === 'dateline-missing')).toEqual([]);
          const out = fixed(code);
          expect(out).toBe(`${place}, ${want} ${day} (Reuters) - Shares fell.\n`);
          // A bad month never costs the city and dash checks.
          const title = place.toLowerCase().replace(/(^|[ /])\p{L}/gu, (c) => c.toUpperCase());
          const bad = `${title}, ${month} ${day} (Reuters) -- Shares fell.\n`;
          expect(lint(bad).findings.map((f) => f.ruleId)).toEqual(
            expect.arrayContaining(['dateline-city-caps', 'dateline-agency-tag']),
          );
        },
      ),
      { seed: 20261204, numRuns: 1500 },
    );
  });

  it('dateline-month-format: a month word that means two months is never fixed', () => {
    const r = lint('ZAGREB, lis 3 (Reuters) - Shares fell.\n');
    const f = r.findings.filter((x) => x.ruleId === 'dateline-month-format');
    expect(f.map((x) => [x.fix, x.suggestions?.map((s) => s.fix.text)])).toEqual([[undefined, ['Oct', 'Nov']]]);
  });

  it('credit-reuters-format: "…, with additional reporting by X" is running text, not a role to separate', async () => {
    const fc = (await import('fast-check')).default;
    const role = fc.constantFrom('additional reporting', 'Additional reporting', 'additional writing', 'research');
    const name = fc.constantFrom('Ann Lee', 'Tom Fox in Paris', 'Kim Park and Lee Ray', 'María Núñez');
    fc.assert(
      fc.property(role, name, name, fc.constantFrom(', with ', ' with ', ', plus ', ' plus '), (r, a, b, join) => {
        const code = `LONDON (Reuters) - Shares fell on Monday.\n\n(Reporting by ${a}${join}${r} by ${b}; Editing by John Roe)\n`;
        expect(found('credit-reuters-format', code)).toEqual([]);
        expect(fixed(code)).toBe(code);
        const roles = lint(code).story.credit!.roles;
        expect(roles.map((x) => [x.kind, x.inline ?? false])).toEqual([
          ['reporting', false],
          [r.toLowerCase(), true],
          ['editing', false],
        ]);
        // The run-on words are no name.
        expect(roles[0]!.names.map((n) => n.text).join('|')).not.toMatch(/\b(with|plus)\b/);
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });

  it('credit-ap-contributed: a "reported from" sentence or a ___ separator before a correct note', async () => {
    const fc = (await import('fast-check')).default;
    const lead = fc.constantFrom(
      '',
      'Jane Doe reported from Kyiv. ',
      'Doe reported from Kyiv. ',
      'Jane Doe and Tom Fox reported from Lviv, Ukraine. ',
      '___ ',
      '___\n',
      '___ Jane Doe reported from Kyiv. ',
    );
    const note = fc.constantFrom(
      'Associated Press writer Ann Lee in London contributed to this report.',
      'AP writer Ann Lee contributed from St. Louis.',
      'Associated Press writers Ann Lee, Kim Park and Lee Ray in New York contributed to this report.',
      'AP journalist Ann Lee contributed to this report from Warsaw, Poland.',
    );
    const tail = fc.constantFrom('', ' ___', '\n___');
    fc.assert(
      fc.property(lead, note, tail, (l, n, e) => {
        const code = `WASHINGTON (AP) — The Senate voted on Monday.\n\n${l}${n}${e}\n`;
        expect(lint(code).story.contributed).toBeDefined();
        expect(found('credit-ap-contributed', code)).toEqual([]);
        // Without its full stop, the note gets one where it ends: before any separator after it.
        const bare = code.replace(/\.(?=( ___|\n___)?\n$)/, '');
        expect(fixed(bare)).toBe(code);
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });

  it('credit-byline-mismatch: the bylined reporter need not be named beside additional reporting', () => {
    const head =
      'Acme cuts jobs\n\nBy Jane Doe\n\nLONDON, Nov 29 (Reuters) - Acme said on Monday it would cut jobs.\n\n';
    expect(found('credit-byline-mismatch', `${head}(Additional reporting by Ann Lee; Editing by John Roe)\n`)).toEqual(
      [],
    );
    expect(found('credit-byline-mismatch', `${head}(Reporting by Ann Lee; Editing by John Roe)\n`)).toEqual([
      'Ann Lee',
    ]);
  });

  it('credit-byline-mismatch: names match by surname, and one of a double byline is enough, on random names', async () => {
    const fc = (await import('fast-check')).default;
    const first = fc.constantFrom('Sam', 'Samuel', 'Jane', 'JANE', 'Ann', 'María', 'Tom', 'T.');
    const last = fc.constantFrom('Doe', 'Lee', 'Núñez', 'Fox', "O'Brien", 'Smith-Jones', 'Chen');
    fc.assert(
      fc.property(first, last, first, last, first, last, fc.boolean(), (f1, l1, f2, l2, f3, l3, two) => {
        const byline = two ? `${f1} ${l1} and ${f2} ${l2}` : `${f1} ${l1}`;
        const bylined = two ? [l1, l2] : [l1];
        const head = `Acme cuts jobs\n\nBy ${byline}\n\nLONDON (Reuters) - Acme said on Monday it would cut jobs.\n\n`;
        // Additional reporting alone never leaves the bylined reporter out.
        expect(
          found('credit-byline-mismatch', `${head}(Additional reporting by ${f3} ${l3}; Editing by Kim Park)\n`),
        ).toEqual([]);
        // A Reporting by role is right when it names a bylined surname, with any first name, and wrong otherwise.
        const credit = `${head}(Reporting by ${f3} ${l3} in Paris; Editing by Kim Park)\n`;
        const norm = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
        const same = bylined.some((l) => norm(l) === norm(l3));
        expect(found('credit-byline-mismatch', credit)).toEqual(same ? [] : [`${f3} ${l3}`]);
      }),
      { seed: 20261204, numRuns: 800 },
    );
  });
});

describe('accuracy on real copy: quotes, attribution and names', () => {
  const AP = (paras: string[]): string => `WASHINGTON (AP) — ${paras.join('\n\n')}\n`;
  const standalone = '“We will not back down.”';
  const flagsStandalone = (before: string): boolean => {
    const text = AP(['The Senate voted 51-49.', before, standalone]);
    const at = text.indexOf(standalone);
    return lint(text).findings.some((f) => f.ruleId === 'quote-unattributed' && f.start === at);
  };

  it('quote-unattributed: a quote after narration, an organisation or figures is flagged; after a person, not', async () => {
    const fc = (await import('fast-check')).default;
    const person = fc.constantFrom('Jane Doe', 'Sen. Mary Roe', 'She', 'He', 'The senator', 'A spokeswoman');
    const organisation = fc.constantFrom('The ministry', 'The company', 'The report', 'The court', 'The bank');
    const speech = fc.constantFrom('said', 'told reporters', 'wrote', 'added');
    const lookAlike = fc.constantFrom('states', 'claims', 'began', 'continued', 'read', 'posted', 'agreed', 'asked');
    const clause = fc.constantFrom('the vote had been rushed', 'talks would resume', 'prices rose 3 percent');
    const narration = fc.constantFrom('Shares fell 2 percent.', 'The hearing ran late.', 'Rain fell on Monday.');
    fc.assert(
      fc.property(person, organisation, speech, lookAlike, clause, narration, (who, org, verb, like, what, story) => {
        // A person speaking at the end of the paragraph before: the same speaker goes on.
        expect(flagsStandalone(`${who} ${verb} ${what}.`)).toBe(false);
        expect(
          flagsStandalone(
            `${story} “We tried,” ${/^(She|He|The|A)\b/.test(who) ? who[0]!.toLowerCase() + who.slice(1) : who} ${verb}.`,
          ),
        ).toBe(false);
        // Narration, even with a word that can mean speech elsewhere, an organisation or figures: unattributed.
        expect(flagsStandalone(story)).toBe(true);
        expect(flagsStandalone(`${org} ${like} ${what}.`)).toBe(true);
        expect(flagsStandalone(`${org} ${verb} ${what}.`)).toBe(true);
        expect(flagsStandalone(`Exports rose, according to figures from the ministry.`)).toBe(true);
        // Speech earlier in the paragraph, narration at its end.
        expect(flagsStandalone(`${who} ${verb} ${what}. ${story}`)).toBe(true);
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });

  it('quote-balance: each fault once, every fix inside its finding, and no fix for garbled marks', async () => {
    const fc = (await import('fast-check')).default;
    const piece = fc.constantFrom(
      '“',
      '”',
      '‘',
      '’',
      '"',
      "'",
      '″',
      'We',
      'won',
      ',',
      '.',
      ' ',
      ' ',
      '5',
      'Smith said',
    );
    const para = fc.array(piece, { minLength: 1, maxLength: 14 }).map((a) => a.join(''));
    let findings = 0;
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 3 }), (paras) => {
        const text = `WASHINGTON (AP) — ${paras.join('\n\n')}\n`;
        const fs = lint(text).findings.filter((f) => f.ruleId === 'quote-balance');
        findings += fs.length;
        const starts = fs.map((f) => f.start);
        expect(new Set(starts).size, text).toBe(starts.length);
        for (const f of fs) {
          if (f.fix) {
            expect(f.fix.range[0]).toBeGreaterThanOrEqual(f.start);
            expect(f.fix.range[1]).toBeLessThanOrEqual(f.end);
            // A fix puts one mark where one (or two single marks) stood.
            expect(f.fix.text).toMatch(/^["“”’']$/);
          }
          if (/run together|double prime/.test(f.message)) expect(f.fix).toBeUndefined();
        }
      }),
      { numRuns: 3000, seed: 4120 },
    );
    expect(findings).toBeGreaterThan(1000);
  });

  it('quote-balance: a curly inch mark after a figure is not a quote mark', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 7 }), fc.integer({ min: 0, max: 11 }), (ft, inch) => {
        const text = `WASHINGTON (AP) — The ${ft}’${inch}” guard signed with the team, Smith said.\n`;
        expect(found('quote-balance', text)).toEqual([]);
      }),
      { numRuns: 50, seed: 4121 },
    );
  });

  it('attrib-quote-intro: AP takes a comma before a one-sentence quote and a colon before a longer one', async () => {
    const fc = (await import('fast-check')).default;
    const sentence = fc.constantFrom('Prices will rise.', 'Are we ready?', 'Sen. Jo Bell will act by Jan. 5.', 'No!');
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.constantFrom(',', ':'), (ss, mark) => {
        const text = `WASHINGTON (AP) — Smith said${mark} “${ss.join(' ')}”\n`;
        const want = ss.length > 1 ? ':' : ',';
        expect(found('attrib-quote-intro', text), text).toEqual(mark === want ? [] : [mark]);
        // Reuters takes a colon whatever the length.
        const reuters = text.replace('WASHINGTON (AP) — ', 'LONDON, Nov 29 (Reuters) - ');
        expect(found('attrib-quote-intro', reuters), reuters).toEqual(mark === ':' ? [] : [mark]);
      }),
      { numRuns: 200, seed: 4122 },
    );
  });

  it('attrib-said-inversion: "said he" after a quote, whatever marks close it', async () => {
    const fc = (await import('fast-check')).default;
    const ending = fc.constantFrom('.”', ',”', '.’”', ',’”', '?’”', '."', ',\'"', '.\'"', '!”');
    fc.assert(
      fc.property(ending, fc.constantFrom('he', 'she', 'they'), (end, pron) => {
        const open =
          end.includes('’') || end.includes("'")
            ? end.includes('”')
              ? '“It was ‘fine'
              : '"It was \'fine'
            : end.includes('”')
              ? '“It was fine'
              : '"It was fine';
        const text = `WASHINGTON (AP) — ${open}${end} said ${pron}.\n`;
        expect(found('attrib-said-inversion', text), text).toEqual([`said ${pron}`]);
      }),
      { numRuns: 100, seed: 4123 },
    );
  });

  it('attrib-loaded-verb: a loaded verb before reported speech is caught at info; its other senses are not', async () => {
    const fc = (await import('fast-check')).default;
    const verb = fc.constantFrom('claimed', 'admitted', 'conceded', 'stated');
    const who = fc.constantFrom('Jones', 'She', 'The minister', 'Officials');
    const clause = fc.constantFrom('the deal was dead', 'that talks had failed', 'prices would rise', 'she was wrong');
    const other = fc.constantFrom('the title in 2019', 'defeat on Sunday', 'to hospital on Monday');
    fc.assert(
      fc.property(verb, who, clause, other, (v, w, c, o) => {
        const reported = `LONDON, Nov 29 (Reuters) - "Talks went on," Smith said. ${w} ${v} ${c}.\n`;
        const r = lint(reported).findings.filter((f) => f.ruleId === 'attrib-loaded-verb');
        expect(
          r.map((f) => [reported.slice(f.start, f.end), f.severity]),
          reported,
        ).toEqual([[v, 'info']]);
        const plain = `LONDON, Nov 29 (Reuters) - "Talks went on," Smith said. ${w} ${v} ${o}.\n`;
        expect(found('attrib-loaded-verb', plain), plain).toEqual([]);
      }),
      { numRuns: 200, seed: 4124 },
    );
  });

  it('name-full-first and name-honorific: at info, and silent where the name is no one person', () => {
    const level = (rule: string, code: string): string[] =>
      lint(code)
        .findings.filter((f) => f.ruleId === rule)
        .map((f) => `${code.slice(f.start, f.end)}:${f.severity}`);
    expect(level('name-full-first', AP(['Doe said the shop would close.', 'Owner Jane Doe opened it.']))).toEqual([
      'Doe:info',
    ]);
    expect(level('name-honorific', AP(['Jane Doe opened the shop.', 'Mrs. Doe said it would close.']))).toEqual([
      'Mrs.:info',
    ]);
    for (const code of [
      AP(['Acme said sales rose.', 'Another Acme executive disagreed.']),
      AP(['Doe said the shop would close.', 'Jane and John Doe opened it.']),
      AP(['Doe said the shop would close.', 'The Doe brothers opened it. Tom Doe ran it.']),
      AP(['Stanley said the bank was sound.', 'Analysts at Morgan Stanley disagreed.']),
    ])
      expect(found('name-full-first', code), code).toEqual([]);
    for (const code of [
      AP(['John Doe and Jane Doe run the shop.', 'Mr. Doe said sales rose. Mrs. Doe said costs rose.']),
      AP(['Shoppers queued for Mrs. Brand’s cookies.']),
    ])
      expect(found('name-honorific', code), code).toEqual([]);
  });

  it('quote-unattributed: a quoted title is not a quotation; a speaker named without a speech verb attributes', () => {
    expect(
      found('quote-unattributed', AP(['The Senate voted.', '“Some Show” actress Jane Doe left in June.'])),
    ).toEqual([]);
    expect(found('quote-unattributed', AP(['The Senate voted.', 'The book “A Title” sold well.']))).toEqual([]);
    expect(found('quote-unattributed', AP(['The Senate voted.', 'Jane Doe was blunt. “This is a disgrace.”']))).toEqual(
      [],
    );
    expect(found('quote-unattributed', AP(['The Senate voted.', 'Prices fell. “This is a disgrace.”']))).toEqual([
      '“This is a disgrace.”',
    ]);
  });
});
