import type { RuleSet } from './compile.js';
import { ScanContext } from './context.js';

export interface ExampleFailure {
  rule: string;
  file: string;
  kind: 'match' | 'nomatch';
  example: string;
}

/**
 * Runs every rule on its own `examples`: each `match` must fire it and no `nomatch` may,
 * as semgrep runs a rule's annotated tests.
 */
export function checkRuleExamples(rules: RuleSet): { checked: number; failures: ExampleFailure[] } {
  const failures: ExampleFailure[] = [];
  let checked = 0;
  for (const rule of rules.rules) {
    const { id, file, examples } = rule.spec;
    for (const [kind, list] of [['match', examples.match], ['nomatch', examples.nomatch]] as const) {
      for (const example of list) {
        checked++;
        const fired = rule.run(new ScanContext(example, [], rules.brands)) !== null;
        if (fired !== (kind === 'match')) failures.push({ rule: id, file, kind, example });
      }
    }
  }
  return { checked, failures };
}
