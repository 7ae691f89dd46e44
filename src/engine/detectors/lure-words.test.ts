import { describe, expect, it } from 'vitest';
import { ScanContext } from '../context.js';
import { lureWordsDetector } from './lure-words.js';

const run = (weights: Record<string, number>, threshold: number, text: string) => lureWordsDetector.create({ weights, threshold }, [])(new ScanContext(text));

describe('lure-words detector', () => {
  const weights = { claim: 2, free: 1.5, claim_free: 3, gift: 1, meeting: -4, 지급: 2.5 };

  it('fires when the summed weight of the features reaches the threshold, and quotes the words that weigh most', () => {
    const evidence = run(weights, 7, 'Claim free gift now');
    expect(evidence?.map((e) => e.text)).toEqual(['Claim', 'Claim free', 'free', 'gift']);
    expect(run(weights, 8, 'Claim free gift now')).toBeNull();
  });

  it('lets words of genuine posts pull the sum down', () => {
    expect(run(weights, 7, 'Claim free gift at the meeting')).toBeNull();
  });

  it('reads the folded text and quotes the original: spaced letters are a word', () => {
    const evidence = run(weights, 4, 'c l a i m your 무료 지급');
    expect(evidence?.map((e) => e.text)).toEqual(['c l a i m', '지급']);
  });

  it('never takes a word for a weight that the model does not hold (constructor, __proto__)', () => {
    expect(run({ free: 1 }, 1, 'constructor __proto__ hasOwnProperty')).toBeNull();
  });
});
