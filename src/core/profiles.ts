/**
 * Agency profiles: the house form each agency uses where agencies differ. Auto-detection reads the dateline's
 * agency tag; a story with no tag gets agency-neutral rules only.
 */
import type { ProfileId, ProfileSetting } from './types';
import type { Story } from './story';

export interface Profile {
  id: ProfileId;
  name: string;
  /** The agency tag as it appears in the dateline, with parentheses. */
  tag?: string;
  /** The dateline separator between the tag and the story, with its spaces. */
  separator?: string;
  /** Punctuation before a full-sentence quote after the attribution verb. */
  quoteIntro?: ':' | ',';
  /** Whether `said on Monday` (true) or `said Monday` (false) is house style. */
  dayPreposition?: boolean;
  /** Month forms in the dateline: 'reuters' (`Jan`, `Sept`) or 'ap' (`Jan.`, `Sept.`). */
  datelineMonths?: 'reuters' | 'ap';
  /** A dateline may be the agency tag alone, with no place or date: `(Reuters) - `, `(Bloomberg) -- `. */
  bareTag?: boolean;
}

export const PROFILES: Readonly<Record<ProfileId, Profile>> = {
  reuters: {
    id: 'reuters',
    name: 'Reuters',
    tag: '(Reuters)',
    separator: ' - ',
    quoteIntro: ':',
    dayPreposition: true,
    datelineMonths: 'reuters',
    bareTag: true,
  },
  ap: { id: 'ap', name: 'AP', tag: '(AP)', separator: ' — ', quoteIntro: ',', dayPreposition: false },
  afp: { id: 'afp', name: 'AFP', tag: '(AFP)', separator: ' – ' },
  // Xinhua copy shows both `Dec. 26` and `December 26`: its month form is not checked.
  xinhua: { id: 'xinhua', name: 'Xinhua', tag: '(Xinhua)', separator: ' -- ' },
  upi: { id: 'upi', name: 'UPI', tag: '(UPI)', separator: ' -- ', datelineMonths: 'ap', bareTag: true },
  bloomberg: {
    id: 'bloomberg',
    name: 'Bloomberg',
    tag: '(Bloomberg)',
    separator: ' -- ',
    datelineMonths: 'ap',
    bareTag: true,
  },
  neutral: { id: 'neutral', name: 'Agency-neutral' },
};

export const PROFILE_IDS = Object.keys(PROFILES) as ProfileId[];

/** The profile a story runs under: the configured one, or for 'auto' the one its dateline tag names. */
export function resolveProfile(setting: ProfileSetting, story: Story): ProfileId {
  if (setting !== 'auto') return setting;
  return story.dateline?.tag?.profile ?? story.strayTag?.profile ?? 'neutral';
}
