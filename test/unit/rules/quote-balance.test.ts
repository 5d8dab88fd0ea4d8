import { ruleTester } from '../../helpers/rule-tester';

ruleTester('quote-balance', {
  valid: [
    { code: 'WASHINGTON (AP) — “We will win,” Smith said.\n' },
    {
      code: 'WASHINGTON (AP) — "We will win this fight," Smith said. "It will take time.\n\n"But we will get there."\n',
      name: 'a quote continuing into the next paragraph',
    },
    {
      code: "WASHINGTON (AP) — The 5'10\" guard, a star of the '90s, signed with O'Brien's team.\n",
      name: 'inch marks, a year apostrophe and a name apostrophe',
    },
    {
      code: 'WASHINGTON (AP) — “It’s like the ’90s again,” O’Neill said of the 6′8″ forward.\n',
      name: 'curly apostrophes and typographic primes',
    },
    {
      code: "WASHINGTON (AP) — \"It's like the '90s again,\" O'Neill said of the 6'8\" forward.\n",
      name: 'straight apostrophes and primes inside and outside a quote',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - “It is ‘good news’,” he said.\n',
      name: 'nested single quotes',
    },
    {
      code: "Smith: 'We won't back down'\n\nWASHINGTON (AP) — \"We won't back down,\" Smith said.\n",
      name: 'single quotes in a headline',
    },
    { code: "LONDON, Nov 29 (Reuters) - Rock 'n' roll is back, fans said.\n", name: "rock 'n' roll" },
    {
      code: 'WASHINGTON (AP) — The 5’3” guard and the 6’1” center signed, Smith said.\n',
      name: 'curly foot and inch marks after figures',
    },
    {
      code: 'WASHINGTON (AP) — “They called it ‘a farce,’” Smith said. “It was ‘the end.’”\n',
      name: 'a nested single quote closing with the double quote',
    },
    {
      code: 'LONDON (Reuters) - “I told him ‘never,’” she said. He left.\n',
      name: 'a single quote and a double quote closing together (the fixed form of two single marks)',
    },
  ],
  invalid: [
    {
      code: 'LONDON (Reuters) - “I told him ‘never,’’ she said. He left.\n',
      name: 'two single marks closing a single quote inside an open double quote',
      errors: [{ text: '’’', message: /first of these two single marks \(’’\) closes the quote inside the quote/ }],
      output: 'LONDON (Reuters) - “I told him ‘never,’” she said. He left.\n',
    },
    {
      code: "WASHINGTON (AP) — \"I told him 'never,'' she said. He left.\n",
      name: 'straight single marks closing a single quote inside an open double quote',
      errors: [{ text: "''", message: /make the second one "/ }],
      output: 'WASHINGTON (AP) — "I told him \'never,\'" she said. He left.\n',
    },
    {
      code: 'WASHINGTON (AP) — "We will win this fight, Smith said.\n',
      errors: [{ text: '"', message: /never closed/ }],
      output: null,
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - “It is good,” he said.\n\n“It is great.\n\nJones disagreed.\n',
      name: 'an open quote not continued by the next paragraph',
      errors: [{ text: '“', message: /never closed/ }],
      output: null,
    },
    {
      code: 'WASHINGTON (AP) — We will win," Smith said.\n',
      errors: [{ text: '"', message: /Closing quote mark with no opening mark/ }],
      output: null,
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - “It is ‘good news,” he said.\n',
      errors: [{ text: '‘', message: /single quote mark is never closed/ }],
      output: null,
    },
    {
      code: 'WASHINGTON (AP) — ”We will win,” Smith said.\n',
      errors: [{ text: '”', message: /opening quote mark faces the wrong way; use “/ }],
      output: 'WASHINGTON (AP) — “We will win,” Smith said.\n',
    },
    {
      code: 'WASHINGTON (AP) — “We will win,“ Smith said.\n',
      errors: [{ text: '“', message: /closing quote mark faces the wrong way; use ”/ }],
      output: 'WASHINGTON (AP) — “We will win,” Smith said.\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - The ″reform″ failed, Smith said.\n',
      name: 'double primes used as quote marks: said, with a suggestion, never fixed on their own',
      errors: [
        { text: '″', message: /double prime \(″\).*use “/ },
        { text: '″', message: /double prime \(″\).*use ”/ },
      ],
      output: null,
      suggestions: ['LONDON, Nov 29 (Reuters) - The “reform″ failed, Smith said.\n'],
    },
    {
      code: 'WASHINGTON (AP) — “We will win,’’ Smith said.\n',
      name: 'two single marks typed for the closing mark: one fault, fixed',
      errors: [{ text: '’’', message: /Two single marks \(’’\) stand for the closing quote mark; use ”/ }],
      output: 'WASHINGTON (AP) — “We will win,” Smith said.\n',
    },
    {
      code: "WASHINGTON (AP) — \"We will win,'' Smith said.\n",
      name: 'straight single marks typed for a straight closing mark',
      errors: [{ text: "''", message: /use "/ }],
      output: 'WASHINGTON (AP) — "We will win," Smith said.\n',
    },
    {
      code: 'WASHINGTON (AP) — ‘‘We will win,’’ Smith said.\n',
      name: 'pairs of single marks with no double quote open: said, not fixed',
      errors: [
        { text: '‘‘', message: /stand for one double quote mark/ },
        { text: '’’', message: /stand for one double quote mark/ },
      ],
      output: null,
    },
    {
      code: 'WASHINGTON (AP) — “We will win,”“’ Smith said.\n',
      name: 'a garbled cluster of marks: one finding, no fix',
      errors: [{ text: '”“’', message: /run together and make no sense as a quote/ }],
      output: null,
    },
    {
      code: 'WASHINGTON (AP) — “We will win,” Smith said of the ”plan.\n',
      name: 'a mark facing the wrong way whose quote never closes: one finding, no fix',
      errors: [{ text: '”', message: /faces the wrong way, and the quote it opens is never closed/ }],
      output: null,
    },
    {
      code: 'WASHINGTON (AP) — Britain"s economy grew, Smith said.\n',
      errors: [{ text: '"', message: /where an apostrophe belongs; use '/ }],
      output: "WASHINGTON (AP) — Britain's economy grew, Smith said.\n",
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - “Growth is slow,” Smith said of Britain"s economy.\n',
      name: 'the apostrophe follows the curly style of the story',
      errors: [{ text: '"', message: /use ’/ }],
      output: 'LONDON, Nov 29 (Reuters) - “Growth is slow,” Smith said of Britain’s economy.\n',
    },
  ],
});
