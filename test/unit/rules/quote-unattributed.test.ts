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
      code: 'WASHINGTON (AP) — “We fought hard,” Sen. Jane Doe said.\n\n“This is a disgrace.”\n',
      name: 'the same speaker goes on after an attributed quote',
    },
    {
      code: 'WASHINGTON (AP) — “Talks are over,” the union said in a statement.\n\n“We will strike on Monday.”\n',
      name: 'a statement quoted at length goes on after its attributed quote',
    },
    {
      code: 'WASHINGTON (AP) — The Senate voted 51-49.\n\nSen. Jane Doe said the vote had been rushed.\n\n“Nobody read the bill.”\n',
      name: 'the same speaker goes on after her indirect speech',
    },
    {
      code: 'WASHINGTON (AP) — The Senate voted 51-49.\n\nShe told reporters the vote had been rushed.\n\n“Nobody read the bill.”\n',
      name: 'a pronoun speaker in the last sentence',
    },
    {
      code: 'WASHINGTON (AP) — The Senate voted 51-49. Jane Doe said: “We will win. We always do.”\n\n“Now the House must act.”\n',
      name: 'the paragraph before ends with a quote introduced by its speaker',
    },
    {
      code: 'WASHINGTON (AP) — The Senate voted 51-49.\n\nThe “Some Show” actress left in June.\n\n“A Title” sold a million copies.\n',
      name: 'quoted titles are not quotations',
    },
    {
      code: 'WASHINGTON (AP) — The Senate voted 51-49.\n\nSen. Jane Doe was blunt. “This is a disgrace.”\n\nShe was blunt again. “Never again.”\n',
      name: 'the sentence leading into the quote names its speaker, without a speech verb',
    },
    {
      code: 'WASHINGTON (AP) — The Senate voted 51-49.\n\n“It was rushed,” Doe said.\n\nDoe was blunt. “This is a disgrace.”\n',
      name: 'a surname quoted elsewhere leads into the quote',
    },
    {
      code: 'WASHINGTON (AP) — The Senate voted 51-49.\n\nUnion leader Jane Doe, in a written statement: “We will fight on.”\n',
      name: 'a colon after a named speaker, with no speech verb',
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
      code: 'WASHINGTON (AP) — The Senate voted 51-49, according to a tally.\n\n“This is a disgrace.”\n',
      name: 'figures do not carry a quote into the next paragraph',
      errors: [{ text: '“This is a disgrace.”' }],
      output: null,
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - The ministry said exports rose 3 percent in October.\n\n"It is a good start."\n',
      name: "an organisation's indirect speech does not carry a quote",
      errors: [{ text: '"It is a good start."' }],
      output: null,
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Shares fell.\n\n"We are worried," Jane Doe said. Prices fell 3 percent on the day.\n\n"It is a bad sign."\n',
      name: 'speech earlier in the paragraph before, narration at its end',
      errors: [{ text: '"It is a bad sign."' }],
      output: null,
    },
    ...[
      'The law states that rents may rise once a year.',
      'The firm claims 40 percent of the market.',
      'Voters will have their say in May.',
      'The hearing began at noon and continued into the night.',
      'The sign on the door read Closed.',
      'The company posted a loss for the quarter.',
      'The two sides agreed a truce on Sunday.',
      'Jane Doe asked the court for more time.',
    ].map((narration) => ({
      code: `LONDON, Nov 29 (Reuters) - Shares fell.\n\n${narration}\n\n"This cannot go on."\n`,
      name: `narration is not speech: ${narration}`,
      errors: [{ text: '"This cannot go on."' }],
      output: null,
    })),
    {
      code: 'LONDON, Nov 29 (Reuters) - Shares fell.\n\nShares in Acme Corp fell 9 percent. "This is a disaster."\n',
      name: 'a company in the sentence before is not a speaker',
      errors: [{ text: '"This is a disaster."' }],
      output: null,
    },
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
