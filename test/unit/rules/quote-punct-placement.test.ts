import { ruleTester } from '../../helpers/rule-tester';

ruleTester('quote-punct-placement', {
  valid: [
    { code: 'WASHINGTON (AP) — He called the plan "a disaster."\n' },
    { code: 'WASHINGTON (AP) — "We won," he said.\n' },
    { code: 'WASHINGTON (AP) — Did he say "we won"?\n', name: 'question mark outside when not quoted matter' },
    { code: 'WASHINGTON (AP) — He called the plan “a disaster”; others disagreed.\n', name: 'semicolon outside' },
    { code: 'WASHINGTON (AP) — He said the plan was "a disaster"...\n', name: 'ellipsis after the quote' },
    {
      code: 'WASHINGTON (AP) — The 6\'2" guard, a star, signed. The board measured 12".\n',
      name: 'inch marks followed by punctuation',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - He warned of "possible provocations".\n',
      name: 'Reuters: full stop outside after a partial quote',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - The bank called the plan “bold”, and investors agreed.\n',
      name: 'Reuters: comma outside after a partial quote',
    },
    {
      code: 'WASHINGTON (AP) — He called the plan "a disaster".\n',
      profile: 'reuters',
      name: 'AP rule not applied under the Reuters profile',
    },
    { code: 'Paris (AFP) – He called the plan "a disaster".\n', name: 'not applied under AFP' },
  ],
  invalid: [
    {
      code: 'WASHINGTON (AP) — He called the plan "a disaster".\n',
      errors: [{ text: '".', message: /AP puts the full stop inside the quote marks/ }],
      output: 'WASHINGTON (AP) — He called the plan "a disaster."\n',
    },
    {
      code: 'WASHINGTON (AP) — He called the plan "a disaster", then left.\n',
      errors: [{ text: '",', message: /AP puts the comma inside/ }],
      output: 'WASHINGTON (AP) — He called the plan "a disaster," then left.\n',
    },
    {
      code: 'WASHINGTON (AP) — He called the plan “a disaster”, and “unworkable”.\n',
      errors: [{ text: '”,' }, { text: '”.' }],
      output: 'WASHINGTON (AP) — He called the plan “a disaster,” and “unworkable.”\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - He warned of "possible provocations".\n',
      profile: 'ap',
      name: 'AP profile set explicitly',
      errors: [{ text: '".' }],
      output: 'LONDON, Nov 29 (Reuters) - He warned of "possible provocations."\n',
    },
  ],
});
