import { describe, expect, it } from 'vitest';
import { ScanContext } from '../context.js';
import { lureWordsDetector, packWeights, WeightTable } from './lure-words.js';

const run = (weights: Record<string, number>, threshold: number, text: string) => lureWordsDetector.create({ weights, threshold }, [])(new ScanContext(text));

describe('lure-words detector', () => {
  const weights = { claim: 2, free: 1.5, claim_free: 3, gift: 1, meeting: -4, 지급: 2.5 };

  it('fires when the summed weight of the features reaches the threshold, and quotes the features that weigh most, overlapping ones joined', () => {
    const evidence = run(weights, 7, 'Claim free gift now');
    expect(evidence?.map((e) => e.text)).toEqual(['Claim free', 'gift']);
    expect(run(weights, 8, 'Claim free gift now')).toBeNull();
  });

  it('quotes at most the five features that weigh most', () => {
    const many = { aa: 1, bb: 2, cc: 3, dd: 4, ee: 5, ff: 6 };
    expect(run(many, 1, 'aa, bb, cc, dd, ee, ff')?.map((e) => e.text)).toEqual(['bb', 'cc', 'dd', 'ee', 'ff']);
  });

  it('refuses a packed table from a rule pack that the build did not write, and a table that is not whole slots', () => {
    const packed = packWeights({ free: 1 });
    expect(() => lureWordsDetector.create({ threshold: 1, table: packed }, ['params'])).toThrow(/written by the build/);
    expect(() => lureWordsDetector.create({ threshold: 1, table: packed }, ['params'], { trusted: true })).not.toThrow();
    expect(() => lureWordsDetector.create({ threshold: 1, table: Buffer.alloc(70).toString('base64') }, ['params'], { trusted: true })).toThrow(/whole slots/);
    expect(() => lureWordsDetector.create({ threshold: 1, weights: { free: 1.005 } }, ['params'])).toThrow(/hundredths/);
  });

  it('ends a lookup in a table without an empty slot', () => {
    const full = new WeightTable(Buffer.alloc(64, 0xff).toString('base64'));
    expect(full.find('free', 0, 4, -1, -1)).toBe(-1);
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

describe('the packed weight table', () => {
  // a fixed pseudo-random sequence: the same features every run
  let seed = 7;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const word = (): string => Array.from({ length: 2 + (next() % 6) }, () => String.fromCharCode(97 + (next() % 26))).join('');

  it('gives back every weight, and nothing for a feature it does not hold', () => {
    const weights: Record<string, number> = {};
    while (Object.keys(weights).length < 5000) weights[`${word()}_${word()}`] = ((next() % 2001) - 1000) / 100;
    const table = new WeightTable(packWeights(weights));
    for (const [feature, weight] of Object.entries(weights)) {
      const slot = table.find(feature, 0, feature.length, -1, -1);
      expect(slot, feature).not.toBe(-1);
      expect(table.weightAt(slot)).toBe(weight);
    }
    let absent = 0;
    for (let k = 0; k < 5000; k++) {
      const feature = `${word()}-${word()}`; // a hyphen: never a feature of the model
      if (table.find(feature, 0, feature.length, -1, -1) === -1) absent++;
    }
    expect(absent).toBe(5000);
  });

  it('finds a pair from the places of its two words as it finds the joined feature', () => {
    const table = new WeightTable(packWeights({ free_gift: 2.5, gift: 1 }));
    const text = 'free gift';
    const slot = table.find(text, 0, 4, 5, 9);
    expect(slot).not.toBe(-1);
    expect(table.weightAt(slot)).toBe(2.5);
    expect(table.weightAt(table.find(text, 5, 9, -1, -1))).toBe(1);
  });

  it('refuses weights it cannot keep exactly', () => {
    expect(() => packWeights({ free: 1.005 })).toThrow(/hundredths/);
    expect(() => packWeights({ free: 400 })).toThrow(/hundredths/);
  });
});
