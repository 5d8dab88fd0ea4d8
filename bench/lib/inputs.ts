/**
 * The benchmark's inputs, the same for every contender: the usable reuters-21578 stories as modern plain text (the
 * core's real-copy test helper), the generated 10,000-word story, and files of stories back to back.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { REUTERS_SGM, SHARED, modernizedReuters } from '../../test/helpers/corpora';
import { generatedStories, tenThousandWordStory } from './generate';
import { utf8Bytes } from './stats';

export interface StorySet {
  /** Where the stories came from, in words. */
  source: string;
  corpusPresent: boolean;
  corpusPath: string;
  stories: string[];
  bytes: number;
}

/** Stories when ../shared is absent: generated ones, about the corpus's size. */
const FALLBACK_STORIES = 300;

export function loadStories(): StorySet {
  const corpusPresent = existsSync(REUTERS_SGM);
  const corpus = corpusPresent ? modernizedReuters().map((s) => s.text) : [];
  const stories = corpus.length > 0 ? corpus : generatedStories(FALLBACK_STORIES);
  return {
    source:
      corpus.length > 0
        ? `../shared/corpora/reuters-21578/${basename(REUTERS_SGM)}, every usable story modernised`
        : `${FALLBACK_STORIES} generated stories (corpus absent: ../shared/corpora/reuters-21578)`,
    corpusPresent: corpus.length > 0,
    corpusPath: SHARED,
    stories,
    bytes: stories.reduce((a, s) => a + utf8Bytes(s), 0),
  };
}

export { tenThousandWordStory };

/** Stories back to back, separated by blank lines, repeated until the text has at least `bytes` UTF-8 bytes. */
export function backToBack(
  stories: readonly string[],
  bytes: number,
): { text: string; stories: number; bytes: number } {
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const s = stories[i % stories.length]!.trimEnd();
    parts.push(s);
    total += utf8Bytes(s) + 2;
  }
  const text = `${parts.join('\n\n')}\n`;
  return { text, stories: parts.length, bytes: utf8Bytes(text) };
}

/**
 * The same text as one paragraph on one line: every run of white space that holds a line break becomes one space.
 * Copy pasted without its line breaks, or a feed that lost them, reaches the editor like this.
 */
export function oneParagraph(text: string): { text: string; bytes: number } {
  const one = `${text.trim().replace(/\s*[\r\n]\s*/g, ' ')}\n`;
  return { text: one, bytes: utf8Bytes(one) };
}
