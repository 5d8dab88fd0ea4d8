import { ruleTester } from '../../helpers/rule-tester';

ruleTester('attrib-quote-intro', {
  valid: [
    { code: 'LONDON, Nov 29 (Reuters) - Smith said: "Prices will rise next year."\n' },
    { code: 'WASHINGTON (AP) — Smith said, "Prices will rise next year."\n' },
    {
      code: 'LONDON, Nov 29 (Reuters) - Smith said he "won\'t run" again.\n',
      name: 'partial quote, no intro punctuation',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Smith said, "possible provocations" were likely.\n',
      name: 'partial quote starting lower case is skipped',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "Prices will rise," Smith said. "We are ready."\n',
      name: 'attribution after the quote',
    },
    { code: 'Paris (AFP) – Smith said: "Prices will rise next year."\n', name: 'not applied under AFP' },
    { code: 'LONDON - Smith said, "Prices will rise next year."\n', profile: 'neutral', name: 'neutral' },
    {
      code: 'WASHINGTON (AP) — Smith said: "Prices will rise next year. We are ready for it."\n',
      name: 'AP: a colon introduces a quote of more than one sentence',
    },
    {
      code: 'WASHINGTON (AP) — Smith told reporters: “Prices will rise. Are we ready? Yes.”\n',
      name: 'AP: a colon before a quote of three sentences',
    },
    {
      code: 'WASHINGTON (AP) — Smith said: "Prices will rise next year.\n\n"We are ready for it."\n',
      name: 'AP: a colon introduces a quote that runs into the next paragraph',
    },
    {
      code: 'WASHINGTON (AP) — Smith said, "Sen. Jo Bell and the U.S. Treasury will act by Jan. 5."\n',
      name: 'AP: full stops after abbreviations do not end the sentence',
    },
  ],
  invalid: [
    {
      code: 'LONDON, Nov 29 (Reuters) - Smith said, "Prices will rise next year."\n',
      errors: [{ text: ',', message: /Reuters introduces a full-sentence quote with a colon/, severity: 'info' }],
      output: 'LONDON, Nov 29 (Reuters) - Smith said: "Prices will rise next year."\n',
    },
    {
      code: 'WASHINGTON (AP) — Smith said: "Prices will rise next year."\n',
      errors: [{ text: ':', message: /AP introduces a one-sentence quote with a comma/ }],
      output: 'WASHINGTON (AP) — Smith said, "Prices will rise next year."\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Smith added, “Prices will rise next year.”\n',
      name: 'curly quotes and another verb',
      errors: [{ text: ',' }],
      output: 'LONDON, Nov 29 (Reuters) - Smith added: “Prices will rise next year.”\n',
    },
    {
      code: 'WASHINGTON (AP) — Smith said: "We lost."\n\nJones said: "We will be back."\n',
      errors: [{ text: ':' }, { text: ':' }],
      output: 'WASHINGTON (AP) — Smith said, "We lost."\n\nJones said, "We will be back."\n',
    },
    {
      code: 'WASHINGTON (AP) — "We lost," Smith said. Jones said: "We will be back."\n',
      name: 'second attribution in the paragraph',
      errors: [{ text: ':' }],
      output: 'WASHINGTON (AP) — "We lost," Smith said. Jones said, "We will be back."\n',
    },
    {
      code: 'WASHINGTON (AP) — Smith said, "Prices will rise next year. We are ready for it."\n',
      name: 'AP: a comma before a quote of more than one sentence',
      errors: [
        {
          text: ',',
          message:
            /^AP introduces a quote of more than one sentence with a colon \(said: “One sentence\. Another\.”\), not a comma\.$/,
        },
      ],
      output: 'WASHINGTON (AP) — Smith said: "Prices will rise next year. We are ready for it."\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Smith said, "Prices will rise next year. We are ready for it."\n',
      name: 'Reuters: a colon whatever the length',
      errors: [{ text: ',', message: /Reuters introduces a full-sentence quote with a colon/ }],
      output: 'LONDON, Nov 29 (Reuters) - Smith said: "Prices will rise next year. We are ready for it."\n',
    },
    {
      code: 'LONDON - Smith said: "Prices will rise next year."\n',
      profile: 'ap',
      name: 'AP profile set explicitly',
      errors: [{ text: ':' }],
      output: 'LONDON - Smith said, "Prices will rise next year."\n',
    },
  ],
});
