import type { Link } from '../engine/context.js';

/**
 * Finds where each link's text stands in the extracted text, in document order, so that
 * evidence found in a link target can quote the words the reader clicks.
 */
export function locateLinks(text: string, links: readonly Link[]): Link[] {
  let cursor = 0;
  return links.map((link) => {
    const label = link.text.trim();
    if (label === '') return { ...link };
    let at = text.indexOf(label, cursor);
    if (at === -1) at = text.indexOf(label);
    if (at === -1) return { ...link };
    cursor = at + label.length;
    return { ...link, start: at, end: at + label.length };
  });
}
