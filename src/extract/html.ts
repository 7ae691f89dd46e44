import type { AnyNode, Element } from 'domhandler';
import type { Link } from '../engine/context.js';
import { extractFlat, MAX_TREE_DEPTH, nestsDeeperThan } from './html-flat.js';

export interface ExtractedPage {
  title?: string;
  description?: string;
  text: string;
  links: Link[];
}

/** Elements that are never the post: code, styling, embedded media, navigation. */
const DROPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'nav', 'object', 'embed', 'head', 'select']);
/** Page chrome, dropped unless it sits inside the article (where it holds title, byline, date). */
const CHROME_TAGS = new Set(['header', 'footer', 'aside']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
/** Ad placeholders by class or id: ad, ads, advert, banner, sponsor, and names such as default_news_ad2. */
const AD_NAME = /(?:^|[\s_-])(?:ads?|advert\w*|adsense|adslot|banner|sponsored?|dfp|gpt-ad)(?:\d+|[\s_-]|$)/i;
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'td', 'th', 'tr', 'ul', 'aside', 'caption', 'label', 'option', 'button', 'textarea', 'legend', 'fieldset',
]);

/**
 * Extracts title, description, main text and links of an HTML page with cheerio. The
 * parser is loaded on first use: a scan of plain text never pays for it.
 */
export async function extractHtml(html: string, baseUrl?: string): Promise<ExtractedPage> {
  if (nestsDeeperThan(html, MAX_TREE_DEPTH)) return extractFlat(html, (href) => resolveHref(href, baseUrl));
  const { load } = await import('cheerio/slim');
  const document = load(html).root().get(0)!;
  // one pass for the head's parts: CSS selectors would parse a selector and search the tree per query
  const parts = pageParts(document);
  const title = clean(parts.ogTitle) ?? clean(parts.twitterTitle) ?? clean(parts.title) ?? clean(parts.h1);
  const description = clean(parts.ogDescription) ?? clean(parts.description);
  const { text, links } = walk(parts.body ?? document, baseUrl);
  return { title, description, text, links };
}

interface PageParts {
  ogTitle?: string;
  twitterTitle?: string;
  title?: string;
  h1?: string;
  ogDescription?: string;
  description?: string;
  body?: Element;
}

/** The first of each: og:title, twitter:title, <title>, <h1>, descriptions, <body>. */
function pageParts(document: AnyNode): PageParts {
  const parts: PageParts = {};
  const stack: AnyNode[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node)) {
      const tag = node.name.toLowerCase();
      const attribs = node.attribs ?? {};
      if (tag === 'meta') {
        const key = (attribs.property ?? attribs.name ?? '').toLowerCase();
        if (key === 'og:title') parts.ogTitle ??= attribs.content;
        else if (key === 'twitter:title') parts.twitterTitle ??= attribs.content;
        else if (key === 'og:description') parts.ogDescription ??= attribs.content;
        else if (key === 'description') parts.description ??= attribs.content;
      } else if (tag === 'title') parts.title ??= textContent(node);
      else if (tag === 'h1') parts.h1 ??= textContent(node);
      else if (tag === 'body') parts.body ??= node;
    }
    const children = (node as unknown as { children?: AnyNode[] }).children ?? [];
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }
  return parts;
}

/** All the text under a node, in document order (what cheerio's .text() gives). */
function textContent(root: AnyNode): string {
  const out: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') out.push((node as unknown as { data: string }).data);
    const children = (node as unknown as { children?: AnyNode[] }).children ?? [];
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }
  return out.join('');
}

function clean(s: string | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function isDropped(el: Element, insideArticle: boolean): boolean {
  const tag = el.name.toLowerCase();
  if (DROPPED_TAGS.has(tag)) return true;
  const attribs = el.attribs ?? {};
  if (attribs.hidden !== undefined || attribs['aria-hidden'] === 'true') return true;
  if (AD_NAME.test(attribs.class ?? '') || AD_NAME.test(attribs.id ?? '')) return true;
  if (insideArticle) return false;
  return CHROME_TAGS.has(tag) || CHROME_ROLES.has((attribs.role ?? '').toLowerCase());
}

/** Walks the DOM without recursion (pages nest deeper than the stack), building text and links. */
function walk(root: AnyNode, baseUrl: string | undefined): { text: string; links: Link[] } {
  const parts: string[] = [];
  const links: Link[] = [];
  type Frame = { node: AnyNode; insideArticle: boolean; pre: boolean } | { close: Element; linkStart?: number; href?: string };
  const stack: Frame[] = [{ node: root, insideArticle: false, pre: false }];
  const push = (s: string): void => {
    parts.push(s);
  };
  const textSince = (fromPart: number): string => parts.slice(fromPart).join('');

  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('close' in frame) {
      if (BLOCK_TAGS.has(frame.close.name.toLowerCase())) push('\n');
      if (frame.href !== undefined) links.push({ href: frame.href, text: textSince(frame.linkStart!).replace(/\s+/g, ' ').trim() });
      continue;
    }
    const { node, insideArticle, pre } = frame;
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      push(pre ? data : data.replace(/\s+/g, ' '));
      continue;
    }
    if (!isElement(node) && node.type !== 'root') continue;
    let inside = insideArticle;
    let inPre = pre;
    if (isElement(node)) {
      if (isDropped(node, insideArticle)) continue;
      const tag = node.name.toLowerCase();
      if (tag === 'article' || tag === 'main' || (node.attribs?.role ?? '') === 'main') inside = true;
      if (tag === 'pre') inPre = true;
      if (BLOCK_TAGS.has(tag)) push('\n');
      if (tag === 'img' && node.attribs?.alt) push(` ${node.attribs.alt} `);
      const href = tag === 'a' ? resolveHref(node.attribs?.href, baseUrl) : undefined;
      stack.push({ close: node, ...(href !== undefined ? { href, linkStart: parts.length } : {}) });
    }
    const children = (node as unknown as { children?: AnyNode[] }).children ?? [];
    for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k]!, insideArticle: inside, pre: inPre });
  }
  return { text: tidy(parts.join('')), links };
}

function resolveHref(href: string | undefined, baseUrl: string | undefined): string | undefined {
  const raw = href?.trim();
  if (!raw || raw.startsWith('#') || /^javascript:/i.test(raw)) return undefined;
  if (!baseUrl) return raw;
  try {
    return new URL(raw, baseUrl).href;
  } catch {
    return raw;
  }
}

/** Trims each line and drops empty ones: the text reads as the page shows it. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
