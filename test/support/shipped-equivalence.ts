import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { loadRules } from '../../src/engine/load.js';
import { scanText } from '../../src/engine/scan.js';
import { loadPrebuiltRules } from '../../src/engine/shipped.js';
import { ROOT } from './cli.js';

/** How many test files share the check, so that vitest runs them on every core. */
export const EQUIVALENCE_SHARDS = 3;

/**
 * One shard of the check that the prebuilt rules give the same results as the YAML rules on every
 * labelled fixture, compiled up front and rule by rule on first use. Returns how many fixtures it scanned.
 */
export async function checkShippedEquivalence(shard: number): Promise<number> {
  const prebuilt = loadPrebuiltRules();
  const lazy = loadPrebuiltRules({ lazy: true });
  expect(prebuilt, 'dist/rules.json is missing or stale: run npm run build').not.toBeNull();
  expect(lazy).not.toBeNull();
  const fromYaml = await loadRules();
  const dir = join(ROOT, 'fixtures', 'labelled');
  const files = readdirSync(dir).flatMap((label) => readdirSync(join(dir, label)).map((name) => join(dir, label, name))).sort();
  let scanned = 0;
  for (const [k, path] of files.entries()) {
    if (k % EQUIVALENCE_SHARDS !== shard) continue;
    const text = readFileSync(path, 'utf8');
    const expected = scanText(text, fromYaml);
    expect(scanText(text, prebuilt!), path).toEqual(expected);
    expect(scanText(text, lazy!), path).toEqual(expected);
    scanned++;
  }
  return scanned;
}
