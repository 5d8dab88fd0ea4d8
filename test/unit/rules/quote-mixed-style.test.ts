import { ruleTester } from '../../helpers/rule-tester';

ruleTester('quote-mixed-style', {
  valid: [
    { code: 'LONDON, Nov 29 (Reuters) - "We won," Smith said. "It was hard," Jones said.\n', name: 'all straight' },
    { code: 'LONDON, Nov 29 (Reuters) - “We won,” Smith said. “It was hard,” Jones said.\n', name: 'all curly' },
    {
      code: 'LONDON, Nov 29 (Reuters) - "We won," Smith said of the 6\'2" captain, a star of the \'90s.\n',
      name: 'straight quotes with straight primes and apostrophes',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - “We won,” O’Brien said of the ’90s side.\n',
      name: 'curly quotes with curly apostrophes',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - “We won,” Smith said of O’Brien.\n',
      options: { style: 'curly' },
      name: 'curly required and used',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "We won," Smith said of O\'Brien.\n',
      options: { style: 'straight' },
      name: 'wire-safe ASCII required and used',
    },
  ],
  invalid: [
    {
      code: 'LONDON, Nov 29 (Reuters) - “We won,” Smith said. “It was hard,” Jones said. "It was easy," Brown said.\n',
      errors: [
        { text: '"It was easy,"', message: /mostly uses curly marks, this quote has straight ones/, severity: 'info' },
      ],
      output:
        'LONDON, Nov 29 (Reuters) - “We won,” Smith said. “It was hard,” Jones said. “It was easy,” Brown said.\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "We won," Smith said. "It was hard," Jones said. “It was easy,” Brown said.\n',
      errors: [{ text: '“It was easy,”', message: /mostly uses straight marks/ }],
      output:
        'LONDON, Nov 29 (Reuters) - "We won," Smith said. "It was hard," Jones said. "It was easy," Brown said.\n',
    },
    {
      code: "LONDON, Nov 29 (Reuters) - “We won,” O'Brien said of the '90s side.\n",
      name: 'straight apostrophes in a curly story',
      errors: [
        { text: "'", message: /Apostrophes and single quotes are mixed/ },
        { text: "'", message: /Apostrophes and single quotes are mixed/ },
      ],
      output: 'LONDON, Nov 29 (Reuters) - “We won,” O’Brien said of the ’90s side.\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "We won," O’Brien said.\n',
      errors: [{ text: '’', message: /mostly uses straight marks/ }],
      output: 'LONDON, Nov 29 (Reuters) - "We won," O\'Brien said.\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "We won," Smith said of O\'Brien, a star of the \'90s.\n',
      options: { style: 'curly' },
      name: 'curly required',
      errors: [{ text: '"We won,"' }, { text: "'" }, { text: "'" }],
      output: 'LONDON, Nov 29 (Reuters) - “We won,” Smith said of O’Brien, a star of the ’90s.\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - “We won,” Smith said of O’Brien.\n',
      options: { style: 'straight' },
      name: 'wire-safe ASCII required',
      errors: [{ text: '“We won,”' }, { text: '’' }],
      output: 'LONDON, Nov 29 (Reuters) - "We won," Smith said of O\'Brien.\n',
    },
  ],
});
