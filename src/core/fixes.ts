/**
 * Applying fixes without losing text: fixes are sorted, overlapping ones are skipped (and reported), and every
 * stretch of the original text between fixes is copied exactly once, in order. A fix that would start or end inside
 * a character (a surrogate pair, a CRLF) is skipped too.
 */
import { splitsCharacter } from './text';
import type { Fix } from './types';

export interface ApplyResult {
  output: string;
  applied: Fix[];
  skipped: Fix[];
}

/** A fix whose range lies within a text of `length` characters and whose replacement is a string. */
export function isValidFix(fix: Fix, length: number): boolean {
  const [s, e] = fix.range;
  return Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e >= s && e <= length && typeof fix.text === 'string';
}

/**
 * A valid fix for `text` that neither starts nor ends inside a character: not between the halves of a surrogate
 * pair, not between the CR and LF of a line break. Such a fix would leave half a character or half a line ending.
 */
export function fitsText(fix: Fix, text: string): boolean {
  return isValidFix(fix, text.length) && !splitsCharacter(text, fix.range[0]) && !splitsCharacter(text, fix.range[1]);
}

export function applyFixes(text: string, fixes: readonly Fix[]): ApplyResult {
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  const sorted = fixes
    .filter((f) => {
      if (fitsText(f, text)) return true;
      skipped.push(f);
      return false;
    })
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.range[0] - b.f.range[0] || a.f.range[1] - b.f.range[1] || a.i - b.i)
    .map((x) => x.f);
  const parts: string[] = [];
  let pos = 0;
  let lastInsertAt = -1;
  for (const fix of sorted) {
    const [s, e] = fix.range;
    const insertion = s === e;
    if (s < pos || (insertion && s === lastInsertAt)) {
      skipped.push(fix);
      continue;
    }
    parts.push(text.slice(pos, s), fix.text);
    pos = e;
    lastInsertAt = insertion ? s : -1;
    applied.push(fix);
  }
  parts.push(text.slice(pos));
  return { output: parts.join(''), applied, skipped };
}
