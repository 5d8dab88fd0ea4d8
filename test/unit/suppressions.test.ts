import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixAll, fixAllEdits, lint, wordingEdits } from '../../src/core/lint';
import {
  applySuppressions,
  editsSparing,
  entriesFor,
  fingerprint,
  fingerprintParts,
  fixAllEditsSparing,
  fixAllSparing,
  fnv1a64,
  makeSuppression,
  mergeSuppressions,
  parseSuppressions,
  serializeSuppressions,
  wordingEditsSparing,
  type SuppressionEntry,
} from '../../src/core/suppressions';
import type { Finding } from '../../src/core/types';

const STORY = [
  'Harbour reopens after strike',
  '',
  'By Ann Lee',
  '',
  'NORTHPORT, Jan. 14 (Reuters) - The harbour reopened on Tuesday, the port said.',
  '',
  'Dock workers returned at dawn after a three-week stoppage over pay, union officials said.',
  '',
  '"We are back to work," said he.',
  '',
  '(Reporting by Ann Lee; Editing by Tom Roe)',
  '',
].join('\n');

const find = (text: string, rule: string): Finding => {
  const f = lint(text).findings.find((x) => x.ruleId === rule);
  if (!f) throw new Error(`no ${rule} finding in the text`);
  return f;
};

const entry = (over: Partial<SuppressionEntry> = {}): SuppressionEntry => ({
  file: 'desk/story.txt',
  rule: 'dateline-month-format',
  fingerprint: '0123456789abcdef',
  excerpt: 'Jan.',
  who: 'ann',
  when: '2025-01-14T09:30:00.000Z',
  why: 'archive copy',
  ...over,
});

/** FNV-1a 64 with BigInt, one byte at a time: the definition, to check the two-halves version against. */
function reference(bytes: Uint8Array): string {
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0');
}

describe('fingerprint', () => {
  it('is FNV-1a 64 (known vectors) and 16 hex digits', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
    // UTF-8, not UTF-16: "é" is the two bytes C3 A9, "😀" the four bytes F0 9F 98 80.
    expect(fnv1a64('é')).toBe(reference(Buffer.from('é', 'utf8')));
    expect(fnv1a64('é')).toBe('0ac21707b7181e01');
    expect(fnv1a64('😀')).toBe(reference(Buffer.from([0xf0, 0x9f, 0x98, 0x80])));
    expect(fingerprint(STORY, find(STORY, 'dateline-month-format'))).toMatch(/^[0-9a-f]{16}$/);
  });

  it('equals a byte-by-byte 64-bit reference over the UTF-8 of any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (t) => {
        expect(fnv1a64(t)).toBe(reference(Buffer.from(t, 'utf8')));
      }),
      { numRuns: 5000 },
    );
  });

  it('takes the flagged text and three words either side (letters and digits), within the paragraph', () => {
    const f = find(STORY, 'dateline-month-format');
    expect(fingerprintParts(STORY, f)).toEqual({ before: 'northport', flagged: 'Jan.', after: '14 reuters the' });
    const inv = find(STORY, 'attrib-said-inversion');
    expect(fingerprintParts(STORY, inv)).toEqual({ before: 'back to work', flagged: 'said he', after: '' });
  });

  it('survives an edit in another paragraph, and whole paragraphs added or removed', () => {
    const f = find(STORY, 'dateline-month-format');
    const before = fingerprint(STORY, f);
    const edited = STORY.replace('three-week stoppage', 'month-long strike').replace(
      'By Ann Lee',
      'By Ann Lee and Bo Chan',
    );
    expect(fingerprint(edited, find(edited, 'dateline-month-format'))).toBe(before);
    const added = STORY.replace('Harbour reopens after strike\n\n', 'UPDATE 1-Harbour reopens\n\nEXTRA line\n\n');
    expect(fingerprint(added, find(added, 'dateline-month-format'))).toBe(before);
    // Far along the same paragraph (more than three words away) is elsewhere too.
    const far = STORY.replace('reopened on Tuesday', 'opened again on Tuesday');
    expect(fingerprint(far, find(far, 'dateline-month-format'))).toBe(before);
  });

  it('lapses when the flagged word changes', () => {
    const f = find(STORY, 'dateline-month-format');
    const changed = STORY.replace('Jan. 14', 'Feb. 14');
    expect(fingerprint(changed, find(changed, 'dateline-month-format'))).not.toBe(fingerprint(STORY, f));
  });

  it('lapses when a word right beside the flagged text changes', () => {
    const base = fingerprint(STORY, find(STORY, 'dateline-month-format'));
    for (const changed of [
      STORY.replace('NORTHPORT, Jan.', 'SOUTHPORT, Jan.'),
      STORY.replace('Jan. 14', 'Jan. 15'),
      STORY.replace('(Reuters) - The harbour', '(Reuters) - A harbour'),
    ]) {
      const f = lint(changed).findings.find((x) => x.ruleId === 'dateline-month-format');
      expect(f, changed.split('\n')[4]).toBeDefined();
      expect(fingerprint(changed, f!), changed.split('\n')[4]).not.toBe(base);
    }
  });

  it('survives a format change beside the flagged text (a dash, a capital), so fixing a neighbour keeps it', () => {
    const base = fingerprint(STORY, find(STORY, 'dateline-month-format'));
    for (const changed of [
      STORY.replace('(Reuters) - The', '(Reuters) – The'),
      STORY.replace('NORTHPORT,', 'Northport,'),
    ]) {
      const f = lint(changed, { profile: 'reuters' }).findings.find((x) => x.ruleId === 'dateline-month-format');
      expect(fingerprint(changed, f!), changed.split('\n')[4]).toBe(base);
    }
  });

  it('depends on the rule', () => {
    const f = find(STORY, 'dateline-month-format');
    expect(fingerprint(STORY, { ...f, ruleId: 'quote-balance' })).not.toBe(fingerprint(STORY, f));
  });

  it('CRLF, lone CR, LF, a byte-order mark and re-wrapped lines give the same fingerprint', () => {
    const lf = find(STORY, 'attrib-said-inversion');
    const base = fingerprint(STORY, lf);
    const crlf = STORY.replace(/\n/g, '\r\n');
    expect(fingerprint(crlf, find(crlf, 'attrib-said-inversion'))).toBe(base);
    const bom = `\ufeff${crlf}`;
    const m = find(bom, 'dateline-month-format');
    expect(fingerprint(bom, m)).toBe(fingerprint(STORY, find(STORY, 'dateline-month-format')));
    // The context is read with any line ending: a paragraph break in CR-only text still bounds it (the offsets
    // are the same as in the LF text, since each line ending is one character in both).
    const cr = STORY.replace(/\n/g, '\r');
    expect(fingerprint(cr, lf)).toBe(base);
    const wrapped = STORY.replace('"We are back to work," said he.', '"We are back\nto   work,"\tsaid he.');
    expect(fingerprint(wrapped, find(wrapped, 'attrib-said-inversion'))).toBe(base);
  });

  it('does not reach into the next paragraph', () => {
    const f = find(STORY, 'attrib-said-inversion');
    const base = fingerprint(STORY, f);
    const next = STORY.replace(
      '(Reporting by Ann Lee; Editing by Tom Roe)',
      '(Reporting by Bo Chan; Editing by Tom Roe)',
    );
    expect(fingerprint(next, find(next, 'attrib-said-inversion'))).toBe(base);
  });
});

describe('applySuppressions', () => {
  it('splits findings into kept and suppressed, and names unused entries', () => {
    const findings = lint(STORY).findings;
    const month = findings.find((f) => f.ruleId === 'dateline-month-format')!;
    const used = makeSuppression(STORY, month, { file: 's.txt', who: 'ann', why: 'archive' });
    const stale = entry({ file: 's.txt', rule: 'attrib-said-inversion' });
    const r = applySuppressions(findings, STORY, [used, stale]);
    expect(r.suppressed.map((s) => s.finding)).toEqual([month]);
    expect(r.suppressed[0]!.entry).toBe(used);
    expect(r.kept).toEqual(findings.filter((f) => f !== month));
    expect(r.unusedEntries).toEqual([stale]);
    // An entry for a rule that did not run is neither used nor unused.
    const onlyMonth = applySuppressions(findings, STORY, [used, stale], (id) => id === 'dateline-month-format');
    expect(onlyMonth.unusedEntries).toEqual([]);
  });

  it('no entries: every finding is kept', () => {
    const findings = lint(STORY).findings;
    expect(applySuppressions(findings, STORY, [])).toEqual({ kept: findings, suppressed: [], unusedEntries: [] });
  });

  it('a suppressed finding is never fixed; other fixes still apply', () => {
    const text = STORY.replace(' - The', ' – The');
    const month = find(text, 'dateline-month-format');
    const e = makeSuppression(text, month, { file: 's.txt', who: 'ann', why: 'archive' });
    const fixed = fixAllSparing(text, {}, [e]);
    expect(fixed.output).toContain('NORTHPORT, Jan. 14 (Reuters) - The');
    expect(fixed.output).toContain('he said.');
    // The spared finding is still in the output, and its entry still matches it there.
    const again = applySuppressions(fixed.remaining, fixed.output, [e]);
    expect(again.suppressed.map((s) => s.finding.ruleId)).toEqual(['dateline-month-format']);
    // Without entries it is exactly fixAll.
    expect(fixAllSparing(text, {}, []).output).toBe(fixAll(text).output);
    expect(editsSparing([{ start: 0, end: 3, text: 'x' }], [])).toEqual([{ start: 0, end: 3, text: 'x' }]);
  });

  it('the wording tier spares suppressed findings too, and format stays the default', () => {
    // "Mr" is more than three words from "claimed", so removing it leaves the entry's fingerprint as it is.
    const text = STORY.replace('said he.', 'he claimed. "It is fine for now," Mr Roe said.');
    const verbs = lint(text).findings.filter((f) => f.ruleId === 'attrib-loaded-verb');
    expect(verbs.map((f) => text.slice(f.start, f.end))).toEqual(['claimed']);
    const claimed = verbs[0]!;
    const e = makeSuppression(text, claimed, { file: 's.txt', who: 'ann', why: 'as published' });
    const both = { types: ['format', 'wording'] } as const;
    // Format only by default: the verb stays with or without an entry.
    expect(fixAllSparing(text, {}, [e]).output).toContain('he claimed.');
    expect(fixAllSparing(text, {}, [e]).output).toBe(fixAllSparing(text, {}, [e], { types: ['format'] }).output);
    // With the wording tier, an unsuppressed verb becomes "said", a suppressed one stays.
    expect(fixAllSparing(text, {}, [], both).output).toContain('he said.');
    expect(fixAllSparing(text, {}, [e], both).output).toContain('he claimed.');
    expect(fixAllSparing(text, {}, [e], both).output).toContain('NORTHPORT, Jan 14');
    expect(fixAllEditsSparing(text, {}, [claimed], both).edits).toEqual(
      editsSparing(fixAllEdits(text, {}, both).edits, [claimed]),
    );
    // The review list: the same as wordingEdits without suppressions, the suppressed finding left out with them.
    expect(wordingEditsSparing(text, {}, [])).toEqual(wordingEdits(text));
    expect(wordingEdits(text).map((w) => w.ruleId)).toEqual(['attrib-loaded-verb', 'name-honorific']);
    const spared = wordingEditsSparing(text, {}, [claimed]);
    expect(spared.map((w) => w.ruleId)).toEqual(['name-honorific']);
    expect(spared).toEqual(wordingEdits(text).filter((w) => w.ruleId !== 'attrib-loaded-verb'));
    // Findings already linted can be passed in (the editor's cached lint): the same result.
    expect(wordingEditsSparing(text, {}, [claimed], lint(text).findings)).toEqual(spared);
  });
});

describe('the file', () => {
  it('round-trips through serialize and parse, one entry per line, sorted', () => {
    const file = {
      version: 1 as const,
      suppressions: [entry({ file: 'b.txt' }), entry({ file: 'a.txt', why: 'quote "as published"' })],
    };
    const text = serializeSuppressions(file);
    expect(text.split('\n').filter((l) => l.includes('"file"'))).toHaveLength(2);
    expect(text.indexOf('a.txt')).toBeLessThan(text.indexOf('b.txt'));
    const back = parseSuppressions(text);
    expect(back.errors).toEqual([]);
    expect(back.file.suppressions).toEqual(mergeSuppressions(file.suppressions, []));
    expect(parseSuppressions(serializeSuppressions({ version: 1, suppressions: [] }))).toEqual({
      file: { version: 1, suppressions: [] },
      errors: [],
    });
    expect(parseSuppressions(`\ufeff${text}`).errors).toEqual([]);
  });

  it('never throws: bad JSON and bad entries are errors naming the key and the entry index', () => {
    expect(parseSuppressions('{"version": 1, "suppressions": [').errors[0]!.message).toMatch(/^is not valid JSON/);
    expect(parseSuppressions('[]').errors[0]!.message).toMatch(/must be a JSON object/);
    expect(parseSuppressions('{"suppressions": []}').errors).toEqual([
      { key: 'version', message: 'is missing (it must be 1)' },
    ]);
    expect(parseSuppressions('{"version": 2, "suppressions": []}').errors[0]!.message).toMatch(/newer Wirelint/);
    expect(parseSuppressions('{"version": 1}').errors[0]!.key).toBe('suppressions');
    expect(parseSuppressions('{"version": 1, "suppressions": {}}').errors[0]!.key).toBe('suppressions');
    const good = entry();
    const r = parseSuppressions(
      JSON.stringify({
        version: 1,
        suppressions: [
          good,
          { ...good, fingerprint: 'XYZ' },
          { ...good, file: '../outside.txt' },
          { ...good, file: 'C:\\desk\\s.txt' },
          { ...good, who: 3 },
          { ...good, when: 'yesterday' },
          { ...good, extra: true },
          'not an entry',
          { file: 'x.txt' },
        ],
      }),
    );
    expect(r.file.suppressions).toEqual([good]);
    const keys = r.errors.map((e) => `${e.index} ${e.key}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        '1 suppressions[1].fingerprint',
        '2 suppressions[2].file',
        '3 suppressions[3].file',
        '4 suppressions[4].who',
        '5 suppressions[5].when',
        '6 suppressions[6].extra',
        '7 suppressions[7]',
        '8 suppressions[8].rule',
      ]),
    );
    expect(r.errors.find((e) => e.index === 2)!.message).toMatch(/entry 2/);
  });

  it('merge: union by file, rule and fingerprint, keeping the older entry, sorted', () => {
    const a = [entry({ file: 'b.txt' }), entry({ file: 'a.txt', when: '2025-02-01T00:00:00.000Z', why: 'later' })];
    const b = [
      entry({ file: 'a.txt', when: '2025-01-01T00:00:00.000Z', why: 'first' }),
      entry({ rule: 'quote-balance' }),
    ];
    const m = mergeSuppressions(a, b);
    expect(m.map((e) => `${e.file} ${e.rule} ${e.why}`)).toEqual([
      'a.txt dateline-month-format first',
      'b.txt dateline-month-format archive copy',
      'desk/story.txt quote-balance archive copy',
    ]);
    expect(mergeSuppressions(b, a)).toEqual(m);
    expect(mergeSuppressions(m, m)).toEqual(m);
  });
});

describe('fixes that would touch suppressed text', () => {
  it('are taken off the findings that carry them, so no report offers them', async () => {
    const { withoutBlockedFixes } = await import('../../src/core/suppressions');
    const suppressed = [
      { ruleId: 'quote-unattributed', message: 'm', severity: 'warning' as const, start: 10, end: 40 },
    ];
    const inside = {
      ruleId: 'quote-ellipsis',
      message: 'm',
      severity: 'info' as const,
      start: 20,
      end: 21,
      fix: { range: [20, 21] as [number, number], text: '...' },
    };
    const outside = { ...inside, start: 50, end: 51, fix: { range: [50, 51] as [number, number], text: '...' } };
    const [a, b] = withoutBlockedFixes([inside, outside], suppressed);
    expect(a!.fix).toBeUndefined();
    expect(b!.fix).toEqual(outside.fix);
    // The original findings are left as they were.
    expect(inside.fix).toBeDefined();
    // applySuppressions gives the kept findings so, for every caller (the editor, the command line, a workspace check).
    const e = makeSuppression(STORY, suppressed[0]!, { file: 's.txt', who: 'ann', why: 'archive' });
    const applied = applySuppressions([suppressed[0]!, inside, outside], STORY, [e]);
    expect(applied.suppressed.map((x) => x.finding)).toEqual(suppressed);
    expect(applied.kept.map((f) => f.fix)).toEqual([undefined, outside.fix]);
  });
});

describe('entriesFor', () => {
  it('gives each story its entries, in file order, from a list of thousands, and a fresh list each time', () => {
    const entries = Array.from({ length: 3000 }, (_, i) => ({
      file: `desk/s${i % 300}.txt`,
      rule: 'quote-balance',
      fingerprint: i.toString(16).padStart(16, '0'),
      excerpt: 'x',
      who: 'a',
      when: '2026-01-01T00:00:00.000Z',
      why: 'w',
    }));
    for (const file of ['desk/s0.txt', 'desk/s299.txt', 'desk/none.txt']) {
      expect(entriesFor(entries, file)).toEqual(entries.filter((e) => e.file === file));
    }
    entriesFor(entries, 'desk/s0.txt').pop();
    expect(entriesFor(entries, 'desk/s0.txt')).toHaveLength(10);
    const other = entries.slice(0, 5);
    expect(entriesFor(other, 'desk/s0.txt')).toEqual([entries[0]]);
  });
});
