import { ruleTester } from '../../helpers/rule-tester';

ruleTester('dateline-agency-tag', {
  valid: [
    { code: 'LONDON, Nov 29 (Reuters) - Shares fell in early trade.\n' },
    { code: 'HONG KONG/SHANGHAI (Reuters) - Chinese shares fell.\n', name: 'Reuters multi-city, no date' },
    { code: 'WASHINGTON (AP) — The Senate passed the budget.\n' },
    { code: 'KYIV, Ukraine (AP) — Shelling went on overnight.\n', name: 'AP with a region' },
    { code: 'Paris (AFP) – Rail workers walked out on Tuesday.\n', name: 'AFP en dash' },
    { code: 'BEIJING, March 31 (Xinhua) -- Exports rose.\n', name: 'Xinhua double hyphen' },
    {
      code: 'LONDON (Reuters) — Shares fell in early trade.\n',
      profile: 'neutral',
      name: 'no agency profile: only copy marked as agency copy is checked',
    },
    { code: 'LONDON (Reuter) - Shares fell on Monday.\n', name: 'legacy (Reuter) is left to signoff-legacy-reuter' },
    { code: 'WASHINGTON (AP)\n\nThe Senate met.\n', name: 'nothing follows the tag in its paragraph' },
    { code: 'Shares fell for a third day.\n', name: 'no dateline at all' },
  ],
  invalid: [
    {
      code: '(Reuters) – Acme Corp said on Monday it would cut 200 jobs.\n',
      name: 'the dash after a bare Reuters tag is checked',
      errors: [{ text: ' – ', message: /Reuters datelines use a hyphen.*after \(Reuters\); this one has an en dash/ }],
      output: '(Reuters) - Acme Corp said on Monday it would cut 200 jobs.\n',
    },
    {
      code: 'WASHINGTON (AP) - The Senate passed the budget.\n',
      errors: [{ text: ' - ', message: /AP datelines use an em dash.*this one has a hyphen/ }],
      output: 'WASHINGTON (AP) — The Senate passed the budget.\n',
    },
    {
      code: 'LONDON (Reuters) — Shares fell in early trade.\n',
      errors: [{ text: ' — ', message: /Reuters datelines use a hyphen.*this one has an em dash/ }],
      output: 'LONDON (Reuters) - Shares fell in early trade.\n',
    },
    {
      code: 'TOKYO, Nov 29 (Reuters) – Shares fell.\n',
      name: 'en dash under Reuters',
      errors: [{ text: ' – ', message: /an en dash/ }],
      output: 'TOKYO, Nov 29 (Reuters) - Shares fell.\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters)-Shares fell.\n',
      errors: [{ text: '-', message: /a hyphen without a space on each side/ }],
      output: 'LONDON, Nov 29 (Reuters) - Shares fell.\n',
    },
    {
      code: 'WASHINGTON (AP) —The Senate passed the budget.\n',
      errors: [{ text: ' —', message: /an em dash without a space on each side/ }],
      output: 'WASHINGTON (AP) — The Senate passed the budget.\n',
    },
    {
      code: 'WASHINGTON (AP): The Senate passed the budget.\n',
      errors: [{ text: ': ', message: /a colon/ }],
      output: 'WASHINGTON (AP) — The Senate passed the budget.\n',
    },
    {
      code: 'Paris (AFP) - Rail workers walked out.\n',
      errors: [{ text: ' - ', message: /AFP datelines use an en dash/ }],
      output: 'Paris (AFP) – Rail workers walked out.\n',
    },
    {
      code: 'LONDON (reuters) - Shares fell.\n',
      errors: [{ text: '(reuters)', message: /should read \(Reuters\), not \(reuters\)/ }],
      output: 'LONDON (Reuters) - Shares fell.\n',
    },
    {
      code: 'LONDON, Nov 29 ( Reuters ) - Shares fell.\n',
      errors: [{ text: '( Reuters )', message: /should read \(Reuters\)/ }],
      output: 'LONDON, Nov 29 (Reuters) - Shares fell.\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Shares fell.\n',
      profile: 'ap',
      name: 'tag of another agency than the configured profile: no fix',
      errors: [{ text: '(Reuters)', message: /carries \(Reuters\) but the story is checked as AP copy/ }],
      output: null,
    },
  ],
});
