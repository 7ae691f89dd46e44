// npm run bench: performance figures measured in one run on this machine, as ratios.
// - start-up: a one-post stdin scan against `node -e 0` (median of interleaved runs)
// - folder: a generated scrape of 10 000 posts (~25 MB, ko/en, a quarter HTML pages): posts/s,
//   MB/s and peak RSS (median of runs), against a raw scan of the same files by ripgrep (or grep)
//   for the literal atoms of the shipped rules
// - streaming: peak RSS on a folder of 2 000 posts and of 10 000 (BENCH_STREAM_POSTS to change)
// - equivalence: the fast paths (prefilter, memo, workers) give the same results as the
//   straightforward path, byte for byte, on the whole corpus
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBenchCorpus } from './bench-corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'fakepromo.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const FOLDER_RUNS = Number(process.env.BENCH_FOLDER_RUNS ?? 5);
const POSTS = Number(process.env.BENCH_POSTS ?? 10_000);
const STREAM_POSTS = Number(process.env.BENCH_STREAM_POSTS ?? 2_000);
// one post of each kind a user pipes in: a link makes the scan load the Public Suffix List
const STARTUP_POSTS = [
  { name: 'Korean, no link', text: '지니뮤직 오류 보상! 플러스친구 추가하면 1000일 무료 이용권 지급, 코니 앱 설치 후 추천인 genie 입력' },
  { name: 'English, a link', text: 'Free Netflix for 1 year! Add us on Telegram t.me/netflixgift and enter referral code NF2024' },
];

function timeOnce(command, args, options = {}) {
  const start = process.hrtime.bigint();
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.error) throw run.error;
  return { ms, run };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function startup() {
  const node = [];
  const scans = STARTUP_POSTS.map(() => []);
  timeOnce(process.execPath, [bin, '-f', 'json'], { input: STARTUP_POSTS[0].text }); // warm the file cache
  for (let i = 0; i < RUNS; i++) {
    node.push(timeOnce(process.execPath, ['-e', '0']).ms);
    STARTUP_POSTS.forEach((post, k) => scans[k].push(timeOnce(process.execPath, [bin, '-f', 'json'], { input: post.text }).ms));
  }
  return { base: median(node), ours: scans.map(median) };
}

/** One folder scan: wall time, peak RSS and the ndjson it wrote. */
function scanFolder(dir, extraArgs = []) {
  const rssFile = join(tmpdir(), `fakepromo-bench-rss-${process.pid}`);
  const env = { ...process.env, NODE_OPTIONS: `--require ${join(root, 'scripts', 'bench-rss.cjs')}`, BENCH_RSS_FILE: rssFile };
  const { ms, run } = timeOnce(process.execPath, [bin, '-f', 'ndjson', '-q', ...extraArgs, dir], { env });
  if (run.status === 2) throw new Error(`scan failed: ${run.stderr}`);
  const rssKb = Number(readFileSync(rssFile, 'utf8'));
  rmSync(rssFile, { force: true });
  return { ms, rssMb: rssKb / 1024, out: run.stdout };
}

/**
 * The literal patterns of the shipped rules: the plain literal runs of their regular
 * expressions (not the multiplied-out sets the prefilter uses: ripgrep slows down with the
 * number of patterns, and the baseline should not move when the prefilter gets more precise).
 */
async function ruleAtoms() {
  const { loadPrebuiltRules } = await import(join(root, 'dist/engine/shipped.js'));
  const { patternRegexSources } = await import(join(root, 'dist/engine/patterns.js'));
  const { plainLiterals } = await import(join(root, 'dist/engine/prefilter.js'));
  const rules = loadPrebuiltRules();
  const atoms = new Set();
  for (const rule of rules.data.rules) {
    if (!rule.pattern) continue;
    for (const source of patternRegexSources(rule.pattern)) for (const atom of plainLiterals(source) ?? []) atoms.add(atom);
  }
  return [...atoms];
}

function rawScanner() {
  for (const [tool, args] of [['rg', ['--version']], ['grep', ['--version']]]) {
    if (spawnSync(tool, args).status === 0) return tool;
  }
  throw new Error('neither ripgrep nor grep is installed');
}

function rawScan(tool, patternsFile, dir) {
  // -F: the atoms are literals (both tools then use their multi-literal matchers); -c: count lines
  const args = tool === 'rg' ? ['-F', '-i', '-c', '--no-messages', '-f', patternsFile, dir] : ['-r', '-F', '-i', '-c', '-f', patternsFile, dir];
  return timeOnce(tool, args).ms;
}

const s = startup();
console.log(`start-up (median of ${RUNS} interleaved runs)`);
console.log(`${'  node -e 0'.padEnd(50)}${s.base.toFixed(1)} ms`);
STARTUP_POSTS.forEach((post, k) => {
  const label = `  echo post | fakepromo -f json (${post.name})`;
  console.log(`${label.padEnd(50)}${s.ours[k].toFixed(1)} ms   ${(s.ours[k] / s.base).toFixed(2)}x`);
});
console.log(`  ratio, the slower post                          ${(Math.max(...s.ours) / s.base).toFixed(2)}x   (target <= 1.5x)`);

const work = mkdtempSync(join(tmpdir(), 'fakepromo-bench-'));
try {
  const corpusDir = join(work, 'corpus');
  const corpus = writeBenchCorpus(corpusDir, { posts: POSTS });
  const mb = corpus.bytes / 1e6;
  console.log(`\nfolder: ${corpus.files} posts, ${mb.toFixed(1)} MB, ${corpus.lures} lures (generated in ${work})`);

  const tool = rawScanner();
  const patternsFile = join(work, 'atoms.txt');
  const atoms = await ruleAtoms();
  writeFileSync(patternsFile, `${atoms.join('\n')}\n`);
  const scans = [];
  const raws = [];
  for (let i = 0; i < FOLDER_RUNS; i++) {
    scans.push(scanFolder(corpusDir));
    raws.push(rawScan(tool, patternsFile, corpusDir));
  }
  const ms = median(scans.map((r) => r.ms));
  const rss = median(scans.map((r) => r.rssMb));
  const raw = median(raws);
  // each scan against the raw scan right after it: the machine is shared, and its load drifts
  // between runs more than within a pair
  const pairRatios = scans.map((r, i) => r.ms / raws[i]);
  console.log(`  fakepromo -f ndjson DIR         ${(ms / 1000).toFixed(2)} s   ${Math.round(corpus.files / (ms / 1000))} posts/s   ${(mb / (ms / 1000)).toFixed(1)} MB/s   (target >= 8000 posts/s, >= 20 MB/s)`);
  console.log(`  peak RSS                        ${rss.toFixed(0)} MB   (target <= 150 MB)`);
  console.log(`  ${tool} -F, ${atoms.length} rule atoms      ${(raw / 1000).toFixed(2)} s   ${(mb / (raw / 1000)).toFixed(1)} MB/s`);
  console.log(`  ratio to ${tool}                    ${median(pairRatios).toFixed(1)}x   (target <= 8x; median of ${FOLDER_RUNS} interleaved pairs: ${pairRatios.map((r) => r.toFixed(1)).join(', ')})`);

  const small = join(work, 'stream');
  writeBenchCorpus(small, { posts: STREAM_POSTS, targetBytes: Math.round((corpus.bytes * STREAM_POSTS) / corpus.files) });
  const smallRss = scanFolder(small).rssMb;
  console.log(`\nstreaming: peak RSS ${smallRss.toFixed(0)} MB on ${STREAM_POSTS} posts, ${rss.toFixed(0)} MB on ${corpus.files}: ratio ${(rss / smallRss).toFixed(2)}x (flat: about 1x)`);

  const fast = scans[0].out;
  const straight = scanFolder(corpusDir, ['--straightforward']).out;
  const same = fast === straight;
  console.log(`\nequivalence: fast paths vs straightforward path on ${corpus.files} posts: ${same ? 'identical results' : 'RESULTS DIFFER'}`);
  if (!same) {
    const a = fast.split('\n');
    const b = straight.split('\n');
    const k = a.findIndex((line, i) => line !== b[i]);
    console.log(`  first difference at result ${k + 1}:\n  fast:            ${a[k]?.slice(0, 300)}\n  straightforward: ${b[k]?.slice(0, 300)}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
