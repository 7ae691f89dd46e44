#!/usr/bin/env node
// The launcher loads the bundled CLI. It is CommonJS (bin/package.json), which starts faster.
// The bundle is compiled with V8's code cache (dist/cli.cjs.cache, written by the build after a
// sample scan), which spares most of the parsing and compiling of a start. V8 checks the cache
// against the source and ignores it when they differ, so a stale cache only costs its read.
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const file = join(dist, 'cli.cjs');
const cacheFile = `${file}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // no cache yet (the build writes it): compile as usual
}
// the bundle loads its lazy packages with require(), never import(): a vm.Script needs no import callback
const script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
// the build only: keep what this run compiled for the next starts
if (process.env.FAKEPROMO_WRITE_CODE_CACHE === '1') process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
// Compile each regular expression straight to machine code. By default V8 interprets a regex's
// first run and compiles it again on the second: a one-post scan runs most of its few hundred
// regexes two or three times and paid for both, and a scan worker held both (3-4 MB more peak
// RSS on a folder). The flag is process-wide, so it holds in the workers too. Set after the
// cache is read (V8 checks the cache against the flags), and not in the build's run, whose
// cache would carry this flag.
// (A thread that scans many posts also keeps its young generation small: src/cli/v8-tuning.ts.)
else {
  const { setFlagsFromString } = require('node:v8');
  setFlagsFromString('--no-regexp-tier-up');
}
const bundle = { exports: {}, filename: file, id: file, loaded: false };
script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, dist);
