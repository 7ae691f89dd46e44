import { brandDetector } from './brands.js';
import { linkDetector } from './links.js';
import { lureWordsDetector } from './lure-words.js';
import { mixedScript } from './mixed-script.js';
import { priceCut, rewardDuration, rewardValue } from './reward.js';
import type { DetectorDefinition } from './types.js';

/** Every detector a rule may name; the engine knows nothing of any one of them. */
export const DETECTORS: ReadonlyMap<string, DetectorDefinition> = new Map(
  [rewardDuration, rewardValue, priceCut, linkDetector, brandDetector, mixedScript, lureWordsDetector].map((d) => [d.name, d]),
);

export type { DetectorDefinition, DetectorRun } from './types.js';
