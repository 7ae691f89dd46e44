import { describe, expect, it } from 'vitest';
import { lureWordFeatures } from './lure-words.js';

describe('lureWordFeatures', () => {
  it('reads Latin words of two letters or more, neighbouring pairs, and two-syllable pieces of Hangul runs', () => {
    const features = lureWordFeatures('claim a free gift 무료지급');
    expect(features.map((f) => f.feature)).toEqual(['claim', 'free', 'claim_free', 'gift', 'free_gift', '무료', '료지', '지급']);
  });

  it('gives each feature once, at its first place, with the span it covers', () => {
    const text = 'free gift, free gift';
    const features = lureWordFeatures(text);
    expect(features.filter((f) => f.feature === 'free')).toHaveLength(1);
    const pair = features.find((f) => f.feature === 'free_gift')!;
    expect(text.slice(pair.start, pair.end)).toBe('free gift');
  });

  it('does not pair Latin words across a Korean run, and reads a one-syllable run whole', () => {
    const features = lureWordFeatures('event 및 coupon').map((f) => f.feature);
    expect(features).toContain('및');
    expect(features).not.toContain('event_coupon');
  });
});
