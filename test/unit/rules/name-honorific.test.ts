import { ruleTester } from '../../helpers/rule-tester';

ruleTester('name-honorific', {
  valid: [
    { code: 'LONDON, Nov 29 (Reuters) - "Mr Smith is wrong," Jones said.\n', name: 'Reuters allows Mr in quotes' },
    { code: 'WASHINGTON (AP) — "Mr. Smith is wrong," Jones said.\n', name: 'inside a quote' },
    { code: 'LONDON, Nov 29 (Reuters) - Jane Smith said prices would rise.\n' },
    { code: 'Paris (AFP) – Mr Smith said prices would rise.\n', name: 'not applied under AFP' },
    { code: 'Mr Smith said prices would rise.\n', profile: 'neutral', name: 'not applied under neutral' },
    {
      code: 'Mr Smith goes to Washington\n\nLONDON, Nov 29 (Reuters) - Jane Smith said prices would rise.\n',
      name: 'headline is not checked',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Jane Smith said prices would rise.\n\n(Reporting by Mr Jones; Editing by Ms Brown)\n',
      name: 'credit line is not checked',
    },
    { code: 'LONDON, Nov 29 (Reuters) - The film "Mr Bean" opened on Sunday.\n', name: 'quoted title' },
  ],
  invalid: [
    {
      code: 'LONDON, Nov 29 (Reuters) - Mr Smith said prices would rise.\n',
      errors: [{ text: 'Mr', message: /Reuters uses "Mr" only inside quotes/ }],
      output: null,
      suggestions: ['LONDON, Nov 29 (Reuters) - Smith said prices would rise.\n'],
    },
    {
      code: 'WASHINGTON (AP) — Mrs. Smith said prices would rise.\n',
      errors: [{ text: 'Mrs.', message: /AP uses no courtesy titles: drop "Mrs\."/ }],
      output: null,
      suggestions: ['WASHINGTON (AP) — Smith said prices would rise.\n'],
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Ms Jones and Mr Smith disagreed.\n',
      errors: [{ text: 'Ms' }, { text: 'Mr' }],
      output: null,
      suggestions: ['LONDON, Nov 29 (Reuters) - Jones and Mr Smith disagreed.\n'],
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Prime Minister Jane Doe met Mr. Smith.\n',
      errors: [{ text: 'Mr.' }],
      output: null,
      suggestions: ['LONDON, Nov 29 (Reuters) - Prime Minister Jane Doe met Smith.\n'],
    },
    {
      code: 'LONDON - Ms Jones said prices would rise.\n',
      profile: 'ap',
      name: 'AP profile set explicitly',
      errors: [{ text: 'Ms', message: /AP uses no courtesy titles/ }],
      output: null,
    },
  ],
});
