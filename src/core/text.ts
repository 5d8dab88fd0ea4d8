/**
 * Line handling over the original text: LF, CRLF and lone CR all end a line. Offsets are UTF-16 code units.
 */

export interface LineSpan {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character before the line break. */
  end: number;
  /** Offset just past the line break (equals `end` on the last line without one). */
  next: number;
}

export function splitLines(text: string): LineSpan[] {
  const lines: LineSpan[] = [];
  let start = 0;
  const n = text.length;
  if (text.indexOf('\r') < 0) {
    // No carriage returns: let indexOf find each line feed.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.push({ start, end: i, next: i + 1 });
      start = i + 1;
    }
    lines.push({ start, end: n, next: n });
    return lines;
  }
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      lines.push({ start, end: i, next: i + 1 });
      start = i + 1;
    } else if (c === 13 /* \r */) {
      const next = i + 1 < n && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push({ start, end: i, next });
      start = next;
      i = next - 1;
    }
  }
  lines.push({ start, end: n, next: n });
  return lines;
}

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
}

/**
 * Lines and columns as an editor shows them. A byte-order mark at the start is no character to an editor (VS Code
 * hides it), so it takes no column: the first visible character of line 1 is column 1 with or without one.
 */
export class LineIndex {
  private readonly starts: number[];
  private readonly bom: number;
  constructor(readonly text: string) {
    this.starts = splitLines(text).map((l) => l.start);
    this.bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }
  get lineCount(): number {
    return this.starts.length;
  }
  /** 1-based line and column of an offset (clamped to the text). */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= o) lo = mid;
      else hi = mid - 1;
    }
    const skip = lo === 0 ? Math.min(this.bom, o) : 0;
    return { line: lo + 1, column: o - (this.starts[lo] as number) - skip + 1 };
  }
  /** Offset of a 1-based line and column (past a byte-order mark on line 1). */
  offsetAt(line: number, column: number): number {
    const l = Math.max(1, Math.min(line, this.starts.length));
    const skip = l === 1 ? this.bom : 0;
    return Math.min(this.text.length, (this.starts[l - 1] as number) + skip + Math.max(0, column - 1));
  }
}

/**
 * Whether `offset` falls inside one character of `text`: between the two halves of a surrogate pair (an emoji, a
 * flag, a CJK extension character) or between the CR and LF of a CRLF line break. No fix starts or ends there, so
 * a fix can never break a character or a line ending in two.
 */
export function splitsCharacter(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (before === 13) return after === 10;
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Whitespace as wire copy has it: spaces, tabs, no-break spaces, BOM and line breaks. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 0xa0 ||
    c === 0xfeff ||
    c === 0x2009 ||
    c === 0x202f ||
    c === 0x200b ||
    c === 11 ||
    c === 12
  );
}

export function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

export function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** `s` as a regular expression that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
