import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot, shippedRulesDir } from '../paths.js';
import { compileRuleSet, deferredRule, ruleFlags, type RuleHead, type RuleSet } from './compile.js';
import { loadRules } from './load.js';
import { registryDataOf, rememberRegistryData, type RegistryData } from './detectors/brands.js';
import { DETECTORS } from './detectors/index.js';
import { AtomAutomaton } from './atom-automaton.js';
import { offerPrebuiltAutomaton, patternGate, prefilterOf, type PatternGate } from './patterns.js';
import { rememberAtoms, type LiteralNeeds } from './prefilter.js';
import type { BrandSpec, RulePackData, RuleSpec, ScoringSpec } from './types.js';

/**
 * The shipped rules, validated at build time into dist/rules.json so that a scan starts
 * without a YAML parser or a schema validator. The prebuilt copy is used only while the YAML
 * files are unchanged (names, sizes, times); after an edit the YAML is loaded (and validated) instead.
 *
 * The file is one line of JSON, the head, then the rules' specs and the brand registry, each a
 * JSON text at a byte range the head gives. The head holds what every scan needs (scoring, each
 * rule's language); a one-post scan parses the literal gates of its language's rules (one JSON
 * array per language), and the specs of the rules its post may match, instead of the whole pack.
 */
export interface PrebuiltHead {
  fingerprint: string;
  /** [path in rules/, size (-1 for a folder), whole ms of modification]: checked without listing the folder */
  stamps: Array<[string, number, number]>;
  scoring: ScoringSpec;
  /** the prefilter atoms of the detectors' regular expressions, by source */
  detectorAtoms: Record<string, string[] | null>;
  brands: ByteRange;
  /** the brand registry's tokens and names, derived at build time (RegistryData) */
  registry: ByteRange;
  /** the PatternGates of the rules of each language, as one JSON array per language */
  gates: Record<string, ByteRange>;
  /** gate: the rule's place in its language's gates (null: always run, a detector) */
  rules: Array<RuleHead & { id: string; supporting?: boolean; against_warning?: boolean; gate: number | null; spec: ByteRange }>;
}

/** [start, end) in bytes, from the line after the head */
type ByteRange = [number, number];

export const PREBUILT_FILE = join('dist', 'rules.json');

/** The automaton of every literal atom of the shipped rules (AtomAutomaton.toBytes), written with PREBUILT_FILE. */
export const PREBUILT_ATOMS_FILE = join('dist', 'atoms.bin');

/** Every literal atom the shipped rules' prefilters and detectors register: the prebuilt automaton's. */
export function prebuiltAtomList(data: Pick<RulePackData, 'rules'>, detectorAtoms: PrebuiltHead['detectorAtoms']): string[] {
  const atoms = new Set<string>();
  const add = (needs: LiteralNeeds | null): void => {
    if (needs === null) return;
    if (Array.isArray(needs)) for (const atom of needs) atoms.add(atom);
    else ('any' in needs ? needs.any : needs.all).forEach(add);
  };
  for (const rule of data.rules) if (rule.pattern) (rule.prefilter ?? prefilterOf(rule.pattern)).forEach(add);
  Object.values(detectorAtoms).forEach(add);
  return [...atoms];
}

/** The prebuilt automaton, or null when it is missing or unreadable (the atoms' automaton is then built). */
function readPrebuiltAutomaton(): AtomAutomaton | null {
  try {
    return AtomAutomaton.fromBytes(readFileSync(join(packageRoot(), PREBUILT_ATOMS_FILE)));
  } catch {
    return null;
  }
}

const RULE_FILE = /\.(ya?ml|json)$/;

/**
 * A fingerprint of the rule files (name, size, modification time): enough to tell a stale
 * prebuilt copy from a current one without reading, parsing or hashing them at start-up.
 */
export function fingerprintRuleFolder(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && RULE_FILE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((file) => {
      const { size, mtimeMs } = statSync(file);
      return `${relative(dir, file)}:${size}:${Math.trunc(mtimeMs)}`;
    })
    .join('|');
}

/** The rule files and every folder (a folder's time changes when a file is added, removed or renamed in it). */
export function ruleFolderStamps(dir: string): PrebuiltHead['stamps'] {
  const stamps: PrebuiltHead['stamps'] = [['.', -1, Math.trunc(statSync(dir).mtimeMs)]];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const { size, mtimeMs } = statSync(path);
    if (entry.isDirectory()) stamps.push([relative(dir, path), -1, Math.trunc(mtimeMs)]);
    else if (entry.isFile() && RULE_FILE.test(entry.name)) stamps.push([relative(dir, path), size, Math.trunc(mtimeMs)]);
  }
  return stamps;
}

/**
 * Whether the rule folder is still what the prebuilt copy was made from: the stamps, checked one
 * stat each; when a folder's time moved (an editor's backup file does that too), the fingerprint decides.
 */
export function ruleFolderUnchanged(dir: string, head: Pick<PrebuiltHead, 'fingerprint' | 'stamps'>): boolean {
  const stampsHold = head.stamps.every(([path, size, mtime]) => {
    const stat = statSync(join(dir, path), { throwIfNoEntry: false });
    return stat !== undefined && Math.trunc(stat.mtimeMs) === mtime && (size < 0 || stat.size === size);
  });
  return stampsHold || head.fingerprint === fingerprintRuleFolder(dir);
}

/** A rule as the prebuilt file keeps it: a detector may pack its params to load faster (DetectorDefinition.pack). */
export function prebuiltRuntime<T extends Pick<RuleSpec, 'detector' | 'params'>>(rule: T): T {
  const pack = rule.detector !== undefined ? DETECTORS.get(rule.detector)?.pack : undefined;
  return pack && rule.params ? { ...rule, params: pack(rule.params) } : rule;
}

/** The prebuilt file for validated rules (build time): see PrebuiltHead. */
export function encodePrebuilt(data: RulePackData, detectorAtoms: PrebuiltHead['detectorAtoms'], rulesDir: string): Buffer {
  const parts: Buffer[] = [];
  let length = 0;
  const place = (value: unknown): ByteRange => {
    const bytes = Buffer.from(JSON.stringify(value));
    parts.push(bytes);
    length += bytes.length;
    return [length - bytes.length, length];
  };
  const gates: Record<string, PatternGate[]> = {};
  const rules = data.rules.map((rule) => {
    // examples and descriptions stay in the YAML (fakepromo rules --test reads them there)
    const { examples: _examples, description: _description, ...runtime } = rule;
    const prefilter = rule.pattern ? (rule.prefilter ?? prefilterOf(rule.pattern)) : undefined;
    const spec = { ...prebuiltRuntime(runtime), examples: { match: [], nomatch: [] }, ...(prefilter ? { prefilter } : {}) };
    return {
      id: rule.id,
      lang: rule.lang ?? 'any',
      ...(rule.view !== undefined ? { view: rule.view } : {}),
      ...(rule.supporting !== undefined ? { supporting: rule.supporting } : {}),
      ...(rule.against_warning !== undefined ? { against_warning: rule.against_warning } : {}),
      gate: rule.pattern && prefilter ? (gates[rule.lang ?? 'any'] ??= []).push(patternGate(rule.pattern, prefilter)) - 1 : null,
      spec: place(spec),
    };
  });
  const head: PrebuiltHead = {
    fingerprint: fingerprintRuleFolder(rulesDir),
    stamps: ruleFolderStamps(rulesDir),
    scoring: data.scoring,
    detectorAtoms,
    brands: place(data.brands),
    registry: place(registryDataOf(data.brands)),
    gates: Object.fromEntries(Object.entries(gates).map(([lang, list]) => [lang, place(list)])),
    rules,
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`), ...parts]);
}

/** The head of a prebuilt file, and a reader of the JSON texts it points to. */
export function decodePrebuilt(bytes: Buffer): { head: PrebuiltHead; read: <T>(range: ByteRange) => T } {
  // JSON.stringify escapes newlines inside strings: the first one ends the head
  const bodyStart = bytes.indexOf(10) + 1;
  const head = JSON.parse(bytes.toString('utf8', 0, bodyStart - 1)) as PrebuiltHead;
  const read = <T>([start, end]: ByteRange): T => JSON.parse(bytes.toString('utf8', bodyStart + start, bodyStart + end)) as T;
  return { head, read };
}

/** Whether a prebuilt head is usable: of this format, and made from the rule files as they are now. */
function headIsCurrent(head: PrebuiltHead): boolean {
  return Array.isArray(head.stamps) && typeof head.gates === 'object' && ruleFolderUnchanged(shippedRulesDir(), head);
}

/** The prebuilt file, decoded, if it is current; else null. */
function currentPrebuilt(): ReturnType<typeof decodePrebuilt> | null {
  const file = join(packageRoot(), PREBUILT_FILE);
  if (!existsSync(file)) return null;
  const prebuilt = decodePrebuilt(readFileSync(file));
  return headIsCurrent(prebuilt.head) ? prebuilt : null;
}

/**
 * Whether the shipped rules load from the prebuilt copy (validated at build time), not from YAML
 * edited since. Reads the head only: the caller (a folder scan's main thread) keeps none of it.
 */
export function prebuiltRulesCurrent(): boolean {
  let fd: number;
  try {
    fd = openSync(join(packageRoot(), PREBUILT_FILE), 'r');
  } catch {
    return false;
  }
  try {
    const chunks: Buffer[] = [];
    const chunk = Buffer.allocUnsafe(64 * 1024);
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      const end = chunk.subarray(0, read).indexOf(10);
      chunks.push(Buffer.from(chunk.subarray(0, end === -1 ? read : end)));
      if (end !== -1) return headIsCurrent(JSON.parse(Buffer.concat(chunks).toString('utf8')) as PrebuiltHead);
    }
    return false;
  } finally {
    closeSync(fd);
  }
}

/**
 * The prebuilt shipped rules if they are current, else null. `lazy`: each rule is read and
 * compiled when a post may first match it (a one-post scan); else all are compiled now (a worker).
 */
export function loadPrebuiltRules(options: { lazy?: boolean } = {}): RuleSet | null {
  const prebuilt = currentPrebuilt();
  if (!prebuilt) return null;
  const { head, read } = prebuilt;
  rememberAtoms(head.detectorAtoms);
  offerPrebuiltAutomaton(readPrebuiltAutomaton);
  const brands = read<BrandSpec[]>(head.brands);
  const readSpec = (k: number) => (): RuleSpec & { file: string } => read<RuleSpec & { file: string }>(head.rules[k]!.spec);
  if (!options.lazy) {
    // read now: a closure that reads later would keep the whole file in memory for the run (and
    // so would any closure made in this function, which shares the scope that holds the bytes)
    rememberRegistryData(brands, returning(read<RegistryData>(head.registry)));
    return compileRuleSet({ rules: head.rules.map((_, k) => readSpec(k)()), scoring: head.scoring, brands }, { trusted: true });
  }
  rememberRegistryData(brands, () => read<RegistryData>(head.registry));
  const always = (): PatternGate => true;
  const gateLists = new Map<string, PatternGate[]>();
  const gatesOf = (lang: string): PatternGate[] => {
    let list = gateLists.get(lang);
    if (list === undefined) gateLists.set(lang, (list = read<PatternGate[]>(head.gates[lang]!)));
    return list;
  };
  const rules = head.rules.map((ruleHead, k) => {
    const gate = ruleHead.gate;
    return deferredRule(ruleHead, k, gate === null ? always : () => gatesOf(ruleHead.lang)[gate]!, readSpec(k));
  });
  let data: RulePackData | undefined;
  return {
    rules,
    scoring: head.scoring,
    brands,
    flags: ruleFlags(head.rules),
    get data() {
      return (data ??= { rules: rules.map((rule) => rule.spec), scoring: head.scoring, brands });
    },
  };
}

/** A function that returns the value, made outside any scope that holds more. */
function returning<T>(value: T): () => T {
  return () => value;
}

/** The shipped rules, from the prebuilt copy when current. */
export async function loadShippedRules(): Promise<RuleSet> {
  return loadPrebuiltRules() ?? (await loadRules());
}
