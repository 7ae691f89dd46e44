import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../src/engine/load.js';
import { expandLetterClasses, patternRegexSources } from '../src/engine/patterns.js';
import { mayMatch, requiredAtoms } from '../src/engine/prefilter.js';
import { normalizeText } from '../src/text/normalize.js';
import { ROOT } from './support/cli.js';

describe('literal prefilter', () => {
  it('derives the atoms every match must contain', () => {
    expect(requiredAtoms('추천인|추천\\s*(?:코드|아이디)|초대\\s*코드')).toEqual(['추천인', '추천', '초대']);
    expect(requiredAtoms('bit\\.ly/[a-z]+|t\\.me/x')).toEqual(['bit.ly/', 't.me/x']);
    expect(requiredAtoms('colou?r')).toEqual(['colo']);
    expect(requiredAtoms('(?:가짜|허위)\\s*이벤트')).toEqual(['이벤트']);
    expect(requiredAtoms('x[^\\n]{0,25}y')).toBeNull(); // no atom of two letters: always run
    expect(requiredAtoms('free|\\d+')).toBeNull();
  });

  it('never skips a shipped regex on a text it matches (every labelled fixture and rule example)', async () => {
    const rules = await loadRules();
    const texts: string[] = rules.rules.flatMap((r) => [...r.spec.examples.match, ...r.spec.examples.nomatch]);
    const labelled = join(ROOT, 'fixtures', 'labelled');
    for (const label of readdirSync(labelled)) for (const name of readdirSync(join(labelled, label))) texts.push(readFileSync(join(labelled, label, name), 'utf8'));
    const views = texts.flatMap((t) => {
      const n = normalizeText(t);
      return [n.folded.text, n.light.text];
    });
    const sources = [...new Set(rules.rules.flatMap((r) => (r.spec.pattern ? patternRegexSources(r.spec.pattern) : [])))];
    let filtered = 0;
    for (const source of sources) {
      const atoms = requiredAtoms(source);
      if (atoms) filtered++;
      const regex = new RegExp(expandLetterClasses(source), 'u');
      for (const text of views) if (regex.test(text)) expect(mayMatch(atoms, text), `${source} skipped on a text it matches`).toBe(true);
    }
    expect(filtered / sources.length).toBeGreaterThan(0.5);
  });
});
