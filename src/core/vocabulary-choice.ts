/**
 * The entries the quick fixes on a house-vocabulary finding write to `.wirelintrc.json`:
 * - "Always use X here": `{"pattern": <the flagged word>, "replacement": X}`, so a word the list offers several
 *   candidates for (or one) gets X as its one safe fix from now on;
 * - "Accept this word": `{"pattern": <the flagged word>, "allow": true}`, so it is never flagged again.
 * Pure: the editor writes the entry with config-edit.ts (choiceEntryEdits, allowEntryEdits).
 */
import { ruleSetting, type WirelintConfig } from './config';
import { RULES_BY_ID } from './rules/index';
import type { ProfileId, Span } from './types';
import { vocabularyFor, type CompiledEntry, type VocabularyEntry } from './vocabulary';

/** The flagged text as written, with each run of spaces and line breaks (hard-wrapped copy) as one space. */
export function flaggedPhrase(text: string, span: Span): string {
  return text.slice(span.start, span.end).trim().replace(/\s+/g, ' ');
}

/** Whether the built-in list applies: the rule's `builtIn` option as the rule itself reads it. */
function builtInOn(config: WirelintConfig): boolean {
  return ruleSetting(RULES_BY_ID.get('house-vocabulary')!, config).options.builtIn !== false;
}

/** The entry (built-in or the config's) that flags exactly text[span] under `profile`, if any. */
export function vocabularyEntryAt(
  text: string,
  span: Span,
  config: WirelintConfig,
  profile: ProfileId,
): CompiledEntry | undefined {
  if (span.end <= span.start || span.end > text.length) return undefined;
  const vocabulary = vocabularyFor(config.vocabulary, profile, builtInOn(config));
  return vocabulary.find(text, [span]).find((m) => m.start === span.start && m.end === span.end)?.c;
}

type LetterClass = 'lower' | 'caps' | 'other' | 'none';

/** How an entry's pattern reads capitals (see adaptCase): lower case first, all capitals, or other. */
function classOf(s: string): LetterClass {
  let first: boolean | undefined;
  let lower = 0;
  for (const ch of s) {
    const l = ch.toLowerCase();
    if (ch.toUpperCase() === l) continue;
    const isLower = ch === l;
    first ??= isLower;
    if (isLower) lower++;
  }
  if (first === undefined) return 'none';
  if (first) return 'lower';
  return lower === 0 ? 'caps' : 'other';
}

/** `s` in the letter class `cls`: `KIEV` as "other" is `Kiev`. */
function recase(s: string, cls: LetterClass): string {
  const now = classOf(s);
  if (now === cls || now === 'none' || cls === 'none') return s;
  if (cls === 'lower') return s.toLowerCase();
  if (cls === 'caps') return s.toUpperCase();
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    if (ch.toUpperCase() !== ch) return lower.slice(0, i) + ch.toUpperCase() + lower.slice(i + 1);
  }
  return lower;
}

/**
 * The entry "Always use `candidate` here" writes for the finding at `span` (`candidate` is the finding's fix text
 * or one suggestion's text, as the copy shows it). Its pattern is the flagged text and its replacement the
 * candidate, written so the new entry reads capitals as the entry that flagged the word does: the word in an
 * all-capitals dateline (`KIEV` → `KYIV`) gives `{"pattern": "Kiev", "replacement": "Kyiv"}`, not an entry that
 * would put `KYIV` into body text; a case-sensitive entry gives a case-sensitive one.
 */
export function alwaysUseEntry(
  text: string,
  span: Span,
  candidate: string,
  config: WirelintConfig,
  profile: ProfileId,
): VocabularyEntry {
  const written = flaggedPhrase(text, span);
  const c = vocabularyEntryAt(text, span, config, profile);
  if (!c) return { pattern: written, replacement: candidate };
  const entry: VocabularyEntry = { pattern: written, replacement: candidate };
  if (c.caseSensitive) {
    entry.caseSensitive = true;
  } else {
    // The candidate as the entry has it (the copy's capitals were put on it for this place).
    const lower = candidate.toLowerCase();
    entry.replacement =
      c.replacements.find((r) => r === candidate) ?? c.replacements.find((r) => r.toLowerCase() === lower) ?? candidate;
    if (c.norm !== undefined && written.toLowerCase() === c.norm.toLowerCase()) entry.pattern = c.norm;
    else {
      const cls: LetterClass =
        c.norm !== undefined
          ? c.patternLower
            ? 'lower'
            : c.patternCaps
              ? 'caps'
              : 'other'
          : classOf(written) === 'lower'
            ? 'lower'
            : 'other';
      entry.pattern = recase(written, cls);
    }
  }
  if (!c.wholeWord) entry.wholeWord = false;
  return entry;
}

/** The pattern "Accept this word" writes as an allow entry: the flagged text as written. */
export function acceptPattern(text: string, span: Span): string {
  return flaggedPhrase(text, span);
}
