/**
 * Training of the lure-language model (rules/common/lure-words.yaml): for each feature of the
 * labelled fixtures (see lureWordFeatures), the log-likelihood ratio of a lure holding it
 * against a genuine post holding it. A post's score is the sum over the features it holds (in
 * the manner of naive Bayes, without the terms for absent features or a prior), as SpamAssassin's
 * Bayes rules learn from a user's mail. Warnings are left out: they quote lures to warn about them.
 */
import { relative, sep } from 'node:path';
import { extractDoc } from '../extract/index.js';
import { lureWordFeatures } from '../engine/lure-words.js';
import { isSourceError, readFileDoc, walkTargets } from '../sources/files.js';
import { normalizeText } from '../text/normalize.js';
import { LABELS, type Label } from '../report/eval.js';

export interface LabelledText {
  label: Label;
  /** below the labelled folder */
  path: string;
  /** the folded view of the post's text, as the detector reads it */
  folded: string;
}

export interface LureWordsModel {
  /** feature → log-likelihood ratio, scam over legit, rounded to hundredths */
  weights: Record<string, number>;
  scam: number;
  legit: number;
}

export interface TrainOptions {
  /** a feature must be in at least this many lures and genuine posts together */
  minCount?: number;
  /** features that weigh less than this either way are left out (they barely move the sum) */
  minWeight?: number;
}

/** The posts of a labelled folder (its first folders scam, legit, warning), in path order. */
export async function readLabelledTexts(dir: string): Promise<LabelledText[]> {
  const texts: LabelledText[] = [];
  for (const entry of walkTargets([dir])) {
    if (isSourceError(entry)) continue;
    const path = relative(dir, entry.path);
    const label = path.split(sep)[0] as Label;
    if (!LABELS.includes(label)) continue;
    const doc = readFileDoc(entry.path);
    if (isSourceError(doc)) continue;
    for (const post of await extractDoc(doc)) {
      if ('text' in post) texts.push({ label, path: path.split(sep).join('/'), folded: normalizeText(post.text).folded.text });
    }
  }
  return texts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function trainLureWords(texts: readonly LabelledText[], options: TrainOptions = {}): LureWordsModel {
  const minCount = options.minCount ?? 4;
  const minWeight = options.minWeight ?? 1;
  const counts = { scam: new Map<string, number>(), legit: new Map<string, number>() };
  const totals = { scam: 0, legit: 0 };
  for (const { label, folded } of texts) {
    if (label === 'warning') continue;
    totals[label]++;
    const seen = counts[label];
    for (const { feature } of lureWordFeatures(folded)) seen.set(feature, (seen.get(feature) ?? 0) + 1);
  }
  const weights: Record<string, number> = {};
  const features = [...new Set([...counts.scam.keys(), ...counts.legit.keys()])].sort();
  for (const feature of features) {
    const inScams = counts.scam.get(feature) ?? 0;
    const inLegit = counts.legit.get(feature) ?? 0;
    if (inScams + inLegit < minCount) continue;
    // Laplace smoothing: a feature seen in no genuine post is likely, not certain, to mean a lure
    const weight = Math.log((inScams + 1) / (totals.scam + 2) / ((inLegit + 1) / (totals.legit + 2)));
    if (Math.abs(weight) >= minWeight) weights[feature] = Math.round(weight * 100) / 100;
  }
  return { weights, scam: totals.scam, legit: totals.legit };
}

/** The summed weight of a folded text's features. */
export function lureWordsScore(model: LureWordsModel, folded: string): number {
  let sum = 0;
  for (const { feature } of lureWordFeatures(folded)) if (Object.hasOwn(model.weights, feature)) sum += model.weights[feature]!;
  return sum;
}

/** The batch a fixture belongs to (ko-b47, en-b12 …; the first batch is `base`): one blind round's posts are alike. */
function batchOf(path: string): string {
  return /(?:^|\/)((?:ko|en)-b\d+)-/.exec(path)?.[1] ?? 'base';
}

/**
 * K-fold cross-validation: each post scored by a model trained without it. Folds are whole
 * batches, so that a post's near twins from the same blind round are never in its training set.
 * Returns, for each label, the share of posts at or above the threshold.
 */
export function crossValidate(texts: readonly LabelledText[], folds: number, threshold: number, options: TrainOptions = {}): Record<Label, { above: number; total: number }> {
  const result = Object.fromEntries(LABELS.map((label) => [label, { above: 0, total: 0 }])) as Record<Label, { above: number; total: number }>;
  const batches = [...new Set(texts.map((text) => batchOf(text.path)))].sort();
  const foldOf = new Map(batches.map((batch, k) => [batch, k % folds]));
  for (let fold = 0; fold < folds; fold++) {
    const model = trainLureWords(
      texts.filter((text) => foldOf.get(batchOf(text.path)) !== fold),
      options,
    );
    for (const text of texts) {
      if (foldOf.get(batchOf(text.path)) !== fold) continue;
      result[text.label].total++;
      if (lureWordsScore(model, text.folded) >= threshold) result[text.label].above++;
    }
  }
  return result;
}

export const LURE_WORDS_RULE = { id: 'any.words.lure-language', weight: 4, threshold: 12 } as const;

/** The rule's examples: `fakepromo rules --test` checks that the model tells them apart. */
export const LURE_WORDS_EXAMPLES = {
  match: [
    '엄마 나야 폰 액정 깨져서 임시폰으로 연락해 급하게 문화상품권 사서 핀번호 좀 보내줘 수리되면 바로 갚을게',
    'Hi Mum, this is my new number, my phone broke. Can you send me the money for the bill today? I will pay you back tomorrow',
  ],
  nomatch: ['내일 회의는 오후 3시에 2층 회의실에서 합니다. 자료는 공유 폴더에 올려 두었어요', 'Your order has shipped and will arrive on Tuesday. Track it in the app.'],
};

/**
 * Examples the model tells apart only narrowly: a match below threshold + margin, a nomatch
 * above threshold − margin. `npm run train` refuses to write a model with any (a retrained
 * model would otherwise break `rules --test` on the next small change of the fixtures). The
 * margin was 2 until round 83, when genuine Korean delivery notices took the parcel example
 * to 13.7: still a match, 1.7 above the line. After round 89 they took it under the line (11.9):
 * a parcel notice is worded as the genuine ones are, and the rules, not the words, catch it; the
 * Korean example became a fake traffic-fine notice. Round 121 added genuine fine and court notices
 * and took that one to 12.8, 0.8 above the line; the Korean example is now a child's "new phone,
 * buy gift cards" message (17.3), whose words no genuine notice shares.
 */
export function narrowExamples(model: LureWordsModel, margin = 1.5): string[] {
  const { threshold } = LURE_WORDS_RULE;
  const score = (text: string): number => lureWordsScore(model, normalizeText(text).folded.text);
  return [
    ...LURE_WORDS_EXAMPLES.match.filter((text) => score(text) < threshold + margin),
    ...LURE_WORDS_EXAMPLES.nomatch.filter((text) => score(text) > threshold - margin),
  ];
}

/**
 * The rule file that ships the model. The examples are fixed: `fakepromo rules --test` checks
 * that a retrained model still tells them apart.
 */
export function lureWordsRuleYaml(model: LureWordsModel): string {
  const lines = [
    '# Generated by `npm run train` (scripts/train-lure-words.mjs) from fixtures/labelled: do not edit.',
    `# ${model.scam} lures and ${model.legit} genuine posts; ${Object.keys(model.weights).length} features.`,
    `- id: ${LURE_WORDS_RULE.id}`,
    '  category: lure-language',
    `  weight: ${LURE_WORDS_RULE.weight}`,
    '  lang: any',
    '  message: its words, taken together, read like the lures of the labelled fixtures rather than their genuine posts (log-likelihood ratios summed over its features; the evidence is the features that weigh most)',
    '  detector: lure-words',
    '  params:',
    `    threshold: ${LURE_WORDS_RULE.threshold}`,
    '    weights:',
    ...Object.entries(model.weights).map(([feature, weight]) => `      ${JSON.stringify(feature)}: ${weight}`),
    '  examples:',
    '    match:',
    ...LURE_WORDS_EXAMPLES.match.map((text) => `      - ${JSON.stringify(text)}`),
    '    nomatch:',
    ...LURE_WORDS_EXAMPLES.nomatch.map((text) => `      - ${JSON.stringify(text)}`),
  ];
  return `${lines.join('\n')}\n`;
}
