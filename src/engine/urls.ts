import type { ViewSpan } from './patterns.js';
import { publicSuffixes } from './public-suffixes.js';

/** A web address found in a post's text or in one of its link targets. */
export interface FoundUrl {
  /** lower-cased, as written (with or without a scheme) */
  url: string;
  host: string;
  /** registrable domain (eTLD+1), or null for an IP address */
  domain: string | null;
  /** the registrable domain without its public suffix: "genie-event" of genie-event.kr */
  label: string | null;
  suffix: string | null;
  isIp: boolean;
  path: string;
  /** where it was found: a span of the folded text, or a line of the links view */
  view: 'folded' | 'links';
  span: ViewSpan;
}

/** What a web address looks like, with or without a scheme (shared with the tests' plain search). */
export const CANDIDATE = /(?:(?:https?|hxxps?):\/\/)?(?:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:xn--[a-z0-9-]{2,59}|[a-z]{2,24})|\d{1,3}(?:\.\d{1,3}){3})(?::\d{2,5})?(?:\/[^\s<>"'`«»()[\]{}]*)?/g;
const HAS_SCHEME = /^(?:https?|hxxps?):\/\//;
/** Suffixes that are public but far more often file names (readme.md, setup.py, clip.mov). */
const FILE_LIKE_SUFFIXES = new Set(['md', 'py', 'sh', 'pl', 'rs', 'zip', 'mov', 'mp', 'ai', 'so', 'gz', 'js', 'ts', 'cs']);
const TRAILING = /[.,;:!?'"’”)\]]+$/;

/**
 * Finds web addresses in a text, with or without a scheme, and reads their registrable domain
 * with tldts (the Public Suffix List), loaded only when something looks like an address.
 */
export function findUrls(text: string, view: 'folded' | 'links'): FoundUrl[] {
  const found: FoundUrl[] = [];
  // An address never spans whitespace and always has a dot between two letters or digits, so
  // only the words holding such a dot are searched: most words of a post are never looked at.
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    if (!isHostChar(text.charCodeAt(dot - 1)) || !isHostChar(text.charCodeAt(dot + 1))) continue;
    const wordStart = lastWhitespaceBefore(text, dot) + 1;
    WHITESPACE.lastIndex = dot;
    const wordEnd = WHITESPACE.exec(text)?.index ?? text.length;
    // the word alone: a search from its start must not run on through the rest of the text
    const word = text.slice(wordStart, wordEnd);
    CANDIDATE.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = CANDIDATE.exec(word)) !== null) {
      const start = wordStart + match.index;
      const before = start > 0 ? text[start - 1]! : '';
      if (/[a-z0-9@._-]/.test(before)) continue; // part of a longer word or an e-mail address
      const raw = match[0].replace(TRAILING, '');
      const parsed = parseUrl(raw);
      if (parsed) found.push({ ...parsed, view, span: { start, end: start + raw.length } });
    }
    dot = wordEnd;
  }
  return found;
}

const WHITESPACE = /\s/g;

/**
 * The domains of the mail addresses in a text ("write to fleet@hertz-vehiclesales.us"), each as
 * an address with the host alone as its span: the mailbox is no part of what a brand or an
 * agency would own. At most MAX_MAIL_ADDRESSES.
 */
export function findMailDomains(text: string): FoundUrl[] {
  if (!text.includes('@')) return [];
  const found: FoundUrl[] = [];
  MAIL_ADDRESS.lastIndex = 0;
  for (let k = 0, mail = MAIL_ADDRESS.exec(text); mail !== null && k < MAX_MAIL_ADDRESSES; k++, mail = MAIL_ADDRESS.exec(text)) {
    const host = mail[2]!;
    const end = mail.index + mail[0].length;
    const parsed = parseUrl(host);
    if (parsed?.domain) found.push({ ...parsed, view: 'folded', span: { start: end - host.length, end } });
  }
  return found;
}

/** A mail address in folded text: the mailbox (group 1) and the host (group 2). */
export const MAIL_ADDRESS_SOURCE = '([a-z0-9._%+-]{1,64})@((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,24})(?![a-z0-9.-])';
const MAIL_ADDRESS = new RegExp(`(?<![a-z0-9._%+-])${MAIL_ADDRESS_SOURCE}`, 'g');
const MAX_MAIL_ADDRESSES = 16;

function isHostChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45;
}

function lastWhitespaceBefore(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && !/\s/.test(text[k]!)) k--;
  return k;
}

export function parseUrl(raw: string): Omit<FoundUrl, 'view' | 'span'> | null {
  const withoutScheme = raw.replace(HAS_SCHEME, '');
  const slash = withoutScheme.indexOf('/');
  const hostPort = slash === -1 ? withoutScheme : withoutScheme.slice(0, slash);
  const host = hostPort.replace(/:\d+$/, '');
  const path = slash === -1 ? '' : withoutScheme.slice(slash);
  const info = publicSuffixes().parse(host);
  if (info.isIp) {
    if (!HAS_SCHEME.test(raw) && path === '') return null; // a version number or a score, not a link
    return { url: raw, host, domain: null, label: null, suffix: null, isIp: true, path };
  }
  if (!info.isIcann || !info.domain || !info.publicSuffix) return null;
  const schemeless = !HAS_SCHEME.test(raw);
  if (schemeless && path === '' && !host.startsWith('www.') && FILE_LIKE_SUFFIXES.has(info.publicSuffix)) return null;
  return { url: raw, host, domain: info.domain, label: info.domainWithoutSuffix ?? null, suffix: info.publicSuffix, isIp: false, path };
}
