import type { Link } from '../engine/context.js';

/** One post as the engine reads it. */
export interface Post {
  source: string;
  title?: string;
  description?: string;
  /** the extracted text: evidence offsets index this */
  text: string;
  links: Link[];
}
