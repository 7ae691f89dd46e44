import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot, shippedRulesDir } from '../paths.js';
import { compileRuleSet, type RuleSet } from './compile.js';
import { loadRules } from './load.js';
import { rememberAtoms } from './prefilter.js';
import type { RulePackData } from './types.js';

/**
 * The shipped rules, validated at build time into dist/rules.json so that a scan starts
 * without a YAML parser or a schema validator. The prebuilt copy is used only while its hash
 * still matches the YAML files (names, sizes, times); after an edit the YAML is loaded (and validated) instead.
 */
export interface PrebuiltRules {
  fingerprint: string;
  /** validated rules, each pattern rule with its prefilter atoms */
  data: RulePackData;
  /** the prefilter atoms of the detectors' regular expressions, by source */
  detectorAtoms?: Record<string, string[] | null>;
}

export const PREBUILT_FILE = join('dist', 'rules.json');

/**
 * A fingerprint of the rule files (name, size, modification time): enough to tell a stale
 * prebuilt copy from a current one without reading, parsing or hashing them at start-up.
 */
export function fingerprintRuleFolder(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ya?ml|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((file) => {
      const { size, mtimeMs } = statSync(file);
      return `${relative(dir, file)}:${size}:${Math.trunc(mtimeMs)}`;
    })
    .join('|');
}

/** The prebuilt shipped rules if they are current, else null. `lazy`: see CompileOptions. */
export function loadPrebuiltRules(options: { lazy?: boolean } = {}): RuleSet | null {
  const file = join(packageRoot(), PREBUILT_FILE);
  if (!existsSync(file)) return null;
  const prebuilt = JSON.parse(readFileSync(file, 'utf8')) as PrebuiltRules;
  if (prebuilt.fingerprint !== fingerprintRuleFolder(shippedRulesDir())) return null;
  rememberAtoms(prebuilt.detectorAtoms ?? {});
  return compileRuleSet(prebuilt.data, { trusted: true, lazy: options.lazy });
}

/** The shipped rules, from the prebuilt copy when current. */
export async function loadShippedRules(): Promise<RuleSet> {
  return loadPrebuiltRules() ?? (await loadRules());
}
