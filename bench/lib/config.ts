/** The benchmark's configuration: every rule of the registry on (its default severity, or warning if off by default). */
import type { RuleSetting, WirelintConfig } from '../../src/core/config';
import { RULES } from '../../src/core/rules/index';

export function allRulesOn(): WirelintConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const r of RULES) rules[r.meta.id] = r.meta.defaultSeverity === 'off' ? 'warning' : r.meta.defaultSeverity;
  return { profile: 'auto', rules };
}
