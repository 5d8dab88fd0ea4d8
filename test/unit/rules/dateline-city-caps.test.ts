import { ruleTester } from '../../helpers/rule-tester';

ruleTester('dateline-city-caps', {
  valid: [
    { code: 'Headline\n\nHOUSTON, Jan 27 (Reuters) - Oil rose.\n' },
    { code: 'KYIV, Ukraine (AP) — Shelling went on.\n', name: 'region in mixed case' },
    { code: 'Paris (AFP) – Strikes spread.\n', name: 'AFP title case is house style there' },
    {
      code: 'Manchester (United Kingdom) (AFP) – Rain fell.\n',
      name: 'AFP title case with the country in parentheses',
    },
    { code: 'ST. LOUIS (AP) — Rain fell.\n', name: 'abbreviation inside the city' },
    { code: 'SAO PAULO, Nov 29 (Reuters) - Shares rose.\n' },
    { code: 'ABOARD THE PAPAL PLANE (AP) — The pope spoke.\n', name: 'special dateline' },
  ],
  invalid: [
    {
      code: 'Headline\n\nMadrid, ABR 3 (Reuters) - Oil rose.\n',
      name: 'the city is still checked when the month is a foreign abbreviation',
      errors: [{ text: 'Madrid', message: /MADRID/ }],
      output: 'Headline\n\nMADRID, ABR 3 (Reuters) - Oil rose.\n',
    },
    {
      code: 'Headline\n\nHouston, Jan 27 (Reuters) - Oil rose.\n',
      errors: [{ text: 'Houston', message: /HOUSTON/ }],
      output: 'Headline\n\nHOUSTON, Jan 27 (Reuters) - Oil rose.\n',
    },
    {
      code: 'Hong Kong/Shanghai (Reuters) - Shares fell.\n',
      errors: [{ text: 'Hong Kong' }, { text: 'Shanghai' }],
      output: 'HONG KONG/SHANGHAI (Reuters) - Shares fell.\n',
    },
    {
      code: 'Kyiv, Ukraine (AP) — Shelling went on.\n',
      name: 'only the city is uppercased',
      errors: [{ text: 'Kyiv', message: /should be in capitals: "KYIV"/ }],
      output: 'KYIV, Ukraine (AP) — Shelling went on.\n',
    },
    {
      code: 'St. Louis (AP) — Rain fell.\n',
      errors: [{ text: 'St. Louis' }],
      output: 'ST. LOUIS (AP) — Rain fell.\n',
    },
    {
      code: 'Paris (AFP) – Strikes spread.\n',
      profile: 'reuters',
      name: 'AFP title case is a fault under another profile',
      errors: [{ text: 'Paris' }],
      output: 'PARIS (AFP) – Strikes spread.\n',
    },
  ],
});
