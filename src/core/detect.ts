/**
 * Whether a plain-text file reads as a wire story. The command line's folder walk and the editor both ask this one
 * function, so a `.txt` is a story in one exactly when it is a story in the other.
 *
 * A story opens with its dateline: `LONDON (Reuters) - `, `WASHINGTON, Jan. 5 (AP) — `, `(Bloomberg) -- `, at the
 * start of one of its first paragraphs, after at most a headline, a byline and a slug line. An agency tag anywhere
 * else (in a sentence, a table row, a list item, a code sample, a quoted example) does not make a file a story, so a
 * README, notes or a style sheet that quotes datelines is left alone.
 */

import { PROFILES } from './profiles';

/** How much of a file the decision reads (UTF-16 code units from its start): the dateline is in its opening. */
export const STORY_HEAD_CHARS = 2000;

/** The dateline opens one of the first paragraphs: a headline, a byline, a slug line may come before it. */
const MAX_OPENING_PARAGRAPHS = 5;

/** A paragraph before the dateline is a header line: short, one to three lines, no Markdown or list marker. */
const MAX_HEADER_LINES = 3;
const MAX_HEADER_CHARS = 400;
const MARKUP_START = /^(?:[#|>`*+•\-–—=_~]|\d+[.)]\s)/;

// A word of a place or a date: `NEW`, `Ill.`, `Port-au-Prince`, `O’HARE`, `14`, a lower-case particle (`Dar es
// Salaam`, `RIO de JANEIRO`). One other lower-case word is let through (`New york`, a slip the dateline rules
// report), as the story parser lets it through; two make a sentence, not a place.
const CAP_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
const LOWER_WORD = "\\p{Ll}[\\p{L}\\p{M}.'’-]*";
const PARTICLE = /^(?:de|del|la|le|les|du|of|al|el|es|da|do|dos|das|am|an|der|den|on|upon|sur|en|y|i|e)$/;
const WORD = `(?:${CAP_WORD}|\\d{1,4}(?:/\\d{1,4})?\\.?|${LOWER_WORD})`;
const GAP = '(?:[ \\t\\u00a0]*[,/][ \\t\\u00a0]*|[ \\t\\u00a0]+)';
// `Manchester (United Kingdom)`: the country in parentheses, as AFP copy is republished.
const COUNTRY = `(?:[ \\t\\u00a0]*\\(${CAP_WORD}(?:[ \\t\\u00a0]+${WORD}){0,4}\\))`;
const PLACE = `${CAP_WORD}(?:${GAP}${WORD}){0,11}${COUNTRY}?[ \\t\\u00a0,]*`;
const TAG = '\\((Reuters|Reuter|AP|AFP|Xinhua|UPI|Bloomberg)\\)';
const DASH = '[ \\t\\u00a0]*(?:--|—|–|―|‐|-)';
const OPENING = new RegExp(`^(${PLACE})?${TAG}${DASH}\\s*\\S`, 'u');

/** Copy of the agencies whose profile accepts a bare tag may open with it: `(Reuters) - Shares fell`. */
const TAG_ALONE = new Set(
  Object.values(PROFILES)
    .filter((p) => p.bareTag && p.tag)
    .map((p) => (p.tag as string).slice(1, -1)),
);

/** Whether this paragraph opens with a dateline. */
function opensWithDateline(paragraph: string): boolean {
  const m = OPENING.exec(paragraph);
  if (!m) return false;
  if (m[1] === undefined && !TAG_ALONE.has(m[2] as string)) return false;
  const place = m[1] ?? '';
  // The tag stands within the paragraph's first 140 characters, as the story parser reads a dateline.
  if (place.length > 140) return false;
  let lower = 0;
  for (const w of place.split(/[\s,/()]+/)) if (/^\p{Ll}/u.test(w) && !PARTICLE.test(w)) lower++;
  if (lower > 1) return false;
  // A city is in capitals or not, throughout: `See LONDON` is a sentence. A word in lower case may follow the
  // capitals (`WASHINGTON Oct 17`), and a region after a comma is the copy's own (`SAN JUAN, Puerto Rico`).
  const city = (place.split(/[,/(]/, 1)[0] as string).split(/\s+/);
  const firstCaps = city.findIndex((w) => /^\p{Lu}{2,}$/u.test(w.replace(/[.'’-]/g, '')));
  return firstCaps < 0 || !city.slice(0, firstCaps).some((w) => /\p{Ll}/u.test(w) && !PARTICLE.test(w));
}

function isHeaderParagraph(paragraph: string): boolean {
  if (paragraph.length > MAX_HEADER_CHARS || MARKUP_START.test(paragraph)) return false;
  const lines = paragraph.split(/\r\n|\r|\n/);
  return lines.length <= MAX_HEADER_LINES && lines.every((l) => !MARKUP_START.test(l.trimStart()));
}

/**
 * The opening paragraphs of a text, as the story parser splits them: a blank line ends a paragraph, and so does a
 * line indented further than the one before it (hard-wrapped archive copy). Each starts at its first character.
 */
function openingParagraphs(head: string): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  let prevIndent = 0;
  for (const line of head.split(/\r\n|\r|\n/)) {
    const indent = /^[ \t\u00a0]*/.exec(line)![0].length;
    if (indent === line.length) {
      if (cur.length) out.push(cur.join('\n'));
      cur = [];
      prevIndent = 0;
      continue;
    }
    if (cur.length && indent > prevIndent) {
      out.push(cur.join('\n'));
      cur = [];
    }
    cur.push(line.slice(indent));
    prevIndent = indent;
    if (out.length >= MAX_OPENING_PARAGRAPHS) break;
  }
  if (cur.length) out.push(cur.join('\n'));
  return out.slice(0, MAX_OPENING_PARAGRAPHS);
}

export function looksLikeStory(text: string): boolean {
  let head = text.slice(0, STORY_HEAD_CHARS);
  if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
  for (const p of openingParagraphs(head)) {
    if (opensWithDateline(p)) return true;
    if (!isHeaderParagraph(p)) return false;
  }
  return false;
}

/** Larger files are not stories: the command line and the editor both skip them. */
export const MAX_STORY_BYTES = 32 * 1024 * 1024;
