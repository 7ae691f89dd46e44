// Issue 6: input written by scammers or mangled by a scrape. Every case has an asserted outcome —
// a verdict or a clear error result — and the other inputs of the run are still scanned.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { removeTempDirs, tempDir } from './support/temp-dirs.js';

interface JsonResult {
  source: string;
  verdict: string | null;
  title: string | null;
  truncated?: boolean;
  hits: Array<{ rule: string; evidence: Array<{ text: string; start: number; end: number }> }>;
  error: { code: string; message: string } | null;
}

afterAll(removeTempDirs);

function ndjson(stdout: string): JsonResult[] {
  return stdout
    .trim()
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as JsonResult);
}

const LURE = '지니뮤직 오류 보상! 플러스친구 추가하면 1000일 무료 이용권 지급, 코니 앱 설치 후 추천인 genie 입력';

describe('hostile and broken input', () => {
  it('reports a 50 MB file as too large without reading it, and scans its neighbour', () => {
    const dir = tempDir('hostile');
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'a'));
    writeFileSync(join(dir, 'lure.txt'), LURE);
    const run = runCli(['-f', 'ndjson', dir]);
    const [huge, lure] = ndjson(run.stdout);
    expect(huge).toMatchObject({ verdict: null, error: { code: 'too-large' } });
    expect(huge!.error!.message).toMatch(/52428800 bytes is over the limit/);
    expect(lure!.verdict).toBe('scam');
    expect(run.status).toBe(2);
  });

  it('scans a single 5 MB line within the per-post budget and says the post was cut', () => {
    const dir = tempDir('hostile');
    const line = `${LURE} ${'가나다라 '.repeat(400_000)}`; // one line, about 5.2 MB of UTF-8
    writeFileSync(join(dir, 'line.txt'), line);
    const run = runCli(['-f', 'ndjson', '--max-bytes', String(6 * 1024 * 1024), join(dir, 'line.txt')]);
    const [result] = ndjson(run.stdout);
    expect(result!.verdict).toBe('scam');
    expect(result!.truncated).toBe(true);
    for (const hit of result!.hits) for (const e of hit.evidence) expect(e.end).toBeLessThanOrEqual(1_000_000);
  });

  it('keeps scanning a JSON Lines file of which every other line is broken', () => {
    const dir = tempDir('hostile');
    const lines = Array.from({ length: 20 }, (_, k) => (k % 2 === 0 ? JSON.stringify({ text: k === 4 ? LURE : `오늘 점심은 김밥 ${k}` }) : `{"text": "broken ${k}`));
    writeFileSync(join(dir, 'posts.jsonl'), `${lines.join('\n')}\n`);
    const results = ndjson(runCli(['-f', 'ndjson', join(dir, 'posts.jsonl')]).stdout);
    expect(results).toHaveLength(20);
    results.forEach((r, k) => {
      expect(r.source).toBe(`${join(dir, 'posts.jsonl')}:${k + 1}`);
      if (k % 2 === 1) expect(r.error?.code).toBe('invalid-json');
      else expect(r.verdict).toBe(k === 4 ? 'scam' : 'clean');
    });
  });

  it('calls an HTML page made only of scripts clean, with no text to quote', () => {
    const page = `<!doctype html><html><head><script>var s="1000일 무료 이용권 추천인 입력";</script></head><body><script>document.write("free iPhone")</script></body></html>`;
    const [result] = ndjson(runCli(['-f', 'ndjson'], { input: page }).stdout);
    expect(result).toMatchObject({ verdict: 'clean', hits: [] });
  });

  it('reads invalid UTF-8 with replacement characters and still finds the lure around them', () => {
    const bytes = Buffer.concat([Buffer.from([0xc3, 0x28, 0xa0, 0xff, 0x20]), Buffer.from(LURE), Buffer.from([0xed, 0xa0, 0x80])]);
    const [result] = ndjson(runCli(['-f', 'ndjson'], { input: bytes }).stdout);
    expect(result!.verdict).toBe('scam');
  });

  it('reports a path that does not exist and scans the others', () => {
    const dir = tempDir('hostile');
    writeFileSync(join(dir, 'lure.txt'), LURE);
    const run = runCli(['-f', 'ndjson', join(dir, 'nope.txt'), join(dir, 'lure.txt')]);
    const [missing, lure] = ndjson(run.stdout);
    expect(missing).toMatchObject({ verdict: null, error: { code: 'not-found' } });
    expect(lure!.verdict).toBe('scam');
    expect(run.status).toBe(2);
  });
});

describe('output that a post cannot subvert', () => {
  it('escapes C1 controls, bidi overrides and line separators in JSON as \\u escapes, and they round-trip', () => {
    const hostile = `<title>Prize \u009b31m \u202Egpj.exe\u202C \u2066x\u2069</title><body>${LURE} \u2028</body>`;
    const run = runCli(['-f', 'ndjson'], { input: hostile });
    expect(run.stdout).not.toMatch(/[\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(run.stdout).toContain('\\u202e');
    expect(run.stdout).toContain('\\u009b');
    const [result] = ndjson(run.stdout);
    expect(result!.title).toBe('Prize \u009b31m \u202Egpj.exe\u202C \u2066x\u2069');
    const json = runCli(['-f', 'json'], { input: hostile }).stdout;
    expect(json).not.toMatch(/[\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect((JSON.parse(json) as { results: JsonResult[] }).results[0]!.title).toBe('Prize \u009b31m \u202Egpj.exe\u202C \u2066x\u2069');
  });

  it('never reads a .env of the folder it runs in, never writes a file, and keeps stdout pure JSON', () => {
    const dir = tempDir('hostile');
    // what dotenv would load (and print tips about on stdout) if anything imported natural whole
    writeFileSync(join(dir, '.env'), 'FAKEPROMO_ENV_PROBE=loaded\nNO_COLOR=\nFORCE_COLOR=3\nDOTENV_CONFIG_DEBUG=true\n');
    mkdirSync(join(dir, 'posts'));
    writeFileSync(join(dir, 'posts', 'lure.txt'), LURE);
    writeFileSync(join(dir, 'posts', 'fine.txt'), '오늘 점심은 김밥이었다');
    writeFileSync(join(dir, 'posts', 'page.html'), '<html><body><a href="https://bit.ly/abc">신청</a> 아이폰 무료 증정</body></html>');
    const before = readdirSync(dir, { recursive: true }).sort();
    const run = runCli(['--format', 'json', 'posts'], { cwd: dir });
    const doc = JSON.parse(run.stdout) as { results: JsonResult[] }; // stdout parses whole: nothing else was printed
    expect(doc.results.map((r) => r.verdict)).toEqual(['clean', 'scam', expect.any(String)]);
    expect(run.stdout).not.toMatch(/dotenv|\u001b\[/);
    expect(readdirSync(dir, { recursive: true }).sort()).toEqual(before);
  });
});
