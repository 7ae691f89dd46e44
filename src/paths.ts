import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/** The package folder (holding rules/), found from this module whether it runs bundled or not. */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'rules', 'scoring.yaml')) && existsSync(join(dir, 'package.json'))) return (cachedRoot = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('fakepromo: cannot find the rules/ folder of the package');
    dir = parent;
  }
}

export function shippedRulesDir(): string {
  return join(packageRoot(), 'rules');
}
