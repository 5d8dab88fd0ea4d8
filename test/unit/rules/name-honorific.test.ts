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
    {
      code: 'WASHINGTON (AP) — John Doe and Jane Doe run the bakery. Mr. Doe said sales rose. Mrs. Doe said costs rose too.\n',
      name: 'courtesy titles telling apart two people with one surname',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Ann Roe and her son, Tom Roe, run the farm. Mr Roe said the harvest was late.\n',
      name: 'two given names with one surname',
    },
    {
      code: 'WASHINGTON (AP) — Shoppers lined up for Mrs. Brand’s cookies and Mr. Maker’s soap, the store said.\n',
      name: 'brand names: a titled possessive whose name never stands alone',
    },
  ],
  invalid: [
    {
      code: 'WASHINGTON (AP) — Jane Brand runs the bakery. Mrs. Brand’s cookies sold out, she said.\n',
      name: 'a possessive of a person named in the story is still a courtesy title',
      errors: [{ text: 'Mrs.', severity: 'info' }],
      output: null,
    },
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
