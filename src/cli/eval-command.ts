import { safeJson } from '../report/reporters.js';
import type { ChalkInstance } from 'chalk';
import { relative, sep } from 'node:path';
import type { RuleSet } from '../engine/compile.js';
import { errorResult, scanDoc, type ScanResult } from '../pipeline.js';
import { evaluate, formatEval, LABELS, type Label, type LabelledResult } from '../report/eval.js';
import { isSourceError, readFileDoc, walkTargets } from '../sources/files.js';
import { runOrdered } from './ordered-pool.js';
import { writeStderr, writeStdout } from './output.js';

/**
 * `fakepromo eval DIR`: each post's label is the first folder under DIR (scam, legit,
 * warning); prints how the verdicts compare with the labels.
 */
export async function runEval(dir: string, rules: RuleSet, format: 'pretty' | 'json', concurrency: number, chalk: ChalkInstance): Promise<number> {
  const items: LabelledResult[] = [];
  let unlabelled = 0;
  const paths = [...walkTargets([dir])];
  await runOrdered(
    paths,
    concurrency,
    async (entry): Promise<ScanResult[]> => {
      if (isSourceError(entry)) return [errorResult(entry).result];
      const doc = readFileDoc(entry.path);
      if (isSourceError(doc)) return [errorResult(doc).result];
      return (await scanDoc(doc, rules)).map((s) => s.result);
    },
    (results) => {
      for (const result of results) {
        const label = relative(dir, result.source).split(sep)[0] as Label;
        if (LABELS.includes(label)) items.push({ label, result });
        else unlabelled++;
      }
    },
  );
  if (items.length === 0) {
    writeStderr(`fakepromo eval: no labelled posts under ${dir} (expected folders ${LABELS.join(', ')})\n`);
    return 2;
  }
  const report = evaluate(items);
  writeStdout(format === 'json' ? `${safeJson({ ...report, unlabelled }, 2)}\n` : formatEval(chalk, report));
  return 0;
}
