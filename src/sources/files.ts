import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
import { contentTypeForPath } from './content-type.js';
import type { RawDoc, SourceError } from './types.js';

export const DEFAULT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.json', '.jsonl', '.ndjson'];
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface WalkOptions {
  extensions?: readonly string[];
  /** globs a file must match (against its path below the folder; a glob without / against its name), instead of the extensions */
  include?: readonly string[];
  /** globs of files and folders to leave out */
  exclude?: readonly string[];
}

type PathFilter = (relativePath: string, isFolder: boolean) => boolean;

function pathFilter(options: WalkOptions): PathFilter {
  const extensions = new Set((options.extensions ?? DEFAULT_EXTENSIONS).map((e) => e.toLowerCase()));
  const glob = { dot: true, basename: true, windows: false };
  // picomatch is loaded only when globs are given
  const compile = (globs: readonly string[] | undefined): ((path: string) => boolean) | undefined =>
    globs?.length ? (require('picomatch') as typeof import('picomatch'))([...globs], glob) : undefined;
  const included = compile(options.include);
  const excluded = compile(options.exclude);
  return (path, isFolder) => {
    if (excluded?.(path)) return false;
    if (isFolder) return true;
    return included ? included(path) : extensions.has(extname(path).toLowerCase());
  };
}

/** A file to scan, or a path that could not be walked. */
export type WalkEntry = { path: string } | SourceError;

/**
 * Expands targets into files, in a stable order: a named file is taken whatever its
 * extension; a folder is walked recursively (sorted by name, links followed once, loops cut)
 * for files with the scanned extensions. Dangling links and unreadable folders are errors.
 */
export function* walkTargets(targets: readonly string[], options: WalkOptions = {}): Generator<WalkEntry> {
  const accept = pathFilter(options);
  for (const target of targets) {
    let stats: Stats;
    try {
      stats = statSync(target);
    } catch (error) {
      yield fileError(target, error);
      continue;
    }
    if (stats.isDirectory()) yield* walkFolder(target, target, accept, new Set([realpathSync(target)]));
    else yield { path: target };
  }
}

function* walkFolder(root: string, dir: string, accept: PathFilter, ancestors: Set<string>): Generator<WalkEntry> {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    yield fileError(dir, error);
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    const below = relative(root, path);
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (error) {
      if (!accept(below, false)) continue;
      if (isLink(path)) yield { source: path, code: 'dangling-link', message: 'the link points to nothing' };
      else yield fileError(path, error);
      continue;
    }
    if (stats.isDirectory()) {
      if (!accept(below, true)) continue;
      const real = realpathSync(path);
      if (ancestors.has(real)) {
        yield { source: path, code: 'link-loop', message: 'the link leads back into a folder being scanned; not followed' };
        continue;
      }
      ancestors.add(real);
      yield* walkFolder(root, path, accept, ancestors);
      ancestors.delete(real);
    } else if (accept(below, false)) {
      // a FIFO, socket or device would block or never end: named, not read
      yield stats.isFile() ? { path } : { source: path, code: 'not-a-file', message: 'not a regular file (a pipe, socket or device); not read' };
    }
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Reads one file, refusing what is too large to be a post. */
export function readFileDoc(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): RawDoc | SourceError {
  let fd: number | undefined;
  try {
    // one open, its size from the descriptor: a scrape of many small files pays for few syscalls
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    if (size > maxBytes) {
      return { source: path, code: 'too-large', message: `${size} bytes is over the limit of ${maxBytes} (--max-bytes)` };
    }
    return { source: path, bytes: readFileSync(fd), contentType: contentTypeForPath(path) };
  } catch (error) {
    return fileError(path, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const CODES: Record<string, string> = {
  ENOENT: 'not-found',
  EACCES: 'permission-denied',
  EPERM: 'permission-denied',
  EISDIR: 'is-a-folder',
  ELOOP: 'link-loop',
  EMFILE: 'too-many-open-files',
};

export function fileError(source: string, error: unknown): SourceError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const message = code === 'ENOENT' ? 'no such file or folder' : (error as Error).message;
  return { source, code: CODES[code] ?? 'read-failed', message };
}

export function isSourceError(x: object): x is SourceError {
  return 'code' in x && 'message' in x && !('bytes' in x);
}
