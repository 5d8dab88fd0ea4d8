import { ruleTester } from '../../helpers/rule-tester';

ruleTester('dateline-ap-standalone', {
  valid: [
    { code: 'CHICAGO (AP) — Snow fell overnight.\n' },
    { code: 'ST. LOUIS (AP) — Rain fell.\n', name: 'list city with a period in it' },
    { code: 'KANSAS CITY, Mo. (AP) — Rain fell.\n' },
    { code: 'KANSAS CITY, Kan. (AP) — Rain fell.\n' },
    { code: 'PALERMO, Sicily (AP) — Police made arrests.\n', name: 'foreign city with its region' },
    { code: 'VANCOUVER, British Columbia (AP) — Rain fell.\n', name: 'Canadian province spelled out' },
    { code: 'ST. PAUL, Minn. (AP) — Snow fell.\n' },
    { code: 'BEIRUT, Lebanon (UPI) -- Talks resumed.\n', name: 'UPI adds the country even for list cities' },
    { code: 'PARIS, France (Reuters) - Strikes spread.\n', name: 'Reuters has no stand-alone list' },
    { code: 'PARIS, France (AFP) – Strikes spread.\n', name: 'not applied under AFP' },
    { code: 'ABOARD THE PAPAL PLANE (AP) — The pope spoke.\n', name: 'special dateline' },
  ],
  invalid: [
    {
      code: 'CHICAGO, Ill. (AP) — Snow fell overnight.\n',
      errors: [{ text: ', Ill.', message: /CHICAGO stands alone.*drop "Ill\."/ }],
      output: 'CHICAGO (AP) — Snow fell overnight.\n',
    },
    {
      code: 'PARIS, France (AP) — Strikes spread.\n',
      errors: [{ text: ', France', message: /PARIS stands alone/ }],
      output: 'PARIS (AP) — Strikes spread.\n',
    },
    {
      code: 'NEW YORK, N.Y. (AP) — Rain fell.\n',
      errors: [{ text: ', N.Y.' }],
      output: 'NEW YORK (AP) — Rain fell.\n',
    },
    {
      code: 'LOS ANGELES, Calif., USA (AP) — Rain fell.\n',
      name: 'every region after a list city goes',
      errors: [{ text: ', Calif., USA', message: /drop "Calif\., USA"/ }],
      output: 'LOS ANGELES (AP) — Rain fell.\n',
    },
    {
      code: 'TORONTO, Ontario (AP) — Snow fell.\n',
      errors: [{ text: ', Ontario', message: /TORONTO stands alone/ }],
      output: 'TORONTO (AP) — Snow fell.\n',
    },
    {
      code: 'LONDON, England (Reuters) - Shares fell.\n',
      profile: 'ap',
      name: 'AP profile set explicitly',
      errors: [{ text: ', England', message: /LONDON stands alone/ }],
      output: 'LONDON (Reuters) - Shares fell.\n',
    },
    {
      code: 'KANSAS CITY (AP) — Rain fell.\n',
      errors: [{ text: 'KANSAS CITY', message: /needs its state.*Mo\..*Kan\./ }],
      output: null,
      suggestions: ['KANSAS CITY, Mo. (AP) — Rain fell.\n', 'KANSAS CITY, Kan. (AP) — Rain fell.\n'],
    },
  ],
});
