/**
 * Growth guards: the characters the parser examines grow with the text, not faster. In a file of their own because
 * counting patches RegExp.prototype.exec, and V8 keeps regular expressions off their fast path for the rest of the
 * process once it has been patched.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/core/lint';
import { RULES_BY_ID } from '../../src/core/rules/index';
import { PROFILE_IDS } from '../../src/core/profiles';
import { RULES } from '../../src/core/rules/index';
import { parseStory } from '../../src/core/story';
import { REGEX_CANDIDATE_LIMIT } from '../../src/core/vocabulary';
import { countWork } from '../helpers/work';

describe('parsing work grows with the text, not faster', () => {
  // A guard against accidental quadratic work (it happened once: a search ran past each paragraph's end). It counts
  // the characters the parser examines (regex searches, indexOf, charCodeAt) rather than timing, so it is exact:
  // eight times the text may cost at most ten times the work, where quadratic work costs sixty-four times.
  it.each([
    ['paragraphs without quotation marks', 'Some words here, plainly set.\n\n'],
    ['paragraphs with a quote each', '"Words here," she said.\n\n'],
    ['one long paragraph', 'words and more words, '],
    ['paragraphs with curly quotes and a dash', '\u201cWords \u2014 here,\u201d Ann Lee said on Monday.\n\n'],
    ['an unclosed quote in every paragraph', '"Words here and more\n\n'],
  ])('%s', (_, unit) => {
    const small = countWork(() => parseStory(unit.repeat(2_000)));
    const large = countWork(() => parseStory(unit.repeat(16_000)));
    expect(small).toBeGreaterThan(2_000 * unit.length * 0.5);
    expect(large / small).toBeLessThan(10);
  });

  // One paragraph, however long, costs what the same words in paragraphs cost: attributions once paired every
  // speech verb with every quotation of its paragraph, and a story pasted as one line took minutes.
  const SHAPES: Array<[string, string]> = [
    ['one paragraph of quotes and speech verbs', '"Words here," she said. '],
    ['one paragraph of quotes after their verbs', 'He added: "Words here." '],
    ['one paragraph of curly quotes, names and days', '\u201cWords \u2014 here,\u201d Ann Lee said on Monday. '],
    [
      'one paragraph of mixed marks, inverted speakers and titles',
      'said Mr Smith, "We [will] win." Smith says: \u201cNo.\u201d ',
    ],
    ['one paragraph of many quotes and no speech verb', '"Words here." '],
    ['one paragraph of many speech verbs and no quote', 'She said he told them so. '],
    ['one paragraph of quotes in capitals', '"WORDS HERE." '],
    ['one hard-wrapped paragraph of quotes and speech verbs', '"Words here," she said.\n'],
    ['paragraphs of one quote running on into the next', '"Words here." "More words\n\n'],
  ];
  it.each(SHAPES)('%s', (_, unit) => {
    const story = (n: number) => `LONDON, Jan 5 (Reuters) - ${unit.repeat(n)}\n`;
    const small = countWork(() => parseStory(story(2_000)));
    const large = countWork(() => parseStory(story(16_000)));
    expect(small).toBeGreaterThan(2_000 * unit.length * 0.5);
    expect(large / small).toBeLessThan(10);
  });

  it('one line of over a megabyte costs eight times what an eighth of it costs', () => {
    const unit = '\u201cWords here,\u201d Ann Lee said. The ministry said: "More words." He told them so. ';
    const line = (bytes: number) => `WASHINGTON (AP) \u2014 ${unit.repeat(Math.ceil(bytes / unit.length))}`;
    const text = line(1_100_000);
    expect(text).not.toMatch(/[\r\n]/);
    const story = parseStory(text);
    expect(story.paragraphs.length).toBe(1);
    expect(story.attributions.filter((a) => a.quote).length).toBeGreaterThan(20_000);
    const small = countWork(() => parseStory(line(1_100_000 / 8)));
    const large = countWork(() => parseStory(text));
    expect(large / small).toBeLessThan(10);
  });

  // Every rule on, under every profile: no rule's share of a lint grows faster than the text either.
  const ALL_ON = { rules: Object.fromEntries(RULES.map((r) => [r.meta.id, 'warning' as const])) };
  it.each(SHAPES)('the whole lint, every rule and profile: %s', (_, unit) => {
    const story = (n: number) => `LONDON, Jan 5 (Reuters) - ${unit.repeat(n)}\n`;
    const work = (text: string): number => {
      let w = 0;
      for (const profile of PROFILE_IDS) w += countWork(() => lint(text, { ...ALL_ON, profile }));
      return w;
    };
    const small = work(story(500));
    const large = work(story(4_000));
    expect(large / small).toBeLessThan(10);
  });

  it('the whole lint of a line of over a megabyte, under Reuters and AP (every rule runs under one of them)', () => {
    const unit =
      '\u201cWords here,\u201d said Mr Ann Lee. Lee says: "More words ... here." He told them so on Monday. ';
    const line = (bytes: number) => `WASHINGTON (AP) \u2014 ${unit.repeat(Math.ceil(bytes / unit.length))}`;
    const ran = new Set<string>();
    const work = (text: string): number => {
      let w = 0;
      for (const profile of ['reuters', 'ap'] as const)
        w += countWork(() => {
          const r = lint(text, { ...ALL_ON, profile });
          for (const f of r.findings) ran.add(f.ruleId);
        });
      return w;
    };
    const small = work(line(1_100_000 / 8));
    const large = work(line(1_100_000));
    expect(large / small).toBeLessThan(10);
    // The line is copy the rules read: several of them find something in it.
    expect(ran.size, [...ran].join(' ')).toBeGreaterThanOrEqual(5);
  });

  it('the counter itself sees quadratic work', () => {
    const quadratic = (n: number) => () => {
      const text = 'ab'.repeat(n);
      for (let i = 0; i < n; i++) text.indexOf('z', i);
    };
    expect(countWork(quadratic(8_000)) / countWork(quadratic(1_000))).toBeGreaterThan(50);
  });
});

const rule = RULES_BY_ID.get('house-vocabulary')!;

describe('a large list from an untrusted config stays fast', () => {
  it(`phrases beyond one native RegExp (${REGEX_CANDIDATE_LIMIT} characters) use the character scan: 5,000 entries over 1 MB in one pass`, () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}x${i % 7 === 0 ? ' and more' : ''}`);
    const vocabulary = [
      ...words.map((pattern) => ({ pattern, replacement: 'y' })),
      { pattern: 'Kiev', replacement: 'Kyiv' },
    ];
    const para = 'Officials in Kiev said the weather was fine and more people came. ';
    const text = `WASHINGTON (AP) — ${para.repeat(Math.ceil(1_000_000 / para.length))}\n`;
    let r: ReturnType<typeof lint> | undefined;
    const work = countWork(() => {
      r = lint(text, { vocabulary }, [rule]);
    });
    expect(r!.findings.length).toBe(Math.ceil(1_000_000 / para.length));
    // One entry at a time would examine the text 5,001 times over; one pass examines each character a few times.
    expect(work / text.length, `${work} characters examined`).toBeLessThan(20);
  });
});

describe('the quote, attribution and name rules grow with the text, not faster', () => {
  const ids = [
    'quote-unattributed',
    'quote-balance',
    'attrib-loaded-verb',
    'attrib-quote-intro',
    'attrib-said-inversion',
    'name-full-first',
    'name-honorific',
  ];
  const rules = ids.map((id) => RULES_BY_ID.get(id)!);
  // A surname of its own for each unit: `Ab`, `Ac` … (letters only, as surnames are).
  const surname = (i: number): string =>
    `Q${[...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}`;
  it.each([
    ['a speaker, then a quote alone', () => 'Jane Doe said the talks had failed.\n\n"We tried everything."\n\n'],
    ['narration, then a quote alone', () => 'The hearing began at noon.\n\n"We tried everything."\n\n'],
    ['one long paragraph of names and quotes', () => '“We tried,” Jane Doe claimed the plan was dead and Mr. Doe, '],
    ['garbled marks and doubled singles', () => 'Words ”“’ and “more,’’ then 5’3” and ″this″ '],
    [
      'many surnames, each its own speaker',
      (i: number) => `${surname(i)}s said. Mr. ${surname(i)} and Mrs. ${surname(i)} and the ${surname(i)} family. `,
    ],
  ])('%s', (_, unit: (i: number) => string) => {
    const text = (n: number): string => `WASHINGTON (AP) — ${Array.from({ length: n }, (_, i) => unit(i)).join('')}\n`;
    const small = countWork(() => lint(text(1_000), {}, rules));
    const large = countWork(() => lint(text(8_000), {}, rules));
    expect(large / small).toBeLessThan(10);
  });
});

describe('quote-unattributed reads a long unbroken word before a full stop once, not once per quote', () => {
  it('a word of thousands of characters costs what the same characters in words cost', () => {
    const rules = [RULES_BY_ID.get('quote-unattributed')!];
    const story = (word: string): string =>
      `WASHINGTON (AP) — Jane Doe spoke.\n\n${`${word}. Then "We won."\n\n${word}. The hearing began.\n\n"We tried everything."\n\n`.repeat(50)}`;
    const unbroken = countWork(() => lint(story('x'.repeat(10_000)), {}, rules));
    const words = countWork(() => lint(story('xxxxxxxxx '.repeat(1_000).trim()), {}, rules));
    expect(unbroken / words).toBeLessThan(1.05);
  });
});
