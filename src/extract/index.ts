import type { RawDoc } from '../sources/types.js';
import { decodeBytes, looksBinary } from './decode.js';
import { extractHtml } from './html.js';
import { jsonDocumentPosts, jsonLinesPosts, type JsonFieldOptions, type JsonPost } from './json-posts.js';
import { locateLinks } from './links.js';
import { markdownLinks } from './markdown.js';
import type { Post } from './types.js';
import type { Link } from '../engine/context.js';

export type { Post } from './types.js';

/** A post, or a part of a source that could not be made into one. */
export type Extracted = Post | { source: string; error: { code: string; message: string } };

export interface ExtractOptions extends JsonFieldOptions {
  /** the page's URL, to resolve relative links */
  baseUrl?: string;
}

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section)[\s>/]/i;

function kindOf(doc: RawDoc, text: string): 'html' | 'markdown' | 'jsonl' | 'json' | 'text' {
  const type = (doc.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown') return 'markdown';
  if (type === 'application/x-ndjson' || type === 'application/jsonl') return 'jsonl';
  if (type === 'application/json') return 'json';
  return HTML_START.test(text.slice(0, 2048)) ? 'html' : 'text';
}

/** Bytes of a source → the posts in it (one for a page or a text; one per line of JSON Lines). */
export async function extractDoc(doc: RawDoc, options: ExtractOptions = {}): Promise<Extracted[]> {
  if (looksBinary(doc.bytes)) {
    return [{ source: doc.source, error: { code: 'binary', message: 'holds NUL bytes: not a text, page or export' } }];
  }
  const { text } = await decodeBytes(doc.bytes, doc.contentType);
  switch (kindOf(doc, text)) {
    case 'html': {
      const page = await extractHtml(text, options.baseUrl);
      const post = withHeading(page.title, page.description, page.text);
      const full = page.finePrint === undefined ? post : `${post}\n${page.finePrint}`;
      const links = [...page.links, ...ownAddress(options.baseUrl ?? page.address, page.title)];
      const finePrint = page.finePrint === undefined ? {} : { finePrintStart: full.length - page.finePrint.length };
      return [{ source: doc.source, title: page.title, description: page.description, text: full, links: locateLinks(full, links), ...finePrint }];
    }
    case 'markdown':
      return [{ source: doc.source, text, links: locateLinks(text, markdownLinks(text)) }];
    case 'jsonl':
      return [...jsonLinesPosts(text, doc.source, options)].map(fromJson);
    case 'json':
      return [...jsonDocumentPosts(text, doc.source, options)].map(fromJson);
    default:
      return [{ source: doc.source, text, links: [] }];
  }
}

function fromJson(post: JsonPost): Extracted {
  if (post.error || post.text === undefined) return { source: post.source, error: post.error ?? { code: 'missing-text', message: 'no text' } };
  return { source: post.source, title: post.title, text: post.text, links: locateLinks(post.text, markdownLinks(post.text)) };
}

/**
 * The page's own address (where it was fetched from, or the canonical link or og:url a saved
 * page gives) as a link of its title: a page that names a brand is judged by where it lives,
 * as the links it holds are.
 */
function ownAddress(address: string | undefined, title: string | undefined): Link[] {
  return address === undefined ? [] : [{ href: address, text: title ?? '', own: true }];
}

/** The title and description lead the text when the body does not repeat them. */
function withHeading(title: string | undefined, description: string | undefined, body: string): string {
  const lead = [title, description].filter((s): s is string => s !== undefined && !body.includes(s));
  return [...lead, body].filter((s) => s.length > 0).join('\n');
}
