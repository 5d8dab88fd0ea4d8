import { ruleTester } from '../../helpers/rule-tester';

ruleTester('dateline-state-abbrev', {
  valid: [
    { code: 'SACRAMENTO, Calif. (AP) — Wildfires spread.\n' },
    { code: 'ALBANY, N.Y. (AP) — Lawmakers met.\n' },
    { code: 'AUSTIN, Texas (AP) — Rain fell.\n', name: 'Texas is never abbreviated' },
    { code: 'BOISE, Idaho (AP) — Rain fell.\n' },
    { code: 'CHARLESTON, W.Va. (AP) — Rain fell.\n' },
    { code: 'ST. PAUL, Minn. (AP) — Snow fell.\n' },
    { code: 'TBILISI, Georgia (AP) — Protests grew.\n', name: 'Georgia the country' },
    { code: 'VANCOUVER, British Columbia (AP) — Rain fell.\n', name: 'not a US state' },
    {
      code: 'Storm batters NY suburbs\n\nALBANY, N.Y. (AP) — Lawmakers met in California on Monday.\n',
      name: 'headline NY and spelled-out states in the body are fine',
    },
    { code: 'SACRAMENTO, California (Reuters) - Wildfires spread.\n', name: 'Reuters does not enforce' },
    { code: 'SACRAMENTO, CA (Reuters) - Wildfires spread.\n', name: 'not applied under Reuters' },
  ],
  invalid: [
    {
      code: 'SACRAMENTO, CA (AP) — Wildfires spread.\n',
      errors: [{ text: 'CA', message: /California as "Calif\."; "CA" is the postal code/ }],
      output: 'SACRAMENTO, Calif. (AP) — Wildfires spread.\n',
    },
    {
      code: 'AUSTIN, Tex. (AP) — Rain fell.\n',
      errors: [{ text: 'Tex.', message: /spell out Texas; "Tex\." is a non-AP form/ }],
      output: 'AUSTIN, Texas (AP) — Rain fell.\n',
    },
    {
      code: 'SACRAMENTO, California (AP) — Wildfires spread.\n',
      errors: [{ text: 'California', message: /the full name/ }],
      output: 'SACRAMENTO, Calif. (AP) — Wildfires spread.\n',
    },
    {
      code: 'ALBANY, NY (AP) — Lawmakers met.\n',
      errors: [{ text: 'NY' }],
      output: 'ALBANY, N.Y. (AP) — Lawmakers met.\n',
    },
    {
      code: 'BOISE, ID (AP) — Rain fell.\n',
      errors: [{ text: 'ID', message: /spell out Idaho/ }],
      output: 'BOISE, Idaho (AP) — Rain fell.\n',
    },
    {
      code: 'CHARLESTON, W. Va. (AP) — Rain fell.\n',
      errors: [{ text: 'W. Va.' }],
      output: 'CHARLESTON, W.Va. (AP) — Rain fell.\n',
    },
    {
      code: 'WASHINGTON, DC (AP) — Lawmakers met.\n',
      errors: [{ text: 'DC', message: /"D\.C\."/ }],
      output: 'WASHINGTON, D.C. (AP) — Lawmakers met.\n',
    },
    {
      code: 'PORTLAND, ME (Reuters) - Rain fell.\n',
      profile: 'ap',
      name: 'AP profile set explicitly',
      errors: [{ text: 'ME', message: /spell out Maine/ }],
      output: 'PORTLAND, Maine (Reuters) - Rain fell.\n',
    },
  ],
});
