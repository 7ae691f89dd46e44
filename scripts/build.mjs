// Builds fakepromo: type-checks and emits the library (tsc), bundles the CLI into one file
// for a fast start (esbuild), and validates the shipped rules into dist/rules.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });

// commander requires node:child_process for executable subcommands, which fakepromo has none
// of; loading it (with net, dgram and friends) costs start-up, so it is required on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander') ? { path: 'lazy-child-process', namespace: 'fakepromo-shim' } : undefined,
    );
    // chalk's supports-color probes the terminal (loading tty and net); fakepromo sets the colour level itself
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'no-supports-color', namespace: 'fakepromo-shim' }));
    b.onLoad({ filter: /^no-supports-color$/, namespace: 'fakepromo-shim' }, () => ({
      contents: 'export default { stdout: false, stderr: false };',
      loader: 'js',
    }));
    // tldts is required on first use, but from inside the bundle: its code is then in the code cache
    b.onLoad({ filter: /src[\\/]engine[\\/]public-suffixes\.ts$/ }, () => ({
      contents: "let loaded; export function publicSuffixes() { loaded ??= require('tldts'); return loaded; }",
      loader: 'js',
      resolveDir: join(root, 'src/engine'),
    }));
    b.onLoad({ filter: /^lazy-child-process$/, namespace: 'fakepromo-shim' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: [join(root, 'src/cli/main.ts')],
  // CommonJS: Node starts a CommonJS file about 10 ms sooner than an ES module
  outfile: join(root, 'dist/cli.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'external', // no sourceMappingURL comment: Node would load its source-map support
  minify: process.env.NO_MINIFY ? false : true, // less to parse at every start
  // import() of the lazily loaded packages becomes require(): the launcher compiles the bundle with
  // a code cache (vm.Script), where import() would need a callback that Node 20 loses with the cache
  supported: { 'dynamic-import': false },
  // loaded lazily, only when a run needs them: keep them out of the start-up bundle
  external: ['yaml', 'ajv', 'cheerio', 'cheerio/slim', 'htmlparser2', 'encoding-sniffer', 'encoding-sniffer/sniffer'],
  define: { FAKEPROMO_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__fakepromoModuleUrl' },
  banner: { js: "const __fakepromoModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  plugins: [lazyChildProcess],
});

const { loadRules } = await import(join(root, 'dist/engine/load.js'));
const { encodePrebuilt, prebuiltAtomList, PREBUILT_ATOMS_FILE, PREBUILT_FILE } = await import(join(root, 'dist/engine/shipped.js'));
const { redosVerdicts, REDOS_CACHE_FILE } = await import(join(root, 'dist/engine/redos.js'));
let rules;
try {
  rules = await loadRules();
} catch (error) {
  console.error(`build: the shipped rules are invalid\n${error.message}`);
  process.exit(2);
}
const out = join(root, PREBUILT_FILE);
mkdirSync(dirname(out), { recursive: true });
const { DETECTORS } = await import(join(root, 'dist/engine/detectors/index.js'));
const { requiredAtoms } = await import(join(root, 'dist/engine/prefilter.js'));
const { CHANNEL_KIND_SOURCES } = await import(join(root, 'dist/engine/detectors/brands.js'));
const detectorAtoms = Object.fromEntries(CHANNEL_KIND_SOURCES.map((source) => [source, requiredAtoms(source)]));
for (const rule of rules.data.rules) {
  for (const param of DETECTORS.get(rule.detector)?.regexParams ?? []) {
    if (typeof rule.params?.[param] === 'string') detectorAtoms[rule.params[param]] = requiredAtoms(rule.params[param]);
  }
}
writeFileSync(out, encodePrebuilt(rules.data, detectorAtoms, join(root, 'rules')));
// the automaton of all their literal atoms: a scan thread reads it instead of building it
const { AtomAutomaton } = await import(join(root, 'dist/engine/atom-automaton.js'));
writeFileSync(join(root, PREBUILT_ATOMS_FILE), new AtomAutomaton(prebuiltAtomList(rules.data, detectorAtoms)).toBytes());
// the backtracking verdicts of the shipped patterns: later loads of the YAML need not ask again
writeFileSync(join(root, REDOS_CACHE_FILE), JSON.stringify(redosVerdicts()));
console.error(`build: ${rules.rules.length} rules validated into ${PREBUILT_FILE}`);

// V8's code cache of the bundle, made by a sample scan so that what a scan compiles is in it;
// bin/fakepromo.js compiles the bundle with it (V8 ignores a cache that does not match the source)
rmSync(join(root, 'dist/cli.cjs.cache'), { force: true });
const sample = spawnSync(process.execPath, [join(root, 'bin/fakepromo.js'), '-f', 'json'], {
  input: '지니뮤직 오류 보상! 플러스친구 추가하면 1000일 무료 이용권 지급, 추천인 genie 입력 https://bit.ly/x',
  env: { ...process.env, FAKEPROMO_WRITE_CODE_CACHE: '1' },
});
if (sample.status !== 1) console.error(`build: the sample scan for the code cache ended with ${sample.status}: ${sample.stderr}`);
