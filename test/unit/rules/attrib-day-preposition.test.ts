import { ruleTester } from '../../helpers/rule-tester';

ruleTester('attrib-day-preposition', {
  valid: [
    { code: 'LONDON, Nov 29 (Reuters) - The bank said on Monday it would cut jobs.\n' },
    { code: 'WASHINGTON (AP) — The bank said Monday it would cut jobs.\n' },
    {
      code: 'WASHINGTON (AP) — On Monday, the bank said it would cut jobs.\n',
      name: 'AP keeps "on" at the start of a sentence',
    },
    {
      code: "LONDON, Nov 29 (Reuters) - The bank said Monday's vote was a surprise.\n",
      name: 'possessive weekday',
    },
    { code: 'LONDON, Nov 29 (Reuters) - The bank said Monday’s call went well.\n', name: 'curly possessive' },
    { code: 'LONDON, Nov 29 (Reuters) - The bank said Monday was a bad day.\n', name: 'weekday as subject' },
    {
      code: 'LONDON, Nov 29 (Reuters) - "We said Monday would be hard," Smith said.\n',
      name: 'inside a quote',
    },
    {
      code: 'Bank said Monday it would cut jobs\n\nLONDON, Nov 29 (Reuters) - The bank said on Monday it would cut jobs.\n',
      name: 'headline is not checked',
    },
    { code: 'Paris (AFP) – The bank said Monday it would cut jobs.\n', name: 'not applied under AFP' },
    { code: 'LONDON - The bank said Monday it would cut jobs.\n', profile: 'neutral', name: 'neutral' },
  ],
  invalid: [
    {
      code: 'LONDON, Nov 29 (Reuters) - The bank said Monday it would cut jobs.\n',
      errors: [{ text: 'said Monday', message: /Reuters style is "said on Monday"/ }],
      output: 'LONDON, Nov 29 (Reuters) - The bank said on Monday it would cut jobs.\n',
    },
    {
      code: 'WASHINGTON (AP) — The bank said on Monday it would cut jobs.\n',
      errors: [{ text: 'said on Monday', message: /AP style is "said Monday", without "on"/ }],
      output: 'WASHINGTON (AP) — The bank said Monday it would cut jobs.\n',
    },
    {
      code: 'WASHINGTON (AP) — Smith told reporters on Tuesday that he would run.\n',
      errors: [{ text: 'told reporters on Tuesday' }],
      output: 'WASHINGTON (AP) — Smith told reporters Tuesday that he would run.\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - The ministry says Sunday it will act.\n',
      errors: [{ text: 'says Sunday', message: /"says on Sunday"/ }],
      output: 'LONDON, Nov 29 (Reuters) - The ministry says on Sunday it will act.\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Police said Friday three men were held.\n\nThe bank said Thursday it would appeal.\n',
      errors: [{ text: 'said Friday' }, { text: 'said Thursday' }],
      output:
        'LONDON, Nov 29 (Reuters) - Police said on Friday three men were held.\n\nThe bank said on Thursday it would appeal.\n',
    },
    {
      code: 'LONDON - The bank said on Monday it would cut jobs.\n',
      profile: 'ap',
      name: 'AP profile set explicitly',
      errors: [{ text: 'said on Monday' }],
      output: 'LONDON - The bank said Monday it would cut jobs.\n',
    },
  ],
});
