import { describe, expect, it } from 'vitest';
import { scoreHits } from './score.js';
import type { CombinationSpec, Hit, ScoringSpec, SignalCategory } from './types.js';

function hit(rule: string, category: SignalCategory, weight: number): Hit {
  return { rule, category, weight, message: `${rule} fired`, evidence: [{ text: rule, start: 0, end: rule.length }] };
}

function spec(overrides: Partial<ScoringSpec> = {}, thresholds: Partial<ScoringSpec['thresholds']> = {}): ScoringSpec {
  return {
    thresholds: { scam: 8, suspicious: 4, warning: 4, warning_over_scam: 6, ...thresholds },
    categories: {},
    combinations: [],
    ...overrides,
  };
}

function combo(id: string, all: CombinationSpec['all'], weight: number): CombinationSpec {
  return { id, all, weight, message: `${id} message` };
}

describe('scoreHits: weights and caps', () => {
  it('sums the weights of the rules that fired', () => {
    const scored = scoreHits([hit('a', 'urgency', 1), hit('b', 'implausible-reward', 2.5), hit('c', 'referral-demand', 3)], spec());
    expect(scored.score).toBe(6.5);
    expect(scored.warningScore).toBe(0);
  });

  it('counts nothing when nothing fired', () => {
    const scored = scoreHits([], spec());
    expect(scored).toEqual({ verdict: 'clean', score: 0, warningScore: 0, hits: [] });
  });

  it('caps what a category adds at its max_score', () => {
    const fired = [hit('u1', 'urgency', 1.5), hit('u2', 'urgency', 1.5), hit('u3', 'urgency', 1.5), hit('r', 'referral-demand', 3)];
    const scored = scoreHits(fired, spec({ categories: { urgency: { max_score: 2 } } }));
    expect(scored.score).toBe(2 + 3);
  });

  it('leaves a category under its cap alone, and an uncapped category unbounded', () => {
    const fired = [hit('u1', 'urgency', 0.5), hit('u2', 'urgency', 1), hit('d1', 'data-harvest', 10), hit('d2', 'data-harvest', 10)];
    const scored = scoreHits(fired, spec({ categories: { urgency: { max_score: 2 } } }));
    expect(scored.score).toBe(21.5);
  });

  it('caps negative weights too: a category subtracts at most max_score', () => {
    const fired = [hit('reward', 'implausible-reward', 6), hit('official1', 'legit-context', -3), hit('official2', 'legit-context', -3)];
    const scored = scoreHits(fired, spec({ categories: { 'legit-context': { max_score: 4 } } }));
    expect(scored.score).toBe(2);
  });

  it('lets negative weights lower the score', () => {
    const scored = scoreHits([hit('reward', 'implausible-reward', 5), hit('official', 'legit-context', -2)], spec());
    expect(scored.score).toBe(3);
  });

  it('sums warning-context apart from the lure score, with its own cap', () => {
    const fired = [hit('w1', 'warning-context', 3), hit('w2', 'warning-context', 4), hit('r', 'implausible-reward', 2)];
    const scored = scoreHits(fired, spec({ categories: { 'warning-context': { max_score: 5 } } }));
    expect(scored.score).toBe(2);
    expect(scored.warningScore).toBe(5);
  });

  it('rounds scores to one decimal', () => {
    const scored = scoreHits([hit('a', 'urgency', 0.1), hit('b', 'urgency', 0.2)], spec());
    expect(scored.score).toBe(0.3);
  });
});

describe('scoreHits: combinations', () => {
  it('adds a combination when every category term fired, and reports it as a hit', () => {
    const scoring = spec({ combinations: [combo('combo.reward-referral', ['implausible-reward', 'referral-demand'], 3)] });
    const scored = scoreHits([hit('r', 'implausible-reward', 4), hit('c', 'referral-demand', 2)], scoring);
    expect(scored.score).toBe(9);
    const added = scored.hits.find((h) => h.rule === 'combo.reward-referral');
    expect(added).toEqual({ rule: 'combo.reward-referral', category: 'combination', weight: 3, message: 'combo.reward-referral message', evidence: [] });
  });

  it('does not add a combination when one term is missing', () => {
    const scoring = spec({ combinations: [combo('combo.reward-referral', ['implausible-reward', 'referral-demand'], 3)] });
    const scored = scoreHits([hit('r', 'implausible-reward', 4)], scoring);
    expect(scored.score).toBe(4);
    expect(scored.hits.map((h) => h.rule)).toEqual(['r']);
  });

  it('matches a rule-id term by the id of a rule that fired', () => {
    const scoring = spec({ combinations: [combo('combo.specific', ['ko.reward.long-free-pass', 'unofficial-channel'], 2)] });
    expect(scoreHits([hit('ko.reward.long-free-pass', 'implausible-reward', 4), hit('ch', 'unofficial-channel', 2)], scoring).score).toBe(8);
    // the same category from another rule is not enough
    expect(scoreHits([hit('ko.reward.other', 'implausible-reward', 4), hit('ch', 'unofficial-channel', 2)], scoring).score).toBe(6);
  });

  it('treats a nested list as any-of', () => {
    const scoring = spec({ combinations: [combo('combo.proof', ['fake-proof', ['implausible-reward', 'referral-demand', 'data-harvest']], 1.5)] });
    expect(scoreHits([hit('p', 'fake-proof', 1), hit('d', 'data-harvest', 1)], scoring).score).toBe(3.5);
    expect(scoreHits([hit('p', 'fake-proof', 1), hit('c', 'referral-demand', 1)], scoring).score).toBe(3.5);
    expect(scoreHits([hit('p', 'fake-proof', 1), hit('u', 'urgency', 1)], scoring).score).toBe(2);
    expect(scoreHits([hit('d', 'data-harvest', 1)], scoring).score).toBe(1);
  });

  it('adds a combination once even when several rules satisfy a term', () => {
    const scoring = spec({ combinations: [combo('combo.x', ['urgency', 'share-to-win'], 2)] });
    const scored = scoreHits([hit('u1', 'urgency', 1), hit('u2', 'urgency', 1), hit('s', 'share-to-win', 1)], scoring);
    expect(scored.score).toBe(5);
    expect(scored.hits.filter((h) => h.category === 'combination')).toHaveLength(1);
  });

  it('adds combination weights on top of category caps', () => {
    const scoring = spec({
      categories: { 'implausible-reward': { max_score: 4 } },
      combinations: [combo('combo.a', ['implausible-reward', 'urgency'], 2), combo('combo.b', ['implausible-reward', 'urgency'], 1)],
    });
    const scored = scoreHits([hit('r1', 'implausible-reward', 4), hit('r2', 'implausible-reward', 4), hit('u', 'urgency', 1)], scoring);
    expect(scored.score).toBe(4 + 1 + 2 + 1);
    expect(scored.hits.map((h) => h.rule)).toEqual(['r1', 'r2', 'u', 'combo.a', 'combo.b']);
  });

  it('counts a category whose capped sum is zero as fired for combinations', () => {
    const scoring = spec({ combinations: [combo('combo.z', ['urgency', 'implausible-reward'], 2)] });
    expect(scoreHits([hit('u', 'urgency', 0), hit('r', 'implausible-reward', 1)], scoring).score).toBe(3);
  });
});

describe('scoreHits: helper rules', () => {
  it('removes `_`-prefixed rules from reported hits but still counts them for combinations', () => {
    const scoring = spec({ combinations: [combo('combo.helper', ['_helper.reward-word', 'referral-demand'], 3)] });
    const fired = [hit('_helper.reward-word', 'implausible-reward', 0), hit('ref', 'referral-demand', 2)];
    const scored = scoreHits(fired, scoring);
    expect(scored.hits.map((h) => h.rule)).toEqual(['ref', 'combo.helper']);
    expect(scored.score).toBe(5);
  });

  it('does not let a helper rule stand for its whole category in a combination', () => {
    const scoring = spec({ combinations: [combo('combo.cat', ['incident-bait', 'implausible-reward'], 2)] });
    const fired = [hit('_helper.outage', 'incident-bait', 0), hit('reward', 'implausible-reward', 4)];
    const scored = scoreHits(fired, scoring);
    expect(scored.score).toBe(4);
    expect(scored.hits.map((h) => h.rule)).toEqual(['reward']);
  });

  it('lets a helper rule feed a combination that names it', () => {
    const scoring = spec({ combinations: [combo('combo.id', ['_helper.outage', 'implausible-reward'], 2)] });
    const fired = [hit('_helper.outage', 'incident-bait', 0), hit('reward', 'implausible-reward', 4)];
    expect(scoreHits(fired, scoring).score).toBe(6);
  });

  it('keeps the reported hits in the order they fired, combinations last', () => {
    const scoring = spec({ combinations: [combo('combo.c', ['urgency', 'fake-proof'], 1)] });
    const fired = [hit('z', 'fake-proof', 1), hit('_h', 'urgency', 0), hit('a', 'urgency', 1)];
    expect(scoreHits(fired, scoring).hits.map((h) => h.rule)).toEqual(['z', 'a', 'combo.c']);
  });
});

describe('scoreHits: verdicts', () => {
  const scoring = spec({}, { scam: 8, suspicious: 4, warning: 4, warning_over_scam: 6, warning_ratio: 0.4 });
  const verdict = (lure: number, warning: number, s: ScoringSpec = scoring): string => {
    const fired: Hit[] = [];
    if (lure !== 0) fired.push(hit('lure', 'implausible-reward', lure));
    if (warning !== 0) fired.push(hit('warn', 'warning-context', warning));
    return scoreHits(fired, s).verdict;
  };

  it('is clean under the suspicious threshold', () => {
    expect(verdict(0, 0)).toBe('clean');
    expect(verdict(3.9, 0)).toBe('clean');
  });

  it('is suspicious from the suspicious threshold up to the scam threshold', () => {
    expect(verdict(4, 0)).toBe('suspicious');
    expect(verdict(7.9, 0)).toBe('suspicious');
  });

  it('is scam at and above the scam threshold', () => {
    expect(verdict(8, 0)).toBe('scam');
    expect(verdict(30, 0)).toBe('scam');
  });

  it('is a warning when the warning score reaches its threshold and the lure score is below scam', () => {
    expect(verdict(0, 4)).toBe('warning');
    expect(verdict(7, 4)).toBe('warning');
    expect(verdict(0, 3.9)).toBe('clean');
    expect(verdict(5, 3.9)).toBe('suspicious');
  });

  it('lets a warning score of warning_over_scam outweigh a scam-level lure score', () => {
    expect(verdict(30, 6)).toBe('warning');
    expect(verdict(30, 5.9)).toBe('scam'); // 5.9 < 0.4 × 30
  });

  it('with warning_over_scam_ratio, a strong warning score still has to be that share of the lure score', () => {
    const scoring = spec({}, { scam: 8, suspicious: 4, warning: 4, warning_over_scam: 6, warning_over_scam_ratio: 0.2, warning_ratio: 0.4 });
    const outcome = (lure: number, warning: number): string =>
      scoreHits([hit('lure', 'implausible-reward', lure), hit('warn', 'warning-context', warning)], { ...scoring, categories: {} }).verdict;
    expect(outcome(30, 6.5)).toBe('warning'); // 6.5 ≥ 0.2 × 30
    expect(outcome(36, 6.5)).toBe('scam'); // a fake page's own "beware of impostors" box: 6.5 < 0.2 × 36
  });

  it('lets a warning score that is warning_ratio of the lure score outweigh it', () => {
    // 4 ≥ warning and 4 ≥ 0.4 × 10
    expect(verdict(10, 4)).toBe('warning');
    // 4 < 0.4 × 11
    expect(verdict(11, 4)).toBe('scam');
    // the ratio alone is not enough: the warning score must also reach `warning`
    expect(verdict(8, 3.5)).toBe('scam');
  });

  it('ignores the ratio when warning_ratio is not set', () => {
    const noRatio = spec({}, { scam: 8, suspicious: 4, warning: 4, warning_over_scam: 6 });
    expect(verdict(10, 5, noRatio)).toBe('scam');
    expect(verdict(10, 6, noRatio)).toBe('warning');
  });

  it('takes the thresholds from the spec', () => {
    const strict = spec({}, { scam: 3, suspicious: 1, warning: 10, warning_over_scam: 50 });
    expect(verdict(3, 0, strict)).toBe('scam');
    expect(verdict(1, 0, strict)).toBe('suspicious');
    expect(verdict(0, 9, strict)).toBe('clean');
  });

  it('decides on the capped, combined score', () => {
    const capped = spec(
      { categories: { urgency: { max_score: 2 } }, combinations: [combo('combo.u', ['urgency', 'share-to-win'], 4)] },
      { scam: 8, suspicious: 4, warning: 4, warning_over_scam: 6 },
    );
    const urgencyOnly = [hit('u1', 'urgency', 3), hit('u2', 'urgency', 3), hit('u3', 'urgency', 3)];
    expect(scoreHits(urgencyOnly, capped).verdict).toBe('clean');
    expect(scoreHits([...urgencyOnly, hit('s', 'share-to-win', 2)], capped)).toMatchObject({ score: 8, verdict: 'scam' });
  });
});

describe('scoreHits: rule flags', () => {
  const scoring = spec({}, { scam: 8, suspicious: 4, warning: 3.5, warning_over_scam: 6, warning_ratio: 0.3 });
  const warnings = [hit('w.fake', 'warning-context', 3), hit('w.byline', 'warning-context', 2)];

  it('lets the terms of a real offer weigh against a warning', () => {
    const scored = scoreHits([...warnings, hit('l.terms', 'legit-context', -2)], scoring);
    expect(scored.warningScore).toBe(3);
    expect(scored.verdict).toBe('clean');
  });

  it('keeps a link to the brand\'s real site neutral for a warning', () => {
    const flags = { supporting: new Set<string>(), warningNeutral: new Set(['l.official']) };
    const scored = scoreHits([...warnings, hit('l.official', 'legit-context', -2)], scoring, flags);
    expect(scored.warningScore).toBe(5);
    expect(scored.score).toBe(-2);
    expect(scored.verdict).toBe('warning');
  });

  it('counts a supporting rule only beside a leading rule of its category', () => {
    const flags = { supporting: new Set(['w.byline']), warningNeutral: new Set<string>() };
    expect(scoreHits([hit('w.byline', 'warning-context', 2)], scoring, flags).warningScore).toBe(0);
    expect(scoreHits(warnings, scoring, flags).warningScore).toBe(5);
  });
});
