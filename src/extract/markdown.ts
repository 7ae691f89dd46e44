import type { Link } from '../engine/context.js';

const MARKDOWN_LINK = /!?\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|<(https?:\/\/[^>\s]+)>/g;

/** Links written in Markdown syntax: [text](url) and <url>. The text itself is scanned as it is. */
export function markdownLinks(text: string): Link[] {
  const links: Link[] = [];
  for (const m of text.matchAll(MARKDOWN_LINK)) {
    if (m[2] !== undefined) links.push({ href: m[2], text: m[1] ?? '' });
    else if (m[3] !== undefined) links.push({ href: m[3], text: m[3] });
  }
  return links;
}
