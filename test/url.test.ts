import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BIN, ROOT } from './support/cli.js';
import { removeTempDirs, tempDir } from './support/temp-dirs.js';
import {
  closedPort,
  LURE_LINK_EN_TEXT,
  LURE_LINK_KAKAO,
  LURE_LINK_KO_TEXT,
  LURE_LINK_TELEGRAM,
  startTestServer,
  type TestServer,
} from './support/http-server.js';

interface Evidence {
  text: string;
  start: number;
  end: number;
  link?: string;
}

interface JsonResult {
  source: string;
  verdict: string | null;
  score: number | null;
  lang: string | null;
  title: string | null;
  hits: Array<{ rule: string; category: string; weight: number; message: string; evidence: Evidence[] }>;
  error: { code: string; message: string } | null;
  finalUrl?: string;
}

interface AsyncRun {
  status: number | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
  /** the child was killed for running past `timeoutMs` */
  killed: boolean;
}

/**
 * Runs the built CLI as a child process without blocking this process: the HTTP server the
 * child talks to lives in this process's event loop, which spawnSync would freeze.
 */
function runCliAsync(args: string[], options: { timeoutMs?: number; input?: string } = {}): Promise<AsyncRun> {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 30_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, elapsedMs: Date.now() - started, killed });
    });
    child.stdin.end(options.input ?? '');
  });
}

function ndjson(run: AsyncRun): JsonResult[] {
  return run.stdout
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as JsonResult);
}

/** Runs one URL with --format ndjson and returns its single result. */
async function scanOne(url: string, extra: string[] = []): Promise<{ run: AsyncRun; result: JsonResult }> {
  const run = await runCliAsync(['-f', 'ndjson', ...extra, url]);
  expect(run.killed).toBe(false);
  const results = ndjson(run);
  expect(results).toHaveLength(1);
  return { run, result: results[0]! };
}

/** The contract for a source that could not be read. */
function expectSourceError(result: JsonResult, code: string): void {
  expect(result.verdict).toBeNull();
  expect(result.score).toBeNull();
  expect(result.hits).toEqual([]);
  expect(result.error).not.toBeNull();
  expect(typeof result.error!.code).toBe('string');
  expect(typeof result.error!.message).toBe('string');
  expect(result.error!.message.length).toBeGreaterThan(0);
  expect(result.error!.code).toBe(code);
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
  removeTempDirs();
});

beforeEach(() => {
  server.reset();
});

describe('fetching pages: charsets', () => {
  it('reads the UTF-8 page and both EUC-KR variants to the same title, verdict (warning) and score', async () => {
    const paths = ['/utf8', '/euckr-bare', '/euckr-header', '/euckr-wrong-meta-header'];
    const outcomes = await Promise.all(paths.map((path) => scanOne(server.url(path))));
    const [utf8, ...others] = outcomes.map((o) => o.result);
    expect(utf8!.error).toBeNull();
    expect(utf8!.verdict).toBe('warning');
    expect(utf8!.lang).toBe('ko');
    expect(utf8!.title).toMatch(/^지니뮤직 앱, 서비스 먹통 사태/);
    expect(utf8!.title).toContain("'가짜'로 판명");
    for (const other of others) {
      expect(other.error).toBeNull();
      expect(other.title).toBe(utf8!.title);
      expect(other.verdict).toBe('warning');
      expect(other.score).toBe(utf8!.score);
      expect(other.hits.map((h) => h.rule)).toEqual(utf8!.hits.map((h) => h.rule));
    }
    outcomes.forEach(({ run, result }, k) => {
      expect(run.status).toBe(0); // a warning is below the default --fail-on scam
      expect(result.source).toBe(server.url(paths[k]!));
      expect(result.finalUrl).toBe(server.url(paths[k]!));
    });
  });
});

describe('fetching pages: redirects', () => {
  it('follows a chain of 3 redirects (302, 301, 303): finalUrl is where the page came from, source is the URL given', async () => {
    const { run, result } = await scanOne(server.url('/redirect/1'));
    expect(run.status).toBe(0);
    expect(result.error).toBeNull();
    expect(result.verdict).toBe('warning');
    expect(result.source).toBe(server.url('/redirect/1'));
    expect(result.finalUrl).toBe(server.url('/utf8'));
    expect(result.finalUrl!.endsWith('/utf8')).toBe(true);
    expect(server.requests.map((r) => r.url)).toEqual(['/redirect/1', '/redirect/2', '/redirect/3', '/utf8']);
  });

  it('reports a redirect loop as redirect-loop, after asking each URL once', async () => {
    const { run, result } = await scanOne(server.url('/loop/a'));
    expect(run.status).toBe(2);
    expectSourceError(result, 'redirect-loop');
    expect(result.source).toBe(server.url('/loop/a'));
    expect(server.requests.map((r) => r.url)).toEqual(['/loop/a', '/loop/b']);
  });

  it('gives up on 10 redirects with too-many-redirects, having followed at most 5', async () => {
    const { run, result } = await scanOne(server.url('/chain/0'));
    expect(run.status).toBe(2);
    expectSourceError(result, 'too-many-redirects');
    expect(server.requests.length).toBeLessThanOrEqual(6);
    expect(server.requests.map((r) => r.url)).not.toContain('/chain/10');
  });

  it('refuses a redirect to ftp:// as unsupported-scheme', async () => {
    const { run, result } = await scanOne(server.url('/to-ftp'));
    expect(run.status).toBe(2);
    expectSourceError(result, 'unsupported-scheme');
    expect(server.requests.map((r) => r.url)).toEqual(['/to-ftp']);
  });
});

describe('fetching pages: schemes that are not read', () => {
  it('refuses an ftp:// target without connecting anywhere', async () => {
    // the target names this very server's port: any attempt to read it would show as a connection
    const target = `ftp://127.0.0.1:${server.port}/x`;
    const { run, result } = await scanOne(target);
    expect(run.status).toBe(2);
    expectSourceError(result, 'unsupported-scheme');
    expect(result.source).toBe(target);
    expect(server.connections()).toBe(0);
  });

  it('refuses file:///etc/passwd and a file:// URL of a lure: nothing is read or scanned', async () => {
    const dir = tempDir('url');
    const lure = join(dir, 'lure.txt');
    writeFileSync(lure, '1000일 무료 스트리밍 이용권 전원 지급! 카카오톡 플러스친구 추가 후 추천인 genie77 입력');
    const run = await runCliAsync(['-f', 'ndjson', 'file:///etc/passwd', pathToFileURL(lure).href]);
    expect(run.status).toBe(2);
    const results = ndjson(run);
    expect(results.map((r) => r.source)).toEqual(['file:///etc/passwd', pathToFileURL(lure).href]);
    for (const result of results) expectSourceError(result, 'unsupported-scheme');
    expect(run.stdout).not.toMatch(/root:/);
  });
});

describe('fetching pages: HTTP failures', () => {
  it('reports 404 as http-404 and 500 as http-500', async () => {
    const [missing, failing] = await Promise.all([scanOne(server.url('/missing')), scanOne(server.url('/error'))]);
    expect(missing.run.status).toBe(2);
    expectSourceError(missing.result, 'http-404');
    expect(failing.run.status).toBe(2);
    expectSourceError(failing.result, 'http-500');
  });

  it('refuses an image as unsupported-content-type', async () => {
    const { run, result } = await scanOne(server.url('/image'));
    expect(run.status).toBe(2);
    expectSourceError(result, 'unsupported-content-type');
  });

  it('gives up on a server that never answers with --timeout 1: timeout, within a few seconds', async () => {
    const { run, result } = await scanOne(server.url('/never'), ['--timeout', '1']);
    expect(run.status).toBe(2);
    expectSourceError(result, 'timeout');
    expect(run.elapsedMs).toBeLessThan(10_000);
    expect(server.requests.map((r) => r.url)).toEqual(['/never']);
  });

  it('gives up on a body that stalls halfway with --timeout 1: timeout', async () => {
    const { run, result } = await scanOne(server.url('/stall'), ['--timeout', '1']);
    expect(run.status).toBe(2);
    expectSourceError(result, 'timeout');
    expect(run.elapsedMs).toBeLessThan(10_000);
  });

  it('stops reading an endless body at --max-bytes 100000: too-large, quickly', async () => {
    const { run, result } = await scanOne(server.url('/endless'), ['--max-bytes', '100000', '--timeout', '20']);
    expect(run.status).toBe(2);
    expectSourceError(result, 'too-large');
    expect(result.error!.message).toContain('100000');
    expect(run.elapsedMs).toBeLessThan(10_000);
  });

  it('refuses a body whose declared length is over the cap before reading it: too-large, not a timeout', async () => {
    // the server sends a few bytes of its declared 1 GiB and waits: only the declared length ends this in time
    const { run, result } = await scanOne(server.url('/big-declared'), ['--timeout', '20']);
    expect(run.status).toBe(2);
    expectSourceError(result, 'too-large');
    expect(run.elapsedMs).toBeLessThan(10_000);
  });

  it('reports a refused connection as connection-refused', async () => {
    const port = await closedPort();
    const target = `http://127.0.0.1:${port}/page`;
    const { run, result } = await scanOne(target);
    expect(run.status).toBe(2);
    expectSourceError(result, 'connection-refused');
    expect(result.source).toBe(target);
  });
});

describe('fetching pages: content', () => {
  it('decompresses a gzipped page and scans it: scam, exit 1', async () => {
    const { run, result } = await scanOne(server.url('/gzip'));
    expect(run.status).toBe(1);
    expect(result.error).toBeNull();
    expect(result.verdict).toBe('scam');
    expect(result.title).toBe('지니뮤직 오류 보상 이벤트');
    expect(result.hits.map((h) => h.rule)).toContain('ko.reward.long-free-pass');
    expect(server.requests[0]!.headers['accept-encoding']).toMatch(/gzip/);
  });

  it('calls the lure-links page a scam, with evidence naming the link target and quoting the link words', async () => {
    const { run, result } = await scanOne(server.url('/lure-links'));
    expect(run.status).toBe(1);
    expect(result.verdict).toBe('scam');
    const linkEvidence = result.hits.flatMap((h) => h.evidence).filter((e) => e.link === LURE_LINK_KAKAO || e.link === LURE_LINK_TELEGRAM);
    expect(linkEvidence.length).toBeGreaterThan(0);
    for (const e of linkEvidence) {
      // text/start/end quote what the reader clicks, not the URL
      expect(e.text).toBe(e.link === LURE_LINK_KAKAO ? LURE_LINK_KO_TEXT : LURE_LINK_EN_TEXT);
      expect(e.end - e.start).toBe(e.text.length);
    }
    expect(linkEvidence.some((e) => e.link === LURE_LINK_KAKAO && e.text === LURE_LINK_KO_TEXT)).toBe(true);
  });

  it('never follows links found inside a post: scanning /lure-links makes exactly one request', async () => {
    await scanOne(server.url('/lure-links'));
    expect(server.requests.map((r) => r.url)).toEqual(['/lure-links']);
    expect(server.connections()).toBe(1);
  });
});

describe('fetching pages: what is sent', () => {
  it('identifies itself as fakepromo/… and sends no cookie and no authorization, even with user:pass@ in the URL', async () => {
    const target = `http://user:pass@127.0.0.1:${server.port}/ua`;
    const { run, result } = await scanOne(target);
    expect(run.status).toBe(0);
    expect(result.error).toBeNull();
    expect(server.requests).toHaveLength(1);
    const { headers } = server.requests[0]!;
    expect(headers['user-agent']).toMatch(/^fakepromo\//);
    expect(headers.cookie).toBeUndefined();
    expect(headers.authorization).toBeUndefined();
    expect(result.finalUrl).toBe(server.url('/ua'));
  });

  it('does not keep a cookie set on a redirect', async () => {
    const { result } = await scanOne(server.url('/set-cookie'));
    expect(result.error).toBeNull();
    expect(server.requests.map((r) => r.url)).toEqual(['/set-cookie', '/ua']);
    expect(server.requests[1]!.headers.cookie).toBeUndefined();
    expect(server.requests[1]!.headers['user-agent']).toMatch(/^fakepromo\//);
  });
});

describe('a run mixing URLs and files', () => {
  it('reports a good URL, a 404 and a local file in the order given, and exits 2', async () => {
    const dir = tempDir('url');
    const file = join(dir, 'lure.txt');
    writeFileSync(file, '[지니뮤직 오류 보상 이벤트] 1000일 무료 스트리밍 이용권 전원 지급!\n카카오톡 플러스친구 추가 👉 pf.kakao.com/_gEnIe1\n코니 앱 설치 후 가입할 때 추천인 genie77 입력 (필수)');
    const targets = [server.url('/utf8'), server.url('/missing'), file];
    for (const format of ['ndjson', 'json'] as const) {
      const run = await runCliAsync(['-f', format, '--concurrency', '8', ...targets]);
      expect(run.status).toBe(2);
      const results = format === 'ndjson' ? ndjson(run) : (JSON.parse(run.stdout) as { results: JsonResult[] }).results;
      expect(results.map((r) => r.source)).toEqual(targets);
      expect(results[0]!.verdict).toBe('warning');
      expect(results[0]!.finalUrl).toBe(server.url('/utf8'));
      expectSourceError(results[1]!, 'http-404');
      expect(results[2]!.verdict).toBe('scam');
      expect(results[2]!.finalUrl).toBeUndefined();
      if (format === 'json') {
        const { summary } = JSON.parse(run.stdout) as { summary: Record<string, number> };
        expect(summary).toMatchObject({ total: 3, scam: 1, warning: 1, errors: 1 });
      }
    }
  });
});
