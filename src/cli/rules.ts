import { loadRules } from '../engine/load.js';
import { loadPrebuiltRules } from '../engine/shipped.js';
import type { RuleSet } from '../engine/compile.js';

/** The shipped rules (prebuilt when current) plus any --rules folders. */
export async function rulesForRun(extraDirs: readonly string[]): Promise<RuleSet> {
  if (extraDirs.length === 0) {
    const prebuilt = loadPrebuiltRules();
    if (prebuilt) return prebuilt;
  }
  return loadRules({ dirs: [...extraDirs] });
}
