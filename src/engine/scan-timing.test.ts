import { describe, expect, it } from 'vitest';
import { literalBuildMillis } from './patterns.js';
import { SHARED_WORK, scanText } from './scan.js';
import { loadShippedRules } from './shipped.js';

describe('scanText --timing', () => {
  it("charges the literal prefilter's automaton build to (literal prefilter), not to the rule whose question built it", async () => {
    const rules = await loadShippedRules();
    const timing = new Map<string, number>();
    const posts = Array.from({ length: 12 }, (_, k) =>
      k % 2 === 0
        ? `Post ${k}: Only trust this channel! Claim your free gift card at bit.ly/gift${k} before midnight, then share this post with 5 groups.`
        : `${k}번 글: 지니뮤직 오류 보상으로 1000일 무료 이용권 지급! 플러스친구 추가 후 추천인 genie${k} 입력하세요.`,
    );
    for (const post of posts) scanText(post, rules, { timing });
    const built = literalBuildMillis();
    expect(built).toBeGreaterThan(0); // a dozen posts is past the few searched atom by atom
    expect(timing.get(SHARED_WORK.literals) ?? 0).toBeGreaterThanOrEqual(built);
    for (const [name, millis] of timing) expect(millis, name).toBeGreaterThanOrEqual(0);
  });
});
