// Issue 5: the fast paths of a folder scan — worker threads, the one-pass prefilter, the address
// memo — must give exactly the results of the straightforward path; --timing names the slow rules.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './support/cli.js';

let dir: string;
/** Every fourth labelled fixture (by path): the straightforward path scans them in one thread. */
const SAMPLE_EVERY = 4;

beforeAll(() => {
  // a sample of the labelled fixtures: some 2,600 posts in three forms (text, Markdown, HTML),
  // enough files for the worker pool, and lures and hard negatives of every kind the rules know
  dir = mkdtempSync(join(tmpdir(), 'fakepromo-scale-'));
  const labelled = join(ROOT, 'fixtures', 'labelled');
  const files = readdirSync(labelled, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(labelled.length + 1))
    .sort();
  files.forEach((file, k) => {
    if (k % SAMPLE_EVERY !== 0) return;
    const target = join(dir, 'labelled', file);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(labelled, file), target);
  });
});

/** A folder scan in one thread takes a while on a busy machine: more than runCli's default minute. */
const SCAN_TIMEOUT_MS = 240_000;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fast paths', () => {
  it('give byte-identical results with two workers (default), one worker, and on the straightforward path in the main thread', () => {
    const workers = runCli(['-f', 'ndjson', '--concurrency', '2', dir], { timeout: SCAN_TIMEOUT_MS });
    const oneWorker = runCli(['-f', 'ndjson', '--concurrency', '1', dir], { timeout: SCAN_TIMEOUT_MS });
    const straightforward = runCli(['-f', 'ndjson', '--straightforward', dir], { timeout: SCAN_TIMEOUT_MS });
    // a run killed by the timeout has no status: its output is cut short, not different
    expect([workers.status, oneWorker.status, straightforward.status]).not.toContain(null);
    const lines = workers.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(600);
    expect(lines.filter((l) => l.includes('"verdict":"scam"')).length).toBeGreaterThan(150);
    const firstDifference = (a: string, b: string): string => {
      const [x, y] = [a.split('\n'), b.split('\n')];
      const k = x.findIndex((line, i) => line !== y[i]);
      return k < 0 ? 'none' : `line ${k + 1}:\n${x[k]}\n${y[k]}`;
    };
    expect(firstDifference(workers.stdout, oneWorker.stdout)).toBe('none');
    expect(firstDifference(workers.stdout, straightforward.stdout)).toBe('none');
    expect(workers.status).toBe(oneWorker.status);
    expect(workers.status).toBe(straightforward.status);
  }, 3 * SCAN_TIMEOUT_MS);

  it('counts the same summary from results packed by the workers as from results scanned in the main thread', () => {
    const summary = (args: string[]): string => {
      const run = runCli(['-f', 'ndjson', '--progress', ...args, dir], { timeout: SCAN_TIMEOUT_MS });
      expect(run.status, `${args.join(' ')} finished`).not.toBeNull();
      const line = run.stderr.split('\n').find((l) => / scanned: /.test(l)) ?? '';
      return `${line.replace(/ in [\d.]+ s \(\d+\/s\)/, '')}\n${run.stderr.split('\n').find((l) => l.startsWith('rules that fired most')) ?? ''}`;
    };
    const packed = summary(['--concurrency', '2']);
    expect(packed).toMatch(/^\d+ scanned: \d+ scam, \d+ suspicious, \d+ warning, \d+ clean, 0 errors\nrules that fired most: /);
    expect(packed).toBe(summary(['--straightforward']));
  }, 2 * SCAN_TIMEOUT_MS);

  it('--timing prints the ten slowest rules with their share on stderr, and leaves stdout alone', () => {
    const run = runCli(['-f', 'json', '--timing', join(dir, 'labelled', 'scam')]);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^Rule\s+\| Time \(ms\) \| Relative$/);
    const rows = lines.slice(2, -1);
    expect(rows).toHaveLength(10);
    const shares = rows.map((row) => Number(/([\d.]+)%$/.exec(row)![1]));
    expect([...shares].sort((a, b) => b - a)).toEqual(shares); // slowest first
    // rule ids, and the work all rules share (text views, literal prefilter, web addresses) apart
    for (const row of rows) expect(row).toMatch(/^(?:[a-z_][\w.-]+|\((?:text views|literal prefilter|web addresses)\))\s+\|\s+[\d.]+ \|\s+[\d.]+%$/);
    expect(rows.some((row) => row.startsWith('(text views)'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^all\s+\|\s+[\d.]+ \|\s+100\.0%$/);
  }, 60_000);

  it('reports a file that kills a worker as an error, and still scans every other file in order', () => {
    const folder = join(dir, 'crash');
    mkdirSync(folder);
    for (let k = 1; k <= 80; k++) writeFileSync(join(folder, `p${String(k).padStart(3, '0')}.txt`), `오늘 점심 ${k} 지니뮤직 1000일 무료 이용권, 추천인 코드 입력`);
    // 9 000 posts in one JSON Lines file: their results outgrow a worker's heap when it is made small
    const post = JSON.stringify({ text: '지니뮤직 1000일 무료 이용권 추천인 코드 입력 pf.kakao.com/_x 선착순' });
    writeFileSync(join(folder, 'p040-many.jsonl'), `${post}\n`.repeat(9000));
    // 32 MB: a worker holds the compiled pack (about 26 MB at 690 rules) and room for ordinary files, not for this one
    const run = runCli(['-f', 'ndjson', folder], { env: { FAKEPROMO_WORKER_HEAP_MB: '32' } });
    const results = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { source: string; verdict: string | null; error: { code: string; message: string } | null });
    expect(results).toHaveLength(81);
    expect(results.map((r) => r.source)).toEqual([...results.map((r) => r.source)].sort());
    const failed = results.filter((r) => r.error !== null);
    expect(failed.map((r) => r.source)).toEqual([join(folder, 'p040-many.jsonl')]);
    expect(failed[0]!.error).toMatchObject({ code: 'scan-failed' });
    expect(failed[0]!.error!.message).toMatch(/memory/);
    expect(results.filter((r) => r.verdict === 'scam')).toHaveLength(80);
    expect(run.status).toBe(2);
    // with the usual heap the same file is scanned like any other
    const normal = runCli(['-f', 'ndjson', '--no-progress', join(folder, 'p040-many.jsonl')]);
    const posts = normal.stdout.trim().split('\n').map((line) => JSON.parse(line) as { verdict: string; error: unknown });
    expect(posts).toHaveLength(9000);
    expect(posts.every((p) => p.verdict === 'scam' && p.error === null)).toBe(true);
  }, 120_000);
});
