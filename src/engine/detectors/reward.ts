import type { Currency, Quantity } from '../../text/quantities.js';
import type { ScanContext } from '../context.js';
import { compileRegex } from '../patterns.js';
import type { SpecPath } from '../errors.js';
import type { Evidence } from '../types.js';
import type { DetectorDefinition, DetectorRun } from './types.js';

/** Rough rates, enough to compare a promised gift with what a like or a share could buy. */
const USD_PER_UNIT: Record<Currency, number> = { USD: 1, KRW: 1 / 1350, GBP: 1.27, EUR: 1.08 };

const nearProperties = {
  near: { type: 'string', minLength: 1, description: 'regular expression for reward words that must stand near the quantity' },
  within: { type: 'integer', minimum: 0, maximum: 200, description: 'how many characters apart (default 20)' },
};

/**
 * Finds quantities that pass `accept` and stand within `within` characters of a match of
 * `near` (the reward words), quoting the quantity together with that word.
 */
function quantityNearReward(
  params: Record<string, unknown>,
  path: SpecPath,
  accept: (q: Quantity) => boolean,
): DetectorRun {
  const near = compileRegex(String(params.near), [...path, 'near']);
  const within = typeof params.within === 'number' ? params.within : 20;
  return (ctx: ScanContext) => {
    const text = ctx.normalized.folded.text;
    const evidence: Evidence[] = [];
    for (const q of ctx.quantities) {
      if (!accept(q)) continue;
      const from = Math.max(0, q.start - within);
      const window = text.slice(from, Math.min(text.length, q.end + within));
      near.lastIndex = 0;
      const word = near.exec(window);
      if (!word) continue;
      const wordStart = from + word.index;
      const wordEnd = wordStart + word[0].length;
      evidence.push(ctx.evidence('folded', { start: Math.min(q.start, wordStart), end: Math.max(q.end, wordEnd) }));
      if (evidence.length >= 5) break;
    }
    return evidence.length > 0 ? evidence : null;
  };
}

export const rewardDuration: DetectorDefinition = {
  name: 'reward-duration',
  description: 'a free period (1000일, 3년 이용권, 평생, 3 YEARS, lifetime) longer than a limit, next to reward words',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['over_days', 'near'],
    properties: { over_days: { type: 'number', minimum: 0 }, ...nearProperties },
  },
  create(params, path) {
    const overDays = Number(params.over_days);
    return quantityNearReward(params, path, (q) => q.kind === 'duration' && q.days > overDays);
  },
};

export const rewardValue: DetectorDefinition = {
  name: 'reward-value',
  description: 'a gift or cash value ($500 gift card, 100만원 상품권, £250 voucher) above a limit, next to reward words',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['over_usd', 'near'],
    properties: { over_usd: { type: 'number', minimum: 0 }, ...nearProperties },
  },
  create(params, path) {
    const overUsd = Number(params.over_usd);
    return quantityNearReward(params, path, (q) => q.kind === 'money' && q.amount * USD_PER_UNIT[q.currency] > overUsd);
  },
};
