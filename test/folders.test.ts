import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from './support/temp-dirs.js';
import { runCli, type CliRun } from './support/cli.js';

interface JsonResult {
  source: string;
  verdict: string | null;
  score: number | null;
  title: string | null;
  hits: Array<{ rule: string; evidence: Array<{ text: string; start: number; end: number }> }>;
  error: { code: string; message: string } | null;
}

interface JsonDocument {
  version: number;
  results: JsonResult[];
  summary: { total: number; scam: number; suspicious: number; warning: number; clean: number; errors: number; elapsedMs: number };
}

const KO_LURE = `[지니뮤직 오류 보상 이벤트] 1000일 무료 스트리밍 이용권 전원 지급!
카카오톡 플러스친구 '지니 보상센터' 추가 👉 pf.kakao.com/_gEnIe1
코니 앱 설치 후 가입할 때 추천인 genie77 입력 (필수)`;
const EN_LURE = 'Everyone wins a 1000-day free pass! Install the app and enter referral code GIFT77 when you sign up. Join our Telegram channel t.me/FreeGiftsOfficial now.';
const CLEAN_KO = '오늘 점심은 회사 앞 국밥집에서 먹었다. 날씨가 좋아서 산책도 했다.';
const CLEAN_EN = 'We met for coffee and talked about the weekend hike. The weather looks fine.';

/** Running as root, a chmod 000 file is still readable: EACCES cannot be produced in this environment. */
const IS_ROOT = process.getuid?.() === 0;
const MAX_BYTES = 4096;

afterAll(removeTempDirs);

function parseNdjson(stdout: string): JsonResult[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as JsonResult);
}

/** The outcome of each result, by its source below `dir`: a verdict, or the error code. */
function outcomes(results: JsonResult[], dir: string): Array<[string, string | null]> {
  return results.map((r) => [relativeSource(r.source, dir), r.error?.code ?? r.verdict]);
}

function relativeSource(source: string, dir: string): string {
  return source.startsWith(`${dir}/`) ? source.slice(dir.length + 1) : source;
}

/**
 * The mixed folder:
 *   a/b/c/post.txt   Korean lure                     → scam
 *   a/b/loop         link to the top folder          → link-loop
 *   a/note.md        clean Markdown                  → clean
 *   big.txt          over --max-bytes 4096           → too-large
 *   binary.txt       NUL bytes                       → binary
 *   dangling.txt     link to nothing                 → dangling-link
 *   data.csv, image.png                              → not reported (extensions not scanned)
 *   page.html        clean page                      → clean, titled
 *   posts.json       array of 2 posts                → posts.json#0 clean, #1 scam
 *   posts.jsonl      3 lines, the 2nd broken         → :1 clean, :2 invalid-json, :3 scam
 *   secret.txt       chmod 000                       → permission-denied (or, as root, read: clean)
 */
function buildMixedFolder(): string {
  const dir = tempDir('folders');
  mkdirSync(join(dir, 'a', 'b', 'c'), { recursive: true });
  writeFileSync(join(dir, 'a', 'b', 'c', 'post.txt'), KO_LURE);
  writeFileSync(join(dir, 'a', 'note.md'), `# note\n\n${CLEAN_KO}\n`);
  symlinkSync(dir, join(dir, 'a', 'b', 'loop'));
  writeFileSync(join(dir, 'big.txt'), `${CLEAN_EN}\n`.repeat(Math.ceil((MAX_BYTES * 2) / CLEAN_EN.length)));
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x46, 0x52, 0x45, 0x45, 0x00, 0x01, 0x02, 0xff, 0x00, 0x41]));
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
  writeFileSync(join(dir, 'data.csv'), `text\n"${KO_LURE.replace(/\n/g, ' ')}"\n`);
  writeFileSync(join(dir, 'image.png'), KO_LURE); // a lure, but not a scanned extension
  writeFileSync(join(dir, 'page.html'), `<!DOCTYPE html><html><head><title>Weekend</title></head><body><p>${CLEAN_EN}</p></body></html>`);
  writeFileSync(join(dir, 'posts.json'), JSON.stringify([{ text: CLEAN_EN }, { text: EN_LURE }]));
  writeFileSync(join(dir, 'posts.jsonl'), [JSON.stringify({ id: 'p1', text: CLEAN_KO }), '{"id": "p2", "text": broken', JSON.stringify({ id: 'p3', text: KO_LURE })].join('\n'));
  writeFileSync(join(dir, 'secret.txt'), CLEAN_EN);
  chmodSync(join(dir, 'secret.txt'), 0o000);
  return dir;
}

const VERDICT_NAMES = ['scam', 'suspicious', 'warning', 'clean'];

const MIXED_EXPECTED: Array<[string, string | null]> = [
  ['a/b/c/post.txt', 'scam'],
  ['a/b/loop', 'link-loop'],
  ['a/note.md', 'clean'],
  ['big.txt', 'too-large'],
  ['binary.txt', 'binary'],
  ['dangling.txt', 'dangling-link'],
  ['page.html', 'clean'],
  ['posts.json#0', 'clean'],
  ['posts.json#1', 'scam'],
  ['posts.jsonl:1', 'clean'],
  ['posts.jsonl:2', 'invalid-json'],
  ['posts.jsonl:3', 'scam'],
  // root reads a chmod 000 file anyway, so the EACCES → permission-denied mapping cannot be exercised as root
  ['secret.txt', IS_ROOT ? 'clean' : 'permission-denied'],
];

/** How many of the expected outcomes are this verdict, or (for 'errors') an error code. */
function expectedCount(outcome: string): number {
  if (outcome === 'errors') return MIXED_EXPECTED.filter(([, o]) => !VERDICT_NAMES.includes(o!)).length;
  return MIXED_EXPECTED.filter(([, o]) => o === outcome).length;
}

describe('scanning a mixed folder', () => {
  let dir: string;
  let ndjsonRun: CliRun;
  let jsonRun: CliRun;

  beforeAll(() => {
    dir = buildMixedFolder();
    ndjsonRun = runCli(['-f', 'ndjson', '--max-bytes', String(MAX_BYTES), dir]);
    jsonRun = runCli(['-f', 'json', '--max-bytes', String(MAX_BYTES), dir]);
  });

  it('reports every file exactly once, scanned or as an error with the right code, sorted by path (ndjson)', () => {
    const results = parseNdjson(ndjsonRun.stdout);
    expect(outcomes(results, dir)).toEqual(MIXED_EXPECTED);
    const sources = results.map((r) => relativeSource(r.source, dir));
    expect(new Set(sources).size).toBe(sources.length);
    // sorted by path: the file part of each source (without #INDEX or :LINE) never goes backwards
    const files = sources.map((s) => s.replace(/(?:#\d+|:\d+)$/, ''));
    expect(files).toEqual([...files].sort());
  });

  it('reports the same results in the json document, with matching summary counts', () => {
    const doc = JSON.parse(jsonRun.stdout) as JsonDocument;
    expect(doc.version).toBe(1);
    expect(outcomes(doc.results, dir)).toEqual(MIXED_EXPECTED);
    expect(doc.summary).toMatchObject({ total: 13, scam: 3, suspicious: 0, warning: 0, clean: expectedCount('clean'), errors: expectedCount('errors') });
    expect(doc.summary.errors).toBe(IS_ROOT ? 5 : 6);
    expect(doc.summary.total).toBe(doc.summary.scam + doc.summary.suspicious + doc.summary.warning + doc.summary.clean + doc.summary.errors);
  });

  it('gives every error result verdict null and string error code and message', () => {
    const errors = parseNdjson(ndjsonRun.stdout).filter((r) => r.error !== null);
    expect(errors).toHaveLength(expectedCount('errors'));
    for (const r of errors) {
      expect(r.verdict).toBeNull();
      expect(r.score).toBeNull();
      expect(r.hits).toEqual([]);
      expect(typeof r.error!.code).toBe('string');
      expect(typeof r.error!.message).toBe('string');
      expect(r.error!.message.length).toBeGreaterThan(0);
    }
  });

  it('leaves out files with extensions that are not scanned (.png, .csv)', () => {
    for (const run of [ndjsonRun, jsonRun]) {
      expect(run.stdout).not.toContain('image.png');
      expect(run.stdout).not.toContain('data.csv');
    }
  });

  it('exits 2 because some sources failed, although scams were found', () => {
    expect(ndjsonRun.status).toBe(2);
    expect(jsonRun.status).toBe(2);
  });

  it('writes nothing to stderr without --progress when stderr is not a terminal', () => {
    expect(ndjsonRun.stderr).toBe('');
    expect(jsonRun.stderr).toBe('');
  });

  it('names the posts of a .json array file.json#0, file.json#1, and of JSON Lines file.jsonl:LINE', () => {
    const sources = parseNdjson(ndjsonRun.stdout).map((r) => relativeSource(r.source, dir));
    expect(sources.filter((s) => s.startsWith('posts.json#'))).toEqual(['posts.json#0', 'posts.json#1']);
    expect(sources.filter((s) => s.startsWith('posts.jsonl:'))).toEqual(['posts.jsonl:1', 'posts.jsonl:2', 'posts.jsonl:3']);
  });

  it('with --include "*.md" scans only Markdown', () => {
    const run = runCli(['-f', 'ndjson', '--include', '*.md', dir]);
    const results = parseNdjson(run.stdout);
    const scanned = results.filter((r) => r.error === null);
    expect(outcomes(scanned, dir)).toEqual([['a/note.md', 'clean']]);
    // a folder link back to the top is still met while walking for Markdown; no file error of another type may appear
    expect(results.filter((r) => r.error !== null).map((r) => r.error!.code)).toEqual(['link-loop']);
  });

  it.each([['a/**'], ['a']])('with --exclude %s leaves the folder a/ out and scans the rest', (glob) => {
    const run = runCli(['-f', 'ndjson', '--max-bytes', String(MAX_BYTES), '--exclude', glob, dir]);
    expect(outcomes(parseNdjson(run.stdout), dir)).toEqual(MIXED_EXPECTED.filter(([source]) => !source.startsWith('a/')));
    expect(run.status).toBe(2);
  });

  it('gives byte-identical ndjson with --concurrency 1 and --concurrency 8', () => {
    const one = runCli(['-f', 'ndjson', '--max-bytes', String(MAX_BYTES), '--concurrency', '1', dir]);
    const eight = runCli(['-f', 'ndjson', '--max-bytes', String(MAX_BYTES), '--concurrency', '8', dir]);
    expect(one.stdout.length).toBeGreaterThan(0);
    expect(eight.stdout).toBe(one.stdout);
    expect(eight.status).toBe(one.status);
    expect(one.stdout).toBe(ndjsonRun.stdout);
  });

  it('with --progress writes progress lines and the summary to stderr, and keeps stdout clean NDJSON', () => {
    const run = runCli(['-f', 'ndjson', '--progress', '--max-bytes', String(MAX_BYTES), dir]);
    expect(run.status).toBe(2);
    // stdout: one result per line, nothing else
    const results = parseNdjson(run.stdout);
    expect(outcomes(results, dir)).toEqual(MIXED_EXPECTED);
    expect(run.stdout.endsWith('\n')).toBe(true);
    // stderr: progress (sources, posts/s) and the summary, without colour (stderr is a pipe)
    expect(run.stderr).toMatch(/\b10\/10 sources · \d+ posts\/s/);
    expect(run.stderr).toContain(`13 scanned: 3 scam, 0 suspicious, 0 warning, ${expectedCount('clean')} clean, ${expectedCount('errors')} errors`);
    expect(run.stderr).toMatch(/rules that fired most: \S+ ×\d+/);
    expect(run.stderr).not.toContain('\u001b[');
    expect(run.stderr).not.toContain('{"source"');
  });
});

describe('JSON Lines fields', () => {
  it('reads the post from --text-field (a dotted path) and names it with --id-field', () => {
    const dir = tempDir('fields');
    const file = join(dir, 'export.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ meta: { id: 'k1' }, post: { body: KO_LURE }, text: CLEAN_EN }),
        JSON.stringify({ meta: { id: 'k2' }, post: { body: CLEAN_KO }, text: KO_LURE }),
        JSON.stringify({ meta: { id: 'k3' }, text: KO_LURE }),
      ].join('\n'),
    );
    const run = runCli(['-f', 'ndjson', '--text-field', 'post.body', '--id-field', 'meta.id', file]);
    expect(outcomes(parseNdjson(run.stdout), dir)).toEqual([
      ['export.jsonl:1 (k1)', 'scam'],
      ['export.jsonl:2 (k2)', 'clean'],
      ['export.jsonl:3 (k3)', 'missing-text'],
    ]);
    expect(run.status).toBe(2);

    // the default field is "text": the same file reads the other way round
    const byDefault = runCli(['-f', 'ndjson', file]);
    expect(outcomes(parseNdjson(byDefault.stdout), dir)).toEqual([
      ['export.jsonl:1', 'clean'],
      ['export.jsonl:2', 'scam'],
      ['export.jsonl:3', 'scam'],
    ]);
    expect(byDefault.status).toBe(1);
  });
});

describe('a large folder', () => {
  it('reports 2,000 small posts, in order, quickly, lures among them as scams', () => {
    const dir = tempDir('large');
    const count = 2000;
    const lures = new Set([7, 333, 1000, 1500, 1999]);
    const expected: Array<[string, string]> = [];
    for (let k = 0; k < count; k++) {
      const group = `g${String(Math.floor(k / 250)).padStart(2, '0')}`;
      if (k % 250 === 0) mkdirSync(join(dir, group));
      const name = `${group}/post-${String(k).padStart(4, '0')}.txt`;
      const text = lures.has(k) ? (k % 2 ? KO_LURE : EN_LURE) : k % 2 ? `${CLEAN_KO} (${k})` : `${CLEAN_EN} (${k})`;
      writeFileSync(join(dir, name), text);
      expected.push([name, lures.has(k) ? 'scam' : 'clean']);
    }
    const started = Date.now();
    const run = runCli(['-f', 'ndjson', dir]);
    const elapsed = Date.now() - started;
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(outcomes(parseNdjson(run.stdout), dir)).toEqual(expected);
    expect(elapsed).toBeLessThan(20_000);

    // however many run at once, the output is the same, byte for byte
    const serial = runCli(['-f', 'ndjson', '--concurrency', '1', dir]);
    const parallel = runCli(['-f', 'ndjson', '--concurrency', '8', dir]);
    expect(serial.stdout).toBe(run.stdout);
    expect(parallel.stdout).toBe(run.stdout);
  });

  it('scans a file too large for a worker (over 1 MB) in the main thread, in its place in the order', () => {
    const dir = tempDir('handed-back');
    const expected: Array<[string, string]> = [];
    for (let k = 0; k < 100; k++) {
      const name = `post-${String(k).padStart(3, '0')}.txt`;
      if (k === 50) {
        // a lure, then 1.5 MB of ordinary text: workers hand such a file back
        writeFileSync(join(dir, name), `${KO_LURE}\n${`${CLEAN_EN}\n`.repeat(Math.ceil((1.5 * 1024 * 1024) / CLEAN_EN.length))}`);
        expected.push([name, 'flagged']);
      } else {
        writeFileSync(join(dir, name), `${CLEAN_EN} (${k})`);
        expected.push([name, 'clean']);
      }
    }
    const run = runCli(['-f', 'ndjson', '--concurrency', '2', dir]);
    expect(run.stderr).toBe('');
    const flagged = (verdict: string | null): string | null => (verdict === 'scam' || verdict === 'suspicious' ? 'flagged' : verdict);
    expect(outcomes(parseNdjson(run.stdout), dir).map(([name, verdict]) => [name, flagged(verdict)])).toEqual(expected);
    expect(runCli(['-f', 'ndjson', '--straightforward', dir]).stdout).toBe(run.stdout);
  });
});
