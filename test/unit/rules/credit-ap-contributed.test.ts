import { ruleTester } from '../../helpers/rule-tester';

const LEAD = 'WASHINGTON (AP) — The Senate voted on Monday.\n\n';

ruleTester('credit-ap-contributed', {
  valid: [
    { code: `${LEAD}Associated Press writer Jane Doe in New York contributed to this report.\n` },
    { code: `${LEAD}AP journalist Jane Doe contributed to this report from Kyiv.\n` },
    {
      code: `${LEAD}Associated Press writers Jane Doe, Ann Lee and Tom Fox in New York contributed to this report.\n`,
    },
    { code: LEAD.trimEnd(), name: 'the note is optional' },
    {
      code: `${LEAD}Associated Press writer Jane Doe in New York contributed to this report. Follow Doe on Twitter at https://twitter.com/example\n`,
      name: 'a follow line after the note',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Shares fell.\n\nJane Doe contributed reporting\n',
      name: 'not applied under Reuters',
    },
  ],
  invalid: [
    {
      code: `${LEAD}Associated Press Writer Jane Doe in New York contributed to this report.\n`,
      errors: [{ text: 'W', message: /Lowercase "writer"/, severity: 'info' }],
      output: `${LEAD}Associated Press writer Jane Doe in New York contributed to this report.\n`,
    },
    {
      code: `${LEAD}Associated Press writer Jane Doe in New York contributed to this report\n`,
      errors: [{ text: 't', message: /End the contributor note with a full stop/ }],
      output: `${LEAD}Associated Press writer Jane Doe in New York contributed to this report.\n`,
    },
    {
      code: `${LEAD}Associated Press Writers Jane Doe and Ann Lee contributed to this report\n`,
      errors: [{ text: 'W' }, { text: 't' }],
      output: `${LEAD}Associated Press writers Jane Doe and Ann Lee contributed to this report.\n`,
    },
    {
      code: `${LEAD}Reporters Jane Doe and Ann Lee contributed to this report.\n`,
      errors: [
        {
          text: 'Reporters Jane Doe and Ann Lee contributed to this report.',
          message: /Start the contributor note with "Associated Press writer NAME"/,
        },
      ],
      output: null,
    },
  ],
});
