import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot, shippedRulesDir } from '../paths.js';
import { compileRuleSet, type RuleSet } from './compile.js';
import { loadRules } from './load.js';
import type { RulePackData } from './types.js';

/**
 * The shipped rules, validated at build time into dist/rules.json so that a scan starts
 * without a YAML parser or a schema validator. The prebuilt copy is used only while its hash
 * still matches the YAML files; after an edit the YAML is loaded (and validated) instead.
 */
export interface PrebuiltRules {
  hash: string;
  data: RulePackData;
}

export const PREBUILT_FILE = join('dist', 'rules.json');

export function hashRuleFolder(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ya?ml|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) {
    hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** The prebuilt shipped rules if they are current, else null. */
export function loadPrebuiltRules(): RuleSet | null {
  const file = join(packageRoot(), PREBUILT_FILE);
  if (!existsSync(file)) return null;
  const prebuilt = JSON.parse(readFileSync(file, 'utf8')) as PrebuiltRules;
  if (prebuilt.hash !== hashRuleFolder(shippedRulesDir())) return null;
  return compileRuleSet(prebuilt.data);
}

/** The shipped rules, from the prebuilt copy when current. */
export async function loadShippedRules(): Promise<RuleSet> {
  return loadPrebuiltRules() ?? (await loadRules());
}
