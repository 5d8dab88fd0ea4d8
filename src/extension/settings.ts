/** The `wirelint.*` settings, read fresh each time (VS Code caches them). */
import * as vscode from 'vscode';
import type { RuleSetting, WirelintConfig } from '../core/config';
import { DEFAULT_FIX_SEVERITY } from '../core/lint';
import type { ProfileSetting, Severity } from '../core/types';

export interface Settings {
  enable: boolean;
  run: 'onType' | 'onSave';
  files: string[];
  detectPlainText: boolean;
  /** The lowest severity that fix all and fix on save fix (`wirelint.fixSeverity`). */
  fixSeverity: Severity;
  /** Only what the user set: undefined leaves the choice to .wirelintrc.json. */
  overrides: WirelintConfig;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('wirelint', scope);
  const profile = c.inspect<ProfileSetting>('profile');
  const userProfile = profile?.workspaceFolderValue ?? profile?.workspaceValue ?? profile?.globalValue;
  const rules = c.get<Record<string, RuleSetting>>('rules') ?? {};
  // Only keys the user set: an unset key must not reach validation as `undefined`.
  const overrides: WirelintConfig = {};
  if (userProfile !== undefined) overrides.profile = userProfile;
  if (Object.keys(rules).length) overrides.rules = rules;
  return {
    enable: c.get<boolean>('enable', true),
    run: c.get<'onType' | 'onSave'>('run', 'onType'),
    files: c.get<string[]>('files', []),
    detectPlainText: c.get<boolean>('detectPlainText', true),
    fixSeverity: fixSeverityOf(c.get<string>('fixSeverity')),
    overrides,
  };
}

/** The setting's value, or the default for anything else (a hand-edited settings file can hold any value). */
function fixSeverityOf(v: string | undefined): Severity {
  return v === 'error' || v === 'warning' || v === 'info' ? v : DEFAULT_FIX_SEVERITY;
}
