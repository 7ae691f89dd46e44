import { loadRules } from '../engine/load.js';
import { loadPrebuiltRules } from '../engine/shipped.js';
import type { RuleSet } from '../engine/compile.js';

/**
 * The shipped rules (prebuilt when current) plus any --rules folders. `lazy` for the main
 * thread, which often scans one post (or none, when workers scan a folder); not for workers.
 */
export async function rulesForRun(extraDirs: readonly string[], options: { lazy?: boolean } = {}): Promise<RuleSet> {
  if (extraDirs.length === 0) {
    const prebuilt = loadPrebuiltRules(options);
    if (prebuilt) return prebuilt;
  }
  return loadRules({ dirs: [...extraDirs] });
}
