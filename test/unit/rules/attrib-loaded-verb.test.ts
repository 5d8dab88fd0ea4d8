import { ruleTester } from '../../helpers/rule-tester';

ruleTester('attrib-loaded-verb', {
  valid: [
    { code: 'LONDON, Nov 29 (Reuters) - Jones claimed the title in 2019.\n', name: 'claimed the title' },
    {
      code: 'LONDON, Nov 29 (Reuters) - Jones was admitted to hospital, where she was treated.\n',
      name: 'admitted to hospital',
    },
    { code: 'LONDON, Nov 29 (Reuters) - It was not stated how the union would act.\n', name: 'a passive' },
    {
      code: 'WASHINGTON (AP) — “We won the vote.” Smith claimed the seat in 2019.\n',
      name: 'after a quote ending in a full stop, a verb with an object is a new sentence',
    },
    { code: 'WASHINGTON (AP) — "We won," she said.\n' },
    {
      code: 'LONDON, Nov 29 (Reuters) - Smith claimed the title on Sunday after a five-set final.\n',
      name: 'non-speech "claimed the title"',
    },
    { code: 'LONDON, Nov 29 (Reuters) - The noted author died on Sunday.\n', name: 'non-speech "noted"' },
    {
      code: 'LONDON, Nov 29 (Reuters) - Jones, a noted economist, said: "Prices will rise."\n',
      name: '"noted" as an adjective before said',
    },
    { code: 'LONDON, Nov 29 (Reuters) - Jones admitted defeat on Sunday.\n', name: 'no quote nearby' },
    {
      code: 'LONDON, Nov 29 (Reuters) - "Prices will rise," Jones added. "Wages will not."\n',
      name: '"added" is fine',
    },
    { code: 'LONDON, Nov 29 (Reuters) - "Prices will rise," Jones told reporters.\n', name: '"told" is fine' },
    {
      code: 'LONDON, Nov 29 (Reuters) - The company claimed 30% of the market last year.\n',
      name: 'market share, not speech',
    },
  ],
  invalid: [
    {
      code: 'LONDON, Nov 29 (Reuters) - "Talks have stalled," Smith said. Jones claimed the deal was dead.\n',
      name: 'reported speech, at info level',
      errors: [{ text: 'claimed', message: /"claimed" for reported speech/, severity: 'info' }],
      output: null,
      suggestions: ['LONDON, Nov 29 (Reuters) - "Talks have stalled," Smith said. Jones said the deal was dead.\n'],
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Shares fell. She admitted that she had sold her stake.\n',
      name: 'reported speech after "that"',
      errors: [{ text: 'admitted', severity: 'info' }],
      output: null,
    },
    {
      code: 'WASHINGTON (AP) — “The sun was gone,” Fred “Mr. Eclipse” Espenak claimed.\n',
      name: 'a speaker whose name holds a quoted nickname',
      errors: [{ text: 'claimed', message: /next to a quote takes sides/, severity: 'warning' }],
      output: null,
    },
    {
      code: 'WASHINGTON (AP) — “We won the vote.” Smith claimed.\n',
      name: 'an attribution after a quote that ends in a full stop',
      errors: [{ text: 'claimed', severity: 'warning' }],
      output: null,
    },
    {
      code: 'WASHINGTON (AP) — "We won," she claimed.\n',
      errors: [{ text: 'claimed', message: /"claimed" next to a quote takes sides; use "said"/, severity: 'warning' }],
      output: null,
      suggestions: ['WASHINGTON (AP) — "We won," she said.\n'],
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "We made mistakes," Jones admitted.\n',
      errors: [{ text: 'admitted', severity: 'warning' }],
      output: null,
      suggestions: ['LONDON, Nov 29 (Reuters) - "We made mistakes," Jones said.\n'],
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Jones claimed: "Prices will rise."\n',
      name: 'verb before the quote',
      errors: [{ text: 'claimed' }],
      output: null,
      suggestions: ['LONDON, Nov 29 (Reuters) - Jones said: "Prices will rise."\n'],
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "It is over," claimed Jones.\n',
      name: 'inverted',
      errors: [{ text: 'claimed' }],
      output: null,
      suggestions: ['LONDON, Nov 29 (Reuters) - "It is over," said Jones.\n'],
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "It is over," Jones pointed out.\n',
      name: 'two-word verb',
      errors: [{ text: 'pointed out', message: /"pointed out"/ }],
      output: null,
      suggestions: ['LONDON, Nov 29 (Reuters) - "It is over," Jones said.\n'],
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "It is over," Jones conceded. "Not yet," Brown quipped.\n',
      errors: [{ text: 'conceded' }, { text: 'quipped' }],
      output: null,
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "Prices will rise," Jones warned.\n',
      name: 'verb seen in clean copy: info',
      errors: [{ text: 'warned', message: /can read as comment/, severity: 'info' }],
      output: null,
      suggestions: ['LONDON, Nov 29 (Reuters) - "Prices will rise," Jones said.\n'],
    },
    {
      code: 'WASHINGTON (AP) — "It is over," Jones declared.\n',
      errors: [{ text: 'declared', severity: 'info' }],
      output: null,
    },
  ],
});
