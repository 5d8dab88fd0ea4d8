/** Whether a plain-text file reads as a wire story: an agency dateline in its opening lines. */
const DATELINE = /^[^\n]{0,120}\((?:Reuters|Reuter|AP|AFP|Xinhua|UPI|Bloomberg)\)\s*(?:--|—|–|-)/m;

export function looksLikeStory(text: string): boolean {
  return DATELINE.test(text.slice(0, 2000));
}

/** Larger files are not stories: the command line and the editor both skip them. */
export const MAX_STORY_BYTES = 32 * 1024 * 1024;
