import { ruleTester } from '../../helpers/rule-tester';

const HEAD =
  'Kremlin says talks useful\n\nBy Jane Doe\n\nMOSCOW, Nov 29 (Reuters) - The Kremlin said talks were useful.\n\n';

ruleTester('credit-byline-mismatch', {
  valid: [
    { code: `${HEAD}(Reporting by Jane Doe; Editing by John Roe)\n` },
    {
      code: 'Kremlin says talks useful\n\nBy Jane Doe and Ann Lee\n\nMOSCOW, Nov 29 (Reuters) - The Kremlin said talks were useful.\n\n(Reporting by Jane Doe in Moscow and Ann Lee in Kyiv; Editing by John Roe)\n',
      name: 'two bylined reporters with locations',
    },
    {
      code: `${HEAD}(Reporting by Ann Lee; Writing by Jane Doe; Editing by John Roe)\n`,
      name: 'byline writer credited for writing',
    },
    {
      code: `${HEAD}(Reporting by Ann Lee; Additional reporting by Jane Doe in Kyiv; Editing by John Roe)\n`,
      name: 'byline writer credited for additional reporting',
    },
    {
      code: 'Kremlin says talks useful\n\nBy JANE DOE\n\nMOSCOW, Nov 29 (Reuters) - The Kremlin said talks were useful.\n\n(Reporting by Jane Doe; Editing by John Roe)\n',
      name: 'byline in capitals',
    },
    {
      code: 'Kremlin says talks useful\n\nBy Jane Doe, Reuters Correspondent\n\nMOSCOW, Nov 29 (Reuters) - The Kremlin said talks were useful.\n\n(Reporting by Jane Doe; Editing by John Roe)\n',
      name: 'title after the byline name',
    },
    {
      code: 'Kremlin says talks useful\n\nMOSCOW, Nov 29 (Reuters) - The Kremlin said talks were useful.\n\n(Reporting by Reuters; Editing by John Roe)\n',
      name: 'no byline',
    },
    { code: `${HEAD.trimEnd()}\n`, name: 'no credit line' },
    {
      code: `${HEAD}(Additional reporting by Ann Lee in Kyiv; Editing by John Roe)\n`,
      name: 'the standard form: the bylined reporter is not named again beside additional reporting',
    },
    {
      code: `${HEAD}(Writing by Ann Lee; Editing by John Roe)\n`,
      name: 'no Reporting by role to leave the bylined reporter out',
    },
    { code: `${HEAD}(Editing by John Roe)\n`, name: 'editing credit only' },
    {
      code: HEAD.replace('By Jane Doe', 'By Sam Doe') + '(Reporting by Samuel Doe; Editing by John Roe)\n',
      name: 'names are matched by surname: a byline Sam and a credit Samuel are one person',
    },
    {
      code: HEAD.replace('By Jane Doe', 'By José Núñez') + '(Reporting by Jose Nunez in Madrid; Editing by John Roe)\n',
      name: 'accents dropped in the credit line',
    },
    {
      code: HEAD.replace('By Jane Doe', 'By Jane Doe in Moscow') + '(Reporting by Jane Doe; Editing by John Roe)\n',
      name: 'a place after the bylined name',
    },
    {
      code: HEAD.replace('By Jane Doe', 'By Tom Fox Jr.') + '(Reporting by Tom Fox; Editing by John Roe)\n',
      name: 'a suffix after the surname',
    },
    {
      code:
        HEAD.replace('By Jane Doe', 'By Jane Doe and Ann Lee') +
        '(Reporting by Ann Lee in Kyiv; Editing by John Roe)\n',
      name: 'double byline: a credit naming one of the two is fine',
    },
    {
      code: `${HEAD}(Reporting by Ann Lee; Additional reporting by Jane Doe; Editing by John Roe)\n`,
      name: 'Reporting by someone else, the bylined reporter under additional reporting',
    },
    {
      code: 'Kremlin says talks useful\n\nBy JANE DOE\nAssociated Press\n\nMOSCOW (AP) — The Kremlin said talks were useful.\n\n(Reporting by Reuters; Editing by John Roe)\n',
      name: 'not applied under AP',
    },
  ],
  invalid: [
    {
      code: `${HEAD}(Reporting by Reuters; Editing by John Roe)\n`,
      errors: [{ text: 'Reuters', message: /credits "Reuters" for reporting, but the byline names Jane Doe/ }],
      output: null,
    },
    {
      code: `${HEAD}(Reporting by Ann Lee; Editing by John Roe)\n`,
      errors: [{ text: 'Ann Lee', message: /The byline names Jane Doe, who is missing from the credit line/ }],
      output: null,
    },
    {
      code: `${HEAD}(Reporting by Ann Lee; Editing by Jane Doe)\n`,
      name: 'an editing credit does not cover the byline',
      errors: [{ text: 'Ann Lee' }],
      output: null,
    },
    {
      code: `${HEAD}(Reporting by Ann Lee; Additional reporting by Tom Fox; Editing by John Roe)\n`,
      name: 'a Reporting by role leaves the bylined reporter out, additional reporting too',
      errors: [{ text: 'Ann Lee', message: /The byline names Jane Doe, who is missing from the credit line/ }],
      output: null,
    },
    {
      code: `${HEAD}(Reporting by Jane Roe; Editing by John Roe)\n`,
      name: 'a shared first name is not the same reporter',
      errors: [{ text: 'Jane Roe' }],
      output: null,
    },
    {
      code: HEAD.replace('By Jane Doe', 'By Jane Doe and Ann Lee') + '(Reporting by Tom Fox; Editing by John Roe)\n',
      name: 'double byline, neither reporter credited',
      errors: [{ text: 'Tom Fox', message: /Jane Doe and Ann Lee, who are missing from the credit line/ }],
      output: null,
    },
  ],
});
