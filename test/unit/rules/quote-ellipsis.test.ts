import { ruleTester } from '../../helpers/rule-tester';

ruleTester('quote-ellipsis', {
  valid: [
    { code: 'LONDON, Nov 29 (Reuters) - "It was foul ... and wrong," Smith said.\n' },
    { code: 'Paris (AFP) – "It was foul … and wrong," Smith said.\n', name: 'not applied under AFP' },
    { code: '"It was foul … and wrong," Smith said.\n', profile: 'neutral', name: 'not applied under neutral' },
    {
      code: 'Smith: foul … and wrong\n\nLONDON, Nov 29 (Reuters) - "It was foul ... and wrong," Smith said.\n',
      name: 'headline is not checked',
    },
  ],
  invalid: [
    {
      code: 'LONDON, Nov 29 (Reuters) - "It was foul … and wrong," Smith said.\n',
      errors: [{ text: '…', message: /three full stops \("\.\.\."\), not "…"/, severity: 'info' }],
      output: 'LONDON, Nov 29 (Reuters) - "It was foul ... and wrong," Smith said.\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "It was foul . . . and wrong," Smith said.\n',
      errors: [{ text: '. . .', message: /not "\. \. \."/ }],
      output: 'LONDON, Nov 29 (Reuters) - "It was foul ... and wrong," Smith said.\n',
    },
    {
      code: 'WASHINGTON (AP) — "It was foul…" Smith said. "And wrong . . . very wrong."\n',
      errors: [{ text: '…' }, { text: '. . .' }],
      output: 'WASHINGTON (AP) — "It was foul..." Smith said. "And wrong ... very wrong."\n',
    },
  ],
});
