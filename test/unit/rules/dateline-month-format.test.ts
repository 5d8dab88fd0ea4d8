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
    { code: 'LONDON, May. 3 (AP) — Shares fell.\n', profile: 'ap', name: 'a month with a full stop under AP' },
    { code: 'WASHINGTON, APRIL 3 (AP) — Shares fell.\n', name: 'month capitals are not checked under AP' },
    { code: 'BEIJING, DECEMBER 26 (Xinhua) -- Exports rose.\n', name: 'nor under Xinhua' },
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
      code: 'LONDON, APril 3 (Reuters) - Shares fell.\n',
      name: 'a month in odd capitals is read as a month',
      errors: [
        {
          text: 'APril',
          message:
            /^Reuters datelines write April as "April", not "APril": only the first letter of the month is a capital\.$/,
        },
      ],
      output: 'LONDON, April 3 (Reuters) - Shares fell.\n',
    },
    {
      code: 'LONDON, APRIL 3 (Reuters) - Shares fell.\n',
      name: 'a month in capitals',
      errors: [{ text: 'APRIL', message: /not "APRIL": only the first letter of the month is a capital/ }],
      output: 'LONDON, April 3 (Reuters) - Shares fell.\n',
    },
    {
      code: 'LONDON, april 3 (Reuters) - Shares fell.\n',
      name: 'a month in lower case',
      errors: [{ text: 'april', message: /not "april": the month starts with a capital letter/ }],
      output: 'LONDON, April 3 (Reuters) - Shares fell.\n',
    },
    {
      code: 'LONDON, SEPT. 3 (Reuters) - Shares fell.\n',
      name: 'capitals and a full stop',
      errors: [{ text: 'SEPT.', message: /September as "Sept" \(no full stop\), not "SEPT\."/ }],
      output: 'LONDON, Sept 3 (Reuters) - Shares fell.\n',
    },
    {
      code: 'MADRID, ABR 3 (Reuters) - Shares fell.\n',
      name: 'a foreign abbreviation that means one month is fixed',
      errors: [{ text: 'ABR', message: /^"ABR" is not an English month: Reuters datelines write April as "April"\.$/ }],
      output: 'MADRID, April 3 (Reuters) - Shares fell.\n',
    },
    {
      code: 'PARIS, févr. 3 (Reuters) - Shares fell.\n',
      name: 'a foreign abbreviation with an accent and a full stop',
      errors: [{ text: 'févr.', message: /February as "Feb"/ }],
      output: 'PARIS, Feb 3 (Reuters) - Shares fell.\n',
    },
    {
      code: 'LONDON, January 19 (Reuters) - Shares fell.\n',
      name: 'a full month name with no full stop: the message does not speak of one',
      errors: [{ text: 'January', message: /^Reuters datelines write January as "Jan", not "January"\.$/ }],
      output: 'LONDON, Jan 19 (Reuters) - Shares fell.\n',
    },
    {
      code: 'PARIS, Déc 3 (Reuters) - Shares fell.\n',
      name: 'an accented foreign form that reads as English without its accent is reported as foreign',
      errors: [
        { text: 'Déc', message: /^"Déc" is not an English month: Reuters datelines write December as "Dec"\.$/ },
      ],
      output: 'PARIS, Dec 3 (Reuters) - Shares fell.\n',
    },
    {
      code: 'BERLIN, MÄR 3 (Reuters) - Shares fell.\n',
      name: 'the same in capitals',
      errors: [{ text: 'MÄR', message: /^"MÄR" is not an English month: Reuters datelines write March as "March"\.$/ }],
      output: 'BERLIN, March 3 (Reuters) - Shares fell.\n',
    },
    {
      code: 'BERLIN, Okt 3 (Reuters) - Shares fell.\n',
      errors: [{ text: 'Okt', message: /October as "Oct"/ }],
      output: 'BERLIN, Oct 3 (Reuters) - Shares fell.\n',
    },
    {
      code: 'ZAGREB, LIS 3 (Reuters) - Shares fell.\n',
      name: 'a foreign form that means two months gets suggestions, never a fix',
      errors: [{ text: 'LIS', message: /may mean October or November\. Check the date and write "Oct" or "Nov"\./ }],
      output: null,
      suggestions: ['ZAGREB, Oct 3 (Reuters) - Shares fell.\n', 'ZAGREB, Nov 3 (Reuters) - Shares fell.\n'],
    },
    {
      code: 'BEIRUT, Lebanon, SEPT 20 (UPI) -- Talks resumed.\n',
      name: 'UPI: capitals, AP form',
      errors: [{ text: 'SEPT', message: /UPI datelines write September as "Sept\."/ }],
      output: 'BEIRUT, Lebanon, Sept. 20 (UPI) -- Talks resumed.\n',
    },
    {
      code: 'NEW YORK, OCT 19 - Stocks fell sharply, brokers said.\n',
      profile: 'reuters',
      name: 'archive dateline with the month in capitals',
      errors: [{ text: 'OCT' }],
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
