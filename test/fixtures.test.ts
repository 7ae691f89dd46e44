import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRules } from '../src/engine/load.js';
import type { RuleSet } from '../src/engine/compile.js';
import { scanDoc } from '../src/pipeline.js';
import { contentTypeForPath } from '../src/sources/content-type.js';
import { ROOT } from './support/cli.js';

/** What each label must come out as. A legit post may not be flagged, nor called a warning. */
const ACCEPTED: Record<string, string[]> = { scam: ['scam', 'suspicious'], legit: ['clean'], warning: ['warning'] };
const LABELLED = join(ROOT, 'fixtures', 'labelled');

function labelledFiles(): Array<{ label: string; path: string }> {
  return Object.keys(ACCEPTED).flatMap((label) =>
    readdirSync(join(LABELLED, label))
      .sort()
      .map((name) => ({ label, path: join(LABELLED, label, name) })),
  );
}

let rules: RuleSet;
// loading and validating 1,000 rules takes seconds (vitest.config.ts gives hooks 60 s)
beforeAll(async () => {
  rules = await loadRules();
});

describe('labelled fixtures (the tuning split; fixtures/heldout is measured by eval, never tuned on)', () => {
  const files = labelledFiles();

  it('has posts of every label in both languages', () => {
    for (const label of Object.keys(ACCEPTED)) {
      for (const lang of ['ko', 'en']) expect(files.filter((f) => f.label === label && relative(LABELLED, f.path).includes(`/${lang}-`)).length, `${label} ${lang}`).toBeGreaterThanOrEqual(10);
    }
  });

  // the first batch (issue 2) is held to every post; later batches, written to find the rules'
  // blind spots, are held to the detection targets below
  const firstBatch = files.filter((f) => !/-b\d+-/.test(f.path));

  it.each(firstBatch.map((f) => [relative(LABELLED, f.path), f] as const))('%s gets its label', async (_name, { label, path }) => {
    const [scanned] = await scanDoc({ source: path, bytes: readFileSync(path), contentType: contentTypeForPath(path) }, rules);
    const { verdict, score, warningScore, hits } = scanned!.result;
    const why = `${verdict} (lure ${score}, warning ${warningScore}): ${hits.map((h) => h.rule).join(', ')}`;
    expect(ACCEPTED[label], why).toContain(verdict);
  });

  async function verdictsOf(selected: typeof files): Promise<Record<string, string[]>> {
    const verdicts: Record<string, string[]> = { scam: [], legit: [], warning: [] };
    for (const { label, path } of selected) {
      const [scanned] = await scanDoc({ source: path, bytes: readFileSync(path), contentType: contentTypeForPath(path) }, rules);
      verdicts[label]!.push(scanned!.result.verdict ?? 'error');
    }
    return verdicts;
  }
  const share = (list: string[], accepted: string[]): number => list.filter((v) => accepted.includes(v)).length / list.length;

  it('meets the detection targets of issue 4 on every labelled batch but batch 3', async () => {
    const verdicts = await verdictsOf(files.filter((f) => !f.path.includes('-b3-')));
    expect(share(verdicts.scam!, ['scam', 'suspicious']), 'scams flagged').toBeGreaterThanOrEqual(0.95);
    expect(share(verdicts.legit!, ['scam']), 'legit called scam').toBeLessThanOrEqual(0.02);
    expect(share(verdicts.legit!, ['scam', 'suspicious']), 'legit flagged').toBeLessThanOrEqual(0.08);
    expect(share(verdicts.warning!, ['warning']), 'warnings called warning').toBeGreaterThanOrEqual(0.9);
    // some 10,000 posts in one thread: about 15 s on a quiet machine, twice that on a busy one
  }, 180_000);

  it('holds its ground on batch 3, written against the blind spots (below target: see issue 4)', async () => {
    // Regression floors, not the targets: batch 3 avoids the obvious words on purpose, and the
    // detector does not reach the targets on it yet (80.6% scams flagged, 53% warnings when set).
    const verdicts = await verdictsOf(files.filter((f) => f.path.includes('-b3-')));
    expect(share(verdicts.scam!, ['scam', 'suspicious']), 'scams flagged').toBeGreaterThanOrEqual(0.75);
    expect(share(verdicts.legit!, ['scam']), 'legit called scam').toBeLessThanOrEqual(0.02);
    expect(share(verdicts.legit!, ['scam', 'suspicious']), 'legit flagged').toBeLessThanOrEqual(0.08);
    expect(share(verdicts.warning!, ['warning']), 'warnings called warning').toBeGreaterThanOrEqual(0.5);
  });

  it('the demo posts of the README get the verdicts their names promise', async () => {
    const demo = join(ROOT, 'fixtures', 'demo');
    const expected: Record<string, string> = { lure: 'scam', warning: 'warning', factcheck: 'warning', real: 'clean' };
    for (const name of readdirSync(demo)) {
      const kind = Object.keys(expected).find((k) => name.includes(k))!;
      const path = join(demo, name);
      const [scanned] = await scanDoc({ source: path, bytes: readFileSync(path), contentType: contentTypeForPath(path) }, rules);
      expect(scanned!.result.verdict, name).toBe(expected[kind]);
    }
  });
});

describe('the fixture manifest', () => {
  it('notes every labelled and held-out post, with the real case or kind of offer it is modelled on', () => {
    const manifestDir = join(ROOT, 'fixtures', 'manifest');
    const rows = new Map<string, string[]>();
    for (const name of readdirSync(manifestDir).filter((n) => n.endsWith('.tsv'))) {
      const [header, ...lines] = readFileSync(join(manifestDir, name), 'utf8').trim().split('\n');
      expect(header!.split('\t').slice(0, 5), name).toEqual(['path', 'label', 'lang', 'split', 'modelled_on']);
      for (const line of lines) rows.set(line.split('\t')[0]!, line.split('\t'));
    }
    for (const split of ['labelled', 'heldout']) {
      for (const label of ['scam', 'legit', 'warning']) {
        for (const name of readdirSync(join(ROOT, 'fixtures', split, label))) {
          const row = rows.get(`${split}/${label}/${name}`);
          expect(row, `${split}/${label}/${name} has no manifest row`).toBeDefined();
          expect(row![1], name).toBe(label);
          expect(row![3], name).toBe(split);
          expect(row![4]!.length, `${name}: modelled_on`).toBeGreaterThan(10);
        }
      }
    }
  });
});
