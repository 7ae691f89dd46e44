import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './support/cli.js';
import { removeTempDirs, tempDir } from './support/temp-dirs.js';

afterAll(removeTempDirs);

/** The V8 flags a CLI run set at run time, in order, recorded by a preload that wraps v8.setFlagsFromString. */
function flagHook(): { hook: string; log: string } {
  const dir = tempDir('v8-flags');
  const hook = join(dir, 'hook.cjs');
  const log = join(dir, 'flags.txt');
  writeFileSync(log, '');
  writeFileSync(
    hook,
    `const v8 = require('node:v8'); const fs = require('node:fs'); const set = v8.setFlagsFromString;
v8.setFlagsFromString = function (flags) { fs.appendFileSync(${JSON.stringify(log)}, flags + '\\n'); return set.call(this, flags); };`,
  );
  return { hook, log };
}

function flagsSet(args: string[], input = ''): string[] {
  const { hook, log } = flagHook();
  const run = runCli(args, { input, env: { NODE_OPTIONS: `--require ${hook}` } });
  expect(run.status, run.stderr).not.toBe(2);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

/** The flags set by a scan of a page of this size, served by a server on 127.0.0.1 (the CLI runs as a child while it serves). */
async function flagsSetForPage(bytes: number): Promise<string[]> {
  const page = `<html><body><p>${'The bakery opens at 8; free coffee with any loaf until noon. '.repeat(Math.ceil(bytes / 60))}</p></body></html>`;
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { hook, log } = flagHook();
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/page`;
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'fakepromo.js'), '-f', 'json', url], { env: { ...process.env, NODE_OPTIONS: `--require ${hook}` }, stdio: 'ignore' });
    const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(status).not.toBe(2);
    return readFileSync(log, 'utf8').split('\n').filter(Boolean);
  } finally {
    server.close();
  }
}

describe("V8's optimising compiler in short and long runs", () => {
  it('is off for a one-post stdin scan, and stays off', () => {
    const flags = flagsSet(['-f', 'json'], '지니뮤직 오류 보상! 1000일 무료 이용권, 추천인 genie 입력');
    expect(flags).toContain('--no-turbofan');
    expect(flags).not.toContain('--turbofan');
  });

  it('comes back on when the piped input turns out large (a JSON Lines export on stdin)', () => {
    const posts = Array.from({ length: 1000 }, (_, k) => JSON.stringify({ id: `p${k}`, text: `Post ${k}: the bakery opens at 8, free coffee with any loaf until noon.` }));
    const flags = flagsSet(['-f', 'ndjson'], `${posts.join('\n')}\n`);
    expect(flags.indexOf('--no-turbofan')).toBeGreaterThanOrEqual(0);
    expect(flags.indexOf('--turbofan')).toBeGreaterThan(flags.indexOf('--no-turbofan'));
  });

  it('comes back on for a fetched page over 64 KB, and stays off for a small one', async () => {
    const large = await flagsSetForPage(100_000);
    expect(large.indexOf('--turbofan')).toBeGreaterThan(large.indexOf('--no-turbofan'));
    expect(large.indexOf('--no-turbofan')).toBeGreaterThanOrEqual(0);
    const small = await flagsSetForPage(2_000);
    expect(small).toContain('--no-turbofan');
    expect(small).not.toContain('--turbofan');
  });

  it('is never turned off for a folder, whose threads compile their own optimised code', () => {
    const dir = tempDir('v8-folder');
    mkdirSync(join(dir, 'posts'));
    for (let k = 0; k < 3; k++) writeFileSync(join(dir, 'posts', `p${k}.txt`), `post ${k}: free coffee with any loaf`);
    const flags = flagsSet(['-f', 'ndjson', '-q', join(dir, 'posts')]);
    expect(flags.some((f) => f.includes('turbofan'))).toBe(false);
    expect(flags).toContain('--no-concurrent-recompilation');
  });

  it('keeps background compiles for a one-post scan', () => {
    const flags = flagsSet(['-f', 'json'], 'free coffee with any loaf until noon');
    expect(flags).not.toContain('--no-concurrent-recompilation');
  });

  it('V8 reads the background-compile switch when a worker starts: workers started after it compile on their own thread', () => {
    const dir = tempDir('v8-recompile');
    const script = join(dir, 'probe.mjs');
    const tuning = pathToFileURL(join(ROOT, 'dist', 'cli', 'v8-tuning.js')).href;
    writeFileSync(
      script,
      `import { tuneForManyPosts } from ${JSON.stringify(tuning)};
import { Worker } from 'node:worker_threads';
const probe = "require('node:worker_threads').parentPort.postMessage(%IsConcurrentRecompilationSupported())";
const inWorker = () => new Promise((resolve) => new Worker(probe, { eval: true }).once('message', resolve));
const before = await inWorker();
tuneForManyPosts();
const after = await inWorker();
console.log(JSON.stringify({ before, after }));`,
    );
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ before: true, after: false });
  });

  it('V8 honours the switch at run time: a hot function is not optimised while it is off, and is once it is back on', () => {
    // what the CLI relies on, checked against this Node's V8 with its own introspection
    const dir = tempDir('v8-honours');
    const script = join(dir, 'probe.mjs');
    const tuning = pathToFileURL(join(ROOT, 'dist', 'cli', 'v8-tuning.js')).href;
    writeFileSync(
      script,
      `import { skipOptimisingCompiler, allowOptimisingCompiler } from ${JSON.stringify(tuning)};
const OPTIMISED = 1 << 4; // V8's OptimizationStatus::kOptimized
function sum(n) { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; }
// the same function in both halves: warmed while the compiler is off, it must still be optimised once it is on
const warm = () => { for (let k = 0; k < 20000; k++) sum(50); return (%GetOptimizationStatus(sum) & OPTIMISED) !== 0; };
skipOptimisingCompiler();
const whileOff = warm();
allowOptimisingCompiler();
const onceOn = warm();
console.log(JSON.stringify({ whileOff, onceOn }));`,
    );
    // synchronous recompilation: the answer does not wait on a background thread
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--no-concurrent-recompilation', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ whileOff: false, onceOn: true });
  });
});
