import { ruleTester } from '../../helpers/rule-tester';

const STORY = 'LONDON, Nov 29 (Reuters) - Shares fell.\n\n(Reporting by Jane Doe; Editing by John Roe)\n';

ruleTester('trailing-text', {
  valid: [
    { code: STORY },
    {
      code: `${STORY}\n((jane.doe@example.com; +44 20 7000 0000))\n\nKeywords: MARKETS/STOCKS\n`,
      name: 'wire contact line and keywords',
    },
    {
      code: 'WASHINGTON (AP) — The Senate voted on Monday.\n\nAssociated Press writer Jane Doe in New York contributed to this report.\n',
      name: 'AP contributor note',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Shares fell 2% on the FTSE 100 index, hitting a 2024 low.\n',
      name: 'numbers in the story are not a tag',
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Shares fell.\n\nThe FTSE 100 index closed at 7,500.\n\nTraders expect a rebound in 2025_Q1 earnings season.\n',
      name: 'last paragraph is a sentence',
    },
  ],
  invalid: [
    {
      code: `${STORY}\ntagreuters.com2024binary_LYNXMPEK123-VIEWIMAGE\n`,
      errors: [{ text: 'tagreuters.com2024binary_LYNXMPEK123-VIEWIMAGE', message: /Stray text after the credit line/ }],
      output: STORY,
    },
    {
      code: `${STORY}\nVIEWIMAGE\n\nClick here for more stories\n`,
      errors: [{ text: 'VIEWIMAGE\n\nClick here for more stories', message: /2 paragraphs/ }],
      output: STORY,
    },
    {
      code: 'LONDON, Nov 29 (Reuters) - Shares fell.\n\nhttps://www.example.com/markets/story-123\n',
      name: 'a stray link with no credit line',
      errors: [{ text: 'https://www.example.com/markets/story-123', message: /after the story/ }],
      output: 'LONDON, Nov 29 (Reuters) - Shares fell.\n',
    },
    {
      code: 'NEW YORK, Oct 19 - Stocks fell sharply, brokers said.\n\nReuter\n\ntagreuters.com1987binary_X\n',
      name: 'after the archive sign-off',
      errors: [{ text: 'tagreuters.com1987binary_X', message: /after the sign-off/ }],
      output: 'NEW YORK, Oct 19 - Stocks fell sharply, brokers said.\n\nReuter\n',
    },
  ],
});
