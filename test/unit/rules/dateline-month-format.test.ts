import { ruleTester } from '../../helpers/rule-tester';

ruleTester('dateline-month-format', {
  valid: [
    { code: 'LONDON, Jan 19 (Reuters) - Shares fell.\n' },
    { code: 'LONDON, Sept 3 (Reuters) - Shares fell.\n', name: 'Sept, not Sep' },
    { code: 'LONDON, March 3 (Reuters) - Shares fell.\n', name: 'March is never abbreviated' },
    { code: 'LONDON, June 30 (Reuters) - Shares fell.\n' },
    { code: 'LONDON, May 3 (Reuters) - Shares fell.\n' },
    { code: 'LONDON (Reuters) - Shares fell.\n', name: 'no date' },
    { code: 'WASHINGTON Oct 17 (Reuters) - Yields rose.\n', name: 'date without a comma' },
    {
      code: 'LONDON, Nov 29 (Reuters) - The vote is set for Jan. 19, officials said.\n',
      name: 'body months keep the AP-style period',
    },
    { code: 'BEIRUT, Lebanon, Sept. 20 (UPI) -- Talks resumed.\n', name: 'UPI uses AP forms' },
    { code: 'WASHINGTON, Jan 19 (AP) — Shares fell.\n', profile: 'ap', name: 'not applied under AP' },
    { code: 'Paris, Jan 19 (AFP) – Strikes spread.\n', name: 'not applied under AFP' },
    { code: 'NEW YORK, Oct. 19 - Stocks fell sharply, brokers said.\n', name: 'no tag, neutral profile' },
  ],
  invalid: [
    {
      code: 'LONDON, Jan. 19 (Reuters) - Shares fell.\n',
      errors: [{ text: 'Jan.', message: /January as "Jan" \(no full stop\), not "Jan\."/ }],
      output: 'LONDON, Jan 19 (Reuters) - Shares fell.\n',
    },
    {
      code: 'LONDON, September 3 (Reuters) - Shares fell.\n',
      errors: [{ text: 'September', message: /"Sept"/ }],
      output: 'LONDON, Sept 3 (Reuters) - Shares fell.\n',
    },
    {
      code: 'LONDON, Sep 3 (Reuters) - Shares fell.\n',
      errors: [{ text: 'Sep', message: /"Sept"/ }],
      output: 'LONDON, Sept 3 (Reuters) - Shares fell.\n',
    },
    {
      code: 'LONDON, Mar 3 (Reuters) - Shares fell.\n',
      errors: [{ text: 'Mar', message: /March as "March"/ }],
      output: 'LONDON, March 3 (Reuters) - Shares fell.\n',
    },
    {
      code: 'WASHINGTON, October 17 (Reuters) - Yields rose.\n',
      errors: [{ text: 'October', message: /"Oct"/ }],
      output: 'WASHINGTON, Oct 17 (Reuters) - Yields rose.\n',
    },
    {
      code: 'HONG KONG/SHANGHAI, Aug. 5 (Reuters) - Shares fell.\n',
      errors: [{ text: 'Aug.' }],
      output: 'HONG KONG/SHANGHAI, Aug 5 (Reuters) - Shares fell.\n',
    },
    {
      code: 'NEW YORK, Oct. 19 - Stocks fell sharply, brokers said.\n',
      profile: 'reuters',
      name: 'archive dateline under the Reuters profile',
      errors: [{ text: 'Oct.' }],
      output: 'NEW YORK, Oct 19 - Stocks fell sharply, brokers said.\n',
    },
    {
      code: 'Nov 25 (UPI) -- Talks resumed.\n',
      name: 'UPI wants the AP form',
      errors: [{ text: 'Nov', message: /UPI datelines write November as "Nov\."/ }],
      output: 'Nov. 25 (UPI) -- Talks resumed.\n',
    },
  ],
});
