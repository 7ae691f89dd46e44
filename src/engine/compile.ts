import { DETECTORS } from './detectors/index.js';
import type { DetectorRun } from './detectors/types.js';
import type { ScanContext } from './context.js';
import { RuleError, RulePackError, type SpecPath } from './errors.js';
import { compilePattern, gateTest, MAX_SPANS, type Matcher, type PatternGate, type PatternOptions } from './patterns.js';
import type { BrandSpec, Evidence, RulePackData, RuleSpec, ScoringSpec } from './types.js';

export interface CompiledRule {
  readonly spec: RuleSpec & { file: string };
  /** the language of posts the rule reads, known without parsing a deferred rule's spec */
  readonly lang: NonNullable<RuleSpec['lang']>;
  /** Evidence in original-text offsets, or null when the rule does not fire. */
  run(ctx: ScanContext): Evidence[] | null;
}

/** Rules ready to scan with: compiled once, used for every post. */
export interface RuleSet {
  readonly rules: readonly CompiledRule[];
  readonly scoring: ScoringSpec;
  readonly brands: readonly BrandSpec[];
  /** how some rules count in scoring: supporting rules, legit signals neutral for warnings */
  readonly flags: RuleFlags;
  /** the validated data the set was compiled from */
  readonly data: RulePackData;
}

/**
 * Compiles one rule. Errors are RuleErrors whose path starts at `path`, so that a loader
 * holding the YAML document can say where they are.
 */
export type CompileOptions = Pick<PatternOptions, 'trusted'> & {
  /**
   * Trusted rules only: build each pattern's matcher, and each detector, when the rule first runs.
   * A one-post scan then pays only for the rules of its language; a long scan (a worker) builds
   * them all up front, since a matcher built late adds atoms its prefilter must search one by one
   * until the automaton is rebuilt.
   */
  lazy?: boolean;
};

export function compileRule(spec: RuleSpec & { file: string }, path: SpecPath, options: CompileOptions = {}): CompiledRule {
  if ((spec.pattern === undefined) === (spec.detector === undefined)) {
    throw new RuleError('a rule needs exactly one of pattern or detector', path);
  }
  if (spec.detector !== undefined) {
    const detector = DETECTORS.get(spec.detector);
    if (!detector) {
      throw new RuleError(`unknown detector "${spec.detector}" (known: ${[...DETECTORS.keys()].join(', ')})`, [...path, 'detector']);
    }
    const create = (): DetectorRun => detector.create(spec.params ?? {}, [...path, 'params'], { trusted: options.trusted });
    if (options.lazy && options.trusted) {
      // its regexes are compiled (and its registry prepared) when the rule first runs
      let run: DetectorRun | undefined;
      return { spec, lang: spec.lang ?? 'any', run: (ctx) => (run ??= create())(ctx) };
    }
    return { spec, lang: spec.lang ?? 'any', run: create() };
  }
  const build = (): Matcher => compilePattern(spec.pattern!, [...path, 'pattern'], { trusted: options.trusted, prefilter: spec.prefilter });
  let matcher = options.lazy && options.trusted ? undefined : build();
  const viewNames = [spec.view ?? 'folded'].flat();
  return {
    spec,
    lang: spec.lang ?? 'any',
    run(ctx) {
      matcher ??= build();
      let evidence: Evidence[] | null = null;
      for (const viewName of viewNames) {
        const spans = matcher(ctx.view(viewName).text);
        if (spans !== null && spans.length > 0) (evidence ??= []).push(...spans.map((span) => ctx.evidence(viewName, span)));
      }
      return evidence && dedupe(evidence);
    },
  };
}

/** What a deferred rule is known by before its spec is read. */
export interface RuleHead {
  lang: NonNullable<RuleSpec['lang']>;
  view?: RuleSpec['view'];
}

/**
 * A trusted rule whose spec is parsed, and which is compiled, only when a post passes its gate
 * (read on first need too, from its pattern's prefilter atoms; `true` for a detector): a one-post
 * scan then reads and compiles the few rules its post may match, not the whole pack.
 */
export function deferredRule(head: RuleHead, index: number, readGate: () => PatternGate, readSpec: () => RuleSpec & { file: string }): CompiledRule {
  let spec: (RuleSpec & { file: string }) | undefined;
  let compiled: CompiledRule | undefined;
  let gate: ((text: string) => boolean) | undefined;
  const specOf = (): RuleSpec & { file: string } => (spec ??= readSpec());
  const viewNames = [head.view ?? 'folded'].flat();
  return {
    lang: head.lang,
    get spec() {
      return specOf();
    },
    run(ctx) {
      gate ??= gateTest(readGate());
      if (!viewNames.some((name) => gate!(ctx.view(name).text))) return null;
      compiled ??= compileRule(specOf(), [index], { trusted: true, lazy: true });
      return compiled.run(ctx);
    },
  };
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of evidence.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const key = `${e.start}:${e.end}:${e.link ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
    if (out.length >= MAX_SPANS) break;
  }
  return out;
}

/** Compiles validated data (such as the prebuilt shipped pack), reporting problems without positions. */
export function compileRuleSet(data: RulePackData, options: CompileOptions = {}): RuleSet {
  const problems: RulePackError['problems'] = [];
  const rules: CompiledRule[] = [];
  data.rules.forEach((spec, index) => {
    try {
      rules.push(compileRule(spec, [index], options));
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      problems.push({ file: spec.file, ruleId: spec.id, message: `${error.path.join('.')}: ${error.message}` });
    }
  });
  if (problems.length > 0) throw new RulePackError(problems);
  return { rules, scoring: data.scoring, brands: data.brands, flags: ruleFlags(data.rules), data };
}

export interface RuleFlags {
  /** ids of rules that count only beside a leading rule of their category */
  supporting: ReadonlySet<string>;
  /** ids of legit-context rules that do not weigh against a warning */
  warningNeutral: ReadonlySet<string>;
}

export function ruleFlags(rules: ReadonlyArray<Pick<RuleSpec, 'id' | 'supporting' | 'against_warning'>>): RuleFlags {
  return {
    supporting: new Set(rules.filter((r) => r.supporting).map((r) => r.id)),
    warningNeutral: new Set(rules.filter((r) => r.against_warning === false).map((r) => r.id)),
  };
}
