import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStory, type Story } from '../../src/core/story';
import { lint } from '../../src/core/lint';

const STORY = [
  'Port strike halts grain exports',
  '',
  'By Elena Marsh and Omar Haddad',
  '',
  'NORTHPORT/SOUTHPORT, Jan 14 (Reuters) - Dockworkers walked out on Tuesday.',
  '',
  '“We have waited eleven months,” union secretary Tomas Adler said. “Our members will stay out.”',
  '',
  'The authority said: “The offer was generous',
  '',
  '“and it stands.”',
  '',
  '(Reporting by Elena Marsh and Omar Haddad in Northport; Additional reporting by Lena Fox; Editing by David Lowe)',
  '',
  'VIEWIMAGE',
  '',
].join('\n');

const t = (s: Story, span: { start: number; end: number } | undefined): string | undefined =>
  span ? s.text.slice(span.start, span.end) : undefined;

describe('parseStory', () => {
  const s = parseStory(STORY);

  it('finds headline, byline and its names', () => {
    expect(t(s, s.headline)).toBe('Port strike halts grain exports');
    expect(s.byline?.names.map((n) => n.text)).toEqual(['Elena Marsh', 'Omar Haddad']);
  });

  it('splits the dateline into cities, date, tag and separator with exact offsets', () => {
    const d = s.dateline!;
    expect(d.cities.map((c) => t(s, c))).toEqual(['NORTHPORT', 'SOUTHPORT']);
    expect(t(s, d.date!.month)).toBe('Jan');
    expect(t(s, d.date!.day)).toBe('14');
    expect(t(s, d.tag)).toBe('(Reuters)');
    expect(d.tag!.profile).toBe('reuters');
    expect(t(s, d.separator)).toBe(' - ');
    expect(STORY.slice(d.bodyStart, d.bodyStart + 11)).toBe('Dockworkers');
  });

  it('pairs quotation marks, marks full quotes and continuing quotes', () => {
    const qs = s.quotations.map((q) => ({
      text: t(s, q),
      full: q.full,
      from: q.continuesFromPrevious,
      to: q.continuesToNext,
    }));
    expect(qs).toEqual([
      { text: '“We have waited eleven months,”', full: true, from: false, to: false },
      { text: '“Our members will stay out.”', full: true, from: false, to: false },
      { text: '“The offer was generous', full: true, from: false, to: true },
      { text: '“and it stands.”', full: true, from: true, to: false },
    ]);
    expect(s.quoteProblems).toEqual([]);
  });

  it('gives attributions as their plain shape to JSON', () => {
    const a = s.attributions.find((x) => x.speaker?.text === 'Tomas Adler')!;
    const plain = JSON.parse(JSON.stringify(a)) as Record<string, unknown>;
    expect(plain).toEqual({
      start: a.start,
      end: a.end,
      paragraph: a.paragraph,
      verb: { ...a.verb },
      speaker: { ...a.speaker },
      inverted: a.inverted,
      quote: { ...a.quote },
    });
    expect(Object.keys(plain).sort()).toEqual(['end', 'inverted', 'paragraph', 'quote', 'speaker', 'start', 'verb']);
  });

  it('finds attributions with speaker, verb and the quote they sit beside', () => {
    const a = s.attributions.find((x) => x.verb.text === 'said' && x.speaker?.text === 'Tomas Adler');
    expect(a?.quote?.side).toBe('after');
    const b = s.attributions.find(
      (x) => x.speaker?.text === 'The authority' || x.verb.start > STORY.indexOf('authority'),
    );
    expect(b?.quote?.side).toBe('before');
  });

  it('parses the credit line roles and names, and the trailer after it', () => {
    const c = s.credit!;
    expect(c.roles.map((r) => [r.kind, r.names.map((n) => n.text)])).toEqual([
      ['reporting', ['Elena Marsh', 'Omar Haddad']],
      ['additional reporting', ['Lena Fox']],
      ['editing', ['David Lowe']],
    ]);
    expect(c.separators.map((x) => x.text)).toEqual(['; ', '; ']);
    expect(t(s, c.open)).toBe('(');
    expect(t(s, c.close)).toBe(')');
    expect(s.trailer.map((p) => t(s, p))).toEqual(['VIEWIMAGE']);
  });

  it('gives the same structure under CRLF, lone CR and a BOM, shifted only by the extra characters', () => {
    for (const variant of [STORY.replace(/\n/g, '\r\n'), STORY.replace(/\n/g, '\r'), `\ufeff${STORY}`]) {
      const v = parseStory(variant);
      expect(t(v, v.headline)).toBe('Port strike halts grain exports');
      expect(v.dateline?.cities.map((c) => t(v, c))).toEqual(['NORTHPORT', 'SOUTHPORT']);
      expect(v.quotations.map((q) => t(v, q))).toEqual(s.quotations.map((q) => t(s, q)));
      expect(v.credit?.roles.length).toBe(3);
      expect(v.lines.positionAt(v.dateline!.start).line).toBe(5);
    }
    expect(parseStory(`\ufeff${STORY}`).bom).toBe(true);
  });

  it('handles empty, whitespace-only, no-newline and headline-only input', () => {
    for (const text of ['', '\n\n', '   ', 'Just a headline', 'LONDON (Reuters) - One line, no newline']) {
      const v = parseStory(text);
      expect(v.text).toBe(text);
    }
    expect(parseStory('LONDON (Reuters) - One line').dateline?.cities[0]?.text).toBe('LONDON');
    expect(parseStory('').paragraphs).toEqual([]);
  });

  it('reads 1987 archive datelines, AP datelines with states and AFP title case', () => {
    const arch = parseStory('TITLE\n\nSALVADOR, Feb 26 - Showers continued.\n\nReuter\n');
    expect(arch.dateline?.cities[0]?.text).toBe('SALVADOR');
    expect(arch.dateline?.tag).toBeUndefined();
    expect(t(arch, arch.signoff)).toBe('Reuter');
    const ap = parseStory('Head\n\nRALEIGH, N.C. (AP) — Text here.\n');
    expect(ap.dateline?.regions.map((r) => r.text)).toEqual(['N.C.']);
    expect(ap.dateline?.separator.dash).toBe('—');
    const afp = parseStory('Manchester (United Kingdom) (AFP) – Text.\n');
    expect(afp.dateline).toBeDefined();
    const multi = parseStory('CHARLOTTESVILLE, Va./WASHINGTON (Reuters) - Text.\n');
    expect(multi.dateline?.cities.map((c) => c.text)).toEqual(['CHARLOTTESVILLE', 'WASHINGTON']);
    expect(multi.dateline?.regions.map((r) => r.text)).toEqual(['Va.']);
  });

  it('does not take apostrophes, primes or decades for quote marks', () => {
    const v = parseStory("LONDON (Reuters) - The 6'2\" forward, O'Brien, grew up in the '90s. It's Britain\"s turn.\n");
    expect(v.quotations).toEqual([]);
    expect(v.quoteProblems.map((p) => p.kind)).toEqual(['apostrophe']);
  });

  it('survives very long lines and odd Unicode without throwing', () => {
    const long = `LONDON (Reuters) - ${'word “quoted” '.repeat(20000)}\n`;
    expect(parseStory(long).quotations.length).toBe(20000);
    const odd = 'Ｈｅａｄｌｉｎｅ\n\nTÔKYÔ (Reuters) - \u0000\u202e\ud800 lone surrogate “x” \u200b\n';
    expect(() => parseStory(odd)).not.toThrow();
  });

  it('never throws and keeps every span inside the text (random input)', () => {
    const alphabet = fc.constantFrom(
      ...'ab AB\n\r\t"“”‘’\'()-–—:;,.?!0123456789'.split(''),
      'LONDON (Reuters) - ',
      'WASHINGTON (AP) — ',
      '(Reporting by X; Editing by Y)',
      ' said ',
      ' pointed out ',
      'Jo Smith',
      ' she ',
      'By Jo Smith\n',
      '\n\n',
      '\ufeff',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')),
        (text) => {
          const s = parseStory(text);
          const spans = [
            ...s.paragraphs,
            ...s.quotations,
            ...s.quoteMarks,
            ...s.attributions,
            ...(s.dateline ? [s.dateline, ...s.dateline.cities, s.dateline.separator] : []),
            ...(s.credit ? [s.credit, ...s.credit.roles] : []),
          ];
          for (const sp of spans) {
            expect(sp.start).toBeGreaterThanOrEqual(0);
            expect(sp.end).toBeGreaterThanOrEqual(sp.start);
            expect(sp.end).toBeLessThanOrEqual(text.length);
          }
          expect(s.unquoted.length).toBe(text.length);
          // The verb's text is the text at its range; so is the speaker's, where no quotation lies inside it.
          for (const a of s.attributions) {
            expect(a.verb.text).toBe(text.slice(a.verb.start, a.verb.end));
            const sp = a.speaker;
            if (sp && !s.quotations.some((q) => q.start < sp.end && q.end > sp.start))
              expect(sp.text).toBe(text.slice(sp.start, sp.end));
            expect(a.start).toBe(Math.min(a.verb.start, a.speaker?.start ?? a.verb.start));
            expect(a.end).toBe(Math.max(a.verb.end, a.speaker?.end ?? a.verb.end));
          }
          const r = lint(text);
          expect(r.internalErrors).toEqual([]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('the speaker pattern is skipped only where it cannot match', () => {
  it('on random text before a verb', async () => {
    const { internals } = await import('../../src/core/story');
    const token = fc.constantFrom(
      'he',
      'she',
      'they',
      'it',
      'we',
      'I',
      'the',
      'ministry',
      'Smith',
      'McCain',
      'eBay',
      'iPhone',
      'O’Brien',
      'x-he',
      '(he',
      '_he',
      'she2',
      'U.S.',
      'é',
      'Élodie',
      'ß',
      '-',
      '.',
      ',',
      '“',
      '"',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '\u2003',
      '\n',
      '\u200b',
    );
    let matched = 0;
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (ts) => {
        const w = ts.join('');
        const lead = w.trimEnd();
        const may = lead.length < w.length && internals.mayEndInSpeaker(lead);
        const m = internals.SPEAKER_BEFORE_RE.exec(w);
        if (m) matched++;
        if (!may) expect(m).toBeNull();
      }),
      { numRuns: 10000 },
    );
    expect(matched).toBeGreaterThan(500);
  });
});

describe('the speaker window of four words', () => {
  it('gives the speaker pattern what the whole 80 characters before the verb give it (random text)', async () => {
    const { internals } = await import('../../src/core/story');
    const word = fc.constantFrom('Ann', 'Bea', 'Cy', 'Di', 'he', 'the', 'ministry', 'McCain', 'O’Brien', 'U.S.', 'é');
    const space = fc.constantFrom(
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '\u2003',
      ' \u2003 ',
      '\u2000',
      ' \u2028 ',
      '\u3000',
      '\u200b',
      '\ufeff',
      '\n',
      ', ',
    );
    const token = fc.tuple(word, space).map(([w, sp]) => w + sp);
    let matched = 0;
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (ts) => {
        const u = `${ts.join('')} `;
        const end = u.length;
        const lo = Math.max(0, end - 80);
        const whole = internals.SPEAKER_BEFORE_RE.exec(u.slice(lo, end));
        const cut = internals.SPEAKER_BEFORE_RE.exec(u.slice(internals.wordsBack(u, lo, end, 4), end));
        expect(cut && [cut[0], cut[1]]).toEqual(whole && [whole[0], whole[1]]);
        if (whole) matched++;
      }),
      { numRuns: 10000 },
    );
    expect(matched).toBeGreaterThan(1000);
  });
});

describe('a sentence before an agency tag is not a dateline place', () => {
  const cities = (text: string): string[] | undefined => {
    const s = parseStory(text);
    return s.dateline?.cities.map((c) => t(s, c)!);
  };

  it('refuses an ellipsis, and a last word with a sentence full stop', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Text', 'Shares', 'TALKS', 'Prices'),
        fc.constantFrom('more', 'fell', 'MORE', 'Stalled', 'climbed'),
        fc.constantFrom(' ... ', ' … ', '... ', ' '),
        fc.constantFrom('.', '. ', ''),
        fc.constantFrom('(Reuters) - ', '(Reuter) - ', '(AP) — '),
        (a, b, gap, stop, tag) => {
          // A plain `LONDON MORE` or `Prices climbed` with no stop and no ellipsis may be a place.
          fc.pre(gap !== ' ' || (stop.trim() === '.' && !/^[A-Z]{1,5}$/.test(b)));
          const text = `${a}${gap}${b}${stop.trim()} ${tag}Shares fell on Monday.\n`;
          expect(cities(text), text).toBeUndefined();
        },
      ),
      { seed: 20261204, numRuns: 300 },
    );
  });

  it('still reads places with abbreviations', () => {
    expect(cities('ST. LOUIS (AP) — Shares fell.\n')).toEqual(['ST. LOUIS']);
    expect(cities('PEORIA, Ill. (AP) — Shares fell.\n')).toEqual(['PEORIA']);
    expect(cities('ALBANY, N.Y. (AP) — Shares fell.\n')).toEqual(['ALBANY']);
    expect(cities('FRESNO, Calif. (AP) — Shares fell.\n')).toEqual(['FRESNO']);
    expect(cities('WASHINGTON, D.C. (Reuters) - Shares fell.\n')).toEqual(['WASHINGTON']);
    expect(cities('ST. PETERSBURG, Fla. (AP) — Shares fell.\n')).toEqual(['ST. PETERSBURG']);
  });
});

describe('a line with no agency tag is a dateline only with an English month', () => {
  it('refuses a foreign month, and keeps English ones in any capitals', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('SET', 'Set', 'ABR', 'Okt', 'MAI', 'Déc', 'févr.', 'LIS', 'Mär'),
        fc.constantFrom('NADAL', 'NEW YORK', 'Paris'),
        fc.integer({ min: 1, max: 28 }),
        (month, place, day) => {
          const text = `${place}, ${month} ${day} - Shares fell.\n`;
          expect(parseStory(text).dateline, text).toBeUndefined();
        },
      ),
      { seed: 20261204, numRuns: 200 },
    );
    for (const month of ['Oct.', 'Oct', 'OCT', 'October', 'Sept.'])
      expect(parseStory(`NEW YORK, ${month} 19 - Stocks fell sharply.\n`).dateline?.date?.month.text).toBe(month);
  });
});
