/**
 * Real wire copy from ../shared (read at run time, never copied into the project):
 * the published Reuters sample, 1,000 stories from 1987 and 60 modern AP and Reuters stories.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/core/fixes';
import { fixAll, lint } from '../../src/core/lint';
import { RULES_BY_ID } from '../../src/core/rules/index';
import type { Finding, ProfileSetting } from '../../src/core/types';
import { KREMLIN, hasShared, modernSample, modernizedReuters } from '../helpers/corpora';

const SHARED = hasShared();
if (!SHARED) console.warn('SKIPPED: ../shared is absent, so the real-copy tests cannot run on this machine.');
const real = describe.skipIf(!SHARED);

const atLeastWarning = (f: Finding): boolean => f.severity !== 'info';

real('the published Reuters sample (reuters-kremlin.txt)', () => {
  const text = SHARED ? readFileSync(KREMLIN, 'utf8') : '';

  it('is checked as Reuters copy and has exactly the four known faults', () => {
    const r = lint(text);
    expect(r.profile).toBe('reuters');
    const got = r.findings.filter(atLeastWarning).map((f) => {
      const p = r.story.lines.positionAt(f.start);
      return `${p.line}:${f.ruleId}:${text.slice(f.start, f.end)}`;
    });
    expect(got).toEqual([
      '5:dateline-agency-tag: – ',
      '31:credit-byline-mismatch:Reuters',
      '31:credit-reuters-format:editing by',
      '33:trailing-text:tagreuters.com2025binary_LYNXMPEL3C04K-VIEWIMAGE',
    ]);
    // Curly quotes used consistently, "said on Sunday", partial quotes with the full stop outside:
    // all correct Reuters style, so nothing at info level either.
    expect(r.findings.filter((f) => f.severity === 'info')).toEqual([]);
  });

  it('--fix repairs the dash, the capital and the trailing line, and touches no other byte', () => {
    const fixed = fixAll(text);
    const expected = text
      .replace('MOSCOW (Reuters) – The', 'MOSCOW (Reuters) - The')
      .replace('; editing by Mark', '; Editing by Mark')
      .replace(/\n\ntagreuters\.com2025binary_LYNXMPEL3C04K-VIEWIMAGE\s*$/, '');
    expect(expected).not.toBe(text);
    expect(fixed.output).toBe(expected);
    const again = lint(fixed.output);
    expect(again.findings.filter((f) => f.fix)).toEqual([]);
    expect(again.findings.map((f) => f.ruleId)).toEqual(['credit-byline-mismatch']);
  });
});

real('1,000 Reuters stories from 1987, modernised', () => {
  const stories = SHARED ? modernizedReuters() : [];

  it('turns the usable stories into modern plain text', () => {
    expect(stories.length).toBeGreaterThan(800);
    for (const s of stories.slice(0, 50))
      expect(s.text).toMatch(/^[^\n]+\n\n(By [^\n]+\n\n)?[A-Z][^\n]*\(Reuters\) - /);
  });

  it('stays at or below 0.1 findings (warning or above) per story, and every one is a known kind of real fault', () => {
    const rows: string[] = [];
    for (const s of stories) {
      const r = lint(s.text);
      expect(r.internalErrors).toEqual([]);
      for (const f of r.findings.filter(atLeastWarning)) rows.push(`${s.id}:${f.ruleId}`);
    }
    expect(rows.length / stories.length).toBeLessThanOrEqual(0.1);
    // Each of these was read by hand: title-case or misspelt datelines, "Mar" for March, double marks typed for
    // apostrophes, quotes never closed, "admitted" beside a quote, and quotes with no attribution.
    const kinds = new Set(rows.map((x) => x.split(':')[1]));
    expect([...kinds].sort()).toEqual(
      [
        'attrib-loaded-verb',
        'dateline-city-caps',
        'dateline-missing',
        'dateline-month-format',
        'quote-balance',
        'quote-unattributed',
      ].filter((k) => kinds.has(k)),
    );
    expect(rows).toMatchSnapshot();
  });
});

real('60 modern AP and Reuters stories', () => {
  const stories = SHARED ? modernSample() : [];

  it('stays at or below 0.1 findings (warning or above) per story under each dateline profile', () => {
    expect(stories.length).toBe(60);
    const rows: string[] = [];
    for (const s of stories) {
      const r = lint(s.text);
      expect(r.profile).toBe(s.name.startsWith('ap-') ? 'ap' : 'reuters');
      for (const f of r.findings.filter(atLeastWarning)) {
        // The -nc- files lost their credit line in the scrape.
        if (s.name.includes('-nc-') && RULES_BY_ID.get(f.ruleId)?.meta.category === 'credit') continue;
        rows.push(`${s.name}:${f.ruleId}`);
      }
    }
    expect(rows.length / stories.length).toBeLessThanOrEqual(0.1);
    expect(rows).toMatchSnapshot();
  });

  it('finds the credit line in every Reuters 2xx story and agrees with its byline', () => {
    for (const s of stories.filter((x) => x.name.startsWith('reuters-2'))) {
      const r = lint(s.text);
      expect(
        r.story.credit?.roles.map((x) => x.kind),
        s.name,
      ).toContain('reporting');
      expect(
        r.findings.filter((f) => f.ruleId === 'credit-byline-mismatch'),
        s.name,
      ).toEqual([]);
    }
  });
});

type PerCorpus = { kremlin: number; reuters1987: number; modern: number };
/**
 * Findings per rule over each shared corpus, warnings (and errors) and info apart, as counted before the accuracy
 * work on quotes, attribution and names. A rule may fall below its ceiling; it may never rise above it. A rule not
 * listed has ceilings of zero.
 */
const RULE_CEILINGS: Record<string, { warning: PerCorpus; info: PerCorpus }> = {
  'attrib-day-preposition': {
    warning: { kremlin: 0, reuters1987: 0, modern: 1 },
    info: { kremlin: 0, reuters1987: 0, modern: 0 },
  },
  'attrib-loaded-verb': {
    warning: { kremlin: 0, reuters1987: 2, modern: 1 },
    info: { kremlin: 0, reuters1987: 1, modern: 4 },
  },
  'attrib-quote-intro': {
    warning: { kremlin: 0, reuters1987: 0, modern: 0 },
    info: { kremlin: 0, reuters1987: 20, modern: 4 },
  },
  'attrib-tense-mix': {
    warning: { kremlin: 0, reuters1987: 0, modern: 0 },
    info: { kremlin: 0, reuters1987: 0, modern: 2 },
  },
  'credit-ap-contributed': {
    warning: { kremlin: 0, reuters1987: 0, modern: 0 },
    info: { kremlin: 0, reuters1987: 0, modern: 2 },
  },
  'credit-byline-mismatch': {
    warning: { kremlin: 1, reuters1987: 0, modern: 0 },
    info: { kremlin: 0, reuters1987: 0, modern: 0 },
  },
  'credit-reuters-format': {
    warning: { kremlin: 1, reuters1987: 0, modern: 0 },
    info: { kremlin: 0, reuters1987: 0, modern: 0 },
  },
  'dateline-agency-tag': {
    warning: { kremlin: 1, reuters1987: 0, modern: 0 },
    info: { kremlin: 0, reuters1987: 0, modern: 0 },
  },
  'dateline-city-caps': {
    warning: { kremlin: 0, reuters1987: 9, modern: 0 },
    info: { kremlin: 0, reuters1987: 0, modern: 0 },
  },
  'dateline-missing': {
    warning: { kremlin: 0, reuters1987: 3, modern: 0 },
    info: { kremlin: 0, reuters1987: 0, modern: 0 },
  },
  'dateline-month-format': {
    warning: { kremlin: 0, reuters1987: 7, modern: 0 },
    info: { kremlin: 0, reuters1987: 0, modern: 0 },
  },
  'house-vocabulary': {
    warning: { kremlin: 0, reuters1987: 0, modern: 1 },
    info: { kremlin: 0, reuters1987: 0, modern: 0 },
  },
  'quote-balance': {
    warning: { kremlin: 0, reuters1987: 35, modern: 3 },
    info: { kremlin: 0, reuters1987: 0, modern: 0 },
  },
  'quote-ellipsis': {
    warning: { kremlin: 0, reuters1987: 0, modern: 0 },
    info: { kremlin: 0, reuters1987: 0, modern: 2 },
  },
  'quote-mixed-style': {
    warning: { kremlin: 0, reuters1987: 0, modern: 0 },
    info: { kremlin: 0, reuters1987: 0, modern: 6 },
  },
  'quote-unattributed': {
    warning: { kremlin: 0, reuters1987: 3, modern: 0 },
    info: { kremlin: 0, reuters1987: 0, modern: 0 },
  },
  'trailing-text': {
    warning: { kremlin: 1, reuters1987: 0, modern: 0 },
    info: { kremlin: 0, reuters1987: 0, modern: 0 },
  },
};
// attrib-loaded-verb now reads reported speech too (`they claimed the region was too populated`), at info level:
// six such findings in the 1987 stories, each read by hand, each a loaded verb before reported speech.
RULE_CEILINGS['attrib-loaded-verb']!.info.reuters1987 += 6;

real('findings per rule over the shared corpora', () => {
  it('reports a count table per rule, and no rule rises above its recorded ceilings', () => {
    const corpora = {
      kremlin: [readFileSync(KREMLIN, 'utf8')],
      reuters1987: modernizedReuters().map((s) => s.text),
      modern: modernSample().map((s) => s.text),
    };
    type Corpus = keyof typeof corpora;
    type Level = 'warning' | 'info';
    const names = Object.keys(corpora) as Corpus[];
    const zero = (): PerCorpus => ({ kremlin: 0, reuters1987: 0, modern: 0 });
    const counts = new Map<string, Record<Level, PerCorpus>>();
    for (const id of RULES_BY_ID.keys()) counts.set(id, { warning: zero(), info: zero() });
    for (const c of names)
      for (const text of corpora[c])
        for (const f of lint(text).findings) counts.get(f.ruleId)![atLeastWarning(f) ? 'warning' : 'info'][c]++;
    const table = [...counts].sort(([a], [b]) => a.localeCompare(b));
    const cell = (id: string, level: Level, c: Corpus, n: number): string =>
      `${n}/${RULE_CEILINGS[id]?.[level][c] ?? 0}`;
    console.log(
      [
        `${'rule'.padEnd(26)}${names.map((c) => `${c} warn`.padStart(18)).join('')}${names.map((c) => `${c} info`.padStart(18)).join('')}`,
        ...table.map(
          ([id, n]) =>
            `${id.padEnd(26)}${names.map((c) => cell(id, 'warning', c, n.warning[c]).padStart(18)).join('')}${names
              .map((c) => cell(id, 'info', c, n.info[c]).padStart(18))
              .join('')}`,
        ),
      ].join('\n'),
    );
    const over = table.flatMap(([id, n]) =>
      (['warning', 'info'] as Level[]).flatMap((level) =>
        names
          .filter((c) => n[level][c] > (RULE_CEILINGS[id]?.[level][c] ?? 0))
          .map((c) => `${id} (${level}) on ${c}: ${n[level][c]}`),
      ),
    );
    expect(over).toEqual([]);
  });
});

real('fix-all on real stories', () => {
  it('converges within 3 passes and is idempotent on every real story, faults injected or not', () => {
    const texts = [
      ...(SHARED ? modernizedReuters().map((s) => s.text) : []),
      ...(SHARED ? modernSample().map((s) => s.text) : []),
    ];
    expect(texts.length).toBeGreaterThan(900);
    const messy = (t: string): string =>
      `${t
        .replace('(Reuters) - ', '(Reuters) – ')
        .replace('(AP) — ', '(AP) - ')
        .replace(/," he said\./, '," said he.')}\nhttp://example.com/x\n`;
    for (const t of texts) {
      for (const text of [t, messy(t)]) {
        const once = fixAll(text);
        expect(once.passes).toBeLessThanOrEqual(3);
        const twice = fixAll(once.output, { profile: once.profile });
        expect(twice.output).toBe(once.output);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// Injected faults: each kind is caught, and where the fix is safe, fixed back to the exact original.

interface Injection {
  rule: string;
  profile?: ProfileSetting;
  /** Returns the faulty text and an offset inside the fault, or undefined when the story does not fit. */
  inject(text: string): { text: string; at: number } | undefined;
  /** 'fix': fix-all restores the original; 'suggestion': the finding's first suggestion does; 'none': flag only. */
  restore: 'fix' | 'suggestion' | 'none';
  /** Also add this to the original first (e.g. a credit line the archive copy lacks). */
  base?: (text: string) => string;
  /** Fewer stories than the group's minimum fit (the form is rare in real copy). */
  min?: number;
}

function replaceAt(text: string, re: RegExp, to: (m: RegExpExecArray) => string, offsetInMatch = 0) {
  const m = re.exec(text);
  if (!m) return undefined;
  return { text: text.slice(0, m.index) + to(m) + text.slice(m.index + m[0].length), at: m.index + offsetInMatch };
}

const CREDIT = '(Reporting by Jane Doe; Editing by John Roe)\n';
const withCredit = (t: string): string => `${t}\n${CREDIT}`;

const REUTERS_INJECTIONS: Injection[] = [
  {
    rule: 'dateline-agency-tag',
    restore: 'fix',
    inject: (t) => replaceAt(t, /\(Reuters\) - /, () => '(Reuters) – ', 10),
  },
  {
    rule: 'dateline-city-caps',
    restore: 'fix',
    inject: (t) =>
      replaceAt(
        t,
        /\n\n([A-Z]{3,})(, [A-Z][a-z]+ \d+ \(Reuters\))/,
        (m) => `\n\n${m[1]![0]}${m[1]!.slice(1).toLowerCase()}${m[2]}`,
        2,
      ),
  },
  {
    rule: 'dateline-month-format',
    restore: 'fix',
    inject: (t) =>
      replaceAt(t, /, (Jan|Feb|Aug|Oct|Nov|Dec) (\d+) \(Reuters\)/, (m) => `, ${m[1]}. ${m[2]} (Reuters)`, 2),
  },
  {
    rule: 'signoff-legacy-reuter',
    restore: 'fix',
    inject: (t) => replaceAt(t, /\(Reuters\) - /, () => '(Reuter) - ', 1),
  },
  {
    rule: 'signoff-legacy-reuter',
    restore: 'fix',
    inject: (t) => (t.endsWith('\n') ? { text: `${t}\nReuter\n`, at: t.length + 1 } : undefined),
  },
  {
    rule: 'trailing-text',
    restore: 'fix',
    inject: (t) =>
      t.endsWith('\n') ? { text: `${t}\nhttps://example.com/story/123456\n`, at: t.length + 1 } : undefined,
  },
  {
    rule: 'trailing-text',
    restore: 'fix',
    base: withCredit,
    inject: (t) => ({ text: `${t}\nPHOTO_WIRE_20250101_0012345\n`, at: t.length + 1 }),
  },
  {
    rule: 'attrib-said-inversion',
    restore: 'fix',
    inject: (t) => replaceAt(t, /," he said\./, () => '," said he.', 2),
  },
  {
    rule: 'quote-balance',
    restore: 'fix',
    inject: (t) => {
      const i = t.indexOf("'s ", t.indexOf('(Reuters)'));
      return i < 0 || t.includes('"s') ? undefined : { text: `${t.slice(0, i)}"${t.slice(i + 1)}`, at: i };
    },
  },
  {
    rule: 'quote-mixed-style',
    restore: 'fix',
    inject: (t) => {
      if ((t.match(/"/g) ?? []).length < 4) return undefined;
      return replaceAt(t, /(\n\n|: )"([A-Z][^"\n]{5,}?[.,])"/, (m) => `${m[1]}“${m[2]}”`, 2);
    },
  },
  {
    rule: 'credit-reuters-format',
    restore: 'fix',
    base: withCredit,
    inject: (t) => replaceAt(t, /; Editing by/, () => '; editing by', 2),
  },
  {
    rule: 'credit-reuters-format',
    restore: 'fix',
    base: withCredit,
    inject: (t) => replaceAt(t, /; Editing by/, () => ', Editing by'),
  },
  {
    rule: 'credit-reuters-format',
    restore: 'fix',
    base: withCredit,
    inject: (t) => replaceAt(t, /John Roe\)\n$/, () => 'John Roe\n', 0),
  },
  {
    rule: 'attrib-loaded-verb',
    restore: 'suggestion',
    inject: (t) => replaceAt(t, /," ([A-Z][a-z]+) said\./, (m) => `," ${m[1]} claimed.`, 3 + 1),
  },
  {
    rule: 'name-honorific',
    restore: 'suggestion',
    inject: (t) => {
      const r = lint(t);
      const a = r.story.attributions.find((x) => x.speaker && /^[A-Z][a-z]+$/.test(x.speaker.text) && !x.inverted);
      if (!a?.speaker || /^(He|She|They|It|We|The)$/.test(a.speaker.text)) return undefined;
      return { text: `${t.slice(0, a.speaker.start)}Mr ${t.slice(a.speaker.start)}`, at: a.speaker.start };
    },
  },
  {
    rule: 'quote-brackets',
    restore: 'none',
    inject: (t) => replaceAt(t, /"([A-Z][a-z]+) ([a-z]+ [a-z]+)/, (m) => `"${m[1]} [the company] ${m[2]}`, 1),
  },
  {
    rule: 'quote-balance',
    restore: 'none',
    // The next paragraph must not open with a quote mark, or the quote would read as running on.
    inject: (t) =>
      replaceAt(t, /\n\n"([A-Z][^"\n]{10,}?)," ([a-z]+ said)\.(?!\n\n")/, (m) => `\n\n"${m[1]}, ${m[2]}.`, 2),
  },
  {
    rule: 'credit-byline-mismatch',
    restore: 'none',
    inject: (t) =>
      /\n\nBy [A-Z]/.test(t)
        ? { text: `${t}\n(Reporting by Reuters; Editing by John Roe)\n`, at: t.length + 15 }
        : undefined,
  },
  {
    rule: 'dateline-missing',
    restore: 'none',
    inject: (t) => replaceAt(t, /\n\n[A-Z][A-Z .]+, [A-Z][a-z]+ \d+ \(Reuters\) - /, () => '\n\n', 2),
  },
];

const AP_INJECTIONS: Injection[] = [
  { rule: 'dateline-agency-tag', restore: 'fix', inject: (t) => replaceAt(t, /\(AP\) — /, () => '(AP) - ', 4) },
  {
    rule: 'dateline-state-abbrev',
    restore: 'fix',
    inject: (t) =>
      replaceAt(
        t,
        /, (N\.C\.|Pa\.|Fla\.|Mont\.|Wis\.) \(AP\)/,
        (m) => `, ${{ 'N.C.': 'NC', 'Pa.': 'PA', 'Fla.': 'FL', 'Mont.': 'MT', 'Wis.': 'WI' }[m[1]!]} (AP)`,
        2,
      ),
  },
  {
    rule: 'dateline-ap-standalone',
    restore: 'fix',
    inject: (t) =>
      replaceAt(
        t,
        /^(WASHINGTON|NEW YORK|ATLANTA) \(AP\)/m,
        (m) => `${m[1]}, ${m[1] === 'WASHINGTON' ? 'D.C.' : m[1] === 'ATLANTA' ? 'Ga.' : 'N.Y.'} (AP)`,
        1,
      ),
  },
  {
    rule: 'quote-punct-placement',
    restore: 'fix',
    inject: (t) => replaceAt(t, /([a-z]),” ([a-z]+ said)/, (m) => `${m[1]}”, ${m[2]}`, 1),
  },
  {
    rule: 'attrib-day-preposition',
    restore: 'fix',
    inject: (t) =>
      replaceAt(t, /\bsaid (Monday|Tuesday|Wednesday|Thursday|Friday)\b(?![’'])/, (m) => `said on ${m[1]}`),
  },
  {
    rule: 'credit-ap-contributed',
    restore: 'fix',
    inject: (t) => replaceAt(t, /contributed to this report\.\n?$/, () => 'contributed to this report\n', 0),
  },
  {
    rule: 'attrib-quote-intro',
    restore: 'fix',
    inject: (t) => replaceAt(t, /\b(said|says|added|asked|told [a-z]+), “(?=[A-Z])/, (m) => `${m[1]}: “`, 4),
    min: 1,
  },
  {
    rule: 'attrib-tense-mix',
    restore: 'suggestion',
    inject: (t) =>
      (t.match(/,” [a-z]+ said\./g) ?? []).length >= 2
        ? replaceAt(t, /(,” he) said\./, (m) => `${m[1]} says.`, 5)
        : undefined,
  },
];

const MODERN_REUTERS_INJECTIONS: Injection[] = [
  {
    rule: 'attrib-day-preposition',
    restore: 'fix',
    inject: (t) =>
      replaceAt(
        t,
        /\bsaid on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?![’'])/,
        (m) => `said ${m[1]}`,
      ),
  },
  {
    rule: 'attrib-quote-intro',
    restore: 'fix',
    inject: (t) => replaceAt(t, /\b(said|says|added|told [a-z]+): “(?=[A-Z])/, (m) => `${m[1]}, “`, 4),
  },
  {
    rule: 'quote-ellipsis',
    restore: 'fix',
    inject: (t) => replaceAt(t, /([a-z]) \.\.\. ([a-z])/, (m) => `${m[1]} … ${m[2]}`, 2),
  },
];

function checkInjections(kind: string, originals: string[], injections: Injection[], minStories: number): void {
  for (const inj of injections) {
    it(`${kind}: ${inj.rule} (${inj.restore === 'fix' ? 'caught and fixed back' : inj.restore === 'suggestion' ? 'caught, suggestion restores' : 'caught'})`, () => {
      let used = 0;
      for (const raw of originals) {
        const original = inj.base ? inj.base(raw) : raw;
        const baseline = lint(original, { profile: inj.profile ?? 'auto' });
        // Only stories that are clean for this rule.
        if (baseline.findings.some((f) => f.ruleId === inj.rule)) continue;
        // Where the story has other fixable faults of its own, fixing the injected copy must equal fixing the original.
        const clean = baseline.findings.some((f) => f.fix)
          ? fixAll(original, { profile: inj.profile ?? 'auto' }).output
          : original;
        const bad = inj.inject(original);
        if (!bad || bad.text === original) continue;
        used++;
        const r = lint(bad.text, { profile: inj.profile ?? 'auto' });
        const hit = r.findings.find((f) => f.ruleId === inj.rule && f.start <= bad.at + 40 && f.end >= bad.at - 40);
        expect(
          hit,
          `${inj.rule} missed an injected fault in:\n${bad.text.slice(Math.max(0, bad.at - 80), bad.at + 80)}`,
        ).toBeDefined();
        if (inj.restore === 'fix') {
          expect(fixAll(bad.text, { profile: inj.profile ?? 'auto' }).output).toBe(clean);
        } else if (inj.restore === 'suggestion') {
          expect(hit!.suggestions?.length).toBeGreaterThan(0);
          expect(applyFixes(bad.text, [hit!.suggestions![0]!.fix]).output).toBe(original);
        }
        if (used >= 40) break;
      }
      expect(used, `too few stories fit the ${inj.rule} injection`).toBeGreaterThanOrEqual(inj.min ?? minStories);
    });
  }
}

// A stand-alone quote inserted after a paragraph, each paragraph sorted by what it says, read here with patterns of
// the test's own (not the rule's): after narration or an organisation's indirect speech it is unattributed; after a
// person's indirect speech or an attributed quote, the same speaker goes on.
const STANDALONE = '"We expect a decision before the end of the month."';
/** Speech words; the words the test counts as narration (`the law states`, `the sign read`) are left out. */
const SPEECH_WORDS =
  /\b(said|says|saying|told|tells?|added|adds|wrote|writes|stated|noted|notes|explained|warned|argued|insisted|declared|announced|urged|replied|responded|recalled|acknowledged|predicted|testified|cautioned|suggested|complained|promised|vowed|conceded|admitted|remarked|commented|stressed|observed|boasted|accused|affirmed|recounted|pleaded|tweeted|emailed|texted|joked|shouted|yelled|chanted|cried|whispered|exclaimed|quipped|mused|insists|warns|urges|vows|according to|quoted|quoting|in a statement|pointed out)\b/;
const lastSentence = (p: string): string => p.split(/(?<=[.!?])\s+(?=[A-Z])/).pop() ?? p;

type Kind = 'narration' | 'look-alike' | 'organisation' | 'person' | 'quote';
/** Words with a sense of speech that narration uses too: `the law states`, `the sign read`, `talks began`. */
const LOOK_ALIKE = /\b(states|claims|say|began|continued|read|posted|agreed|asked)\b/;
function kindOf(p: string): Kind | undefined {
  const last = lastSentence(p);
  if (/["“”]/.test(p)) {
    return /[,?!]" ((he|she) said|[A-Z][a-z]+ said|said [A-Z][a-z]+(\s[A-Z][a-z]+)?)\.$/.test(p) ? 'quote' : undefined;
  }
  if (!SPEECH_WORDS.test(p)) return LOOK_ALIKE.test(p) ? 'look-alike' : 'narration';
  const rest = p.slice(0, p.length - last.length);
  if (!SPEECH_WORDS.test(rest) && /^[^,]*\bthe (ministry|company|government|bank|report|statement) said\b/i.test(last))
    return 'organisation';
  if (
    /(^|[^\w])(he|she|(?<!the )[A-Z][a-z]{2,}) (said|told)\b/.test(last) &&
    !/\bthe (company|ministry|bank)\b/i.test(last)
  )
    return 'person';
  return undefined;
}

real('a stand-alone quote inserted into real copy', () => {
  const texts = SHARED ? [...modernizedReuters().map((s) => s.text), ...modernSample().map((s) => s.text)] : [];
  it("is caught after narration and an organisation's indirect speech, and left alone after a person speaking", () => {
    const used: Record<Kind, number> = { narration: 0, 'look-alike': 0, organisation: 0, person: 0, quote: 0 };
    const wrong: string[] = [];
    for (const t of texts) {
      const base = lint(t);
      const story = base.story;
      const seen = new Set<Kind>();
      for (const i of story.body.slice(1)) {
        const p = story.paragraphs[i]!;
        const next = story.paragraphs[i + 1];
        if (!next || next.role !== 'body') continue;
        const kind = kindOf(t.slice(p.start, p.end));
        if (!kind || seen.has(kind) || used[kind] >= 60) continue;
        seen.add(kind);
        used[kind]++;
        const at = p.end + 2;
        const text = `${t.slice(0, p.end)}\n\n${STANDALONE}${t.slice(p.end)}`;
        const hit = lint(text).findings.some((f) => f.ruleId === 'quote-unattributed' && f.start === at);
        const want = kind === 'narration' || kind === 'look-alike' || kind === 'organisation';
        if (hit !== want) wrong.push(`${kind}: ${t.slice(p.start, p.end).slice(-160)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(Math.min(used.narration, used.person, used.quote), JSON.stringify(used)).toBeGreaterThanOrEqual(40);
    expect(Math.min(used.organisation, used['look-alike']), JSON.stringify(used)).toBeGreaterThanOrEqual(10);
  });
});

real('injected faults in real copy', () => {
  const reuters = SHARED ? modernizedReuters().map((s) => s.text) : [];
  const ap = SHARED
    ? modernSample()
        .filter((s) => s.name.startsWith('ap-'))
        .map((s) => s.text)
    : [];
  checkInjections('1987 Reuters', reuters, REUTERS_INJECTIONS, 3);
  checkInjections('modern AP', ap, AP_INJECTIONS, 2);
  const modernReuters = SHARED
    ? modernSample()
        .filter((s) => s.name.startsWith('reuters-'))
        .map((s) => s.text)
    : [];
  checkInjections('modern Reuters', modernReuters, MODERN_REUTERS_INJECTIONS, 2);
});
