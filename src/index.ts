/**
 * fakepromo as a library: load rules once, scan texts or documents. Nothing here prints,
 * exits or reads the network.
 */
export { loadRules, type LoadRulesOptions } from './engine/load.js';
export { loadShippedRules } from './engine/shipped.js';
export { compileRuleSet, type RuleSet, type CompiledRule } from './engine/compile.js';
export { scanText, type ScanOptions } from './engine/scan.js';
export { RulePackError, formatProblem, type RuleProblem } from './engine/errors.js';
export { normalizeText, type NormalizedText } from './text/normalize.js';
export { findQuantities, type Quantity } from './text/quantities.js';
export { scanDoc, errorResult, type ScanResult, type ScannedPost } from './pipeline.js';
export { extractDoc, type Post, type ExtractOptions } from './extract/index.js';
export { SELF_TEST_POST } from './self-test.js';
export type { Hit, Evidence, Verdict, ScanOutcome, RuleSpec, PatternSpec, ScoringSpec, SignalCategory } from './engine/types.js';
export type { Link } from './engine/context.js';
export type { RawDoc } from './sources/types.js';
