/**
 * Whether a plain-text file reads as a wire story. The command line's folder walk and the editor both ask this one
 * function, so a `.txt` is a story in one exactly when it is a story in the other.
 *
 * A story opens with its dateline: `LONDON (Reuters) - `, `WASHINGTON, Jan. 5 (AP) — `, `(Bloomberg) -- `, at the
 * start of one of its first paragraphs, after at most a headline, a byline and a slug line. The dateline is the one
 * the story parser reads, so a file is a story exactly when the parser reads a dateline at its opening — a dateline
 * with a slip in it (`LONDON (reuters) - `, `New york (Reuters) - `, a missing dash) included, since that is what the
 * dateline rules report and fix. What comes before it must be header lines, not Markdown, a list or a table, so a
 * README, notes or a style sheet that quotes datelines is left alone.
 */

import { MARKUP_START, readDateline, splitParagraphs } from './story';
import type { Paragraph } from './story';

/** How much of a file the decision reads (UTF-16 code units from its start): the dateline is in its opening. */
export const STORY_HEAD_CHARS = 2000;

/** A paragraph before the dateline is a header line: short, one to three lines, no Markdown or list marker. */
const MAX_HEADER_LINES = 3;
const MAX_HEADER_CHARS = 400;

function isHeaderParagraph(text: string, p: Paragraph): boolean {
  const paragraph = text.slice(p.start, p.end);
  if (paragraph.length > MAX_HEADER_CHARS) return false;
  const lines = paragraph.split(/\r\n|\r|\n/);
  return lines.length <= MAX_HEADER_LINES && lines.every((l) => !MARKUP_START.test(l.trimStart()));
}

export function looksLikeStory(text: string): boolean {
  const head = text.slice(0, STORY_HEAD_CHARS);
  const paragraphs = splitParagraphs(head, head.charCodeAt(0) === 0xfeff ? 1 : 0);
  const dateline = readDateline(head, paragraphs);
  if (!dateline) return false;
  const at = paragraphs[dateline.paragraph] as Paragraph;
  // The story itself follows the dateline: `LONDON (Reuters) -` alone is not a story.
  if (dateline.bodyStart >= at.end || MARKUP_START.test(head.slice(at.start, at.end))) return false;
  for (let i = 0; i < dateline.paragraph; i++) if (!isHeaderParagraph(head, paragraphs[i] as Paragraph)) return false;
  return true;
}

/** Larger files are not stories: the command line and the editor both skip them. */
export const MAX_STORY_BYTES = 32 * 1024 * 1024;
