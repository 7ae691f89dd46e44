/** A post read from a JSON Lines export or a JSON array of scraped posts. */
export interface JsonPost {
  /** `file.jsonl:LINE`, `file.json#INDEX`, or the id field's value appended */
  source: string;
  text?: string;
  title?: string;
  error?: { code: string; message: string };
}

export interface JsonFieldOptions {
  textField?: string;
  idField?: string;
}

/** Reads a field by name, allowing a dotted path into nested objects (post.body). */
function field(record: unknown, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function toPost(record: unknown, source: string, options: JsonFieldOptions): JsonPost {
  const textField = options.textField ?? 'text';
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { source, error: { code: 'not-an-object', message: 'expected a JSON object holding a post' } };
  }
  const id = options.idField ? field(record, options.idField) : undefined;
  const named = id === undefined || id === null ? source : `${source} (${String(id)})`;
  const text = field(record, textField);
  if (typeof text !== 'string') {
    return { source: named, error: { code: 'missing-text', message: `no string field "${textField}" (--text-field)` } };
  }
  const title = field(record, 'title');
  return { source: named, text, title: typeof title === 'string' ? title : undefined };
}

/** Each line a post; a broken line is an error result and the others are still read. */
export function* jsonLinesPosts(content: string, source: string, options: JsonFieldOptions = {}): Generator<JsonPost> {
  let lineNumber = 0;
  let start = 0;
  while (start <= content.length) {
    let end = content.indexOf('\n', start);
    if (end === -1) end = content.length;
    lineNumber++;
    const line = content.slice(start, end).trim();
    start = end + 1;
    if (line === '') continue;
    const at = `${source}:${lineNumber}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      yield { source: at, error: { code: 'invalid-json', message: (error as Error).message } };
      continue;
    }
    yield toPost(record, at, options);
  }
}

/** A JSON file holding one post object or an array of them. */
export function* jsonDocumentPosts(content: string, source: string, options: JsonFieldOptions = {}): Generator<JsonPost> {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    yield { source, error: { code: 'invalid-json', message: (error as Error).message } };
    return;
  }
  if (!Array.isArray(data)) {
    yield toPost(data, source, options);
    return;
  }
  for (let k = 0; k < data.length; k++) yield toPost(data[k], `${source}#${k}`, options);
}
