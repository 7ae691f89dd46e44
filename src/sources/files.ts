import { closeSync, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { extname, normalize, sep } from 'node:path';
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
    if (stats.isDirectory()) {
      const real = realpathSync(target);
      yield* walkFolder(normalize(target), real, '', accept, new Set([real]));
    } else yield { path: target };
  }
}

/** join(dir, name) for a normalised dir and a name read from it, without join's normalising pass. */
function childPath(dir: string, name: string): string {
  if (dir === '.') return name;
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Walks one folder. `realDir` is its real path and `below` its path below the walked target: both
 * are carried down rather than asked of the file system, and only links are stat'ed, since a walk
 * of 100 000 files otherwise makes the main thread allocate two Stats and a path resolution per
 * file (a third of what it allocates in a folder scan, which made its young generation grow).
 */
function* walkFolder(dir: string, realDir: string, below: string, accept: PathFilter, ancestors: Set<string>): Generator<WalkEntry> {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    yield fileError(dir, error);
    return;
  }
  entries.sort(byName);
  for (const entry of entries) {
    const path = childPath(dir, entry.name);
    const pathBelow = below === '' ? entry.name : below + sep + entry.name;
    let isFolder = entry.isDirectory();
    let isFile = entry.isFile();
    const isLink = entry.isSymbolicLink();
    if (isLink) {
      let stats: Stats;
      try {
        stats = statSync(path);
      } catch {
        if (accept(pathBelow, false)) yield { source: path, code: 'dangling-link', message: 'the link points to nothing' };
        continue;
      }
      isFolder = stats.isDirectory();
      isFile = stats.isFile();
    }
    if (isFolder) {
      if (!accept(pathBelow, true)) continue;
      const real = isLink ? realpathSync(path) : childPath(realDir, entry.name);
      if (ancestors.has(real)) {
        yield { source: path, code: 'link-loop', message: 'the link leads back into a folder being scanned; not followed' };
        continue;
      }
      ancestors.add(real);
      yield* walkFolder(path, real, pathBelow, accept, ancestors);
      ancestors.delete(real);
    } else if (accept(pathBelow, false)) {
      // a FIFO, socket or device would block or never end: named, not read
      yield isFile ? { path } : { source: path, code: 'not-a-file', message: 'not a regular file (a pipe, socket or device); not read' };
    }
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
