import type { RuleSet } from './engine/compile.js';
import { scanText, type ScanOptions } from './engine/scan.js';
import type { Hit, ScanOutcome, Verdict } from './engine/types.js';
import { extractDoc, type ExtractOptions } from './extract/index.js';
import type { RawDoc, SourceError } from './sources/types.js';

/** One line of output: a post's verdict with its evidence, or why a source could not be read. */
export interface ScanResult {
  source: string;
  verdict: Verdict | null;
  score: number | null;
  warningScore: number | null;
  lang: ScanOutcome['lang'] | null;
  title: string | null;
  hits: Hit[];
  error: { code: string; message: string } | null;
  /** for a URL: where the page came from, after redirects */
  finalUrl?: string;
  /** the post was longer than the per-post budget: only its beginning was scanned */
  truncated?: true;
}

/** A result with the text its evidence offsets index (for formatters that quote context). */
export interface ScannedPost {
  result: ScanResult;
  text?: string;
}

export function errorResult(error: SourceError): ScannedPost {
  return {
    result: { source: error.source, verdict: null, score: null, warningScore: null, lang: null, title: null, hits: [], error: { code: error.code, message: error.message } },
  };
}

/** Extracts and scans every post of one source; failures become error results. */
export async function scanDoc(doc: RawDoc, rules: RuleSet, options: ExtractOptions = {}, scan: Pick<ScanOptions, 'timing'> = {}): Promise<ScannedPost[]> {
  let posts;
  try {
    posts = await extractDoc(doc, options);
  } catch (error) {
    return [errorResult({ source: doc.source, code: 'extract-failed', message: (error as Error).message })];
  }
  return posts.map((post) => {
    if ('error' in post) return errorResult({ source: post.source, ...post.error });
    const outcome = scanText(post.text, rules, { links: post.links, timing: scan.timing, finePrintStart: post.finePrintStart });
    const result: ScanResult = { source: post.source, verdict: outcome.verdict, score: outcome.score, warningScore: outcome.warningScore, lang: outcome.lang, title: post.title ?? null, hits: outcome.hits, error: null };
    if (outcome.truncated) result.truncated = true;
    return { result, text: post.text };
  });
}
