import { ruleTester } from '../../helpers/rule-tester';

ruleTester('name-full-first', {
  valid: [
    {
      code: 'LONDON, Nov 29 (Reuters) - Finance minister Jane Smith said prices would rise.\n\nSmith said the budget was sound.\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Jeb Bush said he would run. George Bush said he would not.\n\nBush said the family was united.\n',
      name: 'two people with the same surname',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - The queen said she was delighted.\n\nQueen Elizabeth opened the session.\n',
      name: 'royals',
    },
    {
      code: 'BEIJING, Nov 29 (Reuters) - Xi said China would open further.\n\nXi Jinping spoke on Monday.\n',
      name: 'family name first',
    },
    { code: 'RIO DE JANEIRO, Nov 29 (Reuters) - Neymar said he was fit.\n', name: 'mononym' },
    {
      code: 'LONDON, Nov 29 (Reuters) - The Kremlin said the talks were useful.\n\nKremlin spokesman Dmitry Peskov said later that officials were calm.\n',
      name: 'an institution, not a person',
    },
    {
      code: 'WASHINGTON (AP) — Sen. Mary Jones said the bill would pass.\n\n"Jones said it would pass," an aide said. Jones said nothing more.\n',
      name: 'surname after the full name, and inside a quote',
    },
  ],
  invalid: [
    {
      code: 'LONDON, Nov 29 (Reuters) - Smith said prices would rise.\n\nFinance minister Jane Smith said the budget was sound.\n',
      errors: [{ text: 'Smith', message: /"Smith" appears before the full name "Jane Smith"/ }],
      output: null,
      suggestions: [
        'LONDON, Nov 29 (Reuters) - Jane Smith said prices would rise.\n\nFinance minister Jane Smith said the budget was sound.\n',
      ],
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "We won," Smith told reporters.\n\nCoach Jane Smith was upbeat.\n',
      errors: [{ text: 'Smith' }],
      output: null,
      suggestions: [
        'LONDON, Nov 29 (Reuters) - "We won," Jane Smith told reporters.\n\nCoach Jane Smith was upbeat.\n',
      ],
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Lloyd-Webber said the show would go on.\n\nComposer Andrew Lloyd-Webber spoke at the theatre.\n',
      name: 'hyphenated surname',
      errors: [{ text: 'Lloyd-Webber', message: /"Andrew Lloyd-Webber"/ }],
      output: null,
    },
    {
      code: 'WASHINGTON (AP) — Peskov told reporters the talks were useful.\n\nPeskov added that more talks were planned.\n\nDmitry Peskov is the Kremlin spokesman.\n',
      name: 'reported once per surname',
      errors: [{ text: 'Peskov' }],
      output: null,
      suggestions: [
        'WASHINGTON (AP) — Dmitry Peskov told reporters the talks were useful.\n\nPeskov added that more talks were planned.\n\nDmitry Peskov is the Kremlin spokesman.\n',
      ],
    },
  ],
});
