import { defineRule, replace } from './util';

export default defineRule(
  {
    id: 'signoff-legacy-reuter',
    description: 'Modern Reuters copy has no "Reuter" sign-off line and tags the dateline "(Reuters)", not "(Reuter)".',
    category: 'credit',
    defaultSeverity: 'warning',
    fixable: 'safe',
    profiles: ['reuters'],
  },
  (story, ctx) => {
    const tag = story.dateline?.tag;
    if (tag && tag.agency.text === 'Reuter') {
      ctx.report({
        start: tag.start,
        end: tag.end,
        message: 'The 1990s tag "(Reuter)" is now "(Reuters)".',
        fix: replace(tag.agency.start, tag.agency.end, 'Reuters'),
      });
    }
    const s = story.signoff;
    if (!s) return;
    const before = story.paragraphs[s.index - 1];
    ctx.report({
      start: s.start,
      end: s.end,
      message: 'The archive sign-off "Reuter" is not used in modern copy. Remove it (a credit line ends the story).',
      fix: replace(before ? before.end : s.start, s.end, ''),
    });
  },
);
