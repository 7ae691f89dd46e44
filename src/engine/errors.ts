/** A path into a rule file's data, as YAML keys and sequence indexes. */
export type SpecPath = Array<string | number>;

/** A problem with one place in a rule file, before its position is known. */
export class RuleError extends Error {
  constructor(
    message: string,
    readonly path: SpecPath,
  ) {
    super(message);
    this.name = 'RuleError';
  }
}

export interface RuleProblem {
  file: string;
  line?: number;
  column?: number;
  ruleId?: string;
  message: string;
}

/** An invalid rule pack: every problem found, each with file, line, column and rule id where known. */
export class RulePackError extends Error {
  constructor(readonly problems: RuleProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'RulePackError';
  }
}

export function formatProblem(p: RuleProblem): string {
  const where = [p.file, p.line, p.column].filter((x) => x !== undefined).join(':');
  return `${where}: ${p.ruleId ? `rule ${p.ruleId}: ` : ''}${p.message}`;
}
