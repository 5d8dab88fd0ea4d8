import { ruleTester } from '../../helpers/rule-tester';

ruleTester('quote-unattributed', {
  valid: [
    {
      code: 'LONDON, Nov 29 (Reuters) - Shares fell on Monday.\n\n"We expect a rebound next year," said Jane Smith, a strategist at Barclays.\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Shares fell on Monday.\n\nJane Smith, a strategist at Barclays, was upbeat: "We expect a rebound."\n',
      name: 'a colon introduces the quote',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Shares fell on Monday.\n\nThe bank called the sell-off "overdone" and "temporary".\n',
      name: 'partial quotes are not full-sentence quotes',
    },
    {
      code: 'WASHINGTON (AP) — The Senate voted 51-49.\n\n"It was a close call," Sen. John Doe said. "We got there.\n\n"Now the House has to act."\n',
      name: 'a quote running on into the next paragraph is attributed where it started',
    },
    {
      code: "WASHINGTON (AP) — The 6'2\" senator, a fan of '90s rock, voted no.\n\nO'Brien's aides were silent.\n",
      name: 'primes and apostrophes are not quotes',
    },
    {
      code: 'WASHINGTON (AP) — The Senate voted 51-49, according to a tally.\n\n“This is a disgrace.”\n',
      name: 'same source goes on in the next paragraph',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - The ministry issued a statement:\n\n"Talks will resume on Monday."\n',
      name: 'a paragraph ending in a colon introduces the quote',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Shares fell.\n\n“BENIGN” WEATHER\n\nGrain prices eased.\n',
      name: 'subhead in capitals',
    },
  ],
  invalid: [
    {
      code: 'LONDON, Nov 29 (Reuters) - Shares fell on Monday.\n\n"We expect a rebound next year."\n',
      errors: [{ text: '"We expect a rebound next year."', message: /no attribution in its paragraph/ }],
      output: null,
    },
    {
      code: 'WASHINGTON (AP) — The Senate voted 51-49.\n\n“Now the House has to act. We hope it will.”\n\nDoe said the vote was a relief.\n',
      name: 'attribution only after the quote paragraph',
      errors: [{ text: '“Now the House has to act. We hope it will.”' }],
      output: null,
    },
    {
      code: 'WASHINGTON (AP) — The Senate voted 51-49. "This is a disgrace."\n',
      name: 'quote in the lead paragraph',
      errors: [{ text: '"This is a disgrace."' }],
      output: null,
    },
    {
      code: 'Paris (AFP) – Rail workers walked out.\n\n"We will not give in."\n\n"Nor will we."\n',
      name: 'one finding per paragraph, all agencies',
      errors: [{ text: '"We will not give in."' }, { text: '"Nor will we."' }],
      output: null,
    },
  ],
});
