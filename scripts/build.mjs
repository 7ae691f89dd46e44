// Builds fakepromo: type-checks and emits the library (tsc), bundles the CLI into one file
// for a fast start (esbuild), and validates the shipped rules into dist/rules.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });

await build({
  entryPoints: [join(root, 'src/cli/main.ts')],
  outfile: join(root, 'dist/cli.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  minify: true, // less to parse at every start
  // loaded lazily, only when a run needs them: keep them out of the start-up bundle
  external: ['yaml', 'ajv', 'cheerio', 'cheerio/slim', 'encoding-sniffer', 'encoding-sniffer/sniffer'],
  define: { FAKEPROMO_VERSION: JSON.stringify(pkg.version) },
  // bundled CommonJS (commander) requires Node built-ins
  banner: { js: "import { createRequire as __fakepromoCreateRequire } from 'node:module'; const require = __fakepromoCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});

const { loadRules } = await import(join(root, 'dist/engine/load.js'));
const { fingerprintRuleFolder, PREBUILT_FILE } = await import(join(root, 'dist/engine/shipped.js'));
let rules;
try {
  rules = await loadRules();
} catch (error) {
  console.error(`build: the shipped rules are invalid\n${error.message}`);
  process.exit(2);
}
const out = join(root, PREBUILT_FILE);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ fingerprint: fingerprintRuleFolder(join(root, 'rules')), data: rules.data }));
console.error(`build: ${rules.rules.length} rules validated into ${PREBUILT_FILE}`);
