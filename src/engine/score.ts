import type { RuleFlags } from './compile.js';
import type { CombinationTerm, Hit, ScoringSpec, SignalCategory, Verdict } from './types.js';

export interface Scored {
  verdict: Verdict;
  score: number;
  warningScore: number;
  /** reported hits: helper rules (ids starting with `_`) removed, combinations added */
  hits: Hit[];
}

/**
 * SpamAssassin-style scoring: each rule that fired adds its weight once; a category adds at
 * most its `max_score` (or subtracts at most that much); combination rules add their own weight
 * when all their terms fired. Warning-context weights are summed apart, as the case for
 * "this text warns about a fake" rather than for "this text is one".
 */
const NO_FLAGS: RuleFlags = { supporting: new Set(), warningNeutral: new Set() };

export function scoreHits(fired: Hit[], scoring: ScoringSpec, flags: RuleFlags = NO_FLAGS): Scored {
  const { supporting, warningNeutral } = flags;
  // a supporting rule counts only when a rule of its category that is not supporting fired too
  const leading = new Set(fired.filter((h) => !supporting.has(h.rule)).map((h) => h.category));
  const counted = fired.filter((h) => !supporting.has(h.rule) || leading.has(h.category));
  const byCategory = new Map<SignalCategory, number>();
  for (const hit of counted) {
    if (hit.category === 'combination') continue;
    byCategory.set(hit.category, (byCategory.get(hit.category) ?? 0) + hit.weight);
  }
  let score = 0;
  let warningScore = 0;
  for (const [category, sum] of byCategory) {
    const cap = scoring.categories[category]?.max_score;
    const capped = cap === undefined ? sum : Math.max(-cap, Math.min(cap, sum));
    if (category === 'warning-context') warningScore += capped;
    else score += capped;
  }
  // the terms of a real offer speak against a warning too: an offer's own anti-fraud line does not
  // make it one (signals as common in warnings, such as a link to the brand's real site, do not)
  if (byCategory.has('warning-context')) {
    const against = counted.filter((h) => h.category === 'legit-context' && !warningNeutral.has(h.rule)).reduce((sum, h) => sum + h.weight, 0);
    const cap = scoring.categories['legit-context']?.max_score;
    if (against < 0) warningScore += cap === undefined ? against : Math.max(-cap, against);
  }

  const firedIds = new Set(counted.map((h) => h.rule));
  // a helper rule feeds the combinations that name it, never its whole category
  const firedCategories = new Set<string>(counted.filter((h) => !h.rule.startsWith('_') && h.category !== 'combination').map((h) => h.category));
  const holds = (term: CombinationTerm): boolean =>
    Array.isArray(term) ? term.some(holds) : firedIds.has(term) || firedCategories.has(term);
  const combos: Hit[] = [];
  for (const combo of scoring.combinations) {
    if (!combo.all.every(holds)) continue;
    combos.push({ rule: combo.id, category: 'combination', weight: combo.weight, message: combo.message, evidence: [] });
    score += combo.weight;
  }

  score = round(score);
  warningScore = round(warningScore);
  return {
    verdict: verdictFor(score, warningScore, scoring),
    score,
    warningScore,
    hits: [...counted.filter((h) => !h.rule.startsWith('_')), ...combos],
  };
}

function verdictFor(score: number, warningScore: number, scoring: ScoringSpec): Verdict {
  const t = scoring.thresholds;
  if (score >= t.scam) {
    // a warning outweighs a lure at scam level when it is strong in itself and not dwarfed by the
    // lure (a fake page's own "beware of impostors" box is not a news report), or when it is a
    // fair share of the lure
    const strong = warningScore >= t.warning_over_scam && warningScore >= (t.warning_over_scam_ratio ?? 0) * score;
    const outweighs = strong || (warningScore >= t.warning && warningScore >= (t.warning_ratio ?? Infinity) * score);
    return outweighs ? 'warning' : 'scam';
  }
  if (warningScore >= t.warning) return 'warning';
  return score >= t.suspicious ? 'suspicious' : 'clean';
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
