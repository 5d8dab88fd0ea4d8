/**
 * Reading the month of a dateline date (`Nov 29`, `APRIL 3`, `ABR 3`). The parser uses it to know a date when it sees
 * one, however the month is written; dateline-month-format uses it to say what is wrong and how to write it.
 */
import monthData from './data/months.json';

export type Month = (typeof monthData.months)[number];

export interface MonthReading {
  /**
   * How the month is written. `form`: an English form as the list has it, save perhaps a full stop (`Jan.`,
   * `September`, `April.`); `capitals`: an English form in other capitals (`APRIL`, `april`, `APril`); `foreign`:
   * another language's month (`ABR`, `Okt`).
   */
  kind: 'form' | 'capitals' | 'foreign';
  /** The month meant: one when it is certain, two or more when the word means different months in different languages. */
  months: Month[];
}

/** A word's letters as looked up: no full stop at the end, lower case, no accents. */
function key(word: string): string {
  const w = (word.endsWith('.') ? word.slice(0, -1) : word).toLowerCase();
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(w) ? w : w.normalize('NFD').replace(/\p{M}/gu, '');
}

const ENGLISH = new Map<string, Month>();
const EXACT = new Set<string>();
const FOREIGN = new Map<string, Month[]>();
for (const m of monthData.months) {
  for (const f of [...m.forms, m.full]) {
    ENGLISH.set(key(f), m);
    EXACT.add(f.endsWith('.') ? f.slice(0, -1) : f);
  }
}
for (const m of monthData.months) for (const f of m.foreign) if (!ENGLISH.has(key(f))) FOREIGN.set(key(f), [m]);
for (const a of monthData.ambiguous) {
  FOREIGN.set(
    key(a.form),
    a.months.map((name) => monthData.months.find((m) => m.full === name)!),
  );
}

/** The month a dateline word means, or undefined when it is not a month in any form the list knows. */
export function readMonth(word: string): MonthReading | undefined {
  const k = key(word);
  const english = ENGLISH.get(k);
  // eslint-disable-next-line no-control-regex
  if (english && !/^[\x00-\x7f]*$/.test(word)) {
    // `Déc`, `Mär`: English letters once the accents go, but another language's month.
    return { kind: 'foreign', months: [english] };
  }
  if (english) {
    const letters = word.endsWith('.') ? word.slice(0, -1) : word;
    return { kind: EXACT.has(letters) ? 'form' : 'capitals', months: [english] };
  }
  const foreign = FOREIGN.get(k);
  return foreign ? { kind: 'foreign', months: foreign } : undefined;
}
