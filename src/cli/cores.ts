import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The number of cores, asked of node:os only when a run needs it (it is not loaded at start-up). */
export function cores(): number {
  return (require('node:os') as typeof import('node:os')).availableParallelism();
}
