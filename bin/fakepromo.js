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
// V8 runs a new regular expression in its bytecode interpreter and compiles it to machine code
// on a later run, so a rule's regex that runs a few times was compiled twice. Compiling it once,
// directly, saved about 4 ms of a one-post scan with a link and 3-4 MB of a folder scan's peak RSS
// (interleaved runs), for no change in folder time. The flag must be set after the code cache is
// read: V8 rejects a cache made under other flags. It holds for the worker threads too.
const { setFlagsFromString } = require('node:v8');
setFlagsFromString('--no-regexp-tier-up');
// the build only: keep what this run compiled for the next starts, under the flags a start reads it with
if (process.env.FAKEPROMO_WRITE_CODE_CACHE === '1') {
  process.once('exit', () => {
    setFlagsFromString('--regexp-tier-up');
    writeFileSync(cacheFile, script.createCachedData());
  });
}
const bundle = { exports: {}, filename: file, id: file, loaded: false };
script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, dist);
