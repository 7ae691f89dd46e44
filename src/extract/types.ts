import type { Link } from '../engine/context.js';

/** One post as the engine reads it. */
export interface Post {
  source: string;
  title?: string;
  description?: string;
  /** the extracted text: evidence offsets index this */
  text: string;
  links: Link[];
  /**
   * where a page's footer sentences begin in `text`, when it has any: they follow the post. The
   * site's boilerplate, not the author's words: they count as evidence of a lure, never as a warning
   */
  finePrintStart?: number;
}
