import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ROOT } from './support/cli.js';
import { EQUIVALENCE_SHARDS, checkShippedEquivalence } from './support/shipped-equivalence.js';

it('has one test file per shard, so that no fixture goes unchecked', () => {
  const shards = readdirSync(`${ROOT}test`).filter((name) => /^shipped-equivalence-\d+\.test\.ts$/.test(name));
  expect(shards.sort()).toEqual(Array.from({ length: EQUIVALENCE_SHARDS }, (_, k) => `shipped-equivalence-${k + 1}.test.ts`));
});

// one of EQUIVALENCE_SHARDS files: three rule sets over every labelled fixture took 268 s in one
// file at 11,339 fixtures, so the files share it
it(`the prebuilt rules give the YAML rules' results on every labelled fixture, up front and rule by rule: shard 1 of ${EQUIVALENCE_SHARDS}`, async () => {
  expect(await checkShippedEquivalence(0)).toBeGreaterThan(1000);
}, 400_000);
