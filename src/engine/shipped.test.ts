import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { packageRoot, shippedRulesDir } from '../paths.js';
import { loadRules } from './load.js';
import * as shipped from './shipped.js';

// shipped.ts was reworked while these tests were written: the digest of the rule folder was
// hashRuleFolder() (sha256 of names and bytes, stored as `hash`) and became
// fingerprintRuleFolder() (names, sizes, modification times, stored as `fingerprint`). The
// tests use whichever the module exports and only assert what holds for both.
const exported = shipped as unknown as Record<string, unknown>;
const digestFolder = (exported.fingerprintRuleFolder ?? exported.hashRuleFolder) as (dir: string) => string;
const prebuiltPath = join(packageRoot(), shipped.PREBUILT_FILE);
const readPrebuilt = (): Record<string, unknown> => shipped.decodePrebuilt(readFileSync(prebuiltPath)).head as unknown as Record<string, unknown>;
const storedDigest = (prebuilt: Record<string, unknown>): unknown => prebuilt.fingerprint ?? prebuilt.hash;
const sortedIds = (set: { rules: readonly { spec: { id: string } }[] }): string[] => set.rules.map((r) => r.spec.id).sort();

describe('prebuilt shipped rules (dist/rules.json, written by npm run build)', () => {
  it('exists, next to a digest function', () => {
    expect(typeof digestFolder).toBe('function');
    expect(existsSync(prebuiltPath), `${shipped.PREBUILT_FILE} is missing: run npm run build`).toBe(true);
  });

  it('is current: its stored digest is the digest of rules/', () => {
    const stored = storedDigest(readPrebuilt());
    expect(stored).toBeTypeOf('string');
    expect(stored, 'dist/rules.json is stale: run npm run build').toBe(digestFolder(shippedRulesDir()));
  });

  it('is used, and holds the same rules as the YAML', async () => {
    const prebuilt = shipped.loadPrebuiltRules();
    expect(prebuilt, 'loadPrebuiltRules() refused dist/rules.json (stale? run npm run build)').not.toBeNull();
    const fromYaml = await loadRules();
    expect(prebuilt!.rules.length).toBeGreaterThan(0);
    expect(sortedIds(prebuilt!)).toEqual(sortedIds(fromYaml));
    expect(prebuilt!.scoring).toEqual(fromYaml.scoring);
    expect(prebuilt!.brands).toEqual(fromYaml.brands);
    // the prebuilt copy leaves examples and descriptions in the YAML; everything that scans is the same
    const runtime = (rules: typeof fromYaml.data.rules) => rules.map(({ examples: _e, description: _d, prefilter: _p, ...rest }) => rest);
    // a detector may pack its params for the prebuilt file (the lure-words weights, as a hash
    // table): the next test checks that packed and plain params scan alike
    expect(runtime(prebuilt!.data.rules)).toEqual(runtime(fromYaml.data.rules.map(shipped.prebuiltRuntime)));
    expect(prebuilt!.data.rules.every((r) => r.examples.match.length === 0)).toBe(true);
  });

  it('comes with the automaton of its literal atoms (dist/atoms.bin), which lacks none that a scan of many posts registers', async () => {
    const { literalAtomsMissing, literalAutomatonBuilds } = await import('./patterns.js');
    const { scanText } = await import('./scan.js');
    const { readdirSync } = await import('node:fs');
    const rules = shipped.loadPrebuiltRules();
    expect(rules).not.toBeNull();
    const fixtures = join(packageRoot(), 'fixtures', 'labelled');
    // every 40th labelled post, both languages and all labels: enough texts that the automaton is used
    const files = readdirSync(fixtures, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(txt|html)$/.test(f)).sort().filter((_, k) => k % 40 === 0);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) scanText(readFileSync(join(fixtures, file), 'utf8'), rules!);
    expect(literalAtomsMissing(), 'atoms registered that dist/atoms.bin lacks: prebuiltAtomList misses a source of atoms').toBe(0);
    // read, not built: a build of the shipped atoms takes a scan thread about 100 ms
    expect(literalAutomatonBuilds()).toBe(0);
  });

  it('stores the brand registry as the detector would derive it from the YAML brands', async () => {
    const { registryDataOf } = await import('./detectors/brands.js');
    const { head, read } = shipped.decodePrebuilt(readFileSync(prebuiltPath));
    const fromYaml = await loadRules();
    const stored = read<ReturnType<typeof registryDataOf>>(head.registry);
    expect(stored.names.length).toBeGreaterThan(fromYaml.brands.length);
    expect(stored).toEqual(registryDataOf(fromYaml.brands));
  });

  it('loadShippedRules gives the same rule set as the YAML', async () => {
    const fromShipped = await shipped.loadShippedRules();
    const fromYaml = await loadRules();
    expect(sortedIds(fromShipped)).toEqual(sortedIds(fromYaml));
  });
});

describe('a one-post scan reads only the rules its post may match', () => {
  it('parses the gates of its language and a few specs, not the whole pack, with the same outcome', async () => {
    const { scanText } = await import('./scan.js');
    const post = '지니뮤직 장애 보상으로 1000일 무료 이용권! 추천인 코드 입력하세요';
    const expected = scanText(post, shipped.loadPrebuiltRules()!);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const lazy = shipped.loadPrebuiltRules({ lazy: true })!;
      expect(scanText(post, lazy)).toEqual(expected);
      // head + brands + one gate per Korean or any-language rule + the specs that passed their gates
      expect(parse.mock.calls.length).toBeLessThan(lazy.rules.length * 0.75);
      expect(parse.mock.calls.length).toBeGreaterThan(expected.hits.length);
    } finally {
      parse.mockRestore();
    }
  });
});

describe('the rule folder digest', () => {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  function folder(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'fakepromo-digest-'));
    made.push(dir);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  }
  const base = { 'scoring.yaml': 'thresholds: {}\n', 'ko/a.yaml': '- id: a\n', 'schema.json': '{}' };

  it('is stable for an unchanged folder', () => {
    const dir = folder(base);
    const digest = digestFolder(dir);
    expect(digest).toBeTypeOf('string');
    expect(digest.length).toBeGreaterThan(0);
    expect(digestFolder(dir)).toBe(digest);
  });

  it('changes when a rule file is edited', () => {
    const dir = folder(base);
    const before = digestFolder(dir);
    const file = join(dir, 'ko/a.yaml');
    writeFileSync(file, '- id: b\n'); // same size
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    expect(digestFolder(dir)).not.toBe(before);
  });

  it('changes when a rule file grows', () => {
    const dir = folder(base);
    const before = digestFolder(dir);
    writeFileSync(join(dir, 'scoring.yaml'), 'thresholds: { scam: 9 }\n');
    expect(digestFolder(dir)).not.toBe(before);
  });

  it('changes when a rule file is added or renamed', () => {
    const dir = folder(base);
    const before = digestFolder(dir);
    writeFileSync(join(dir, 'ko/b.yml'), '[]\n');
    const added = digestFolder(dir);
    expect(added).not.toBe(before);
    renameSync(join(dir, 'ko/b.yml'), join(dir, 'ko/c.yml'));
    expect(digestFolder(dir)).not.toBe(added);
  });

  it('is checked by stamps, one stat a file or folder, falling back on the digest when a folder changed', () => {
    const dir = folder(base);
    const head = { fingerprint: digestFolder(dir), stamps: shipped.ruleFolderStamps(dir) };
    expect(head.stamps.map(([path]) => path).sort()).toEqual(['.', 'ko', join('ko', 'a.yaml'), 'schema.json', 'scoring.yaml']);
    expect(shipped.ruleFolderUnchanged(dir, head)).toBe(true);
    // an editor's backup file moves the folder's time: the stamps fail, the digest still holds
    writeFileSync(join(dir, 'ko/a.yaml~'), 'backup');
    utimesSync(join(dir, 'ko'), new Date(Date.now() + 120_000), new Date(Date.now() + 120_000));
    expect(shipped.ruleFolderUnchanged(dir, head)).toBe(true);
    writeFileSync(join(dir, 'ko/a.yaml'), '- id: abc\n');
    expect(shipped.ruleFolderUnchanged(dir, head)).toBe(false);
  });

  it('finds a rule file gone', () => {
    const dir = folder(base);
    const head = { fingerprint: digestFolder(dir), stamps: shipped.ruleFolderStamps(dir) };
    rmSync(join(dir, 'ko/a.yaml'));
    expect(shipped.ruleFolderUnchanged(dir, head)).toBe(false);
  });

  it('ignores files that are not YAML or JSON', () => {
    const dir = folder(base);
    const before = digestFolder(dir);
    writeFileSync(join(dir, 'README.md'), '# notes');
    writeFileSync(join(dir, 'ko/a.yaml~'), 'editor backup');
    expect(digestFolder(dir)).toBe(before);
  });
});
