import { RuleError } from '../errors.js';
import { visitLureWordFeatures } from '../lure-words.js';
import type { Evidence } from '../types.js';
import type { DetectorDefinition } from './types.js';

/** How many of the features that weigh most toward a lure the evidence quotes (overlapping ones joined). */
const EVIDENCE_WORDS = 5;

/**
 * A post whose words, taken together, read like the lures of the labelled fixtures more than
 * like their genuine offers: the sum of the log-likelihood ratios (scam against legit) of the
 * features it holds, as in SpamAssassin's Bayes rules. The weights are trained from the
 * fixtures by scripts/train-lure-words.mjs; the evidence is the features that weigh most.
 */
export const lureWordsDetector: DetectorDefinition = {
  name: 'lure-words',
  regexParams: [],
  description: 'the words of the post, weighed by how much more often lures use them than genuine offers (trained on the fixtures)',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['threshold'],
    oneOf: [{ required: ['weights'] }, { required: ['table'] }],
    properties: {
      threshold: { type: 'number', exclusiveMinimum: 0, description: 'the summed weight at which the rule fires' },
      weights: { type: 'object', minProperties: 1, additionalProperties: { type: 'number' }, description: 'feature → log-likelihood ratio (scam over legit), in hundredths (finer weights are refused)' },
      table: { type: 'string', minLength: 1, description: 'the weights packed into a hash table (what the build writes for the prebuilt rules)' },
    },
  },
  pack(params) {
    return typeof params.table === 'string' ? params : { threshold: params.threshold, table: packWeights(params.weights as Record<string, number>) };
  },
  create(params, path, options = {}) {
    const threshold = params.threshold as number;
    // a packed table is what the build writes; a rule pack from elsewhere writes its weights
    if (typeof params.table === 'string' && !options.trusted) throw new RuleError('table is written by the build from weights: give the weights', [...path, 'table']);
    let table: WeightTable;
    try {
      // rules loaded from YAML carry plain weights: packing them here keeps one way of reading
      table = new WeightTable(typeof params.table === 'string' ? params.table : packWeights(params.weights as Record<string, number>));
    } catch (error) {
      throw new RuleError((error as Error).message, [...path, typeof params.table === 'string' ? 'table' : 'weights']);
    }
    // slots of the features already counted in this post (each feature counts once), cleared after it
    const seen = new Uint8Array(table.slots);
    const touched: number[] = [];
    return (ctx) => {
      const text = ctx.normalized.folded.text;
      let sum = 0;
      const top: TopWord[] = [];
      visitLureWordFeatures(text, (start, end, secondStart, secondEnd) => {
        const slot = table.find(text, start, end, secondStart, secondEnd);
        if (slot === -1 || seen[slot] === 1) return;
        seen[slot] = 1;
        touched.push(slot);
        const weight = table.weightAt(slot);
        sum += weight;
        if (weight > 0) keepTop(top, { weight, start, end: secondStart === -1 ? end : secondEnd });
      });
      for (const slot of touched) seen[slot] = 0;
      touched.length = 0;
      if (sum < threshold) return null;
      return mergeOverlaps(top.sort((a, b) => a.start - b.start || a.end - b.end)).map((span): Evidence => ctx.evidence('folded', span));
    };
  },
};

interface TopWord {
  weight: number;
  start: number;
  end: number;
}

/** Spans sorted by start, overlapping ones joined (a word and the pair that holds it quote once). */
function mergeOverlaps(spans: readonly TopWord[]): Array<{ start: number; end: number }> {
  const merged: Array<{ start: number; end: number }> = [];
  for (const { start, end } of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start < last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/** Keeps the features that weigh most (the first place on a tie), at most EVIDENCE_WORDS of them. */
function keepTop(top: TopWord[], word: TopWord): void {
  let at = top.length;
  while (at > 0 && (top[at - 1]!.weight < word.weight || (top[at - 1]!.weight === word.weight && top[at - 1]!.start > word.start))) at--;
  if (at >= EVIDENCE_WORDS) return;
  top.splice(at, 0, word);
  if (top.length > EVIDENCE_WORDS) top.pop();
}

/*
 * The packed table: open addressing over `slots` slots, each a 32-bit FNV-1a hash of the feature,
 * a 16-bit second hash (two features that share both are refused when packing) and the weight in
 * hundredths — stored as three runs (hashes, second hashes, weights), little-endian, base64 in the
 * prebuilt rules. A one-post scan then reads one string where a JSON object of thousands of keys
 * took about 4 ms to parse; features are stored as hashes, as SpamAssassin's Bayes store keeps
 * its tokens.
 */
const SLOT_BYTES = 8;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const DJB_OFFSET = 5381;
/** the _ that joins the two words of a pair feature */
const PAIR_JOINER = 95;

/** FNV-1a over text[start, end), from a running state (not finished: see finishHash). */
function fnvRange(state: number, text: string, start: number, end: number): number {
  let hash = state;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), FNV_PRIME);
  return hash;
}

function djbRange(state: number, text: string, start: number, end: number): number {
  let check = state;
  for (let k = start; k < end; k++) check = (Math.imul(check, 33) + text.charCodeAt(k)) | 0;
  return check;
}

function finishHash(hash: number): number {
  return hash >>> 0 || 1; // 0 marks an empty slot
}

/** The second hash of the feature text[start, end), joined by _ to text[secondStart, secondEnd) for a pair. */
function checkOf(text: string, start: number, end: number, secondStart: number, secondEnd: number): number {
  let check = djbRange(DJB_OFFSET, text, start, end);
  if (secondStart !== -1) check = djbRange((Math.imul(check, 33) + PAIR_JOINER) | 0, text, secondStart, secondEnd);
  return (check ^ (check >>> 16)) & 0xffff;
}

export function packWeights(weights: Readonly<Record<string, number>>): string {
  const entries = Object.entries(weights);
  const slots = Math.max(8, Math.ceil(entries.length * 1.5));
  const hashes = new Uint32Array(slots);
  const checks = new Uint16Array(slots);
  const hundredthsOf = new Int16Array(slots);
  for (const [feature, weight] of entries) {
    const hash = finishHash(fnvRange(FNV_OFFSET, feature, 0, feature.length));
    const check = checkOf(feature, 0, feature.length, -1, -1);
    const hundredths = Math.round(weight * 100);
    if (Math.abs(hundredths) > 0x7fff || hundredths / 100 !== weight) throw new Error(`lure-words: weight ${weight} of "${feature}" is not in hundredths within ±327.67`);
    let slot = hash % slots;
    for (; hashes[slot] !== 0; slot = (slot + 1) % slots) {
      if (hashes[slot] === hash && checks[slot] === check) throw new Error(`lure-words: "${feature}" shares its hashes with another feature`);
    }
    hashes[slot] = hash;
    checks[slot] = check;
    hundredthsOf[slot] = hundredths;
  }
  // little-endian whatever the machine, so that a prebuilt file reads the same everywhere
  const bytes = Buffer.alloc(slots * SLOT_BYTES);
  for (let slot = 0; slot < slots; slot++) {
    bytes.writeUInt32LE(hashes[slot]!, slot * 4);
    bytes.writeUInt16LE(checks[slot]!, slots * 4 + slot * 2);
    bytes.writeInt16LE(hundredthsOf[slot]!, slots * 6 + slot * 2);
  }
  return bytes.toString('base64');
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The packed table, looked up by a feature's place in a text (no string is built). */
export class WeightTable {
  private readonly hashes: Uint32Array;
  private readonly checks: Uint16Array;
  private readonly hundredths: Int16Array;
  readonly slots: number;

  constructor(packed: string) {
    const decoded = Buffer.from(packed, 'base64');
    const slots = decoded.byteLength / SLOT_BYTES;
    if (!Number.isInteger(slots) || slots === 0) throw new Error(`lure-words: a packed table of ${decoded.byteLength} bytes is not whole slots of ${SLOT_BYTES}`);
    this.slots = slots;
    // a copy at offset 0 of its own buffer: typed arrays need their elements aligned
    const bytes = new Uint8Array(decoded);
    if (LITTLE_ENDIAN) {
      this.hashes = new Uint32Array(bytes.buffer, 0, slots);
      this.checks = new Uint16Array(bytes.buffer, slots * 4, slots);
      this.hundredths = new Int16Array(bytes.buffer, slots * 6, slots);
    } else {
      const view = new DataView(bytes.buffer);
      this.hashes = Uint32Array.from({ length: slots }, (_, k) => view.getUint32(k * 4, true));
      this.checks = Uint16Array.from({ length: slots }, (_, k) => view.getUint16(slots * 4 + k * 2, true));
      this.hundredths = Int16Array.from({ length: slots }, (_, k) => view.getInt16(slots * 6 + k * 2, true));
    }
  }

  /** The slot of the feature text[start, end) (joined by _ to text[secondStart, secondEnd) for a pair), or -1. */
  find(text: string, start: number, end: number, secondStart: number, secondEnd: number): number {
    let running = fnvRange(FNV_OFFSET, text, start, end);
    if (secondStart !== -1) running = fnvRange(Math.imul(running ^ PAIR_JOINER, FNV_PRIME), text, secondStart, secondEnd);
    const hash = finishHash(running);
    let check = -1; // read only when a slot holds the same hash
    // at most one round of the table: a full table (which packWeights never writes) ends too
    for (let probe = 0, slot = hash % this.slots; probe < this.slots; probe++, slot = slot + 1 === this.slots ? 0 : slot + 1) {
      const stored = this.hashes[slot]!;
      if (stored === 0) return -1;
      if (stored !== hash) continue;
      if (check === -1) check = checkOf(text, start, end, secondStart, secondEnd);
      if (this.checks[slot] === check) return slot;
    }
    return -1;
  }

  weightAt(slot: number): number {
    return this.hundredths[slot]! / 100;
  }
}
