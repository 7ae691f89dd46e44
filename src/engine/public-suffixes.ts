import { createRequire } from 'node:module';

type Tldts = typeof import('tldts');
let loaded: Tldts | undefined;

/**
 * tldts (the Public Suffix List), loaded on first use: its list takes about 10 ms to load,
 * which a post without an address should not pay. The CLI bundle replaces this module with one
 * that bundles tldts, so that its compiled code comes from the bundle's code cache
 * (scripts/build.mjs).
 */
export function publicSuffixes(): Tldts {
  loaded ??= createRequire(import.meta.url)('tldts') as Tldts;
  return loaded;
}
