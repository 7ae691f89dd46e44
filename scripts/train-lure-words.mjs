// npm run train: trains the lure-language model on fixtures/labelled and writes
// rules/common/lure-words.yaml. With --cv K it prints K-fold cross-validated figures instead
// (each post scored by a model trained without it), and writes nothing.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { readLabelledTexts, trainLureWords, lureWordsRuleYaml, crossValidate, narrowExamples, LURE_WORDS_RULE } = await import(join(root, 'dist/train/lure-words.js'));

const texts = await readLabelledTexts(join(root, 'fixtures', 'labelled'));
const cv = process.argv.indexOf('--cv');
if (cv !== -1) {
  const folds = Number(process.argv[cv + 1] ?? 5);
  const result = crossValidate(texts, folds, LURE_WORDS_RULE.threshold);
  console.log(`${folds}-fold cross-validation by batch, threshold ${LURE_WORDS_RULE.threshold}: share of posts the rule fires on`);
  for (const [label, { above, total }] of Object.entries(result)) console.log(`  ${label.padEnd(8)} ${((100 * above) / total).toFixed(1)}% (${above} / ${total})`);
} else {
  const model = trainLureWords(texts);
  const narrow = narrowExamples(model);
  if (narrow.length > 0) {
    console.error(`the retrained model tells these rule examples apart too narrowly (choose others in src/train/lure-words.ts):\n${narrow.map((t) => `  ${t}`).join('\n')}`);
    process.exit(1);
  }
  const file = join(root, 'rules', 'common', 'lure-words.yaml');
  writeFileSync(file, lureWordsRuleYaml(model));
  console.log(`${file}: ${Object.keys(model.weights).length} features from ${model.scam} lures and ${model.legit} genuine posts`);
}
