import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { RawDoc, SourceError } from './types.js';

const require = createRequire(import.meta.url);

export interface FetchOptions {
  /** whole request, from connecting to the last byte (ms) */
  timeoutMs?: number;
  /** largest body read, counted while streaming (after decompression) */
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_URL_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const USER_AGENT = 'fakepromo/0.1 (fake-promotion scanner; +https://www.npmjs.com/package/fakepromo)';

/** What fakepromo can read: pages, text and JSON exports. */
const READABLE_TYPE = /^(?:text\/[\w.+-]+|application\/(?:xhtml\+xml|xml|json|ld\+json|x-ndjson|jsonl|rss\+xml|atom\+xml))$/i;

export interface FetchedDoc extends RawDoc {
  /** the URL the body came from, after redirects */
  finalUrl: string;
}

export function isUrlTarget(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(target);
}

class FetchError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Fetches a page with node:http(s) (global fetch would add its own start-up): http and https
 * only, a deadline for the whole exchange, a body cap enforced while streaming, at most a few
 * redirects (a loop is an error), no cookies or credentials. Every failure is a SourceError.
 */
export async function fetchUrl(given: string, options: FetchOptions = {}): Promise<FetchedDoc | SourceError> {
  const target = redactCredentials(given);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let url = parseHttpUrl(given);
    const seen = new Set<string>([url.href]);
    for (let redirects = 0; ; redirects++) {
      const response = await request(url, controller.signal, options.userAgent ?? USER_AGENT);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        const next = parseHttpUrl(response.headers.location, url);
        if (seen.has(next.href)) throw new FetchError('redirect-loop', `redirect loop: ${next.href} again`);
        if (redirects + 1 > (options.maxRedirects ?? DEFAULT_MAX_REDIRECTS)) {
          throw new FetchError('too-many-redirects', `more than ${options.maxRedirects ?? DEFAULT_MAX_REDIRECTS} redirects`);
        }
        seen.add(next.href);
        url = next;
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new FetchError(`http-${status}`, `HTTP ${status} ${response.statusMessage ?? ''}`.trim());
      }
      const contentType = String(response.headers['content-type'] ?? '');
      const mediaType = contentType.split(';')[0]!.trim();
      if (mediaType !== '' && !READABLE_TYPE.test(mediaType)) {
        response.destroy();
        throw new FetchError('unsupported-content-type', `${mediaType} is not a page or text`);
      }
      const bytes = await readBody(response, options.maxBytes ?? DEFAULT_MAX_URL_BYTES);
      return { source: target, finalUrl: url.href, bytes, contentType: contentType || undefined };
    }
  } catch (error) {
    return { source: target, ...describeFailure(error, controller.signal.aborted, timeoutMs) };
  } finally {
    clearTimeout(timer);
  }
}

/** A URL as results name it: user and password never reach the output. */
export function redactCredentials(raw: string): string {
  return raw.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@?#]*@/i, '$1***@');
}

function parseHttpUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FetchError('invalid-url', `not a valid URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('unsupported-scheme', `only http and https are read, not ${url.protocol.replace(/:$/, '')}${base ? ' (redirect refused)' : ''}`);
  }
  // credentials in a URL are never sent
  url.username = '';
  url.password = '';
  url.hash = '';
  return url;
}

function request(url: URL, signal: AbortSignal, userAgent: string): Promise<IncomingMessage> {
  // loaded on first use: a scan of files never pays for the HTTP stack
  const transport = (url.protocol === 'https:' ? require('node:https') : require('node:http')) as typeof import('node:https');
  return new Promise((resolve, reject) => {
    const req = transport.get(
      url,
      {
        signal,
        headers: {
          'user-agent': userAgent,
          accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,application/json;q=0.8,*/*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      resolve,
    );
    req.on('error', reject);
  });
}

/** Reads the body, decompressing as it comes, and stops as soon as it passes the cap. */
function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const zlib = require('node:zlib') as typeof import('node:zlib');
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
  const declared = Number(response.headers['content-length']);
  if (encoding === '' && Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return Promise.reject(new FetchError('too-large', `the body is ${declared} bytes, over the limit of ${maxBytes} (--max-bytes)`));
  }
  const stream =
    encoding === 'gzip' || encoding === 'x-gzip' ? response.pipe(zlib.createGunzip())
    : encoding === 'deflate' ? response.pipe(zlib.createInflate())
    : encoding === 'br' ? response.pipe(zlib.createBrotliDecompress())
    : response;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // rejected first: destroying the response fires its own close events
        reject(new FetchError('too-large', `the body passed the limit of ${maxBytes} bytes (--max-bytes)`));
        response.destroy();
        stream.destroy();
        return;
      }
      chunks.push(chunk);
    });
    let ended = false;
    stream.on('end', () => {
      ended = true;
      resolve(Buffer.concat(chunks));
    });
    stream.on('close', () => {
      if (!ended) reject(new FetchError('connection-closed', 'the connection closed before the body ended'));
    });
    stream.on('error', (error) => reject(error));
    response.on('error', (error) => reject(error));
    response.on('aborted', () => reject(new FetchError('connection-closed', 'the server closed the connection mid-body')));
  });
}

const NETWORK_CODES: Record<string, [string, string]> = {
  ECONNREFUSED: ['connection-refused', 'the server refused the connection'],
  ENOTFOUND: ['dns-failure', 'the host name could not be resolved'],
  EAI_AGAIN: ['dns-failure', 'the host name could not be resolved (temporary failure)'],
  ECONNRESET: ['connection-reset', 'the connection was reset'],
  EHOSTUNREACH: ['host-unreachable', 'the host cannot be reached'],
  ENETUNREACH: ['network-unreachable', 'the network cannot be reached'],
  CERT_HAS_EXPIRED: ['tls-error', 'the server certificate has expired'],
  DEPTH_ZERO_SELF_SIGNED_CERT: ['tls-error', 'the server certificate is self-signed'],
  ERR_TLS_CERT_ALTNAME_INVALID: ['tls-error', 'the server certificate does not match the host'],
};

function describeFailure(error: unknown, timedOut: boolean, timeoutMs: number): { code: string; message: string } {
  if (timedOut) return { code: 'timeout', message: `no complete answer within ${timeoutMs / 1000} s (--timeout)` };
  if (error instanceof FetchError) return { code: error.code, message: error.message };
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const known = NETWORK_CODES[code];
  if (known) return { code: known[0], message: known[1] };
  return { code: 'fetch-failed', message: (error as Error).message };
}
