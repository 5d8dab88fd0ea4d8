/**
 * The comparison: textlint 15 through its Node API, plain-text plugin, with two cheap rules — textlint-rule-prh with
 * the small wire-style dictionary in bench/textlint/prh.yml, and textlint-rule-write-good with its defaults.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { TextlintKernelDescriptor } from '@textlint/kernel';
import type { TextlintRuleModule } from '@textlint/types';
import textPlugin from '@textlint/textlint-plugin-text';
import { createLinter } from 'textlint';

const load = createRequire(__filename);

/** The rule packages ship no types: load them as the textlint rule modules they are. */
function rule(name: string): TextlintRuleModule {
  const mod = load(name) as { default?: TextlintRuleModule } & TextlintRuleModule;
  return mod.default ?? mod;
}

export const PRH_YML = join(__dirname, '../textlint/prh.yml');

export interface TextlintRunner {
  lint(text: string): Promise<number>;
  rules: string[];
}

export function createTextlint(): TextlintRunner {
  // The dictionary is read once here and handed over as content, so file reads are not counted against textlint.
  const prhContent = readFileSync(PRH_YML, 'utf8');
  const descriptor = new TextlintKernelDescriptor({
    rules: [
      { ruleId: 'prh', rule: rule('textlint-rule-prh'), options: { ruleContents: [prhContent] } },
      { ruleId: 'write-good', rule: rule('textlint-rule-write-good'), options: {} },
    ],
    filterRules: [],
    plugins: [{ pluginId: 'text', plugin: textPlugin }],
  });
  const linter = createLinter({ descriptor });
  return {
    rules: ['textlint-rule-prh (bench/textlint/prh.yml)', 'textlint-rule-write-good (defaults)'],
    async lint(text: string): Promise<number> {
      const result = await linter.lintText(text, 'story.txt');
      return result.messages.length;
    },
  };
}
