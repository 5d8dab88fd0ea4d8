import { PROFILES } from '../profiles';
import { defineRule, replace } from './util';

const DASH_NAMES: Record<string, string> = {
  '-': 'a hyphen',
  '--': 'a double hyphen',
  '—': 'an em dash',
  '–': 'an en dash',
  '―': 'a horizontal bar',
  '‐': 'a hyphen',
  ':': 'a colon',
  '': 'no dash',
};

function describe(sep: string, dash: string): string {
  const name = DASH_NAMES[dash] ?? `"${dash}"`;
  const spaced = /^\s/.test(sep) && /\s$/.test(sep);
  if (!dash) return 'no dash';
  return spaced ? name : `${name} without a space on each side`;
}

export default defineRule(
  {
    id: 'dateline-agency-tag',
    description: "The dateline's agency tag and the dash after it are in the profile's house form.",
    category: 'dateline',
    defaultSeverity: 'warning',
    fixable: 'safe',
    profiles: ['reuters', 'ap', 'afp', 'xinhua', 'upi', 'bloomberg'],
  },
  (story, ctx) => {
    const d = story.dateline;
    const profile = PROFILES[ctx.profile];
    if (!d || !profile.tag || !profile.separator) return;
    if (d.tag) {
      const want = profile.tag;
      if (d.tag.profile && d.tag.profile !== ctx.profile) {
        ctx.report({
          start: d.tag.start,
          end: d.tag.end,
          message: `The dateline carries ${d.tag.text} but the story is checked as ${profile.name} copy (tag ${want}). Check the profile or the tag.`,
        });
        return;
      }
      if (d.tag.text !== want && !(ctx.profile === 'reuters' && d.tag.agency.text === 'Reuter')) {
        ctx.report({
          start: d.tag.start,
          end: d.tag.end,
          message: `The agency tag should read ${want}, not ${d.tag.text}.`,
          fix: replace(d.tag.start, d.tag.end, want),
        });
      }
    }
    const sep = d.separator;
    if (sep.text === profile.separator) return;
    if (d.bodyStart >= story.paragraphs[d.paragraph]!.end) return; // Nothing follows the dateline.
    const got = describe(sep.text, sep.dash);
    const wantName = `${DASH_NAMES[profile.separator.trim()] ?? profile.separator.trim()} with a space on each side`;
    const subject = d.tag ? `after ${d.tag.text}` : 'after the dateline';
    ctx.report({
      start: sep.start,
      end: Math.max(sep.end, sep.start + 1),
      message: `${profile.name} datelines use ${wantName} ("${profile.separator.trim()}") ${subject}; this one has ${got}.`,
      fix: replace(sep.start, sep.end, profile.separator),
    });
  },
);
