import { describe, expect, it } from 'vitest';
import { crossValidate, lureWordsScore, trainLureWords, type LabelledText } from './lure-words.js';

const post = (label: LabelledText['label'], folded: string, k: number): LabelledText => ({ label, folded, path: `${label}/${k}.txt` });

describe('trainLureWords', () => {
  const texts = [
    post('scam', 'claim your prize now', 1),
    post('scam', 'claim the prize today', 2),
    post('scam', 'claim it fast', 3),
    post('scam', 'prize waiting', 4),
    post('legit', 'meeting at noon today', 5),
    post('legit', 'meeting notes', 6),
    post('legit', 'lunch today', 7),
    post('legit', 'see you at the meeting', 8),
    post('warning', 'claim claim claim prize meeting', 9),
  ];

  it('weighs each feature by the smoothed log-likelihood ratio of lures over genuine posts, rounded to hundredths', () => {
    const { weights, scam, legit } = trainLureWords(texts, { minCount: 3, minWeight: 0 });
    expect({ scam, legit }).toEqual({ scam: 4, legit: 4 }); // the warning is left out
    // claim: in 3 of 4 lures and 0 of 4 genuine posts → log((3+1)/6 ÷ (0+1)/6) = log 4
    expect(weights.claim).toBe(1.39);
    expect(weights.meeting).toBe(-1.39);
    // today: 1 lure, 2 genuine → log(2/3) = -0.41
    expect(weights.today).toBe(-0.41);
  });

  it('leaves out rare features and features that barely weigh', () => {
    const { weights } = trainLureWords(texts, { minCount: 3, minWeight: 0.5 });
    expect(Object.keys(weights).sort()).toEqual(['claim', 'meeting', 'prize']);
    expect(weights.today).toBeUndefined(); // |−0.41| < 0.5
    expect(weights.noon).toBeUndefined(); // in one post only
  });

  it('scores a text by the weights of the features it holds', () => {
    const model = trainLureWords(texts, { minCount: 3, minWeight: 0 });
    expect(lureWordsScore(model, 'claim your prize')).toBeCloseTo(model.weights.claim! + model.weights.prize!, 5);
  });

  it('cross-validates by scoring each post with a model trained without it', () => {
    // a lure whose words are its own scores in-sample, and not at all once left out of training
    const all = [...texts, post('scam', 'zebra quartz', 10)];
    const options = { minCount: 1, minWeight: 0 };
    const inSample = trainLureWords(all, options);
    expect(lureWordsScore(inSample, 'zebra quartz')).toBeGreaterThan(0.5);
    const result = crossValidate(all, all.length, 0.5, options);
    expect(result.scam.total).toBe(5);
    expect(result.warning.total).toBe(1);
    const inSampleAbove = all.filter((t) => t.label === 'scam' && lureWordsScore(inSample, t.folded) >= 0.5).length;
    expect(result.scam.above).toBeLessThan(inSampleAbove);
    expect(result.legit.above).toBe(0);
  });
});
