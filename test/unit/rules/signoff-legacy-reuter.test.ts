import { ruleTester } from '../../helpers/rule-tester';

ruleTester('signoff-legacy-reuter', {
  valid: [
    { code: 'LONDON (Reuters) - Shares fell on Monday.\n' },
    {
      code: 'NEW YORK, Oct 19 - Stocks fell sharply, brokers said.\n\nReuter\n',
      name: 'archive copy without a tag runs as neutral',
    },
    {
      code: 'NEW YORK, Oct 19 - Stocks fell sharply, brokers said.\n\nReuter\n',
      profile: 'neutral',
      name: 'archive mode',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Paul Reuter, a trader, said shares fell.\n\nReuter said he was calm.\n',
      name: 'a person named Reuter',
    },
    {
      code: 'WASHINGTON (AP) — Stocks fell sharply, brokers said.\n\nReuter\n',
      name: 'not applied under AP',
    },
  ],
  invalid: [
    {
      code: 'NEW YORK, Oct 19 (Reuters) - Stocks fell sharply, brokers said.\n\nReuter\n',
      errors: [{ text: 'Reuter', message: /archive sign-off "Reuter" is not used in modern copy/ }],
      output: 'NEW YORK, Oct 19 (Reuters) - Stocks fell sharply, brokers said.\n',
    },
    {
      code: 'LONDON (Reuter) - Shares fell on Monday.\n',
      errors: [{ text: '(Reuter)', message: /"\(Reuter\)" is now "\(Reuters\)"/ }],
      output: 'LONDON (Reuters) - Shares fell on Monday.\n',
    },
    {
      code: 'NEW YORK, Oct 19 - Stocks fell sharply, brokers said.\n\nREUTER\n',
      profile: 'reuters',
      name: 'modern Reuters profile set explicitly',
      errors: [{ text: 'REUTER' }],
      output: 'NEW YORK, Oct 19 - Stocks fell sharply, brokers said.\n',
    },
    {
      code: 'LONDON (Reuter) - Shares fell on Monday.\n\n(Reporting by Jane Doe; Editing by John Roe)\n\nReuter\n',
      errors: [{ text: '(Reuter)' }, { text: 'Reuter' }],
      output: 'LONDON (Reuters) - Shares fell on Monday.\n\n(Reporting by Jane Doe; Editing by John Roe)\n',
    },
  ],
});
