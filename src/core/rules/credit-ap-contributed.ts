import { defineRule, replace } from './util';

const FORM = /^(Associated Press|AP)\b.{0,400}?\bcontributed\b/;
/** `Spagat contributed …`, `Spagat reported from San Diego …`: a surname alone before the verb. */
const SURNAME_FORM = /^[A-Z][\p{L}'’.-]+ (reported|contributed)/u;
/** AP's `___` separator, which may share the note's paragraph or line. */
const RULE_LINE = /_{3,}/y;
/** Where a sentence may start: after a sentence-ending stop (not after `St.` or an initial) or a `___` line. */
const SENTENCE_GAP = /(?:\p{Ll}{2,}[.!?]["”]?|_{3,})\s+/gu;
const SENTENCE_END = /\p{Ll}{2,}[.!?]["”]?\s/u;

export default defineRule(
  {
    id: 'credit-ap-contributed',
    description:
      'AP: the closing note reads "Associated Press writer NAME in CITY contributed to this report." and ends with a full stop.',
    category: 'credit',
    defaultSeverity: 'warning',
    fixable: 'safe',
    profiles: ['ap'],
  },
  (story, ctx) => {
    const p = story.contributed;
    if (!p) return;
    const t = story.text.slice(p.start, p.end);
    // The note is the sentence that says "contributed": a `___` separator or sentences before it in the paragraph
    // (`Doe reported from Kyiv.`) are not part of it. Where a sentence may start is tried in turn; any that begins
    // the house form will do.
    const verb = /\bcontributed\b/.exec(t)?.index ?? t.length;
    const starts = [0];
    SENTENCE_GAP.lastIndex = 0;
    for (let m = SENTENCE_GAP.exec(t); m && m.index + m[0].length <= verb; m = SENTENCE_GAP.exec(t)) {
      starts.push(m.index + m[0].length);
    }
    const rest = (at: number): string => t.slice(at);
    if (!starts.some((at) => FORM.test(rest(at)) || SURNAME_FORM.test(rest(at)))) {
      let at = starts[starts.length - 1]!;
      RULE_LINE.lastIndex = at;
      if (RULE_LINE.test(t)) at = RULE_LINE.lastIndex;
      while (at < verb && /\s/.test(t[at]!)) at++;
      ctx.report({
        start: p.start + at,
        end: p.start + noteEnd(t),
        message: 'Start the contributor note with "Associated Press writer NAME" (or "AP writer NAME").',
      });
    }
    const m = /\bAssociated Press Writers?\b/.exec(t);
    if (m) {
      const at = p.start + m.index + 'Associated Press '.length;
      ctx.report({
        severity: 'info',
        start: at,
        end: at + 1,
        message: 'Lowercase "writer" in the contributor note: "Associated Press writer".',
        fix: replace(at, at + 1, 'w'),
      });
    }
    // Only when the note itself ends the paragraph (AP often follows it with "Follow … on Twitter at URL"), a
    // `___` separator after it aside. A full stop in `St. Louis` does not end it.
    const end = noteEnd(t);
    const note = t.slice(0, end);
    if (verb < end && !SENTENCE_END.test(note.slice(verb)) && !/[.!?]["”]?$/.test(note)) {
      ctx.report({
        start: p.start + end - 1,
        end: p.start + end,
        message: 'End the contributor note with a full stop.',
        fix: replace(p.start + end, p.start + end, '.'),
      });
    }
  },
);

/** The end of the note's text: the paragraph without a `___` separator (and the space before it) at its end. */
function noteEnd(t: string): number {
  const m = /\s*_{3,}$/.exec(t);
  return m && m.index > 0 ? m.index : t.length;
}
