/**
 * Deterministic generator of fictional Reuters-style stories (seeded PRNG, never Math.random): headline, byline,
 * `CITY, Month D (Reuters) - ` dateline lead, paragraphs of facts, figures and attributed quotes, credit line.
 * Every person, company and event is invented. A small share of paragraphs carries the slips real copy has (a
 * loaded verb, "per cent", a missing "on" before a day), so the text is realistic rather than tuned to be clean.
 */

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_F = ['Jane', 'Amara', 'Lena', 'Mei', 'Priya', 'Sofia', 'Nadia', 'Ingrid', 'Clara', 'Yasmin', 'Helga'];
const FIRST_M = ['Tomas', 'Peter', 'Rafael', 'Kofi', 'Oskar', 'Daniel', 'Henrik', 'Marcus', 'Anton', 'Idris', 'Leo'];
const SURNAMES = [
  'Doe',
  'Halloran',
  'Okonkwo',
  'Varga',
  'Lindqvist',
  'Moreau',
  'Castell',
  'Brandt',
  'Achebe',
  'Novak',
  'Reyes',
  'Tanaka',
  'Whitcombe',
  'Adeyemi',
  'Kowalski',
  'Fairbairn',
  'Marchetti',
  'Osei',
  'Strand',
  'Delacroix',
];
const TITLES = [
  'Finance Minister',
  'Trade Minister',
  'Energy Minister',
  'Deputy Prime Minister',
  'central bank Governor',
  'Economy Minister',
  'Labour Minister',
];
const FIRMS = [
  'Harwick Capital',
  'Brenmoor Securities',
  'Castellan Partners',
  'Northgate Asset Management',
  'Ferris & Lowe',
  'Aldmoor Bank',
  'Quillon Research',
];
const ROLES = ['chief economist at', 'a strategist at', 'head of research at', 'a fund manager at', 'an analyst at'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October'];
const DATELINE_MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const CITIES = ['LONDON', 'FRANKFURT', 'PARIS', 'SINGAPORE', 'NAIROBI', 'TOKYO', 'SYDNEY', 'TORONTO', 'MADRID'];
const COUNTRY = 'Marovia';
const CURRENCY = 'crowns';
const SMALL = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

const Q_START = [
  'We will',
  'The government will',
  'Our first duty is to',
  'Nobody should doubt that we will',
  'We have no intention of failing to',
  'The budget is designed to',
  'Investors can see that we will',
  'It would be a mistake not to',
  'This plan will',
];
const Q_MIDDLE = [
  'bring the deficit down',
  'protect the poorest households',
  'keep spending under control',
  'restore confidence in the currency',
  'meet every commitment to our creditors',
  'invest in the ports and the railways',
  'reform the pension system',
  'cut the cost of borrowing',
  'support exporters through a difficult year',
  'hold public sector pay steady',
];
const Q_END = [
  'this year',
  'over the next two years',
  'without raising income tax',
  'before the end of the decade',
  'whatever the markets say in the short term',
  'in close cooperation with our partners',
  'and we will publish every figure',
  'step by step',
];
const INDIRECT_END = [
  'this year',
  'over the next two years',
  'without raising income tax',
  'before the end of the decade',
];
const PARTIALS = [
  'credible and fair',
  'a turning point',
  'too little, too late',
  'the hardest budget in a generation',
  'a first step',
  'unrealistic',
];
const ANALYST_VIEWS = [
  'The numbers add up only if growth holds',
  'Markets want to see the spending cuts before they believe them',
  'The risk is that the central bank has to do the heavy lifting',
  'This is more ambitious than anyone expected',
  'The plan buys time, but it does not solve the debt problem',
  'Exporters will welcome the weaker currency',
];
const FACTS: Array<(r: () => number, pick: <T>(a: readonly T[]) => T, slip: boolean) => string> = [
  (r, pick, slip) =>
    `Inflation eased to ${(1 + r() * 6).toFixed(1)} ${slip ? 'per cent' : 'percent'} in ${pick(MONTHS)} from ${(2 + r() * 6).toFixed(1)} percent a month earlier, the statistics office said on ${pick(DAYS)}.`,
  (r) =>
    `The government plans to borrow ${(10 + r() * 90).toFixed(1)} billion ${CURRENCY} in the fiscal year that starts in April, ${Math.round(5 + r() * 30)} percent less than this year.`,
  (r, pick) =>
    `The yield on ${COUNTRY}'s 10-year bond fell ${Math.round(2 + r() * 30)} basis points to ${(3 + r() * 5).toFixed(2)} percent after the announcement, its biggest one-day drop since ${pick(MONTHS)}.`,
  (r) =>
    `The crown rose ${(0.1 + r() * 2).toFixed(2)} percent against the euro to ${(0.5 + r()).toFixed(4)}, while the main stock index gained ${(0.2 + r() * 3).toFixed(1)} percent.`,
  (r) =>
    `Public debt stood at ${Math.round(60 + r() * 60)} percent of gross domestic product at the end of last year, compared with a euro zone average of about ${Math.round(80 + r() * 10)} percent.`,
  (r) =>
    `About ${Math.round(1 + r() * 9)},${String(Math.round(r() * 999)).padStart(3, '0')} workers at state companies would be affected by the pay freeze, according to union estimates.`,
  (r, pick) =>
    `Unemployment rose to ${(4 + r() * 8).toFixed(1)} percent in ${pick(MONTHS)}, the highest level in ${Math.round(2 + r() * 10)} years, with the sharpest increases in the construction and retail sectors.`,
  (r) =>
    `Exports of grain, timber and fertiliser, which account for roughly ${Math.round(20 + r() * 40)} percent of ${COUNTRY}'s foreign earnings, have fallen for ${SMALL[Math.floor(r() * SMALL.length)]} consecutive quarters.`,
  (r) =>
    `The International Monetary Fund has forecast growth of ${(0.5 + r() * 3).toFixed(1)} percent this year and ${(1 + r() * 3).toFixed(1)} percent next year, down from ${(2 + r() * 3).toFixed(1)} percent in ${2020 + Math.round(r() * 4)}.`,
  (_r, pick) =>
    `Opposition lawmakers said they would vote against the measures when parliament debates them on ${pick(DAYS)}, although the ruling coalition holds a comfortable majority.`,
  (r, pick, slip) =>
    `Ratings agency ${pick(['Sterling Ratings', 'Corvane Ratings', 'Atlas Credit'])} said ${slip ? '' : 'on '}${pick(DAYS)} it would review the country's credit score within ${Math.round(3 + r() * 9)} weeks, keeping the outlook at "stable".`,
  (r) =>
    `Talks with ${COUNTRY}'s ${Math.round(3 + r() * 12)} largest creditors are due to resume in Kiev next month, two people familiar with the matter said, declining to be named because the talks are private.`,
];

interface Person {
  first: string;
  last: string;
  title: string;
  pronoun: 'he' | 'she';
  introduced: boolean;
}

export interface GeneratedStory {
  text: string;
  words: number;
}

export interface GenerateOptions {
  seed: number;
  /** Words to reach before the credit line (the story stops at the first paragraph past it). */
  words: number;
  city?: string;
  /** Dateline date in Reuters form, e.g. "March 4". */
  date?: string;
}

const countWords = (s: string): number => s.split(/\s+/).filter((w) => w.length > 0).length;

export function generateStory(opts: GenerateOptions): GeneratedStory {
  const r = mulberry32(opts.seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const name = (): { first: string; last: string; pronoun: 'he' | 'she' } => {
    const she = r() < 0.5;
    return { first: pick(she ? FIRST_F : FIRST_M), last: pick(SURNAMES), pronoun: she ? 'she' : 'he' };
  };
  const usedLast = new Set<string>();
  /** A new person: no two people in a story share a surname. */
  const fresh = (): { first: string; last: string; pronoun: 'he' | 'she' } => {
    for (;;) {
      const n = name();
      if (usedLast.has(n.last)) continue;
      usedLast.add(n.last);
      return n;
    }
  };
  const people: Person[] = [];
  while (people.length < 6)
    people.push({ ...fresh(), title: people.length === 0 ? 'Finance Minister' : pick(TITLES), introduced: false });
  const minister = people[0]!;
  const analysts = people.slice(3).map((p) => ({ ...p, title: `${pick(ROLES)} ${pick(FIRMS)}` }));
  const officials = people.slice(0, 3);
  const reporter = fresh();
  const editor = fresh();
  const city = opts.city ?? pick(CITIES);
  const date = opts.date ?? `${pick(DATELINE_MONTHS)} ${1 + Math.floor(r() * 28)}`;

  const quote = (): string => `${pick(Q_START)} ${pick(Q_MIDDLE)} ${pick(Q_END)}`;
  const slip = (): boolean => r() < 0.02;
  let last: Person | undefined;

  /** "Finance Minister Jane Doe" on first mention, "Doe" after, "she" when the same speaker continues. */
  const who = (p: Person, allowPronoun: boolean): string => {
    if (!p.introduced) {
      p.introduced = true;
      return `${p.title} ${p.first} ${p.last}`;
    }
    return allowPronoun && last === p && r() < 0.6 ? p.pronoun : p.last;
  };
  const analystWho = (p: Person): string => {
    if (!p.introduced) {
      p.introduced = true;
      return `${p.first} ${p.last}, ${p.title},`;
    }
    return p.last;
  };

  const paragraph = (): string => {
    const kind = r();
    const speaker = r() < 0.7 ? minister : pick(officials);
    const verb = slip() ? 'claimed' : 'said';
    let out: string;
    if (kind < 0.3) {
      out = `"${quote()}," ${who(speaker, true)} ${verb}.`;
      if (r() < 0.4) out += ` "${quote()}."`;
      last = speaker;
    } else if (kind < 0.4) {
      out = `${who(speaker, false)} said on ${pick(DAYS)} that the government would ${pick(Q_MIDDLE)} ${pick(INDIRECT_END)}.`;
      last = speaker;
    } else if (kind < 0.48) {
      out = `${who(speaker, false)} ${verb}: "${quote()}."`;
      last = speaker;
    } else if (kind < 0.55) {
      out = `${who(speaker, false)} described the plan as "${pick(PARTIALS)}" and said the cabinet would meet again next week.`;
      last = speaker;
    } else if (kind < 0.68) {
      const a = pick(analysts);
      const w = analystWho(a);
      out =
        r() < 0.5 ? `"${pick(ANALYST_VIEWS)}," said ${w.replace(/,$/, '')}.` : `"${pick(ANALYST_VIEWS)}," ${w} said.`;
      last = a;
    } else {
      out = pick(FACTS)(r, pick, slip());
      if (r() < 0.5) out += ` ${pick(FACTS)(r, pick, slip())}`;
      last = undefined;
    }
    return out;
  };

  const headline = `${COUNTRY}'s finance minister pledges to ${pick(Q_MIDDLE)} as investors press for detail`;
  const lead =
    `${city}, ${date} (Reuters) - ${COUNTRY}'s ${minister.title.toLowerCase()} promised on ${pick(DAYS)} to ` +
    `${pick(Q_MIDDLE)} ${pick(Q_END)}, setting out a budget plan that investors said was bolder than expected ` +
    `but left open how ${Math.round(5 + r() * 20)} billion ${CURRENCY} of savings would be found.`;
  const paras = [headline, `By ${reporter.first} ${reporter.last}`, lead];
  let words = countWords(paras.join(' '));
  const credit = `(Reporting by ${reporter.first} ${reporter.last}; Editing by ${editor.first} ${editor.last})`;
  const creditWords = countWords(credit);
  while (words + creditWords < opts.words) {
    const p = paragraph();
    paras.push(p);
    words += countWords(p);
  }
  paras.push(credit);
  words += creditWords;
  return { text: `${paras.join('\n\n')}\n`, words };
}

/** The 10,000-word story of the benchmark: LONDON, March 4. */
export function tenThousandWordStory(): GeneratedStory {
  return generateStory({ seed: 20240304, words: 10_000, city: 'LONDON', date: 'March 4' });
}

/** Stand-in for the corpus when ../shared is absent: `count` stories of 150–900 words. */
export function generatedStories(count: number): string[] {
  const out: string[] = [];
  const r = mulberry32(1987);
  for (let i = 0; i < count; i++) out.push(generateStory({ seed: 1000 + i, words: 150 + Math.floor(r() * 750) }).text);
  return out;
}
