import { ruleTester } from '../../helpers/rule-tester';

const LEAD = 'LONDON, Nov 29 (Reuters) - Shares fell on Monday.\n\n';

ruleTester('credit-reuters-format', {
  valid: [
    { code: `${LEAD}(Reporting by Jane Doe in London; Editing by John Roe)\n` },
    {
      code: `${LEAD}(Reporting by Jane Doe; Additional reporting by Ann Lee in Paris; Writing by Tom Fox; Editing by John Roe, Kim Park and Lee Ray)\n`,
      name: 'several roles, names joined with commas and "and"',
    },
    { code: `${LEAD}(Reporting By Jane Doe; Editing By John Roe)\n`, name: 'capitalised "By" is accepted' },
    {
      code: `${LEAD}(Reporting by Jane Doe; Editing by John Roe)\n\n((jane.doe@example.com; +44 20 7000 0000; Reuters Messaging: jane.doe.example.com@reuters.net))\n\nKeywords: MARKETS/STOCKS\n`,
      name: 'wire contact line and keywords after the credit',
    },
    { code: `${LEAD}Reporting by Jane Doe; Editing by John Roe\n`, name: 'reuters.com web form without parentheses' },
    {
      code: 'WASHINGTON (AP) — Shares fell on Monday.\n\n(Reporting by Jane Doe, Editing by John Roe)\n',
      name: 'not applied under AP',
    },
    { code: `${LEAD}(Reporting by Jane Doe; Editing by John Roe).\n`, name: 'full stop after the parenthesis' },
    {
      code: `${LEAD}(Reporting by Jane Doe, with additional reporting by Ann Lee in Paris; Editing by John Roe)\n`,
      name: 'a role inside running text is not a role separator',
    },
    {
      code: `${LEAD}(Reporting by Jane Doe in London with additional reporting by Ann Lee and Tom Fox; Editing by John Roe)\n`,
      name: 'running text without a comma',
    },
    {
      code: `${LEAD}(Writing by Jane Doe, plus additional reporting by Ann Lee; Editing by John Roe)\n`,
      name: '"plus" runs one role on into the next too',
    },
  ],
  invalid: [
    {
      code: `${LEAD}(Reporting by Jane Doe, Editing by John Roe)\n`,
      errors: [{ text: ', ', message: /Separate the roles in the credit line with a semicolon/ }],
      output: `${LEAD}(Reporting by Jane Doe; Editing by John Roe)\n`,
    },
    {
      code: `${LEAD}(Reporting by Jane Doe Editing by John Roe)\n`,
      name: 'no separator at all',
      errors: [{ text: ' ' }],
      output: `${LEAD}(Reporting by Jane Doe; Editing by John Roe)\n`,
    },
    {
      code: `${LEAD}(Reporting by Jane Doe; Editing by John Roe\n`,
      errors: [
        { text: '(Reporting by Jane Doe; Editing by John Roe', message: /opens a parenthesis but never closes it/ },
      ],
      output: `${LEAD}(Reporting by Jane Doe; Editing by John Roe)\n`,
    },
    {
      code: `${LEAD}Reporting by Jane Doe; Editing by John Roe)\n`,
      errors: [
        { text: 'Reporting by Jane Doe; Editing by John Roe)', message: /closes a parenthesis it never opened/ },
      ],
      output: `${LEAD}(Reporting by Jane Doe; Editing by John Roe)\n`,
    },
    {
      code: `${LEAD}(Reporting by Jane Doe; editing by John Roe)\n`,
      errors: [{ text: 'editing by', message: /Capitalise the role.*"Editing by", not "editing by"/ }],
      output: `${LEAD}(Reporting by Jane Doe; Editing by John Roe)\n`,
    },
    {
      code: `${LEAD}(reporting by Jane Doe and Ann Lee; editing by John Roe)\n`,
      errors: [{ text: 'reporting by' }, { text: 'editing by' }],
      output: `${LEAD}(Reporting by Jane Doe and Ann Lee; Editing by John Roe)\n`,
    },
    {
      code: `${LEAD}(Reporting by Jane Doe, with additional reporting by Ann Lee, Editing by John Roe)\n`,
      name: 'running text, then a comma where a semicolon belongs: only the separator is reported',
      errors: [{ text: ', ', message: /Separate the roles/ }],
      output: `${LEAD}(Reporting by Jane Doe, with additional reporting by Ann Lee; Editing by John Roe)\n`,
    },
    {
      code: 'LONDON - Shares fell on Monday.\n\n(Reporting by Jane Doe, Editing by John Roe)\n',
      profile: 'reuters',
      name: 'Reuters profile set explicitly',
      errors: [{ text: ', ' }],
      output: 'LONDON - Shares fell on Monday.\n\n(Reporting by Jane Doe; Editing by John Roe)\n',
    },
  ],
});
