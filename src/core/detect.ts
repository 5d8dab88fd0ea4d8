/** Whether a plain-text file reads as a wire story: an agency dateline in its opening lines. */
const DATELINE = /^[^\n]{0,120}\((?:Reuters|Reuter|AP|AFP|Xinhua|UPI|Bloomberg)\)\s*(?:--|—|–|-)/m;

export function looksLikeStory(text: string): boolean {
  return DATELINE.test(text.slice(0, 2000));
}
