import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { loadRules } from '../../src/engine/load.js';
import { extractDoc } from '../../src/extract/index.js';
import { expandLetterClasses, patternRegexSources } from '../../src/engine/patterns.js';
import { literalNeeds, mayMatch, requiredAtoms, type LiteralNeeds } from '../../src/engine/prefilter.js';
import { normalizeText } from '../../src/text/normalize.js';
import { ROOT } from './cli.js';

/** How many test files share the cross-check, so that vitest runs them on every core. */
export const CROSS_CHECK_SHARDS = 4;

/**
 * Every text a shipped regex meets in the engine: rule examples, and each labelled fixture as the
 * engine reads it (a page's extracted text and its links, not its markup), in both normalised views.
 */
async function engineViews(rules: Awaited<ReturnType<typeof loadRules>>): Promise<string[]> {
  const texts: string[] = rules.rules.flatMap((r) => [...r.spec.examples.match, ...r.spec.examples.nomatch]);
  const labelled = join(ROOT, 'fixtures', 'labelled');
  for (const label of readdirSync(labelled)) {
    for (const name of readdirSync(join(labelled, label))) {
      const path = join(labelled, label, name);
      for (const post of await extractDoc({ source: path, bytes: readFileSync(path) })) {
        if ('error' in post) continue;
        texts.push(post.text, post.links.map((link) => `${link.text} ${link.href}`).join('\n'));
      }
    }
  }
  return texts.flatMap((t) => {
    const n = normalizeText(t);
    return [n.folded.text, n.light.text];
  });
}

/**
 * Runs one shard of the check that the literal prefilter never skips a shipped regex on a text it
 * matches: every regex of the shard against every view. Returns how many of the shard's regexes
 * have atoms and how many regexes it checked.
 */
export async function crossCheckShard(shard: number): Promise<{ filtered: number; checked: number }> {
  const rules = await loadRules();
  const views = await engineViews(rules);
  const sources = [...new Set(rules.rules.flatMap((r) => (r.spec.pattern ? patternRegexSources(r.spec.pattern) : [])))].sort();
  let filtered = 0;
  let checked = 0;
  for (const [k, source] of sources.entries()) {
    if (k % CROSS_CHECK_SHARDS !== shard) continue;
    checked++;
    const atoms = requiredAtoms(source);
    if (atoms) filtered++;
    const regex = new RegExp(expandLetterClasses(source), 'u');
    const needs = literalNeeds(source);
    for (const text of views) {
      if (!regex.test(text)) continue;
      expect(mayMatch(atoms, text), `${source} skipped on a text it matches`).toBe(true);
      expect(meetsNeeds(needs, text), `${source} gated out of a text it matches`).toBe(true);
    }
  }
  return { filtered, checked };
}

/** Whether a text holds what literalNeeds asks for, by plain searches. */
export function meetsNeeds(needs: LiteralNeeds | null, text: string): boolean {
  if (needs === null) return true;
  if (Array.isArray(needs)) return needs.some((atom) => text.includes(atom));
  return 'any' in needs ? needs.any.some((part) => meetsNeeds(part, text)) : needs.all.every((part) => meetsNeeds(part, text));
}
