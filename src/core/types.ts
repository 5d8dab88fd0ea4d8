/**
 * Shared types of the Wirelint core. Nothing here imports `vscode` or `node:*`.
 */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export type ProfileId = 'reuters' | 'ap' | 'afp' | 'xinhua' | 'upi' | 'bloomberg' | 'neutral';
export type ProfileSetting = ProfileId | 'auto';

/** A half-open UTF-16 range [start, end) into the original text. */
export interface Span {
  start: number;
  end: number;
}

/** A replacement of text[range[0], range[1]) by `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  /** What the change does, for a menu: "Replace with 'said'". */
  desc: string;
  fix: Fix;
  /**
   * One of several readings the editor must choose between (a foreign month that means two months): offered as a
   * quick fix, never applied by fix-all or put in a wording review.
   */
  choice?: true;
}

export interface RelatedInfo extends Span {
  message: string;
}

export interface Finding extends Span {
  ruleId: string;
  message: string;
  severity: Severity;
  /** A safe, format-only fix. */
  fix?: Fix;
  /** Candidate rewordings a person must choose from. */
  suggestions?: Suggestion[];
  related?: RelatedInfo[];
}

export type RuleCategory = 'dateline' | 'attribution' | 'quotes' | 'credit' | 'names' | 'vocabulary';

export interface RuleOptionSpec {
  type: 'string' | 'boolean' | 'number' | 'string[]';
  description: string;
  enum?: readonly string[];
  default: unknown;
}

export interface RuleMeta {
  id: string;
  /** One line: what the rule checks. */
  description: string;
  category: RuleCategory;
  defaultSeverity: SeveritySetting;
  /** 'safe': format-only fixes; 'suggestion': candidates for a person; 'none'. */
  fixable: 'safe' | 'suggestion' | 'none';
  /** Profiles under which the rule runs; 'all' for every profile. */
  profiles: readonly ProfileId[] | 'all';
  /** Relative docs path: docs/rules/<id>.md */
  docs: string;
  options?: Readonly<Record<string, RuleOptionSpec>>;
}

/** What a rule reports; the engine fills in ruleId and severity. */
export interface Report extends Span {
  message: string;
  fix?: Fix;
  suggestions?: Suggestion[];
  related?: RelatedInfo[];
  /**
   * Overrides the rule's default severity (e.g. a milder verb). When the config sets the rule's severity, the
   * config wins, unless `ownSeverity` is set.
   */
  severity?: Severity;
  /**
   * `severity` stands even when the config sets the rule's severity: it comes from the user's own data (a house
   * vocabulary entry's severity) or from where the finding is (a word inside a quotation is only a hint).
   */
  ownSeverity?: boolean;
}

export interface RuleContext {
  readonly text: string;
  readonly profile: ProfileId;
  /** The whole resolved configuration (for rules that read top-level keys such as house vocabulary). */
  readonly config: import('./config').WirelintConfig;
  readonly options: Readonly<Record<string, unknown>>;
  report(r: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(story: import('./story').Story, ctx: RuleContext): void;
}
