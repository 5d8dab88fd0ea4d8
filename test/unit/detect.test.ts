/**
 * Which plain-text files are wire stories: a dateline opening one of the first paragraphs makes a story; an agency
 * tag anywhere else (a README, notes, a list, a table that quotes datelines) does not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STORY_HEAD_CHARS, looksLikeStory } from '../../src/core/detect';
import { MARKUP_START, parseStory } from '../../src/core/story';
import { KREMLIN, MODERN_DIR, hasShared, modernizedReuters } from '../helpers/corpora';

const ROOT = resolve(__dirname, '../..');
const SEED = 20261204;

const NOTES = `Desk notes for the night shift

Datelines: Reuters copy reads LONDON (Reuters) - and AP copy reads DENVER (AP) — with an em dash.
Check that the (AFP) – tag has its en dash; if it reads (Reuters)-Copper, fix the spaces.

Quotes: "he said", not "said he".
`;

const LIST = `Dateline forms to check

- LONDON (Reuters) - The hyphen, a space either side
- DENVER (AP) — The em dash
* ACCRA (AFP) – The en dash
1. HANOI (Xinhua) -- Two hyphens
2) (Bloomberg) -- The tag alone
• NAIROBI (Reuters) - A bullet
`;

const TABLE = `| Agency | Dateline |
| --- | --- |
| Reuters | LONDON (Reuters) - text |
| AP | DENVER (AP) — text |
`;

const SENTENCES = `Style reminders

Our datelines read LONDON (Reuters) - and nothing else goes before the tag.
Remember that DENVER (AP) — takes an em dash.

When the copy says WASHINGTON, Jan. 5 (AP) — the month is abbreviated.
`;

const QUOTED = `Examples from the style sheet

> LONDON (Reuters) - A quoted example

\`\`\`
LONDON (Reuters) - Inside a code block
\`\`\`

    Indented, after a long paragraph that is not a header line at all, because it runs on and on across
    several lines of explanation about what the desk expects from a dateline in the morning file, and then
    some more words about dashes and tags and capitals so that it is plainly prose, not a headline.

LONDON (Reuters) - Too far down, after prose: not how a story opens.
`;

const MARKDOWN_HEADED = `# Datelines

LONDON (Reuters) - An example under a Markdown heading.
`;

describe('looksLikeStory: READMEs, notes, lists and tables that quote agency tags are not stories', () => {
  const projectDocs = [
    'README.md',
    'CONTRIBUTING.md',
    'bench/README.md',
    ...readdirSync(join(ROOT, 'docs/rules')).map((f) => `docs/rules/${f}`),
  ];

  it.each(projectDocs)('%s, saved as .txt', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    expect(looksLikeStory(text)).toBe(false);
    expect(looksLikeStory(text.replace(/\n/g, '\r\n'))).toBe(false);
  });

  it.each([
    ['notes that mention tags in sentences', NOTES],
    ['a list of dateline forms', LIST],
    ['a Markdown table of datelines', TABLE],
    ['datelines in the middle of sentences', SENTENCES],
    ['quoted, fenced and late examples', QUOTED],
    ['an example under a Markdown heading', MARKDOWN_HEADED],
    ['a sentence naming a city in capitals', 'See LONDON (Reuters) - for the form.\n'],
    ['a tag with nothing after the dash', 'LONDON (Reuters) -\n'],
    ['a sentence introducing an example', 'Datelines look like this:\nLONDON (Reuters) - The form.\n'],
    ['a sentence straight above an example', 'Notes\nOur copy reads as below.\nLONDON (Reuters) - The form.\n'],
    ['an empty file', ''],
    ['only blank lines', '\n\n \n\t\n'],
  ])('%s', (_name, text) => {
    expect(looksLikeStory(text)).toBe(false);
  });

  it('a table row, a list item or a sentence never makes a story, wherever it stands (property)', () => {
    const dateline = fc.constantFrom(
      'LONDON (Reuters) - Prices rose',
      'DENVER (AP) — Snow fell',
      'PARIS (AFP) – Talks resumed',
      '(Bloomberg) -- Shares fell',
      'WASHINGTON, Jan. 5 (AP) — The vote',
    );
    const framed = fc.tuple(
      fc.constantFrom(
        '| ',
        '- ',
        '* ',
        '1. ',
        '> ',
        '`',
        'see ',
        'For example: ',
        'Our datelines read ',
        'e.g. ',
        '"',
        '#',
      ),
      dateline,
      fc.constantFrom('', ' |', '`', ' and so on.'),
    );
    const line = fc.oneof(
      framed.map(([a, b, c]) => a + b + c),
      fc.constantFrom('Notes', 'Checked by the desk', '| --- | --- |', '', 'Some prose here.', '```'),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        expect(looksLikeStory(text)).toBe(false);
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });
});

describe('looksLikeStory: a story opening with its dateline is a story', () => {
  it.each([
    ['Reuters', 'Harbour reopens\n\nBy Ann Lee\n\nNORTHPORT, Jan 14 (Reuters) - The harbour reopened.\n'],
    ['AP with a state', 'Fair opens\n\nMILLBROOK, Ill. (AP) — The county fair opened Friday.\n'],
    ['AFP with the country', 'Match off\n\nManchester (United Kingdom) (AFP) – The match was called off.\n'],
    ['Bloomberg, the tag alone', 'Shares fall\n\n(Bloomberg) -- Shares fell in early trading.\n'],
    ['Reuters web copy, the tag alone', 'Acme profit\n\n(Reuters) - Acme Corp said on Monday profit rose.\n'],
    ['Xinhua with a date', 'Exports rise\n\nHANOI, Oct. 2 (Xinhua) -- Exports rose in September.\n'],
    ['two cities', 'Copper climbs\n\nLIMA/SANTIAGO (Reuters) - Copper prices climbed.\n'],
    ['a particle in the city', 'Port reopens\n\nDAR es SALAAM (Reuters) - The port reopened.\n'],
    ['a city not in capitals (a finding, still a story)', 'Rates\n\nHouston (Reuters) - Rates held.\n'],
    ['no space before the body', 'Cocoa\n\nACCRA (Reuters)-Cocoa prices rose.\n'],
    ['the dateline first', 'LONDON (Reuters) - Shares rose on Monday.\n'],
    ['CRLF line endings', 'Harbour reopens\r\n\r\nNORTHPORT (Reuters) - The harbour reopened.\r\n'],
    ['a byte-order mark', '\ufeffHarbour reopens\n\nNORTHPORT (Reuters) - The harbour reopened.\n'],
    ['an indented archive paragraph', 'MINE CLOSES\n\n    PERTH, March 3 (Reuter) - The mine closed.\n'],
    ['an indented dateline line under the headline', 'MINE CLOSES\n    PERTH, March 3 (Reuter) - The mine closed.\n'],
    ['a headline on two lines', 'Harbour reopens after\nthree-day strike\n\nNORTHPORT (Reuters) - It reopened.\n'],
    ['the body on the next line', 'Harbour reopens\n\nNORTHPORT (Reuters) -\nThe harbour reopened.\n'],
  ])('%s', (_name, text) => {
    expect(looksLikeStory(text)).toBe(true);
  });

  it('reads only the opening of a file', () => {
    const late = `${'Headline\n\n'.repeat(1)}${' '.repeat(STORY_HEAD_CHARS)}\n\nLONDON (Reuters) - Late.\n`;
    expect(looksLikeStory(late)).toBe(false);
    const big = `Harbour reopens\n\nNORTHPORT (Reuters) - The harbour reopened.\n\n${'More copy. '.repeat(200_000)}`;
    expect(looksLikeStory(big)).toBe(true);
  });

  it('every generated story is a story, and the parser reads the same dateline (property)', () => {
    const city = fc.constantFrom('LONDON', 'NEW YORK', 'RIO DE JANEIRO', 'ST. LOUIS', 'PORT-AU-PRINCE', 'BOGOTÁ');
    const region = fc.constantFrom('', ', Ill.', ', Calif.', ', Puerto Rico');
    const date = fc.constantFrom('', ', Jan 14', ' Oct 17', ', Sept. 3');
    const tag = fc.constantFrom('Reuters', 'AP', 'AFP', 'Xinhua', 'UPI', 'Bloomberg', 'Reuter');
    const dash = fc.constantFrom(' - ', ' — ', ' – ', ' -- ', '  -  ', '-');
    const headline = fc.constantFrom('', 'Harbour reopens', 'Analysis: What the vote means', 'MINE CLOSES');
    const byline = fc.constantFrom('', 'By Ann Lee', 'By  Ann Lee and Tom Roe');
    const eol = fc.constantFrom('\n', '\r\n');
    fc.assert(
      fc.property(headline, byline, city, region, date, tag, dash, eol, (h, b, c, r, d, t, s, nl) => {
        const dateline = `${c}${r}${d} (${t})${s}The harbour reopened on Tuesday, the port said.`;
        const text = [h, b, dateline, '“We are open,” the port said.'].filter(Boolean).join(nl + nl) + nl;
        expect(looksLikeStory(text)).toBe(true);
        const story = parseStory(text);
        expect(story.dateline?.tag?.agency.text).toBe(t);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

/** Whether the parser reads a dateline at the opening of a text, with the story after it. */
function parserReadsDateline(text: string): boolean {
  const story = parseStory(text);
  const d = story.dateline;
  return d !== undefined && d.bodyStart < (story.paragraphs[d.paragraph] as { end: number }).end;
}

describe('looksLikeStory agrees with the story parser', () => {
  const BODY = 'Shares fell on Monday as the central bank held rates.';
  it.each([
    ['a tag in lower case', `Shares fall\n\nLONDON (reuters) - ${BODY}\n`],
    ['spaces inside the tag', `Shares fall\n\nLONDON ( Reuters ) - ${BODY}\n`],
    ['a tag in capitals', `Exports rise\n\nBEIJING (XINHUA) -- ${BODY}\n`],
    ['no dash after the tag', `Shares fall\n\nLONDON (Reuters) ${BODY}\n`],
    ['a colon after the tag', `Shares fall\n\nLONDON (Reuters): ${BODY}\n`],
    ['an AP tag alone', `Shares fall\n\n(AP) — ${BODY}\n`],
    ['an AFP tag alone', `Shares fall\n\n(AFP) - ${BODY}\n`],
    ['a lower-case word in the city', `Shares fall\n\nNew york, april 3 (Reuters) - ${BODY}\n`],
    ['a lower-case word in another city', `Shares fall\n\nSao paulo, april 3 (Reuters) - ${BODY}\n`],
    ['a particle before the city', `Port shut\n\nal-MUKALLA, Yemen (Reuters) - ${BODY}\n`],
    ['a particle and a city not in capitals', `Port shut\n\nDar es salaam (Reuters) - ${BODY}\n`],
    ['the dateline in the sixth paragraph', `Shares fall\n\nBy Ann Lee\n\nA\n\nB\n\nC\n\nLONDON (Reuters) - ${BODY}\n`],
    [
      'the dateline in the eighth paragraph',
      `H\n\nBy Ann Lee\n\nA\n\nB\n\nC\n\nD\n\nE\n\nLONDON (Reuters) - ${BODY}\n`,
    ],
    [
      'headline, byline and dateline on consecutive lines',
      `UPDATE 2-Oil falls\nBy Jane Doe\nLONDON, Jan 5 (Reuters) - ${BODY}\n`,
    ],
    ['headline and dateline on consecutive lines, CRLF', `UPDATE 2-Oil falls\r\nLONDON, Jan 5 (Reuters) - ${BODY}\r\n`],
  ])('is a story: %s', (_name, text) => {
    expect(parserReadsDateline(text)).toBe(true);
    expect(looksLikeStory(text)).toBe(true);
  });

  it.each([
    ['a year in the date', `Vote due\n\nWASHINGTON, Jan. 5, 2024 (AP) — ${BODY}\n`],
    ['a number before the tag', `Top 10 (Reuters) - ${BODY}\n`],
    ['the dateline in the ninth paragraph', `H\n\nA\n\nB\n\nC\n\nD\n\nE\n\nF\n\nG\n\nLONDON (Reuters) - ${BODY}\n`],
  ])('is not a story: %s', (_name, text) => {
    expect(parserReadsDateline(text)).toBe(false);
    expect(looksLikeStory(text)).toBe(false);
  });

  it('the parser reads no sentence as a dateline, and still reads a city with a slip in it', () => {
    for (const t of [
      'See LONDON (Reuters) - for the form.',
      'see (Bloomberg) -- Shares fell.',
      'e.g. (AP) — The vote.',
    ])
      expect(parseStory(`${t}\n`).dateline).toBeUndefined();
    const cities = [
      'london, APril 3 (Reuters) -Shares fell.',
      'St. LOUIS (Reuters) - Shares fell.',
      'Houston (AP) — A',
    ];
    expect(cities.map((t) => parseStory(`${t}\n`).dateline?.cities[0]?.text)).toEqual([
      'london',
      'St. LOUIS',
      'Houston',
    ]);
  });

  it('the consecutive header lines become the headline and byline', () => {
    const story = parseStory(`UPDATE 2-Oil falls\nBy Jane Doe\nLONDON, Jan 5 (Reuters) - Oil fell.\n`);
    expect(story.headline && story.text.slice(story.headline.start, story.headline.end)).toBe('UPDATE 2-Oil falls');
    expect(story.byline?.names.map((n) => n.text)).toEqual(['Jane Doe']);
    expect(story.dateline?.cities.map((c) => c.text)).toEqual(['LONDON']);
    expect(story.paragraphs.map((p) => p.index)).toEqual([0, 1, 2]);
  });

  it('for generated openings, a story exactly when the parser reads a dateline after header lines (property)', () => {
    const city = fc.constantFrom(
      'LONDON',
      'New york',
      'Sao paulo',
      'al-MUKALLA, Yemen',
      'Dar es salaam',
      'DAR es SALAAM',
      'See LONDON',
      'see',
      'e.g.',
      'Top 10',
      'St. LOUIS',
      'Houston',
      'WASHINGTON, Jan. 5, 2024',
      'WASHINGTON, Jan. 5',
      'Our datelines read',
      '',
    );
    const tag = fc.constantFrom('(Reuters)', '(reuters)', '( Reuters )', '(XINHUA)', '(AP)', '(AFP)', '(Bloomberg)');
    const sep = fc.constantFrom(' - ', ' -- ', ' — ', ' ', ': ', '-', ' -');
    const body = fc.constantFrom('Shares fell.', '', '\nThe harbour reopened.');
    // Mostly plain openings, so that many of them are stories; markup often enough that every kind is tried.
    const frame = fc.oneof(
      { arbitrary: fc.constant(''), weight: 6 },
      { arbitrary: fc.constantFrom('| ', '- ', '* ', '1. ', '> ', '`', '"', '# '), weight: 1 },
    );
    const header = fc.oneof(
      { arbitrary: fc.constantFrom('Shares fall', 'UPDATE 2-Oil falls', 'By Jane Doe', 'MINE CLOSES'), weight: 8 },
      {
        arbitrary: fc.constantFrom(
          '# Datelines',
          '| Agency | Dateline |',
          '- a list item',
          '```',
          'Datelines look like this:',
          'It runs on as a sentence.',
          'A long paragraph of prose. '.repeat(20),
        ),
        weight: 1,
      },
    );
    const opening = fc.tuple(
      fc.array(fc.tuple(header, fc.constantFrom('\n', '\n\n')), { maxLength: 9 }),
      frame,
      city,
      tag,
      sep,
      body,
      fc.constantFrom('\n', '\r\n'),
    );
    fc.assert(
      fc.property(opening, ([heads, f, c, t, s, b, eol]) => {
        const dateline = `${f}${c}${c ? ' ' : ''}${t}${s}${b}`;
        const text = (heads.map(([h, gap]) => h + gap).join('') + dateline + '\n\nMore copy.\n').replace(/\n/g, eol);
        const story = parseStory(text);
        const d = story.dateline;
        const headersOnly =
          d !== undefined &&
          story.paragraphs.slice(0, d.paragraph).every((p) => {
            const lines = text.slice(p.start, p.end).split(/\r?\n/);
            return p.end - p.start <= 400 && lines.length <= 3 && lines.every((l) => !MARKUP_START.test(l));
          });
        expect(looksLikeStory(text)).toBe(parserReadsDateline(text) && headersOnly);
        // Markup never makes a story: a framed dateline, or one after a heading, a table row or a list item.
        if (f !== '' || heads.some(([h]) => MARKUP_START.test(h))) expect(looksLikeStory(text)).toBe(false);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});

const SHARED = hasShared();
if (!SHARED) console.warn('SKIPPED: ../shared is absent, so the real stories cannot be checked for detection.');

describe.skipIf(!SHARED)('looksLikeStory on real agency copy from ../shared', () => {
  it('the published Reuters sample is a story', () => {
    expect(looksLikeStory(readFileSync(KREMLIN, 'utf8'))).toBe(true);
  });

  it('every modern AP and Reuters story is a story', () => {
    const files = readdirSync(MODERN_DIR).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBe(60);
    const missed = files.filter((f) => !looksLikeStory(readFileSync(join(MODERN_DIR, f), 'utf8')));
    expect(missed).toEqual([]);
  });

  it('every 1987 story whose dateline the parser reads is a story', () => {
    const stories = modernizedReuters();
    expect(stories.length).toBeGreaterThan(800);
    const withDateline = stories.filter((s) => parseStory(s.text).dateline?.tag);
    expect(withDateline.length).toBeGreaterThan(stories.length - 5);
    expect(withDateline.filter((s) => !looksLikeStory(s.text)).map((s) => s.id)).toEqual([]);
  });
});
