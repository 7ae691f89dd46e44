import type { AnyNode, Element } from 'domhandler';
import { fastPaths } from '../engine/fast-paths.js';
import { extractFlat } from './html-flat.js';
import { PageReader, resolveHref, type ExtractedPage } from './page-reader.js';

export type { ExtractedPage } from './page-reader.js';

/** Any <body> tag in the source: without one the parser emits no body, and the whole page is read. */
const BODY_TAG = /<body[\s/>]/i;

/**
 * Deeper than this, a page is read flat (real post pages nest a few dozen deep): the parser's
 * work grows with the square of the depth of open elements (a 1 MB page of unclosed <b> takes
 * half a minute), so it is stopped as soon as a page gets this deep.
 */
export const MAX_TREE_DEPTH = 2000;

class TooDeep extends Error {}

type ParserClass = typeof import('htmlparser2').Parser;

let loadedParser: ParserClass | undefined;

/** Feeds the page's element events to the reader (if any); throws TooDeep past MAX_TREE_DEPTH. */
function parse(Parser: ParserClass, html: string, reader?: PageReader): void {
  let depth = 0;
  const parser = new Parser({
    onopentag: (name, attribs) => {
      if (++depth > MAX_TREE_DEPTH) throw new TooDeep();
      reader?.openElement(name, attribs);
    },
    onclosetag: () => {
      depth--;
      reader?.closeElement();
    },
    ontext: (data) => reader?.text(data),
  });
  parser.end(html);
}

/**
 * Extracts title, description, main text and links of an HTML page. The parser (htmlparser2,
 * cheerio's own) is loaded on first use: a scan of plain text never pays for it.
 *
 * The page is read from the parser's callbacks as they come, with no tree: building cheerio's
 * tree costs about three times the parse. The straightforward path builds the tree with
 * cheerio and walks it, feeding the same reader; `npm run bench` checks both read alike.
 */
export async function extractHtml(html: string, baseUrl?: string): Promise<ExtractedPage> {
  // once: each import() of a CommonJS package copies its exports into a new namespace object
  const Parser = (loadedParser ??= (await import('htmlparser2')).Parser);
  const read = (readWhole: boolean): PageReader => {
    const reader = new PageReader(baseUrl, readWhole);
    parse(Parser, html, reader);
    return reader;
  };
  try {
    if (!fastPaths.enabled) {
      parse(Parser, html); // only to find a page too deep for a tree
      return await readTree(html, baseUrl);
    }
    // a page with a <body> tag is read from its body alone; one whose tag was not a tag after all
    // (inside a comment or a script) is read again, whole
    const hasBodyTag = BODY_TAG.test(html);
    const reader = read(!hasBodyTag);
    return (reader.sawBody || !hasBodyTag ? reader : read(true)).result();
  } catch (error) {
    if (error instanceof TooDeep) return extractFlat(html, (href) => resolveHref(href, baseUrl));
    throw error;
  }
}

/** The same reading from cheerio's tree: the straightforward path. */
async function readTree(html: string, baseUrl: string | undefined): Promise<ExtractedPage> {
  const { load } = await import('cheerio/slim');
  const reader = new PageReader(baseUrl);
  type Step = { node: AnyNode } | { close: true };
  const stack: Step[] = [{ node: load(html).root().get(0)! }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('close' in step) {
      reader.closeElement();
      continue;
    }
    const { node } = step;
    if (node.type === 'text') {
      reader.text((node as unknown as { data: string }).data);
      continue;
    }
    if (isElement(node)) {
      reader.openElement(node.name.toLowerCase(), node.attribs ?? {});
      stack.push({ close: true });
    } else if (node.type !== 'root') {
      continue; // comments, directives, CDATA: not text
    }
    const children = (node as unknown as { children?: AnyNode[] }).children ?? [];
    for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k]! });
  }
  return reader.result();
}

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}
