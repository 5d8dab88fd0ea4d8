import { ruleTester } from '../../helpers/rule-tester';

ruleTester('attrib-tense-mix', {
  valid: [
    {
      code: 'LONDON, Nov 29 (Reuters) - "Prices will rise," Smith said.\n\n"We are ready," Jones said.\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "Prices will rise," Smith says.\n\n"We are ready," Jones says.\n',
      name: 'a feature in "says" throughout',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "Prices will rise," Smith said.\n\nJones, who says he wants lower rates, stayed silent.\n',
      name: '"says" describing a standing view, not a quote',
    },
    {
      code: 'Smith says prices will rise\n\nLONDON, Nov 29 (Reuters) - "Prices will rise," Smith said.\n\n"We are ready," Jones said.\n',
      name: 'present-tense headline',
    },
    {
      code: 'Bank holds rates\n\n* Governor says "no hurry" to cut\n* Markets had priced in a cut\n\nLONDON, Nov 29 (Reuters) - "Prices will rise," Smith said.\n\n"We wait," Jones said.\n',
      name: 'present-tense bullet points above the dateline',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "Prices will rise," Smith said.\n\n"He says it is late, and we agree," Jones said.\n',
      name: '"says" inside a quote',
    },
  ],
  invalid: [
    {
      code: 'LONDON, Nov 29 (Reuters) - "Prices will rise," Smith said.\n\n"We are ready," Jones said.\n\n"It is late," Brown says.\n',
      errors: [{ text: 'says', message: /both "said" \(2\) and "says" \(1\)/, severity: 'info' }],
      output: null,
      suggestions: [
        'LONDON, Nov 29 (Reuters) - "Prices will rise," Smith said.\n\n"We are ready," Jones said.\n\n"It is late," Brown said.\n',
      ],
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "Prices will rise," Smith says.\n\n"We are ready," Jones says.\n\n"It is late," Brown said.\n',
      name: 'the minority form is flagged, even when it is "said"',
      errors: [{ text: 'said', message: /"said" \(1\) and "says" \(2\)/ }],
      output: null,
      suggestions: [
        'LONDON, Nov 29 (Reuters) - "Prices will rise," Smith says.\n\n"We are ready," Jones says.\n\n"It is late," Brown says.\n',
      ],
    },
    {
      code: 'WASHINGTON (AP) — "It is late," Brown says.\n\n"Prices will rise," Smith said.\n',
      name: 'a tie flags "says"',
      errors: [{ text: 'says' }],
      output: null,
      suggestions: ['WASHINGTON (AP) — "It is late," Brown said.\n\n"Prices will rise," Smith said.\n'],
    },
  ],
});
