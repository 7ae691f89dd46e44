/** What a source yields: the bytes of one post (or of a file holding posts) and what is known of them. */
export interface RawDoc {
  /** how the result names it: a path, `-` for stdin, a URL, `file.jsonl:12` */
  source: string;
  bytes: Buffer;
  /** from HTTP, or guessed from the file name */
  contentType?: string;
}

/** A source that could not be read: reported as a result, never dropped. */
export interface SourceError {
  source: string;
  code: string;
  message: string;
}
