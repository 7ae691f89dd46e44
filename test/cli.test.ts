import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, SHARED, runCli } from './support/cli.js';
import { SELF_TEST_POST } from '../src/self-test.js';
import { removeTempDirs, tempDir } from './support/temp-dirs.js';

const KO_LURE = `[지니뮤직 오류 보상 이벤트] 오늘 장애로 불편을 드려 사과의 의미로
１０００일 무료 스트리밍 이용권 전원 지급!
카카오톡 플러스친구 '지니 보상센터' 추가 👉 pf.kakao.com/_gEnIe1
코니 앱 설치 후 가입할 때 추천인 genie77 입력 (필수)`;

const CLEAN_TEXT = '오늘 점심은 회사 앞 국밥집에서 먹었다. 날씨가 좋아서 산책도 했다.';

interface JsonResult {
  source: string;
  verdict: string | null;
  score: number | null;
  lang: string | null;
  title: string | null;
  hits: Array<{ rule: string; category: string; weight: number; message: string; evidence: Array<{ text: string; start: number; end: number }> }>;
  error: { code: string; message: string } | null;
}

afterAll(removeTempDirs);

describe('fakepromo on stdin', () => {
  it('calls a Korean lure a scam, exits 1, and quotes the original text as evidence', () => {
    const run = runCli(['--no-color'], { input: KO_LURE });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/SCAM/);
    expect(run.stdout).toContain('«１０００일 무료»');
    expect(run.stdout).toContain('ko.referral.enter-code');
  });

  it('reads stdin for "-" and prints one JSON document whose evidence indexes the input', () => {
    const run = runCli(['-', '--format', 'json'], { input: KO_LURE });
    expect(run.status).toBe(1);
    const doc = JSON.parse(run.stdout) as { version: number; results: JsonResult[]; summary: Record<string, number> };
    expect(doc.version).toBe(1);
    expect(doc.results).toHaveLength(1);
    const [result] = doc.results;
    expect(result!.source).toBe('-');
    expect(result!.verdict).toBe('scam');
    expect(result!.lang).toBe('ko');
    expect(result!.error).toBeNull();
    const evidence = result!.hits.flatMap((h) => h.evidence);
    expect(evidence.length).toBeGreaterThan(3);
    for (const e of evidence) expect(KO_LURE.slice(e.start, e.end)).toBe(e.text);
    expect(doc.summary).toMatchObject({ total: 1, scam: 1, suspicious: 0, warning: 0, clean: 0, errors: 0 });
    expect(typeof doc.summary.elapsedMs).toBe('number');
  });

  it('calls an ordinary post clean and exits 0', () => {
    const run = runCli(['-f', 'json'], { input: CLEAN_TEXT });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).results[0].verdict).toBe('clean');
  });

  it('calls empty and whitespace-only input clean, with no hits', () => {
    for (const input of ['', '   \n\t\u3000\n']) {
      const run = runCli(['-f', 'ndjson'], { input });
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ source: '-', verdict: 'clean', hits: [], error: null });
    }
  });

  it('always calls the self-test post a scam', () => {
    const run = runCli(['-f', 'ndjson'], { input: SELF_TEST_POST });
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout) as JsonResult;
    expect(result.verdict).toBe('scam');
    expect(result.hits.map((h) => h.rule)).toContain('selftest.marker');
  });

  it('reads HTML piped to stdin as a page', () => {
    const page = '<!DOCTYPE html><html><head><title>Win</title><script>var x="1000일 무료";</script></head><body><p>hello there</p></body></html>';
    const result = JSON.parse(runCli(['-f', 'ndjson'], { input: page }).stdout) as JsonResult;
    expect(result.title).toBe('Win');
    expect(result.hits).toEqual([]);
  });
});

describe('--fail-on and exit codes', () => {
  const warningText = readFileSync(join(SHARED, 'corpus/seed-article-ko.txt'), 'utf8');

  it('exits 0 on a warning by default, 1 with --fail-on warning', () => {
    expect(runCli([], { input: warningText }).status).toBe(0);
    expect(runCli(['--fail-on', 'warning'], { input: warningText }).status).toBe(1);
  });

  it('never exits 1 with --fail-on none', () => {
    expect(runCli(['--fail-on', 'none'], { input: KO_LURE }).status).toBe(0);
  });

  it('exits 2 on a usage error', () => {
    const run = runCli(['--format', 'xml'], { input: CLEAN_TEXT });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/xml/);
    expect(run.stdout).toBe('');
    expect(runCli(['--no-such-flag'], { input: CLEAN_TEXT }).status).toBe(2);
  });

  it('shows help with commands and examples, exit 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/scan \[options\] \[targets\.\.\.\]/);
    expect(run.stdout).toMatch(/rules/);
    expect(run.stdout).toMatch(/pbpaste \| fakepromo/);
  });
});

describe('files and folders', () => {
  it('scans a folder recursively in path order, reports a missing path as an error, exits 2', () => {
    const dir = tempDir('cli');
    mkdirSync(join(dir, 'b', 'deep'), { recursive: true });
    writeFileSync(join(dir, 'a.txt'), KO_LURE);
    writeFileSync(join(dir, 'b', 'deep', 'c.md'), `# note\n\n${CLEAN_TEXT}`);
    writeFileSync(join(dir, 'b', 'page.html'), `<html><head><title>Hi</title></head><body><p>${CLEAN_TEXT}</p></body></html>`);
    writeFileSync(join(dir, 'b', 'ignored.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const run = runCli(['-f', 'ndjson', '--progress', join(dir, 'missing.txt'), dir]);
    expect(run.status).toBe(2);
    const results = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as JsonResult);
    expect(results.map((r) => r.source.replace(dir, ''))).toEqual(['/missing.txt', '/a.txt', '/b/deep/c.md', '/b/page.html']);
    expect(results[0]!.error).toEqual({ code: 'not-found', message: expect.any(String) });
    expect(results[0]!.verdict).toBeNull();
    expect(results.slice(1).map((r) => r.verdict)).toEqual(['scam', 'clean', 'clean']);
    expect(results[3]!.title).toBe('Hi');
    expect(run.stderr).toMatch(/4 scanned: 1 scam, 0 suspicious, 0 warning, 2 clean, 1 errors/);
  });

  it('reports a binary file and a dangling link as errors and scans the rest', () => {
    const dir = tempDir('cli');
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x41, 0x00, 0x42, 0x00, 0x01]));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    writeFileSync(join(dir, 'ok.txt'), CLEAN_TEXT);
    const results = runCli(['-f', 'ndjson', dir]).stdout.trim().split('\n').map((l) => JSON.parse(l) as JsonResult);
    expect(results.map((r) => [r.source.replace(dir, ''), r.error?.code ?? r.verdict])).toEqual([
      ['/bin.txt', 'binary'],
      ['/dangling.txt', 'dangling-link'],
      ['/ok.txt', 'clean'],
    ]);
  });

  it('names a FIFO in a folder as an error instead of blocking on it', () => {
    const dir = tempDir('cli');
    expect(spawnSync('mkfifo', [join(dir, 'pipe.txt')]).status).toBe(0);
    writeFileSync(join(dir, 'ok.txt'), CLEAN_TEXT);
    const run = runCli(['-f', 'ndjson', dir]);
    const results = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as JsonResult);
    expect(results.map((r) => [r.source.replace(dir, ''), r.error?.code ?? r.verdict])).toEqual([
      ['/ok.txt', 'clean'],
      ['/pipe.txt', 'not-a-file'],
    ]);
    expect(run.status).toBe(2);
  });

  it('never prints the credentials of a URL it was given', () => {
    const run = runCli(['-f', 'ndjson', '--timeout', '2', 'http://alice:s3cret@127.0.0.1:9/post']);
    expect(run.stdout).not.toContain('s3cret');
    expect((JSON.parse(run.stdout) as JsonResult).source).toBe('http://***@127.0.0.1:9/post');
  });

  it('reads JSON Lines exports post by post; a broken line is an error and the rest is scanned', () => {
    const dir = tempDir('cli');
    const file = join(dir, 'posts.jsonl');
    writeFileSync(file, [JSON.stringify({ id: 'p1', body: KO_LURE }), '{broken', JSON.stringify({ id: 'p3', body: CLEAN_TEXT })].join('\n'));
    const results = runCli(['-f', 'ndjson', '--text-field', 'body', '--id-field', 'id', file]).stdout.trim().split('\n').map((l) => JSON.parse(l) as JsonResult);
    expect(results.map((r) => [r.source.replace(dir, ''), r.error?.code ?? r.verdict])).toEqual([
      ['/posts.jsonl:1 (p1)', 'scam'],
      ['/posts.jsonl:2', 'invalid-json'],
      ['/posts.jsonl:3 (p3)', 'clean'],
    ]);
  });

  it('calls the founding news article a warning in text, HTML and EUC-KR HTML', () => {
    const files = ['seed-article-ko.txt', 'seed-article-ko.html', 'seed-article-ko.euc-kr.html'].map((f) => join(SHARED, 'corpus', f));
    const results = runCli(['-f', 'ndjson', ...files]).stdout.trim().split('\n').map((l) => JSON.parse(l) as JsonResult);
    expect(results.map((r) => r.verdict)).toEqual(['warning', 'warning', 'warning']);
    expect(results[2]!.title).toBe(results[1]!.title);
    expect(results[2]!.score).toBe(results[1]!.score);
  });
});

describe('output hygiene', () => {
  it('colours only when asked: FORCE_COLOR on, NO_COLOR and --no-color off, and never when piped by default', () => {
    expect(runCli([], { input: KO_LURE }).stdout).not.toContain('\u001b[');
    expect(runCli([], { input: KO_LURE, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(runCli([], { input: KO_LURE, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(runCli(['--no-color'], { input: KO_LURE, env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('neutralises terminal control sequences from the scanned text in pretty output', () => {
    const hostile = `\u001b[2J\u001b]0;pwned\u0007 1000일 무료 이용권 지급 \u202etxt.exe 추천인 코드 입력\r`;
    const run = runCli(['--no-color'], { input: hostile });
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(run.stdout).toContain('\\x1b[2J');
    expect(run.stdout).toContain('\\u202e');
  });

  it('ends quietly when the reader of stdout goes away', () => {
    const script = `set -o pipefail; node ${JSON.stringify(BIN)} -f ndjson ${JSON.stringify(join(ROOT, 'fixtures'))} | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}"`;
    const run = spawnSync('bash', ['-c', script], { encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
    expect(run.stdout.trim()).toBe('status=0');
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
  });
});

describe('fakepromo eval', () => {
  it('compares verdicts with the labels given by the first folder', () => {
    const dir = tempDir('cli');
    for (const label of ['scam', 'legit', 'warning']) mkdirSync(join(dir, label));
    writeFileSync(join(dir, 'scam', 'a.txt'), KO_LURE);
    writeFileSync(join(dir, 'scam', 'b.txt'), CLEAN_TEXT); // a miss
    writeFileSync(join(dir, 'legit', 'c.txt'), CLEAN_TEXT);
    writeFileSync(join(dir, 'warning', 'd.txt'), readFileSync(join(SHARED, 'corpus/seed-article-ko.txt')));
    const run = runCli(['eval', '-f', 'json', dir]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.total).toBe(4);
    expect(report.confusion.scam).toMatchObject({ scam: 1, clean: 1 });
    expect(report.confusion.legit).toMatchObject({ clean: 1 });
    expect(report.confusion.warning).toMatchObject({ warning: 1 });
    expect(report.targets).toMatchObject({ scamsFlagged: 0.5, legitCalledScam: 0, warningsCalledWarning: 1 });
    expect(report.misses.map((m: { source: string }) => m.source.replace(dir, ''))).toEqual(['/scam/b.txt']);
    expect(report.rules.find((r: { rule: string }) => r.rule === 'ko.referral.enter-code')).toMatchObject({ scam: 1, warning: 1, legit: 0 });
    const pretty = runCli(['eval', '--no-color', dir]).stdout;
    expect(pretty).toMatch(/scams flagged\s+50\.0%/);
    expect(pretty).toMatch(/confusion/);
  });

  it('exits 2 on a folder without labels', () => {
    expect(runCli(['eval', tempDir('cli')]).status).toBe(2);
  });
});

describe('rule packs', () => {
  it('refuses an invalid pack before scanning: file, line and rule id, exit 2, nothing on stdout', () => {
    const dir = tempDir('cli');
    writeFileSync(join(dir, 'mine.yaml'), ['- id: my.rule', '  category: urgency', '  weight: 1', '  message: hurry', '  pattern:', "    regex: '(unclosed'", '  examples:', '    match: [a, b]', '    nomatch: [c, d]', ''].join('\n'));
    const run = runCli(['--rules', dir], { input: KO_LURE });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/mine\.yaml:6:\d+: rule my\.rule: invalid regular expression/);
  });

  it('refuses shipped rules edited since the build into an invalid pack, before a folder scan (whose main thread otherwise leaves them to the workers)', () => {
    // a copy of the package whose YAML no longer matches dist/rules.json
    const pkg = tempDir('stale-pkg');
    for (const part of ['bin', 'dist', 'rules', 'package.json']) cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
    const urgency = join(pkg, 'rules', 'en', 'urgency.yaml');
    writeFileSync(urgency, readFileSync(urgency, 'utf8').replace(/ {2}weight: \d+/, '  weight: banana'));
    const posts = tempDir('stale-posts');
    for (let k = 0; k < 80; k++) writeFileSync(join(posts, `post-${k}.txt`), `Post ${k}: the bakery opens at 8.`);
    const run = spawnSync(process.execPath, [join(pkg, 'bin', 'fakepromo.js'), '-f', 'ndjson', '-q', posts], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^fakepromo: invalid rule pack\n[^\n]*rules\/en\/urgency\.yaml:\d+:\d+: rule en\.urgency\.[\w-]+: weight: must be number/);
  });

  it('refuses a --rules pattern that can backtrack catastrophically, before scanning', () => {
    const dir = tempDir('cli');
    writeFileSync(join(dir, 'slow.yaml'), ['- id: my.slow', '  category: urgency', '  weight: 1', '  message: hurry', '  pattern:', "    regex: '(?:a+)+b'", '  examples:', '    match: [ab, aab]', '    nomatch: [c, d]', ''].join('\n'));
    const run = runCli(['--rules', dir], { input: KO_LURE });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/slow\.yaml:6:\d+: rule my\.slow: regular expression can backtrack catastrophically: exponential/);
  });

  it('lets a user pack replace a shipped rule by id', () => {
    const dir = tempDir('cli');
    writeFileSync(join(dir, 'override.yaml'), ['- id: ko.referral.enter-code', '  category: referral-demand', '  weight: 0.5', '  message: my own referral rule', '  pattern:', "    phrase: 추천인", '  examples:', '    match: [추천인, 추천인 코드]', '    nomatch: [추천, 코드]', ''].join('\n'));
    const result = JSON.parse(runCli(['--rules', dir, '-f', 'ndjson'], { input: KO_LURE }).stdout) as JsonResult;
    const hit = result.hits.find((h) => h.rule === 'ko.referral.enter-code');
    expect(hit).toMatchObject({ weight: 0.5, message: 'my own referral rule' });
  });

  it('runs every rule example with `fakepromo rules --test`', () => {
    const run = runCli(['rules', '--test']);
    expect(run.stdout).toMatch(/^\d+ passed, 0 failed$/m);
    expect(run.status).toBe(0);
  });
});
