import { ruleTester } from '../../helpers/rule-tester';

ruleTester('quote-brackets', {
  valid: [
    { code: 'LONDON, Nov 29 (Reuters) - "We told (the bank) to wait," Smith said.\n', name: 'parentheses' },
    {
      code: 'LONDON, Nov 29 (Reuters) - Shares in Acme fell 3% [nL1N1TM10P], traders said.\n',
      name: 'Reuters story code outside a quote',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Copper rose [CHMIN.UL] on Monday. [ID:nTFD006676]\n',
      name: 'RIC and story ID outside quotes',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "Copper is strong," Smith said of the metal [MET/L].\n',
      name: 'code after the quote has closed',
    },
    { code: 'LONDON, Nov 29 (Reuters) - "We told [the bank to wait," Smith said.\n', name: 'no closing bracket' },
  ],
  invalid: [
    {
      code: 'LONDON, Nov 29 (Reuters) - "We told [the bank] to wait," Smith said.\n',
      errors: [{ text: '[the bank]', message: /parentheses, not square brackets/ }],
      output: null,
      suggestions: ['LONDON, Nov 29 (Reuters) - "We told (the bank) to wait," Smith said.\n'],
    },
    {
      code: 'WASHINGTON (AP) — “He [Smith] knew,” Jones said, “and [he] said nothing.”\n',
      errors: [{ text: '[Smith]' }, { text: '[he]' }],
      output: null,
      suggestions: ['WASHINGTON (AP) — “He (Smith) knew,” Jones said, “and [he] said nothing.”\n'],
    },
    {
      code: 'Paris (AFP) – "They [the unions] will not give in," Smith said.\n',
      name: 'all agencies',
      errors: [{ text: '[the unions]' }],
      output: null,
    },
  ],
});
