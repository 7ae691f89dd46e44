import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SHARED } from './cli.js';

/** One request the server received, as it arrived. */
export interface RecordedRequest {
  method: string;
  /** path and query, as sent */
  url: string;
  headers: IncomingHttpHeaders;
}

export interface TestServer {
  /** The server's origin, e.g. http://127.0.0.1:40123 */
  origin: string;
  port: number;
  /** An absolute URL on this server for a path such as `/utf8`. */
  url(path: string): string;
  /** Every request received since start (or the last `reset`), in arrival order. */
  requests: RecordedRequest[];
  /** How many TCP connections were accepted (also counts connections that sent no HTTP request). */
  connections(): number;
  /** Forgets the recorded requests and connections. */
  reset(): void;
  /** Stops the server, destroying every open socket (so `/never` and `/endless` cannot keep the process alive). */
  close(): Promise<void>;
}

export const CORPUS = join(SHARED, 'corpus');
export const UTF8_PAGE = readFileSync(join(CORPUS, 'seed-article-ko.html'));
export const EUCKR_PAGE = readFileSync(join(CORPUS, 'seed-article-ko.euc-kr.html'));

/** The EUC-KR bytes with a <meta> that lies (says utf-8): only the HTTP header tells the truth. */
export const EUCKR_WRONG_META_PAGE = (() => {
  const latin = EUCKR_PAGE.toString('latin1');
  const lied = latin.replace(/<meta charset="euc-kr">/i, '<meta charset="utf-8">');
  if (lied === latin) throw new Error('seed-article-ko.euc-kr.html no longer has <meta charset="euc-kr">');
  return Buffer.from(lied, 'latin1');
})();

/** A Korean lure, as a page, served gzipped by `/gzip`. */
export const GZIP_LURE_HTML = `<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>지니뮤직 오류 보상 이벤트</title></head>
<body><main>
<p>[지니뮤직 오류 보상 이벤트] 오늘 장애로 불편을 드려 사과의 의미로 1000일 무료 스트리밍 이용권 전원 지급!</p>
<p>카카오톡 플러스친구 '지니 보상센터' 추가 👉 pf.kakao.com/_gEnIe1</p>
<p>코니 앱 설치 후 가입할 때 추천인 genie77 입력 (필수)</p>
</main></body></html>`;

export const LURE_LINK_KO_TEXT = '공식 채널 추가하기';
export const LURE_LINK_EN_TEXT = 'Join the official channel';
export const LURE_LINK_KAKAO = 'https://open.kakao.com/o/gAbCd12';
export const LURE_LINK_TELEGRAM = 'https://t.me/FreeGiftsOfficial';

/**
 * A lure whose channels are only in link targets. It also links and embeds resources on
 * this very server (relative and absolute), so a test can tell whether the scanner followed them.
 */
function lureLinksHtml(origin: string): string {
  return `<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>1000일 무료 이용권 이벤트</title>
<link rel="stylesheet" href="/followed/style.css"></head>
<body><main>
<h1>전원 지급! 1000일 무료 이용권 이벤트</h1>
<p>지금 참여하면 누구나 1000일 무료 스트리밍 이용권을 받을 수 있습니다.</p>
<p>아래 <a href="${LURE_LINK_KAKAO}">${LURE_LINK_KO_TEXT}</a> 후 앱 설치하고 가입할 때 추천인 코드 FREE1000 입력 (필수)!</p>
<p>English: everyone wins a 1000-day free pass. <a href="${LURE_LINK_TELEGRAM}">${LURE_LINK_EN_TEXT}</a> and enter referral code FREE1000 when you sign up.</p>
<p><a href="/followed/next-page">다음 이벤트 보기</a> <a href="${origin}/followed/absolute">더 보기</a></p>
<img src="/followed/proof.png" alt="인증">
</main></body></html>`;
}

/** A tiny valid PNG (1×1). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

function send(res: ServerResponse, status: number, type: string | undefined, body: string | Buffer, extra: Record<string, string | number> = {}): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { ...(type ? { 'content-type': type } : {}), 'content-length': bytes.length, ...extra });
  res.end(bytes);
}

function redirect(res: ServerResponse, status: number, location: string): void {
  res.writeHead(status, { location, 'content-length': 0 });
  res.end();
}

/**
 * Starts a local HTTP server on 127.0.0.1 (an ephemeral port) with the routes the URL tests
 * need; records every request's headers.
 *
 * Routes: /utf8, /euckr-bare, /euckr-header, /euckr-wrong-meta-header, /redirect/1..3,
 * /loop/a ↔ /loop/b, /chain/0..9 (each to the next; /chain/10 answers the page),
 * /set-cookie (302 to /ua, setting a cookie), /to-ftp, /missing (404), /error (500), /image (png), /never (no answer), /endless (chunks forever),
 * /stall (headers and half a page, then nothing), /gzip, /big-declared (content-length over any cap),
 * /lure-links, /ua (echoes user-agent, cookie, authorization), /followed/* (a page that links
 * nowhere: its requests prove that a link was followed).
 */
export async function startTestServer(): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let connectionCount = 0;
  let origin = '';

  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: { ...req.headers } });
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;

    const chain = /^\/chain\/(\d+)$/.exec(path);
    if (chain) {
      const n = Number(chain[1]);
      if (n >= 10) send(res, 200, 'text/html; charset=utf-8', UTF8_PAGE);
      else redirect(res, 302, `/chain/${n + 1}`);
      return;
    }
    if (path.startsWith('/followed/')) {
      send(res, 200, 'text/html; charset=utf-8', '<html><body><p>followed</p></body></html>');
      return;
    }

    switch (path) {
      case '/utf8':
        return send(res, 200, 'text/html; charset=utf-8', UTF8_PAGE);
      case '/euckr-bare':
        return send(res, 200, 'text/html', EUCKR_PAGE);
      case '/euckr-header':
        return send(res, 200, 'text/html; charset=EUC-KR', EUCKR_PAGE);
      case '/euckr-wrong-meta-header':
        return send(res, 200, 'text/html; charset=EUC-KR', EUCKR_WRONG_META_PAGE);
      case '/redirect/1':
        return redirect(res, 302, '/redirect/2');
      case '/redirect/2':
        return redirect(res, 301, `${origin}/redirect/3`);
      case '/redirect/3':
        return redirect(res, 303, '/utf8');
      case '/loop/a':
        return redirect(res, 302, '/loop/b');
      case '/loop/b':
        return redirect(res, 302, '/loop/a');
      case '/set-cookie':
        // a cookie set on a redirect: a client with a cookie jar would send it to /ua
        res.writeHead(302, { location: '/ua', 'set-cookie': 'session=s3cr3t; Path=/', 'content-length': 0 });
        res.end();
        return;
      case '/to-ftp':
        return redirect(res, 302, 'ftp://127.0.0.1/x');
      case '/missing':
        return send(res, 404, 'text/html', '<html><body><p>Not found</p></body></html>');
      case '/error':
        return send(res, 500, 'text/plain', 'Internal Server Error');
      case '/image':
        return send(res, 200, 'image/png', PNG);
      case '/never':
        // the request is accepted and never answered: the socket stays open until the client gives up or close()
        return;
      case '/stall':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write('<!DOCTYPE html><html><head><title>stall</title></head><body><p>1000일 무료');
        return;
      case '/endless': {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        const chunk = Buffer.alloc(64 * 1024, 'endless text without end ');
        const timer = setInterval(() => {
          if (res.destroyed || res.writableEnded) {
            clearInterval(timer);
            timers.delete(timer);
            return;
          }
          res.write(chunk);
        }, 5);
        timers.add(timer);
        res.on('close', () => {
          clearInterval(timer);
          timers.delete(timer);
        });
        return;
      }
      case '/gzip':
        return send(res, 200, 'text/html; charset=utf-8', gzipSync(Buffer.from(GZIP_LURE_HTML)), { 'content-encoding': 'gzip' });
      case '/big-declared':
        // declares far more than any cap, sends a little, and waits: only the declared length can end this quickly
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': 1024 * 1024 * 1024 });
        res.write('the start of a body that never comes\n');
        return;
      case '/lure-links':
        return send(res, 200, 'text/html; charset=utf-8', lureLinksHtml(origin));
      case '/ua':
        return send(
          res,
          200,
          'text/plain; charset=utf-8',
          JSON.stringify({ userAgent: req.headers['user-agent'] ?? null, cookie: req.headers.cookie ?? null, authorization: req.headers.authorization ?? null }),
        );
      default:
        return send(res, 404, 'text/plain', 'no such route');
    }
  });

  server.on('connection', (socket: Socket) => {
    connectionCount++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    url: (path: string) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    requests,
    connections: () => connectionCount,
    reset: () => {
      requests.length = 0;
      connectionCount = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearInterval(timer);
        timers.clear();
        for (const socket of sockets) socket.destroy();
        sockets.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that was open a moment ago and is now closed: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
