import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from './support/temp-dirs.js';
import { ROOT, runCli } from './support/cli.js';

/** Packages a one-post text scan must not load: they cost start-up time (issue 5). */
afterAll(removeTempDirs);

const HEAVY = ['htmlparser2', 'cheerio', 'cheerio/slim', 'yaml', 'ajv', 'encoding-sniffer/sniffer', 'tldts'];

/** The modules a CLI run asked require() for, recorded by a preload hook. */
function modulesLoaded(args: string[], input: string): string[] {
  const dir = tempDir('load');
  const hook = join(dir, 'hook.cjs');
  const log = join(dir, 'loaded.txt');
  writeFileSync(
    hook,
    `const Module = require('node:module'); const fs = require('node:fs'); const load = Module._load; const seen = new Set();
Module._load = function (request, ...rest) { seen.add(request); return load.call(this, request, ...rest); };
process.on('exit', () => fs.writeFileSync(${JSON.stringify(log)}, [...seen].join('\\n')));`,
  );
  runCli(args, { input, env: { NODE_OPTIONS: `--require ${hook}` } });
  return readFileSync(log, 'utf8').split('\n');
}

describe('start-up: heavy modules load only when a post needs them', () => {
  it('a one-post text scan loads no HTML parser, YAML, schema validator or domain list', () => {
    const loaded = modulesLoaded(['-f', 'json'], '지니뮤직 장애 보상 1000일 무료 이용권, 추천인 코드 입력');
    for (const name of HEAVY) expect(loaded, name).not.toContain(name);
  });

  it('an HTML page and a link do load the parser and the domain list (the hook sees them)', () => {
    const loaded = modulesLoaded(['-f', 'json'], '<html><body><p>1000일 무료 <a href="https://bit.ly/x">받기</a></p></body></html>');
    expect(loaded).toContain('htmlparser2');
    expect(loaded).toContain('tldts');
  });

  it('keeps lazily loaded packages out of the start-up bundle (inlined, htmlparser2 doubled its size)', () => {
    expect(statSync(join(ROOT, 'dist', 'cli.cjs')).size).toBeLessThan(200_000);
    const bundle = readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'utf8');
    for (const name of ['htmlparser2', 'cheerio/slim', 'yaml', 'ajv']) expect(bundle, name).toContain(`require("${name}")`);
  });
});
