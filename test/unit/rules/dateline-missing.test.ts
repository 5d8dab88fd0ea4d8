import { ruleTester } from '../../helpers/rule-tester';

ruleTester('dateline-missing', {
  valid: [
    { code: 'LONDON, Nov 29 (Reuters) - Shares fell in early trade.\n', name: 'Reuters dateline with a date' },
    {
      code: 'FRANKFURT (Reuters) - The euro slipped against the dollar.\n',
      name: 'web copy drops the date: never require one',
    },
    {
      code: 'WASHINGTON Oct 17 (Reuters) - Treasury yields edged up.\n',
      name: 'date without a comma after the city',
    },
    {
      code: 'Senate passes budget\n\nBy JANE DOE\nAssociated Press\n\nWASHINGTON (AP) — The Senate passed the budget 51-49.\n',
      name: 'dateline after headline and byline',
    },
    {
      code: 'HONG KONG/SHANGHAI, Nov 29 (Reuters) - Chinese shares fell.\n',
      name: 'multi-city dateline',
    },
    {
      code: 'ABOARD THE PAPAL PLANE (AP) — The pope told reporters he would return.\n',
      name: 'special dateline that is not a gazetteer place',
    },
    { code: 'Paris (AFP) – Rail workers walked out on Tuesday.\n', name: 'AFP title-case dateline' },
    {
      code: 'NEW YORK, Oct 19 - Stocks fell sharply in heavy trading, brokers said.\n\nReuter\n',
      name: 'archive dateline without a tag',
    },
    { code: 'MOSCOW (Reuters) -A gas leak forced an evacuation.\n', name: 'dateline with a squeezed dash' },
    { code: '', name: 'empty text has no body' },
    {
      code: '(Reuters) - Acme Corp said on Monday it would cut 200 jobs.\n',
      name: 'Reuters web copy with no place opens with the tag alone',
    },
    {
      code: 'Acme to cut jobs\n\n(Reuters) - Acme Corp said on Monday it would cut 200 jobs.\n',
      name: 'the bare Reuters tag after a headline',
    },
    {
      code: '(Reuters) - Acme Corp said on Monday it would cut 200 jobs.\n',
      profile: 'neutral',
      name: 'the bare Reuters tag under the neutral profile: the agency that filed it allows it',
    },
    { code: '(UPI) -- Talks resumed.\n', name: 'UPI tag alone' },
  ],
  invalid: [
    {
      code: 'Oil slips\n\nOil prices slipped on Tuesday as stocks built up, traders said.\n',
      errors: [{ text: 'Oil', message: /No dateline found/ }],
      output: null,
    },
    {
      code: 'Oil prices slipped on Tuesday, traders said.\n',
      profile: 'reuters',
      errors: [{ text: 'Oil', message: /CITY \(Reuters\) -/ }],
      output: null,
    },
    {
      code: 'The Senate passed the budget on Monday.\n',
      profile: 'ap',
      errors: [{ text: 'The', message: /CITY \(AP\) —/ }],
      output: null,
    },
    {
      code: 'Markets wrap\n\nBy Jane Doe\n\nShares fell for a third day.\n\nBanks led the decline.\n',
      name: 'headline and byline but no dateline',
      errors: [{ text: 'Shares', message: /No dateline found/ }],
      output: null,
    },
    {
      code: 'SANTIAGO 14/3 (Reuters) - Copper prices climbed.\n',
      name: 'a tag with an unreadable date before it',
      errors: [{ text: 'SANTIAGO 14/3 (Reuters)', message: /cannot be read as a place.*CITY, Mon D \(Reuters\) -/ }],
      output: null,
    },
    {
      code: '(AP) — The Senate passed the budget on Monday.\n',
      name: 'AP datelines need a place: the tag alone is reported, and not as an unreadable place',
      errors: [
        {
          text: '(AP)',
          message:
            /^The dateline is the agency tag alone\. AP datelines name the place first, as in "CITY \(AP\) —"\.$/,
        },
      ],
      output: null,
    },
    {
      code: '(AFP) – Rail workers walked out on Tuesday.\n',
      name: 'AFP datelines need a place too',
      errors: [{ text: '(AFP)', message: /tag alone\. AFP datelines name the place first/ }],
      output: null,
    },
    {
      code: 'LONDON, 29 November (Reuters) - Shares fell in early trade.\n',
      name: 'day before month is not a readable dateline',
      errors: [{ text: 'LONDON, 29 November (Reuters)', message: /before \(Reuters\) cannot be read/ }],
      output: null,
    },
  ],
});
