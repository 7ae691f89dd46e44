import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectsManyPosts } from '../src/cli/v8-tuning.js';
import { runCli } from './support/cli.js';
import { removeTempDirs, tempDir } from './support/temp-dirs.js';

afterAll(removeTempDirs);

/** The main thread's young-generation size (bytes) at the end of a CLI run, from a preload. */
function mainYoungGeneration(args: string[], input = ''): number {
  const dir = tempDir('young');
  const hook = join(dir, 'hook.cjs');
  const log = join(dir, 'new-space.txt');
  writeFileSync(
    hook,
    `const { isMainThread } = require('node:worker_threads');
if (isMainThread) process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(log)}, String(require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size)));`,
  );
  const run = runCli(args, { input, env: { NODE_OPTIONS: `--require ${hook}` } });
  expect(run.status, run.stderr).not.toBe(2);
  return Number(readFileSync(log, 'utf8'));
}

const MiB = 1024 * 1024;

describe('the young generation of the main thread', () => {
  it('stays at its first size over a JSON Lines export of many posts', () => {
    const dir = tempDir('young-export');
    const file = join(dir, 'export.jsonl');
    const posts = Array.from({ length: 600 }, (_, k) => JSON.stringify({ id: `p${k}`, text: `Post ${k}: our bakery opens at 8 tomorrow, free coffee with any loaf until noon. 지니뮤직 ${k}일 이용권 이벤트 안내 `.repeat(4) }));
    writeFileSync(file, `${posts.join('\n')}\n`);
    expect(mainYoungGeneration(['-f', 'ndjson', '-q', file])).toBeLessThanOrEqual(2 * MiB);
  });

  it('may grow on a one-post stdin scan, which collects less often for it', () => {
    // the counterpart of the test above: without the flag the space grows past its first size,
    // so that test would fail if the flag were not set
    expect(mainYoungGeneration(['-f', 'json'], '지니뮤직 오류 보상! 1000일 무료 이용권, 코니 앱 설치 후 추천인 genie 입력')).toBeGreaterThan(2 * MiB);
  });
});

/** Which threads of a CLI run read the prebuilt rules (dist/rules.json): 0 is the main thread. */
function threadsReadingRules(args: string[]): number[] {
  const dir = tempDir('rules-read');
  const hook = join(dir, 'hook.cjs');
  const log = join(dir, 'threads.txt');
  writeFileSync(
    hook,
    `const fs = require('node:fs'); const { threadId } = require('node:worker_threads'); const read = fs.readFileSync;
fs.readFileSync = function (path, ...rest) { if (String(path).endsWith('rules.json')) fs.appendFileSync(${JSON.stringify(log)}, threadId + '\\n'); return read.call(this, path, ...rest); };`,
  );
  const run = runCli(args, { env: { NODE_OPTIONS: `--require ${hook}` } });
  expect(run.status, run.stderr).not.toBe(2);
  return readFileSync(log, 'utf8').trim().split('\n').map(Number);
}

describe('the rules of a folder scan', () => {
  it('are read by the workers only, not by the main thread, which never scans', () => {
    const dir = tempDir('rules-folder');
    for (let k = 0; k < 80; k++) writeFileSync(join(dir, `post-${k}.txt`), `Post ${k}: the bakery opens at 8 tomorrow.`);
    const threads = threadsReadingRules(['-f', 'ndjson', '-q', dir]);
    expect(threads).not.toContain(0);
    expect(threads.length).toBeGreaterThan(0);
  });

  it('are read by the main thread when it scans the posts itself', () => {
    const dir = tempDir('rules-small-folder');
    for (let k = 0; k < 3; k++) writeFileSync(join(dir, `post-${k}.txt`), `Post ${k}: the bakery opens at 8 tomorrow.`);
    expect(threadsReadingRules(['-f', 'ndjson', '-q', dir])).toEqual([0]);
  });
});

describe('expectsManyPosts', () => {
  it('is false for stdin, a URL, a small file and a path that cannot be read', () => {
    const dir = tempDir('young-targets');
    writeFileSync(join(dir, 'post.txt'), 'one post');
    expect(expectsManyPosts(['-'])).toBe(false);
    expect(expectsManyPosts(['https://example.com/post'])).toBe(false);
    expect(expectsManyPosts([join(dir, 'post.txt')])).toBe(false);
    expect(expectsManyPosts([join(dir, 'missing.txt')])).toBe(false);
  });

  it('is true for a folder, several targets, and a file large enough to hold many posts', () => {
    const dir = tempDir('young-targets');
    mkdirSync(join(dir, 'posts'));
    writeFileSync(join(dir, 'a.txt'), 'one post');
    writeFileSync(join(dir, 'export.jsonl'), `${JSON.stringify({ text: 'x'.repeat(200) })}\n`.repeat(500));
    expect(expectsManyPosts([join(dir, 'posts')])).toBe(true);
    expect(expectsManyPosts([join(dir, 'a.txt'), '-'])).toBe(true);
    expect(expectsManyPosts([join(dir, 'export.jsonl')])).toBe(true);
  });
});
