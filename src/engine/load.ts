import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { shippedRulesDir } from '../paths.js';
import { compileRule, ruleFlags, type CompiledRule, type RuleSet } from './compile.js';
import { DETECTORS } from './detectors/index.js';
import { patternRegexLeaves } from './patterns.js';
import { backtrackingProblem } from './redos.js';
import { canonicalPhone } from '../text/phones.js';
import { RuleError, RulePackError, type RuleProblem, type SpecPath } from './errors.js';
import { SIGNAL_CATEGORIES, type BrandSpec, type CombinationSpec, type RulePackData, type RuleSpec, type ScoringSpec } from './types.js';

export interface LoadRulesOptions {
  /** more rule folders, loaded after the shipped ones: a rule with the same id replaces the earlier one */
  dirs?: string[];
  /** load the rules shipped with the package (default true) */
  shipped?: boolean;
  /** refuse regexes that can backtrack catastrophically (default true; see redos.ts) */
  checkBacktracking?: boolean;
}

/** Files of a rule folder with a meaning of their own; every other *.yaml is a rule pack. */
const SCORING_FILE = 'scoring.yaml';
const BRANDS_FILE = 'brands.yaml';

/**
 * Loads, validates and compiles rule folders. Every problem of every file is collected and
 * thrown together as a RulePackError naming file, line, column and rule id.
 */
export async function loadRules(options: LoadRulesOptions = {}): Promise<RuleSet> {
  const dirs = [...(options.shipped === false ? [] : [shippedRulesDir()]), ...(options.dirs ?? [])];
  const loader = await YamlRuleLoader.create();
  const problems: RuleProblem[] = [];
  const rulesById = new Map<string, { spec: RuleSpec & { file: string }; compiled: CompiledRule }>();
  let scoring: ScoringSpec = { thresholds: { scam: 8, suspicious: 4, warning: 4, warning_over_scam: 7 }, categories: {}, combinations: [] };
  const brands = new Map<string, BrandSpec>();
  const combinationOrigins = new Map<string, { parsed: ParsedFile; index: number }>();
  const compiled: Array<{ parsed: ParsedFile; index: number; spec: RuleSpec }> = [];

  for (const dir of dirs) {
    const files = listYamlFiles(dir, problems);
    const idsInDir = new Map<string, string>();
    for (const file of files) {
      const shown = displayPath(file);
      const parsed = loader.parse(file, shown, problems);
      if (!parsed) continue;
      const name = basename(file);
      if (relative(dir, file) === SCORING_FILE) {
        if (parsed.validate('scoring')) {
          const extra = parsed.data as Partial<ScoringSpec> | null;
          scoring = mergeScoring(scoring, extra ?? {});
          (extra?.combinations ?? []).forEach((c, index) => combinationOrigins.set(c.id, { parsed, index }));
        }
      } else if (relative(dir, file) === BRANDS_FILE) {
        if (parsed.validate('brands')) {
          // a later folder's brand replaces a shipped one by id; twice in one file is a mistake
          const seen = new Map<string, number>();
          (parsed.data as BrandSpec[]).forEach((brand, index) => {
            const earlier = seen.get(brand.id);
            if (earlier !== undefined) return parsed.report(`duplicate brand id (first defined on line ${parsed.lineOf([earlier])})`, [index, 'id'], brand.id);
            seen.set(brand.id, index);
            // a word label stands for one of the brand's own domains (paris of paris.co.kr)
            const labels = new Set(brand.domains.map((domain) => domain.toLowerCase().split('.')[0]));
            const stray = (brand.word_labels ?? []).findIndex((word) => !labels.has(word));
            if (stray !== -1) return parsed.report(`word label "${brand.word_labels![stray]}" is the first label of none of the brand's domains`, [index, 'word_labels', stray], brand.id);
            // each listed number must read as one number, or the brand's own number would count as foreign
            const unread = (brand.phones ?? []).findIndex((phone) => canonicalPhone(phone) === null);
            if (unread !== -1) return parsed.report(`phone "${brand.phones![unread]}" does not read as one telephone number`, [index, 'phones', unread], brand.id);
            brands.set(brand.id, brand);
          });
        }
      } else if (name.endsWith('.yaml') || name.endsWith('.yml')) {
        if (!parsed.validate('pack')) continue;
        (parsed.data as RuleSpec[] | null ?? []).forEach((raw, index) => {
          const spec = { ...raw, file: shown };
          const earlier = idsInDir.get(spec.id);
          if (earlier) return parsed.report(`duplicate rule id (first defined in ${earlier})`, [index, 'id'], spec.id);
          idsInDir.set(spec.id, `${shown}:${parsed.lineOf([index])}`);
          try {
            loader.checkDetectorParams(spec, [index]);
            rulesById.set(spec.id, { spec, compiled: compileRule(spec, [index]) });
            compiled.push({ parsed, index, spec });
          } catch (error) {
            if (!(error instanceof RuleError)) throw error;
            parsed.report(error.message, error.path, spec.id);
          }
        });
      }
    }
  }
  checkCombinations(scoring.combinations, rulesById, combinationOrigins);
  if (options.checkBacktracking !== false) {
    for (const { parsed, index, spec } of compiled) {
      for (const regex of ruleRegexes(spec, [index])) {
        const problem = await backtrackingProblem(regex.source);
        if (problem) parsed.report(problem, regex.path, spec.id);
      }
    }
  }
  if (problems.length > 0) throw new RulePackError(problems);
  const entries = [...rulesById.values()];
  const data: RulePackData = { rules: entries.map((e) => e.spec), scoring, brands: [...brands.values()] };
  return { rules: entries.map((e) => e.compiled), scoring, brands: data.brands, flags: ruleFlags(data.rules), data };
}

function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

function listYamlFiles(dir: string, problems: RuleProblem[]): string[] {
  let entries;
  try {
    if (!statSync(dir).isDirectory()) {
      problems.push({ file: dir, message: 'not a folder of rule packs' });
      return [];
    }
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    problems.push({ file: dir, message: `cannot read the rule folder: ${(error as Error).message}` });
    return [];
  }
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function mergeScoring(base: ScoringSpec, extra: Partial<ScoringSpec>): ScoringSpec {
  const combinations = new Map<string, CombinationSpec>(base.combinations.map((c) => [c.id, c]));
  for (const c of extra.combinations ?? []) combinations.set(c.id, c);
  return {
    thresholds: { ...base.thresholds, ...extra.thresholds },
    categories: { ...base.categories, ...extra.categories },
    combinations: [...combinations.values()],
  };
}

/** Every regular expression a rule runs, with where it is written: pattern leaves and detectors' regex params. */
function ruleRegexes(spec: RuleSpec, path: SpecPath): Array<{ source: string; path: SpecPath }> {
  const out = spec.pattern ? patternRegexLeaves(spec.pattern, [...path, 'pattern']) : [];
  for (const key of (spec.detector && DETECTORS.get(spec.detector)?.regexParams) || []) {
    const value = spec.params?.[key];
    if (typeof value === 'string') out.push({ source: value, path: [...path, 'params', key] });
  }
  return out;
}

/** Every term of a combination must name a category or a loaded rule; reported where it is written. */
function checkCombinations(combos: CombinationSpec[], rules: Map<string, unknown>, origins: Map<string, { parsed: ParsedFile; index: number }>): void {
  const categories = new Set<string>(SIGNAL_CATEGORIES);
  for (const combo of combos) {
    const origin = origins.get(combo.id);
    combo.all.forEach((term, termIndex) => {
      for (const name of [term].flat()) {
        if (categories.has(name) || rules.has(name)) continue;
        origin?.parsed.report(`combination names "${name}", which is neither a category nor a rule id`, ['combinations', origin.index, 'all', termIndex], combo.id);
      }
    });
  }
}

// ---------------------------------------------------------------- YAML and schema

type SchemaName = 'pack' | 'scoring' | 'brands';

interface ParsedFile {
  data: unknown;
  validate(schema: SchemaName): boolean;
  report(message: string, path: SpecPath, ruleId?: string): void;
  lineOf(path: SpecPath): number | undefined;
}

/** Parses YAML with positions and validates it with the JSON Schema in rules/schema.json. */
class YamlRuleLoader {
  private constructor(
    private readonly yaml: typeof import('yaml'),
    private readonly validators: Record<SchemaName, ValidateFunction>,
    private readonly compileSchema: (schema: Record<string, unknown>) => ValidateFunction,
  ) {}

  private readonly detectorValidators = new Map<string, ValidateFunction>();

  static async create(): Promise<YamlRuleLoader> {
    // loaded only here: the shipped rules are prebuilt, so a plain scan never pays for these
    const [yaml, ajvModule] = await Promise.all([import('yaml'), import('ajv')]);
    const Ajv = ajvModule.default as unknown as typeof import('ajv').default;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const schema = JSON.parse(readFileSync(join(shippedRulesDir(), 'schema.json'), 'utf8')) as { $id: string };
    ajv.addSchema(schema);
    const get = (name: string): ValidateFunction => ajv.getSchema(`${schema.$id}#/definitions/${name}`)!;
    return new YamlRuleLoader(yaml, { pack: get('pack'), scoring: get('scoring'), brands: get('brands') }, (s) => ajv.compile(s));
  }

  parse(file: string, shown: string, problems: RuleProblem[]): ParsedFile | null {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (error) {
      problems.push({ file: shown, message: `cannot read: ${(error as Error).message}` });
      return null;
    }
    const lineCounter = new this.yaml.LineCounter();
    const doc = this.yaml.parseDocument(source, { lineCounter, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const pos = error.linePos?.[0];
        problems.push({ file: shown, line: pos?.line, column: pos?.col, message: `invalid YAML: ${error.message.split('\n')[0]}` });
      }
      return null;
    }
    const data: unknown = doc.toJS();
    const ruleIdAt = (path: SpecPath): string | undefined => {
      if (!Array.isArray(data) || typeof path[0] !== 'number') return undefined;
      const rule = data[path[0]] as { id?: unknown } | undefined;
      return typeof rule?.id === 'string' ? rule.id : undefined;
    };
    const report = (message: string, path: SpecPath, ruleId?: string): void => {
      const pos = positionOf(doc, lineCounter, path);
      problems.push({ file: shown, line: pos?.line, column: pos?.col, ruleId: ruleId ?? ruleIdAt(path), message });
    };
    const parsed: ParsedFile = {
      data,
      report,
      lineOf: (path) => positionOf(doc, lineCounter, path)?.line,
      validate: (schema) => {
        const validate = this.validators[schema];
        if (validate(data ?? (schema === 'scoring' ? {} : []))) return true;
        for (const error of usefulErrors(validate.errors ?? [])) report(describe(error), errorPath(error));
        return false;
      },
    };
    return parsed;
  }

  /** Validates a detector rule's params against the detector's own schema. */
  checkDetectorParams(spec: RuleSpec, path: SpecPath): void {
    if (spec.detector === undefined) return;
    const detector = DETECTORS.get(spec.detector);
    if (!detector) return; // compileRule names the unknown detector
    let validate = this.detectorValidators.get(detector.name);
    if (!validate) this.detectorValidators.set(detector.name, (validate = this.compileSchema(detector.paramsSchema)));
    if (validate(spec.params ?? {})) return;
    const [first] = usefulErrors(validate.errors ?? []);
    if (first) throw new RuleError(`params of detector ${detector.name}: ${describe(first)}`, [...path, 'params', ...errorPath(first)]);
  }
}

function errorPath(error: ErrorObject): SpecPath {
  const parts: SpecPath = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (error.keyword === 'additionalProperties') parts.push(String((error.params as { additionalProperty: string }).additionalProperty));
  return parts;
}

/** One message per place, the most specific first: anyOf/oneOf wrappers say less than their branches. */
function usefulErrors(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'if') continue;
    const key = errorPath(error).join('/');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(error);
  }
  return out.length > 0 ? out : errors.slice(0, 1);
}

function describe(error: ErrorObject): string {
  // the rule's own index is already said by its id and line
  const inner = error.instancePath.replace(/^\/\d+/, '');
  const where = inner ? `${inner.slice(1).replace(/\//g, '.')}: ` : '';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `${where}unknown field "${String(params.additionalProperty)}"`;
    case 'required':
      return `${where}missing field "${String(params.missingProperty)}"`;
    case 'enum':
      return `${where}must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${where}${error.message ?? 'is invalid'}`;
  }
}

function positionOf(doc: Document, lineCounter: LineCounter, path: SpecPath): { line: number; col: number } | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth);
    const node = (depth === 0 ? doc.contents : doc.getIn(sub, true)) as { range?: [number, number, number] } | null | undefined;
    const keyNode = depth > 0 ? findKeyNode(doc, sub) : undefined;
    const range = keyNode?.range ?? node?.range;
    if (range) return lineCounter.linePos(range[0]);
  }
  return undefined;
}

/** For a path ending in a map key, the key node itself (so "unknown field" points at the field). */
function findKeyNode(doc: Document, path: SpecPath): { range?: [number, number, number] } | undefined {
  const parent = doc.getIn(path.slice(0, -1), true) as { items?: Array<{ key?: { value?: unknown; range?: [number, number, number] } }> } | undefined;
  const last = path[path.length - 1];
  if (!parent?.items || typeof last !== 'string') return undefined;
  return parent.items.find((pair) => pair.key?.value === last)?.key;
}
