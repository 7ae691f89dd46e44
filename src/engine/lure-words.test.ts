import { describe, expect, it } from 'vitest';
import { lureWordFeatures, MAX_LURE_CHARS } from './lure-words.js';

const features = (text: string): string[] => lureWordFeatures(text).map((f) => f.feature);

describe('lureWordFeatures', () => {
  it('reads whole Latin words of two letters or more, pairs that only spaces part, and two-syllable pieces of Hangul runs', () => {
    expect(features('claim your free gift 무료지급')).toEqual(['claim', 'your', 'claim_your', 'free', 'your_free', 'gift', 'free_gift', '무료', '료지', '지급']);
  });

  it('gives each feature once, at its first place, with the span it covers', () => {
    const text = 'free gift. free gift';
    const found = lureWordFeatures(text);
    expect(found.filter((f) => f.feature === 'free')).toHaveLength(1);
    const pair = found.find((f) => f.feature === 'free_gift')!;
    expect(text.slice(pair.start, pair.end)).toBe('free gift');
  });

  it('pairs no words across punctuation, a one-letter word or a Korean run, and reads a one-syllable run whole', () => {
    expect(features('free, gift')).not.toContain('free_gift');
    expect(features('claim a gift')).not.toContain('claim_gift');
    const mixed = features('event 및 coupon');
    expect(mixed).toContain('및');
    expect(mixed).not.toContain('event_coupon');
  });

  it('reads no word out of a code or a blob: letters against digits, or a run over 20 letters', () => {
    expect(features('bc1qxyz9 ab12cd 4gg0')).toEqual([]);
    expect(features(`${'q'.repeat(21)} ok`)).toEqual(['ok']);
  });

  it(`reads only the first ${MAX_LURE_CHARS} characters`, () => {
    const text = `${'가 '.repeat(MAX_LURE_CHARS / 2)}claim now`;
    expect(features(text)).toEqual(['가']);
  });
});
