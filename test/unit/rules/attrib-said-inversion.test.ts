import { ruleTester } from '../../helpers/rule-tester';

ruleTester('attrib-said-inversion', {
  valid: [
    { code: 'LONDON, Nov 29 (Reuters) - "We will win," he said.\n' },
    { code: 'LONDON, Nov 29 (Reuters) - Jones said he would resign on Friday.\n', name: '"said he would"' },
    {
      code: 'LONDON, Nov 29 (Reuters) - "I agree," said she, too, thought it wise.\n',
      name: '"said she, too," is not an inversion',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "It is done," said Smith, who led the study.\n',
      name: 'inversion before a long identifier',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "He is the man who said he. He is wrong," Smith said.\n',
      name: 'inside a quote',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Asked what he had said, he said it was true.\n',
      name: '"said it was"',
    },
    { code: 'LONDON, Nov 29 (Reuters) - The company said it.com was live.\n', name: 'not a full stop' },
    { code: 'Minister said he.\n\nLONDON, Nov 29 (Reuters) - He spoke.\n', name: 'headline is not checked' },
  ],
  invalid: [
    {
      code: 'WASHINGTON (AP) — “They called it ‘a farce.’” said he.\n',
      name: 'the quote ends with a nested single mark',
      errors: [{ text: 'said he' }],
      output: 'WASHINGTON (AP) — “They called it ‘a farce.’” he said.\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "They called it \'a farce,\'" said she, "and it was."\n',
      name: 'straight marks, nested single mark, quote going on',
      errors: [{ text: 'said she' }],
      output: 'LONDON, Nov 29 (Reuters) - "They called it \'a farce,\'" she said, "and it was."\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "We will win," said he.\n',
      errors: [{ text: 'said he', message: /"he said", not "said he"/ }],
      output: 'LONDON, Nov 29 (Reuters) - "We will win," he said.\n',
    },
    {
      code: 'WASHINGTON (AP) — "It is done," says she.\n',
      errors: [{ text: 'says she', message: /"she says"/ }],
      output: 'WASHINGTON (AP) — "It is done," she says.\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "It is done," said they. "We are happy."\n',
      errors: [{ text: 'said they' }],
      output: 'LONDON, Nov 29 (Reuters) - "It is done," they said. "We are happy."\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "It is done." Said she.\n',
      name: 'capital at the start of a sentence',
      errors: [{ text: 'Said she', message: /"She said"/ }],
      output: 'LONDON, Nov 29 (Reuters) - "It is done." She said.\n',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - "It is done," said he.\n\n(Reporting by Jane Doe; Editing by John Roe)\n',
      errors: [{ text: 'said he' }],
      output: 'LONDON, Nov 29 (Reuters) - "It is done," he said.\n\n(Reporting by Jane Doe; Editing by John Roe)\n',
    },
  ],
});
