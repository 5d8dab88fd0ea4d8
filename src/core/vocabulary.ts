/**
 * House vocabulary: the entries of `"vocabulary"` in `.wirelintrc.json` and the profile's built-in starter list,
 * checked and compiled for matching. Pure: no editor or Node APIs, so it runs in the CLI, the editor and a browser.
 *
 * Entries come from workspace config, which is untrusted input, so matching is linear in the length of the text
 * whatever the entries say:
 * - Plain phrases (`regex: false`), built-in and user alike, go into ONE trie of case-folded characters. Candidate
 *   places come from one pass of one native RegExp alternation of the escaped phrases, longest first (escaped
 *   literals cannot backtrack catastrophically), or, for a list too long for V8 to compile to machine code
 *   (REGEX_CANDIDATE_LIMIT), from one character scan. The trie then reads every entry that matches at a candidate
 *   place, in time bounded by the longest phrase.
 * - Regex entries (`regex: true`) run on re2js, RE2 semantics with no backtracking, so `(a+)+$` is linear; word
 *   edges are part of the RE2 pattern, so nothing is re-tried. Per paragraph, one RE2Set pass tells which of them
 *   can match there; only those are run for their places.
 * A compiled vocabulary is cached per entries array (a WeakMap) and profile, so linting many stories with one
 * config compiles once.
 */
import type { RE2JS, RE2Set } from 're2js';
import { regexEngine } from './regex-engine';
import builtinData from './data/vocabulary.json';
import { PROFILE_IDS } from './profiles';
import { escapeRegExp } from './text';
import type { ProfileId, Severity, Span } from './types';

export interface VocabularyEntry {
  /** The word or phrase (plain text unless `regex`). */
  pattern: string;
  /** The house form: a string (a safe fix) or candidates (suggestions). */
  replacement?: string | string[];
  message?: string;
  /** The finding's severity; by default the rule's. */
  severity?: Severity;
  /** Default false. */
  caseSensitive?: boolean;
  /** Default true. */
  wholeWord?: boolean;
  /** Default false: the pattern is a plain phrase. */
  regex?: boolean;
  /** Only under these profiles (default all). */
  profiles?: ProfileId[];
  /** An allow entry: text it matches is never flagged by any entry. */
  allow?: boolean;
}

/** Every key an entry may have, with what it does (used by validation, the schema and the docs). */
export const VOCABULARY_FIELDS: Readonly<Record<keyof VocabularyEntry, string>> = {
  pattern:
    'The word or phrase to flag, as plain text (a space matches any run of spaces and at most one line break), or an RE2 regular expression when "regex" is true.',
  replacement:
    'The house form. One string is a safe fix; a list of strings is offered as suggestions. The capitals of the copy are kept: KIEV becomes KYIV, and a capital at the start of a sentence stays.',
  message: 'What the editor is told. By default: House style is "<replacement>", not "<matched text>".',
  severity: 'The severity of this entry\'s findings: "error", "warning" or "info". By default the rule\'s severity.',
  caseSensitive: 'Match capitals exactly. Default false: "kiev", "Kiev" and "KIEV" all match.',
  wholeWord:
    'Match whole words only. Default true: "Kiev" does not match inside "Kievan". A plain phrase may not touch a letter or digit where it starts or ends with one; a regular expression match may not touch one at all.',
  regex:
    'The pattern is an RE2 regular expression (linear time: no look-arounds or back-references). Default false: a plain phrase. "^" and "$" match at the start and end of a line or paragraph.',
  profiles: 'Apply the entry only under these agency profiles. Default: every profile.',
  allow:
    'An allow entry: text it matches is never flagged by any entry, built-in or your own. It takes no replacement, message or severity.',
};

const KEYS = Object.keys(VOCABULARY_FIELDS);
const SEVERITY_VALUES = ['error', 'warning', 'info'];

// ---------------------------------------------------------------------------------------------------------------
// RE2

const RE2_CACHE = new Map<string, RE2JS | string>();
const RE2_CACHE_MAX = 500;
const RE2_WORD = '[\\p{L}\\p{N}\\p{M}]';
const RE2_NOT_WORD = '[^\\p{L}\\p{N}\\p{M}]';
/** A back-reference (`\1`, `\k<name>`): a backslash, not itself escaped, before a digit 1–9 or `k<`. */
const BACK_REFERENCE = /(?:^|[^\\])(?:\\\\)*\\(?:[1-9]|k<)/;

/**
 * The RE2 source for an entry's pattern. Whole words: no letter, digit or mark right before the match (a linear
 * look-behind) and one character that is none of those right after it. The text searched then ends with a line
 * break added as a sentinel, so that character always exists, and the match is group 0 less its last character:
 * the engine itself keeps to word edges, without capture groups, and nothing is re-tried from JavaScript.
 */
function re2Source(pattern: string, wholeWord: boolean): string {
  return wholeWord ? `(?<!${RE2_WORD})(?:${pattern})${RE2_NOT_WORD}` : pattern;
}

function re2Flags(caseSensitive: boolean, wholeWord: boolean): number {
  const { RE2JS } = regexEngine();
  return (caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE) | RE2JS.MULTILINE | (wholeWord ? RE2JS.LOOKBEHINDS : 0);
}

/**
 * Compile an entry's RE2 pattern (cached); a string is the reason it does not compile. Without `wholeWord` this is
 * the pattern exactly as written, which is what validation checks (look-behinds are not accepted there).
 */
export function compileRegex(pattern: string, caseSensitive: boolean, wholeWord = false): RE2JS | string {
  const key = `${caseSensitive ? 's' : 'i'}${wholeWord ? 'w' : ''}:${pattern}`;
  const hit = RE2_CACHE.get(key);
  if (hit !== undefined) return hit;
  let out: RE2JS | string;
  try {
    out = regexEngine().RE2JS.compile(re2Source(pattern, wholeWord), re2Flags(caseSensitive, wholeWord));
  } catch (err) {
    // RE2 has no look-arounds; its own messages for them ("invalid named capture") mislead.
    out = /\(\?<?[=!]/.test(pattern)
      ? 'look-arounds such as (?=…), (?!…), (?<=…) and (?<!…) are not supported by RE2'
      : // …nor back-references, which it calls an "invalid escape sequence".
        BACK_REFERENCE.test(pattern)
        ? 'RE2 has no back-references (\\1, \\k<name>): it matches in linear time, so a pattern cannot refer to what it matched earlier; spell out the repeated text instead'
        : (err instanceof Error ? err.message : String(err))
            .replace(/^error parsing regexp:\s*/, '')
            // re2js quotes the pattern with its flags written in front: `(?m)(?i)(`.
            .replace(/`(?:\(\?[imsU]+\))+/g, '`');
  }
  if (RE2_CACHE.size >= RE2_CACHE_MAX) RE2_CACHE.clear();
  RE2_CACHE.set(key, out);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Checking an entry

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/**
 * Check one raw entry. Every problem is a sentence for a ConfigError (the caller names the entry's index); an entry
 * with any problem is left out, and the other entries still work.
 */
export function checkVocabularyEntry(raw: unknown): { entry?: VocabularyEntry; problems: string[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { problems: ['must be an object such as {"pattern": "Kiev", "replacement": "Kyiv"}'] };
  }
  const problems: string[] = [];
  const entry: Partial<VocabularyEntry> = {};
  const present = new Set<string>();
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    present.add(key);
    switch (key) {
      case 'pattern':
        if (typeof value !== 'string') problems.push('pattern must be a string');
        else if (value.trim() === '') problems.push('has an empty pattern');
        else entry.pattern = value;
        break;
      case 'replacement':
        if (typeof value === 'string') {
          if (value === '') problems.push('replacement must not be empty');
          else entry.replacement = value;
        } else if (isStringList(value)) {
          if (value.length === 0 || value.some((v) => v === '')) problems.push('replacement must not be empty');
          else entry.replacement = [...value];
        } else problems.push('replacement must be a string or a list of strings');
        break;
      case 'message':
        if (typeof value !== 'string' || value.trim() === '') problems.push('message must be a non-empty string');
        else entry.message = value;
        break;
      case 'severity':
        if (typeof value !== 'string' || !SEVERITY_VALUES.includes(value)) {
          problems.push('severity must be one of "error", "warning", "info" (to accept a word, use an allow entry)');
        } else entry.severity = value as Severity;
        break;
      case 'caseSensitive':
      case 'wholeWord':
      case 'regex':
      case 'allow':
        if (typeof value !== 'boolean') problems.push(`${key} must be true or false`);
        else entry[key] = value;
        break;
      case 'profiles':
        if (
          !isStringList(value) ||
          value.length === 0 ||
          !value.every((p) => (PROFILE_IDS as readonly string[]).includes(p))
        ) {
          problems.push(`profiles must be a list of one or more of ${PROFILE_IDS.map((p) => `"${p}"`).join(', ')}`);
        } else entry.profiles = [...value] as ProfileId[];
        break;
      default:
        problems.push(`unknown key "${key}" (allowed: ${KEYS.join(', ')})`);
    }
  }
  if (!present.has('pattern')) problems.unshift('has no pattern');
  if (entry.allow) {
    for (const k of ['replacement', 'message', 'severity']) {
      if (present.has(k)) problems.push(`an allow entry takes no "${k}"`);
    }
  }
  if (entry.pattern !== undefined && entry.regex) {
    const re = compileRegex(entry.pattern, entry.caseSensitive === true);
    if (typeof re === 'string') problems.push(`pattern is not a valid RE2 regular expression: ${re}`);
    else if (re.matches('')) problems.push('pattern matches empty text; it must match at least one character');
  }
  if (problems.length === 0 && entry.replacement !== undefined) {
    const again = refixes(entry as VocabularyEntry);
    if (again) problems.push(again);
  }
  return problems.length ? { problems } : { entry: entry as VocabularyEntry, problems };
}

/**
 * Stories the self-check below fixes with an entry: every-day words, a dateline, figures and quotations, so that
 * most patterns find something to flag in one of them.
 */
const PROBES = [
  'The union said on Monday it would go on',
  'KIEV, Ukraine (AP) — Talks in Kiev went on for 3 hours in 2019, he said. "We won," she said.',
  'Per cent, percent, e-mail and web site: the words of a house list.',
];

/**
 * Whether fixing with the entry brings back what it flags: `union` → `union union` (the replacement holds the
 * pattern), `\w+$` → ` ` (each fix leaves another word at the end of the line). Fix-all would then never settle:
 * every pass, and every run of --fix, would fix again, and the story would grow or be eaten away. The entry is fixed
 * over a few stories (its own pattern and its replacement among them; of a list, the first, which the wording tier
 * makes without asking); when a fix makes the entry flag something new, the problem is said in a sentence. Matches
 * that are already the house form are no finding, as in the rule.
 */
function refixes(entry: VocabularyEntry): string | undefined {
  // An entry is checked when the config is read and again when it is compiled for a profile: once is enough.
  const key = JSON.stringify([entry.pattern, entry.replacement, entry.regex, entry.caseSensitive, entry.wholeWord]);
  const hit = REFIX_CACHE.get(key);
  if (hit !== undefined) return hit || undefined;
  const out = refixesUncached(entry);
  if (REFIX_CACHE.size >= REFIX_CACHE_MAX) REFIX_CACHE.clear();
  REFIX_CACHE.set(key, out ?? '');
  return out;
}

const REFIX_CACHE = new Map<string, string>();
const REFIX_CACHE_MAX = 5000;

function refixesUncached(entry: VocabularyEntry): string | undefined {
  const c = compileChecked(entry, 0, false);
  if (!c || c.replacements.length === 0) return undefined;
  const vocabulary = new CompiledVocabulary([c], { candidates: 'everywhere', noSet: true });
  const flagged = (text: string, replacement: string): VocabularyMatch[] => {
    let start = 0;
    let end = text.length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end === start) return [];
    return vocabulary.find(text, [{ start, end }]).filter((m) => {
      const matched = text.slice(m.start, m.end);
      return (
        adaptCase(matched, replacement, c, false) !== matched && adaptCase(matched, replacement, c, true) !== matched
      );
    });
  };
  // A plain phrase is flagged only where it stands; a pattern may match in any story.
  const own = c.norm ? [c.norm, `a ${c.norm} b`, `${c.norm} ${c.norm}`] : PROBES;
  // Of a list, only the first is ever made without a person choosing it (the wording tier of fix-all).
  for (const replacement of c.replacements.slice(0, 1)) {
    const probes = [...own, replacement, `a ${replacement} b`];
    for (const probe of probes) {
      const before = flagged(probe, replacement);
      if (before.length === 0) continue;
      let fixed = '';
      let pos = 0;
      for (const m of before) {
        fixed += probe.slice(pos, m.start) + adaptCase(probe.slice(m.start, m.end), replacement, c, false);
        pos = m.end;
      }
      fixed += probe.slice(pos);
      const after = flagged(fixed, replacement);
      if (after.length === 0) continue;
      const was = probe.slice(before[0]!.start, before[0]!.end);
      const now = fixed.slice(after[0]!.start, after[0]!.end);
      return (
        `has a replacement "${replacement}" that brings back what it flags: once "${was}" is fixed, "${now}" is ` +
        'flagged, so the fixes would never end (change the pattern or the replacement)'
      );
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Characters: word characters, case folding, spaces

const WORD = new Uint8Array(65536); // 0 not known yet, 1 no, 2 a letter, digit or mark
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
for (let c = 0; c < 128; c++) WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 2 : 1;

function isWordUnit(c: number): boolean {
  let v = WORD[c]!;
  if (v === 0) {
    v = WORD_RE.test(String.fromCharCode(c)) ? 2 : 1;
    WORD[c] = v;
  }
  return v === 2;
}

/** The character (code point) starting at i is a letter, digit or mark. */
export function wordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && WORD_RE.test(String.fromCodePoint(cp));
  }
  return isWordUnit(c);
}

/** The character (code point) ending at i is a letter, digit or mark. */
export function wordBefore(text: string, i: number): boolean {
  if (i <= 0 || i > text.length) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const cp = text.codePointAt(i - 2)!;
    return cp > 0xffff && WORD_RE.test(String.fromCodePoint(cp));
  }
  return isWordUnit(c);
}

const FOLD = new Uint16Array(65536);
const FOLDED = new Uint8Array(65536);

/** Apostrophes and hyphens as the keyboard types them: ’ ‘ ʼ → ', ‐ ‑ → -. */
function punctFold(c: number): number {
  if (c === 0x2019 || c === 0x2018 || c === 0x02bc) return 39;
  if (c === 0x2010 || c === 0x2011) return 45;
  return c;
}

/** Case folding by UTF-16 unit (lower case where that is one unit), plus apostrophes and hyphens. */
function fold(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (FOLDED[c]) return FOLD[c]!;
  let f = punctFold(c);
  if (f === c && (c < 0xd800 || c > 0xdfff)) {
    // Only where the two letters are one letter in upper case too (not the Kelvin sign and k), as a
    // case-insensitive native RegExp has it.
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    if (lower.length === 1 && lower.toUpperCase() === ch.toUpperCase()) f = lower.charCodeAt(0);
  }
  FOLD[c] = f;
  FOLDED[c] = 1;
  return f;
}

function isHSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 0xa0 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a)
  );
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** The end of the run of spaces at i (i itself when there is none); the run holds at most one line break. */
function spaceRunEnd(text: string, i: number, limit: number): number {
  let breaks = 0;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isHSpace(c)) i++;
    else if (isBreak(c)) {
      if (breaks++) break;
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    } else break;
  }
  return Math.min(i, limit);
}

/** text[start, end) is `norm` letter for letter, capitals included (spaces as any run of spaces). */
function sameCase(text: string, start: number, end: number, norm: string): boolean {
  let i = start;
  for (let j = 0; j < norm.length; j++) {
    const pc = norm.charCodeAt(j);
    if (pc === 32) {
      const e = spaceRunEnd(text, i, end);
      if (e === i) return false;
      i = e;
    } else {
      if (i >= end || punctFold(text.charCodeAt(i)) !== punctFold(pc)) return false;
      i++;
    }
  }
  return i === end;
}

// ---------------------------------------------------------------------------------------------------------------
// Compiled entries

/** One entry ready for matching. */
export interface CompiledEntry {
  /** Priority: when entries flag the same text, the lower index wins (user entries come before built-in ones). */
  index: number;
  entry: VocabularyEntry;
  builtIn: boolean;
  allow: boolean;
  caseSensitive: boolean;
  wholeWord: boolean;
  /** Plain phrase: the pattern trimmed, its spaces collapsed to one. */
  norm?: string;
  re?: RE2JS;
  /** Characters the RE2 match has after the entry's own match: 1 when the source carries word edges, else 0. */
  tail: number;
  /** Replacement candidates, as written ([] when there is none). */
  replacements: string[];
  /** The replacement was given as a list: suggestions, never a fix. */
  listed: boolean;
  /** A plain pattern written in lower case: a capital in the copy is the copy's own (title case, sentence start). */
  patternLower: boolean;
  /** A plain pattern with capitals and no lower case (an acronym): capitals in the copy say nothing. */
  patternCaps: boolean;
}

export interface VocabularyMatch extends Span {
  c: CompiledEntry;
}

interface TrieNode {
  next?: Map<number, TrieNode>;
  ends?: CompiledEntry[];
}

/**
 * Candidate places come from one native RegExp while its source stays under this many characters (about 1,000
 * phrases); beyond it, a character scan. V8 compiles a larger regular expression to bytecode instead of machine
 * code, and an alternation of 2,500 phrases then ran ten times slower than the scan.
 */
export const REGEX_CANDIDATE_LIMIT = 12_000;

const BUILTIN_ENTRIES: readonly VocabularyEntry[] = (
  builtinData.entries as ReadonlyArray<VocabularyEntry & { source?: string }>
).map((e) => {
  const copy = { ...e };
  delete copy.source;
  return copy;
});

/** The built-in starter list as data (with sources), for docs and tests. */
export const BUILTIN_VOCABULARY_DATA = builtinData.entries as ReadonlyArray<VocabularyEntry & { source: string }>;

function letterCase(s: string): { lowerFirst: boolean; caps: boolean } {
  let first: boolean | undefined;
  let upper = 0;
  let lower = 0;
  for (const ch of s) {
    const u = ch.toUpperCase();
    const l = ch.toLowerCase();
    if (u === l) continue;
    const isLower = ch === l;
    if (first === undefined) first = isLower;
    if (isLower) lower++;
    else upper++;
  }
  return { lowerFirst: first === true, caps: upper > 0 && lower === 0 };
}

function compileEntry(raw: unknown, index: number, builtIn: boolean, profile: ProfileId): CompiledEntry | undefined {
  const { entry } = checkVocabularyEntry(raw);
  if (!entry) return undefined;
  if (entry.profiles && !entry.profiles.includes(profile)) return undefined;
  return compileChecked(entry, index, builtIn);
}

/** A checked entry ready for matching; undefined when its RE2 pattern does not compile. */
function compileChecked(entry: VocabularyEntry, index: number, builtIn: boolean): CompiledEntry | undefined {
  const caseSensitive = entry.caseSensitive === true;
  const replacements =
    entry.replacement === undefined
      ? []
      : typeof entry.replacement === 'string'
        ? [entry.replacement]
        : entry.replacement;
  const c: CompiledEntry = {
    index,
    entry,
    builtIn,
    allow: entry.allow === true,
    caseSensitive,
    wholeWord: entry.wholeWord !== false,
    replacements,
    listed: Array.isArray(entry.replacement),
    patternLower: false,
    patternCaps: false,
    tail: 0,
  };
  if (entry.regex) {
    const re = compileRegex(entry.pattern, caseSensitive, c.wholeWord);
    if (typeof re === 'string') return undefined;
    c.re = re;
    c.tail = c.wholeWord ? 1 : 0;
  } else {
    c.norm = entry.pattern.trim().replace(/\s+/g, ' ');
    const lc = letterCase(c.norm);
    c.patternLower = lc.lowerFirst;
    c.patternCaps = lc.caps;
  }
  return c;
}

function pairHash(a: number, b: number): number {
  return (a * 31 + b) & 0xffff;
}

/** A native RegExp source for a folded phrase: it finds candidate places, the trie decides. */
function candidateSource(folded: number[]): string {
  let s = '';
  for (const f of folded) {
    if (f === 32) s += '\\s+';
    else if (f === 39) s += "['\u2018\u2019\u02bc]";
    else if (f === 45) s += '[-\u2010\u2011]';
    else s += escapeRegExp(String.fromCharCode(f));
  }
  return s;
}

export interface CompileOptions {
  /**
   * Force the way candidate places are found (tests): 'regex' or 'scan'. Default: by the number of phrases.
   * 'everywhere' reads the trie at every place, with nothing to build first: for a few short texts.
   */
  candidates?: 'regex' | 'scan' | 'everywhere';
  /** Build no RE2Set for the regex entries (each is run for its places): for a few short texts. */
  noSet?: boolean;
}

export class CompiledVocabulary {
  readonly entries: readonly CompiledEntry[];
  private readonly root: TrieNode = {};
  private readonly plainCount: number;
  private readonly candidateRe?: RegExp;
  /**
   * For the scan (made only when it is used): first folded unit of a phrase that can start at a word start /
   * anywhere else, the first two folded units of a phrase (hashed), and phrases of one unit.
   */
  private readonly startAtWord!: Uint8Array;
  private readonly startElsewhere!: Uint8Array;
  private readonly firstPairs!: Uint8Array;
  private readonly oneUnit!: Uint8Array;
  private readonly everywhere: boolean;
  private readonly regexEntries: CompiledEntry[];
  private readonly set?: RE2Set;

  constructor(entries: readonly CompiledEntry[], options: CompileOptions = {}) {
    this.entries = entries;
    const distinct = new Map<string, number[]>();
    const phrases: Array<{ c: CompiledEntry; folded: number[] }> = [];
    let plain = 0;
    for (const c of entries) {
      if (c.norm === undefined) continue;
      plain++;
      const folded: number[] = [];
      for (let i = 0; i < c.norm.length; i++) folded.push(fold(c.norm.charCodeAt(i)));
      let node = this.root;
      for (const f of folded) {
        node.next ??= new Map();
        let child = node.next.get(f);
        if (!child) node.next.set(f, (child = {}));
        node = child;
      }
      (node.ends ??= []).push(c);
      distinct.set(folded.join(','), folded);
      phrases.push({ c, folded });
    }
    this.plainCount = plain;
    const source = [...distinct.values()]
      .sort((a, b) => b.length - a.length)
      .map(candidateSource)
      .join('|');
    const useRegex = options.candidates ? options.candidates === 'regex' : source.length <= REGEX_CANDIDATE_LIMIT;
    this.everywhere = options.candidates === 'everywhere';
    if (plain === 0 || this.everywhere) {
      // Nothing to build.
    } else if (useRegex) this.candidateRe = new RegExp(source, 'gi');
    else {
      this.startAtWord = new Uint8Array(65536);
      this.startElsewhere = new Uint8Array(65536);
      this.firstPairs = new Uint8Array(65536);
      this.oneUnit = new Uint8Array(65536);
      for (const { c, folded } of phrases) {
        const first = folded[0]!;
        this.startAtWord[first] = 1;
        if (!c.wholeWord || !wordAt(c.norm!, 0)) this.startElsewhere[first] = 1;
        if (folded.length === 1) this.oneUnit[first] = 1;
        else this.firstPairs[pairHash(first, folded[1]!)] = 1;
      }
    }
    this.regexEntries = entries.filter((c) => c.re !== undefined);
    if (this.regexEntries.length > 0 && !options.noSet) {
      try {
        // The patterns as written: a superset of the whole-word matches, and free of look-behinds, so the set
        // runs on RE2's fast DFA.
        const { RE2Set: Set2 } = regexEngine();
        const set = new Set2(Set2.UNANCHORED, 0);
        for (const c of this.regexEntries) set.add(`(?${c.caseSensitive ? '' : 'i'}m:${c.entry.pattern})`);
        set.compile();
        this.set = set;
      } catch {
        this.set = undefined; // every regex entry is then run for its places
      }
    }
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * Every place an entry flags inside `segments` (sorted, non-overlapping), after allow entries and overlaps are
   * resolved: text an allow entry matches is never flagged; where flagged places overlap, the one that starts first
   * wins, then the longest, then the entry with the lower index. Sorted by start.
   */
  find(text: string, segments: readonly Span[]): VocabularyMatch[] {
    if (this.entries.length === 0 || segments.length === 0) return [];
    const raw: VocabularyMatch[] = [];
    if (this.plainCount > 0) {
      if (this.everywhere) {
        for (const seg of segments) for (let i = seg.start; i < seg.end; i++) this.walk(text, i, seg.end, raw);
      } else if (this.candidateRe) this.plainByRegex(text, segments, raw);
      else this.plainByScan(text, segments, raw);
    }
    if (this.regexEntries.length > 0) this.byRe2(text, segments, raw);
    return resolve(raw);
  }

  private plainByRegex(text: string, segments: readonly Span[], out: VocabularyMatch[]): void {
    const re = this.candidateRe!;
    let k = 0;
    re.lastIndex = segments[0]!.start;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const p = m.index;
      while (k < segments.length && segments[k]!.end <= p) k++;
      const seg = segments[k];
      if (!seg) break;
      if (p < seg.start) {
        re.lastIndex = seg.start;
        continue;
      }
      this.walk(text, p, seg.end, out);
      re.lastIndex = p + 1;
    }
  }

  private plainByScan(text: string, segments: readonly Span[], out: VocabularyMatch[]): void {
    const atWord = this.startAtWord;
    const elsewhere = this.startElsewhere;
    for (const seg of segments) {
      let prevWord = wordBefore(text, seg.start);
      for (let i = seg.start; i < seg.end; i++) {
        const c = text.charCodeAt(i);
        const w = c >= 0xd800 && c <= 0xdbff ? wordAt(text, i) : isWordUnit(c);
        const f = fold(c);
        if ((w && !prevWord ? atWord[f] : elsewhere[f]) === 1) {
          // Walk only where the first two characters can begin a phrase.
          let go = this.oneUnit[f] === 1;
          if (!go && i + 1 < seg.end) {
            const c2 = text.charCodeAt(i + 1);
            go = this.firstPairs[pairHash(f, isHSpace(c2) || isBreak(c2) ? 32 : fold(c2))] === 1;
          }
          if (go) this.walk(text, i, seg.end, out);
        }
        prevWord = w;
      }
    }
  }

  /** Read the trie from p (not past limit) and keep every entry that matches there. */
  private walk(text: string, p: number, limit: number, out: VocabularyMatch[]): void {
    let node: TrieNode = this.root;
    let i = p;
    for (;;) {
      if (node.ends) for (const c of node.ends) if (accepts(text, c, p, i)) out.push({ start: p, end: i, c });
      if (i >= limit || !node.next) return;
      const ch = text.charCodeAt(i);
      if (isHSpace(ch) || isBreak(ch)) {
        const child = node.next.get(32);
        if (!child) return;
        const e = spaceRunEnd(text, i, limit);
        if (e === i) return;
        node = child;
        i = e;
        continue;
      }
      const child = node.next.get(fold(ch));
      if (!child) return;
      node = child;
      i++;
    }
  }

  /**
   * Regex entries, paragraph by paragraph (each segment on its own, so a match never runs past it and ^ and $ hold
   * at its ends): one RE2Set pass says which entries can match in the segment; only those are run for their places.
   * Word edges are in the RE2 source, so every match found is kept and the search goes on from its end: linear.
   */
  private byRe2(text: string, segments: readonly Span[], out: VocabularyMatch[]): void {
    const all = this.regexEntries.map((_, i) => i);
    for (const seg of segments) {
      const sub = text.slice(seg.start, seg.end);
      const ids = this.set ? this.set.match(sub) : all;
      if (ids.length === 0) continue;
      const padded = `${sub}\n`;
      for (const id of ids) {
        const c = this.regexEntries[id];
        if (!c) continue;
        const input = c.tail ? padded : sub;
        const m = c.re!.matcher(input);
        let pos = 0;
        while (pos <= sub.length && m.find(pos)) {
          const s = m.start();
          // The character after a whole word is one code point: two UTF-16 units when it is astral (an emoji).
          const e = m.end() - (c.tail ? lastCharLength(input, s, m.end()) : 0);
          if (s >= sub.length) break;
          if (e > s) {
            out.push({ start: seg.start + s, end: seg.start + e, c });
            pos = e;
          } else pos = s + lastCharLength(input, s, s + 2);
        }
      }
    }
  }
}

/** The length in UTF-16 units of the character (code point) that ends at `end`, not reaching before `start`. */
function lastCharLength(text: string, start: number, end: number): number {
  if (end - start < 2) return 1;
  const lo = text.charCodeAt(end - 1);
  const hi = text.charCodeAt(end - 2);
  return lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff ? 2 : 1;
}

/** A plain phrase matched at [start, end) keeps to word edges (where its own edge is a word character) and case. */
function accepts(text: string, c: CompiledEntry, start: number, end: number): boolean {
  if (end <= start) return false;
  if (c.wholeWord) {
    if (wordAt(text, start) && wordBefore(text, start)) return false;
    if (wordBefore(text, end) && wordAt(text, end)) return false;
  }
  if (c.caseSensitive && c.norm !== undefined && !sameCase(text, start, end, c.norm)) return false;
  return true;
}

function resolve(raw: VocabularyMatch[]): VocabularyMatch[] {
  if (raw.length === 0) return raw;
  const allowed: Span[] = [];
  for (const m of raw.filter((x) => x.c.allow).sort((a, b) => a.start - b.start)) {
    const last = allowed[allowed.length - 1];
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else allowed.push({ start: m.start, end: m.end });
  }
  const flags = raw
    .filter((x) => !x.c.allow)
    .sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.c.index - b.c.index);
  const out: VocabularyMatch[] = [];
  let lastEnd = -1;
  let ai = 0;
  for (const f of flags) {
    if (f.start < lastEnd) continue;
    while (ai < allowed.length && allowed[ai]!.end <= f.start) ai++;
    if (ai < allowed.length && allowed[ai]!.start < f.end) continue;
    out.push(f);
    lastEnd = f.end;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Per config and profile, cached

export function compileVocabulary(
  user: readonly unknown[] | undefined,
  profile: ProfileId,
  builtIn: boolean,
  options: CompileOptions = {},
): CompiledVocabulary {
  const compiled: CompiledEntry[] = [];
  let index = 0;
  for (const raw of user ?? []) {
    const c = compileEntry(raw, index++, false, profile);
    if (c) compiled.push(c);
  }
  if (builtIn) {
    for (const raw of BUILTIN_ENTRIES) {
      const c = compileEntry(raw, index++, true, profile);
      if (c) compiled.push(c);
    }
  }
  return new CompiledVocabulary(compiled, options);
}

const EMPTY = new CompiledVocabulary([]);
const builtinOnly = new Map<ProfileId, CompiledVocabulary>();
const perConfig = new WeakMap<readonly unknown[], Map<string, CompiledVocabulary>>();

/**
 * The vocabulary in force for a config's entries and a profile: compiled once per entries array (by identity) and
 * profile, and once per profile for the built-in list alone.
 */
export function vocabularyFor(
  user: readonly unknown[] | undefined,
  profile: ProfileId,
  builtIn = true,
): CompiledVocabulary {
  if (!user || user.length === 0) {
    if (!builtIn) return EMPTY;
    let v = builtinOnly.get(profile);
    if (!v) builtinOnly.set(profile, (v = compileVocabulary(undefined, profile, true)));
    return v;
  }
  let byKey = perConfig.get(user);
  if (!byKey) perConfig.set(user, (byKey = new Map()));
  const key = builtIn ? profile : `${profile}:own`;
  let v = byKey.get(key);
  if (!v) byKey.set(key, (v = compileVocabulary(user, profile, builtIn)));
  return v;
}

// ---------------------------------------------------------------------------------------------------------------
// Replacement capitals

function isAllCaps(s: string): boolean {
  let cased = 0;
  for (const ch of s) {
    const u = ch.toUpperCase();
    if (u === ch.toLowerCase()) continue;
    if (ch !== u) return false;
    cased++;
  }
  return cased >= 2;
}

function capitalise(s: string): string {
  const cp = s.codePointAt(0);
  if (cp === undefined) return s;
  const first = String.fromCodePoint(cp);
  return first.toUpperCase() + s.slice(first.length);
}

/**
 * The replacement with the capitals of the matched text kept: an all-capitals match (a headline or dateline in
 * archive copy) gives an all-capitals replacement; an initial capital at the start of a sentence, or where the
 * entry's pattern is written in lower case (so the capital is the copy's own, as in a title-case headline),
 * capitalises the replacement's first letter; otherwise the replacement is as written. Case-sensitive entries
 * always give the replacement as written.
 */
export function adaptCase(matched: string, replacement: string, c: CompiledEntry, sentenceStart: boolean): string {
  if (c.caseSensitive) return replacement;
  if (!c.patternCaps && isAllCaps(matched)) return replacement.toUpperCase();
  const cp = matched.codePointAt(0);
  const first = cp === undefined ? '' : String.fromCodePoint(cp);
  if (first && first !== first.toLowerCase() && (sentenceStart || c.patternLower)) return capitalise(replacement);
  return replacement;
}
