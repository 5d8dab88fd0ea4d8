import { ruleTester } from '../../helpers/rule-tester';

ruleTester('dateline-city-caps', {
  valid: [
    { code: 'Headline\n\nHOUSTON, Jan 27 (Reuters) - Oil rose.\n' },
    { code: 'KYIV, Ukraine (AP) — Shelling went on.\n', name: 'region in mixed case' },
    { code: 'Paris (AFP) – Strikes spread.\n', name: 'AFP title case is house style there' },
  ],
  invalid: [
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
  ],
});
