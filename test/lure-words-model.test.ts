import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lureWordsRuleYaml, readLabelledTexts, trainLureWords } from '../src/train/lure-words.js';
import { ROOT } from './support/cli.js';

describe('the shipped lure-language model', () => {
  // derived data, like a lock file: changing the labelled fixtures without `npm run train`
  // would ship a model that no longer says what it was trained on
  it('is the model that training on fixtures/labelled gives (npm run train)', async () => {
    const texts = await readLabelledTexts(join(ROOT, 'fixtures', 'labelled'));
    const shipped = readFileSync(join(ROOT, 'rules', 'common', 'lure-words.yaml'), 'utf8');
    expect(shipped).toBe(lureWordsRuleYaml(trainLureWords(texts)));
  }, 60_000);
});
