/** The ordered rule registry. */
import type { Rule } from '../types';
import attribDayPreposition from './attrib-day-preposition';
import attribLoadedVerb from './attrib-loaded-verb';
import attribQuoteIntro from './attrib-quote-intro';
import attribSaidInversion from './attrib-said-inversion';
import attribTenseMix from './attrib-tense-mix';
import creditApContributed from './credit-ap-contributed';
import creditBylineMismatch from './credit-byline-mismatch';
import creditReutersFormat from './credit-reuters-format';
import datelineAgencyTag from './dateline-agency-tag';
import datelineApStandalone from './dateline-ap-standalone';
import datelineCityCaps from './dateline-city-caps';
import datelineMissing from './dateline-missing';
import datelineMonthFormat from './dateline-month-format';
import datelineStateAbbrev from './dateline-state-abbrev';
import houseVocabulary from './house-vocabulary';
import nameFullFirst from './name-full-first';
import nameHonorific from './name-honorific';
import quoteBalance from './quote-balance';
import quoteBrackets from './quote-brackets';
import quoteEllipsis from './quote-ellipsis';
import quoteMixedStyle from './quote-mixed-style';
import quotePunctPlacement from './quote-punct-placement';
import quoteUnattributed from './quote-unattributed';
import signoffLegacyReuter from './signoff-legacy-reuter';
import trailingText from './trailing-text';

export const RULES: readonly Rule[] = [
  datelineMissing,
  datelineCityCaps,
  datelineAgencyTag,
  datelineMonthFormat,
  datelineApStandalone,
  datelineStateAbbrev,
  quoteUnattributed,
  attribLoadedVerb,
  attribSaidInversion,
  attribTenseMix,
  attribQuoteIntro,
  attribDayPreposition,
  nameFullFirst,
  nameHonorific,
  quoteBalance,
  quoteMixedStyle,
  quotePunctPlacement,
  quoteBrackets,
  quoteEllipsis,
  creditReutersFormat,
  creditBylineMismatch,
  creditApContributed,
  trailingText,
  signoffLegacyReuter,
  houseVocabulary,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
