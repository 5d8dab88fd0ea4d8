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
      code: `${LEAD}Jane Doe reported from Kyiv. Associated Press writer Ann Lee in London contributed to this report.\n`,
      name: 'a "reported from" sentence before a correct note',
    },
    {
      code: `${LEAD}Jane Doe reported from Kyiv and Tom Fox from Lviv. AP writer Ann Lee contributed from Warsaw, Poland.\n`,
      name: 'two reporters in the "reported from" sentence',
    },
    {
      code: `${LEAD}___ Associated Press writer Ann Lee in London contributed to this report.\n`,
      name: "AP's ___ separator on the same line as the note",
    },
    {
      code: `${LEAD}___\nAssociated Press writer Ann Lee in London contributed to this report.\n___\n`,
      name: 'separators on the lines around the note, in one paragraph',
    },
    {
      code: `${LEAD}Associated Press writer Ann Lee in St. Louis contributed to this report.\n`,
      name: 'a full stop inside a place name',
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
      code: `${LEAD}AP writer Ann Lee contributed from St. Louis\n`,
      name: 'a full stop inside a place name does not end the note',
      errors: [{ text: 's', message: /End the contributor note with a full stop/ }],
      output: `${LEAD}AP writer Ann Lee contributed from St. Louis.\n`,
    },
    {
      code: `${LEAD}___ Associated Press writer Ann Lee contributed to this report ___\n`,
      name: 'the full stop goes after the note, not after the separator',
      errors: [{ text: 't', message: /End the contributor note with a full stop/ }],
      output: `${LEAD}___ Associated Press writer Ann Lee contributed to this report. ___\n`,
    },
    {
      code: `${LEAD}Jane Doe reported from Kyiv. Reporters Ann Lee and Tom Fox contributed to this report.\n`,
      name: 'after a "reported from" sentence, the note itself is checked and marked',
      errors: [
        {
          text: 'Reporters Ann Lee and Tom Fox contributed to this report.',
          message: /Start the contributor note with "Associated Press writer NAME"/,
        },
      ],
      output: null,
    },
    {
      code: `${LEAD}___ Reporters Ann Lee and Tom Fox contributed to this report.\n`,
      name: 'the separator is not part of the marked note',
      errors: [{ text: 'Reporters Ann Lee and Tom Fox contributed to this report.' }],
      output: null,
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
