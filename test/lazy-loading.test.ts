import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { Script } from 'node:vm';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from './support/temp-dirs.js';
import { ROOT, runCli } from './support/cli.js';

/** Packages a one-post text scan must not load: they cost start-up time (issue 5). */
afterAll(removeTempDirs);

const HEAVY = ['htmlparser2', 'cheerio', 'cheerio/slim', 'yaml', 'ajv', 'encoding-sniffer/sniffer'];

/** The modules a CLI run asked require() for, recorded by a preload hook. */
function modulesLoaded(args: string[], input: string, stderr: 'pipe' | 'null' = 'pipe'): string[] {
  const dir = tempDir('load');
  const hook = join(dir, 'hook.cjs');
  const log = join(dir, 'loaded.txt');
  writeFileSync(
    hook,
    `const Module = require('node:module'); const fs = require('node:fs'); const load = Module._load; const seen = new Set();
Module._load = function (request, ...rest) { seen.add(request); return load.call(this, request, ...rest); };
process.on('exit', () => fs.writeFileSync(${JSON.stringify(log)}, [...seen].join('\\n')));`,
  );
  if (stderr === 'pipe') runCli(args, { input, env: { NODE_OPTIONS: `--require ${hook}` } });
  else {
    const devNull = openSync('/dev/null', 'w');
    try {
      spawnSync(process.execPath, [join(ROOT, 'bin', 'fakepromo.js'), ...args], { input, stdio: ['pipe', 'pipe', devNull], env: { ...process.env, NODE_OPTIONS: `--require ${hook}` } });
    } finally {
      closeSync(devNull);
    }
  }
  return readFileSync(log, 'utf8').split('\n');
}

/**
 * How many times a CLI run entered the bundled tldts module (the Public Suffix List), read from
 * V8's coverage: tldts is inside the bundle, so a require() hook cannot see it load.
 */
function publicSuffixListRuns(input: string): number {
  const tldtsSource = readFileSync(createRequire(import.meta.url).resolve('tldts'), 'utf8');
  const marker = /"([a-z]{24})/.exec(tldtsSource)?.[1];
  expect(marker, 'a string of the suffix data in tldts').toBeDefined();
  const bundle = readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'utf8');
  const offset = bundle.indexOf(marker!);
  expect(offset, 'the suffix data in the bundle').toBeGreaterThan(0);
  const coverage = tempDir('coverage');
  runCli(['-f', 'json'], { input, env: { NODE_V8_COVERAGE: coverage } });
  interface Range { startOffset: number; endOffset: number; count: number }
  let innermost: Range | undefined;
  for (const file of readdirSync(coverage)) {
    const report = JSON.parse(readFileSync(join(coverage, file), 'utf8')) as { result: Array<{ url: string; functions: Array<{ ranges: Range[] }> }> };
    for (const script of report.result.filter((s) => s.url.endsWith('cli.cjs'))) {
      for (const range of script.functions.flatMap((f) => f.ranges)) {
        const holds = range.startOffset <= offset && offset < range.endOffset;
        if (holds && (!innermost || range.endOffset - range.startOffset < innermost.endOffset - innermost.startOffset)) innermost = range;
      }
    }
  }
  expect(innermost, 'coverage of the bundle').toBeDefined();
  return innermost!.count;
}

describe('start-up: heavy modules load only when a post needs them', () => {
  it('a one-post text scan loads no HTML parser, YAML, schema validator or domain list', () => {
    const loaded = modulesLoaded(['-f', 'json'], '지니뮤직 장애 보상 1000일 무료 이용권, 추천인 코드 입력');
    for (const name of HEAVY) expect(loaded, name).not.toContain(name);
  });

  // Windows has no /dev/null (its NUL device is told apart by tty itself)
  it.skipIf(process.platform === 'win32')('tells /dev/null from a terminal without the tty module (which sets up net and streams)', () => {
    const loaded = modulesLoaded(['-f', 'json'], 'hello', 'null');
    expect(loaded).toContain('node:fs'); // the hook saw the run
    expect(loaded).not.toContain('node:tty');
  });

  it('an HTML page does load the parser (the hook sees it)', () => {
    const loaded = modulesLoaded(['-f', 'json'], '<html><body><p>1000일 무료 <a href="https://bit.ly/x">받기</a></p></body></html>');
    expect(loaded).toContain('htmlparser2');
  });

  it('the domain list, bundled for its code cache, is run only for a post with an address', () => {
    expect(publicSuffixListRuns('지니뮤직 장애 보상 1000일 무료 이용권, 추천인 코드 입력')).toBe(0);
    expect(publicSuffixListRuns('Free Netflix for a year, join t.me/netflixgift')).toBeGreaterThan(0);
  });

  it('keeps lazily loaded packages out of the start-up bundle (inlined, htmlparser2 doubled its size)', () => {
    // about 165 KB of fakepromo and commander, and 135 KB of tldts, bundled on purpose (see above);
    // htmlparser2 or cheerio inlined would add 150 KB or more
    expect(statSync(join(ROOT, 'dist', 'cli.cjs')).size).toBeLessThan(320_000);
    const bundle = readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'utf8');
    for (const name of ['htmlparser2', 'cheerio/slim', 'yaml', 'ajv']) expect(bundle, name).toContain(`require("${name}")`);
  });

  it('ships a V8 code cache that V8 accepts (a cache made under other V8 flags is rejected, and each start compiles the whole bundle)', () => {
    const file = join(ROOT, 'dist', 'cli.cjs');
    const script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData: readFileSync(`${file}.cache`) });
    expect(script.cachedDataRejected).toBe(false);
  });
});
