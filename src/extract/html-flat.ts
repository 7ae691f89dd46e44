/**
 * A plain reading of an HTML page for pages no tree should be built of: a page nested thousands
 * deep (unclosed tags) makes the HTML parser's work grow with the square of the depth — a 1 MB
 * page of unclosed <b> takes half a minute — so such a page is read flat, in one linear pass:
 * scripts and styles dropped, tags turned into spaces, the commonest entities decoded.
 */
import type { Link } from '../engine/context.js';
import type { ExtractedPage } from './page-reader.js';

const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

const DROPPED_BLOCKS = ['head', 'script', 'style', 'noscript', 'template'];

/** Lower case for ASCII letters only, so that every index still points at the same character. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}

export function extractFlat(html: string, resolve: (href: string | undefined) => string | undefined): ExtractedPage {
  const lower = asciiLower(html);
  const title = between(html, lower, '<title', '</title>');
  const links: Link[] = [];
  let openLink: { href: string; from: number } | undefined;
  let text = '';
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open === -1) {
      text += html.slice(at);
      break;
    }
    text += html.slice(at, open);
    const dropped = DROPPED_BLOCKS.find((tag) => lower.startsWith(tag, open + 1) && !/[a-z0-9-]/.test(lower[open + 1 + tag.length] ?? ''));
    if (dropped) {
      const close = lower.indexOf(`</${dropped}`, open);
      at = close === -1 ? html.length : html.indexOf('>', close) + 1 || html.length;
      continue;
    }
    const end = html.indexOf('>', open);
    if (end === -1) {
      text += html.slice(open); // a "<" that opens no tag is text
      break;
    }
    const tag = lower.slice(open, end + 1);
    if (/^<a[\s>]/.test(tag)) {
      const href = resolve(HREF.exec(html.slice(open, end + 1))?.slice(1).find((v) => v !== undefined));
      openLink = href === undefined ? undefined : { href, from: text.length };
    } else if (tag.startsWith('</a') && openLink) {
      links.push({ href: openLink.href, text: decode(text.slice(openLink.from)).replace(/\s+/g, ' ').trim() });
      openLink = undefined;
    }
    text += ' ';
    at = end + 1;
  }
  return { title: title ? clean(decode(title.replace(/^[^>]*>/, ''))) : undefined, text: clean(decode(text)) ?? '', links };
}

function between(s: string, lower: string, open: string, close: string): string | undefined {
  const start = lower.indexOf(open);
  if (start === -1) return undefined;
  const end = lower.indexOf(close, start);
  return end === -1 ? undefined : s.slice(start + open.length, end);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function clean(s: string): string | undefined {
  const t = s
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
  return t.length > 0 ? t : undefined;
}
