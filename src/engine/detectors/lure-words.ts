import { lureWordFeatures } from '../lure-words.js';
import type { Evidence } from '../types.js';
import type { DetectorDefinition } from './types.js';

/** How many of the words that weigh most toward a lure the evidence quotes. */
const EVIDENCE_WORDS = 5;

/** A model's weights, looked up by feature. */
type WeightOf = (feature: string) => number | undefined;

/**
 * A post whose words, taken together, read like the lures of the labelled fixtures more than
 * like their genuine offers: the sum of the log-likelihood ratios (scam against legit) of the
 * features it holds, as in SpamAssassin's Bayes rules. The weights are trained from the
 * fixtures by scripts/train-lure-words.mjs; the evidence is the words that weigh most.
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
      weights: { type: 'object', minProperties: 1, additionalProperties: { type: 'number' }, description: 'feature → log-likelihood ratio (scam over legit), in hundredths at most' },
      table: { type: 'string', minLength: 1, description: 'the weights packed into a hash table (what the build writes for the prebuilt rules)' },
    },
  },
  pack(params) {
    return { threshold: params.threshold, table: packWeights(params.weights as Record<string, number>) };
  },
  create(params) {
    const threshold = params.threshold as number;
    const weightOf = typeof params.table === 'string' ? unpackWeights(params.table) : weightsOfObject(params.weights as Readonly<Record<string, number>>);
    return (ctx) => {
      const text = ctx.normalized.folded.text;
      let sum = 0;
      const toward: Array<{ weight: number; start: number; end: number }> = [];
      for (const { feature, start, end } of lureWordFeatures(text)) {
        const weight = weightOf(feature);
        if (weight === undefined) continue;
        sum += weight;
        if (weight > 0) toward.push({ weight, start, end });
      }
      if (sum < threshold) return null;
      return toward
        .sort((a, b) => b.weight - a.weight || a.start - b.start)
        .slice(0, EVIDENCE_WORDS)
        .sort((a, b) => a.start - b.start || a.end - b.end)
        .map((word): Evidence => ctx.evidence('folded', word));
    };
  },
};

function weightsOfObject(weights: Readonly<Record<string, number>>): WeightOf {
  return (feature) => (Object.hasOwn(weights, feature) ? weights[feature] : undefined);
}

/*
 * The packed table: open addressing over `slots` slots of 8 bytes — a 32-bit FNV-1a hash of the
 * feature, a 16-bit second hash (two features that share both are refused when packing), and
 * the weight in hundredths — base64 in the prebuilt rules. A one-post scan then reads one string
 * where a JSON object of thousands of keys took about 4 ms to parse; features are stored as
 * hashes, as SpamAssassin's Bayes store keeps its tokens.
 */
const SLOT_BYTES = 8;

function hashOf(feature: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < feature.length; k++) hash = Math.imul(hash ^ feature.charCodeAt(k), 0x01000193);
  return hash >>> 0 || 1; // 0 marks an empty slot
}

function checkOf(feature: string): number {
  let hash = 5381;
  for (let k = 0; k < feature.length; k++) hash = (Math.imul(hash, 33) + feature.charCodeAt(k)) | 0;
  return (hash ^ (hash >>> 16)) & 0xffff;
}

export function packWeights(weights: Readonly<Record<string, number>>): string {
  const entries = Object.entries(weights);
  const slots = Math.max(8, Math.ceil(entries.length * 1.5));
  const table = Buffer.alloc(slots * SLOT_BYTES);
  for (const [feature, weight] of entries) {
    const hash = hashOf(feature);
    const check = checkOf(feature);
    const hundredths = Math.round(weight * 100);
    if (Math.abs(hundredths) > 0x7fff || hundredths / 100 !== weight) throw new Error(`lure-words: weight ${weight} of "${feature}" is not in hundredths within ±327.67`);
    let slot = hash % slots;
    for (; table.readUInt32LE(slot * SLOT_BYTES) !== 0; slot = (slot + 1) % slots) {
      if (table.readUInt32LE(slot * SLOT_BYTES) === hash && table.readUInt16LE(slot * SLOT_BYTES + 4) === check) throw new Error(`lure-words: "${feature}" shares its hashes with another feature`);
    }
    table.writeUInt32LE(hash, slot * SLOT_BYTES);
    table.writeUInt16LE(check, slot * SLOT_BYTES + 4);
    table.writeInt16LE(hundredths, slot * SLOT_BYTES + 6);
  }
  return table.toString('base64');
}

export function unpackWeights(packed: string): WeightOf {
  const bytes = Buffer.from(packed, 'base64');
  const table = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const slots = bytes.byteLength / SLOT_BYTES;
  return (feature) => {
    const hash = hashOf(feature);
    const check = checkOf(feature);
    for (let slot = hash % slots; ; slot = (slot + 1) % slots) {
      const at = slot * SLOT_BYTES;
      const stored = table.getUint32(at, true);
      if (stored === 0) return undefined;
      if (stored === hash && table.getUint16(at + 4, true) === check) return table.getInt16(at + 6, true) / 100;
    }
  };
}
