import { Command, InvalidArgumentError, Option } from 'commander';
import type { RuleSet } from '../engine/compile.js';
import { RulePackError } from '../engine/errors.js';
import { checkRuleExamples } from '../engine/examples.js';
import { setFastPaths } from '../engine/fast-paths.js';
import { loadRules } from '../engine/load.js';
import { prebuiltRulesCurrent } from '../engine/shipped.js';
import { FORMATS, type Format } from '../report/reporters.js';
import { DEFAULT_MAX_FILE_BYTES } from '../sources/files.js';
import { DEFAULT_TIMEOUT_MS } from '../sources/url.js';
import { chalkFor } from './color.js';
import { EXIT_ERROR, EXIT_FOUND, EXIT_OK, FAIL_ON, type FailOn } from './exit-codes.js';
import { writeStderr, writeStdout } from './output.js';
import { rulesForRun } from './rules.js';
import { isTerminal } from './terminal.js';
import { runEval } from './eval-command.js';
import { runScan } from './scan-command.js';
import { cores } from './cores.js';
import { expectsManyPosts, skipOptimisingCompiler, tuneForManyPosts } from './v8-tuning.js';

declare const FAKEPROMO_VERSION: string | undefined;
const VERSION = typeof FAKEPROMO_VERSION === 'string' ? FAKEPROMO_VERSION : '0.0.0-dev';

const EXAMPLES = `
Examples:
  pbpaste | fakepromo                      scan text from the clipboard
  fakepromo https://example.com/event      fetch a page and scan it
  fakepromo post.txt page.html             scan files (text, Markdown, HTML, JSON Lines)
  fakepromo ./scraped-posts/               scan a folder, recursively, with a summary
  fakepromo -f ndjson posts.jsonl | jq .   one JSON result per line
  fakepromo --fail-on suspicious post.txt  exit 1 on suspicious or scam
  fakepromo rules --test --rules ./my-rules   check your own rule pack and its examples
  fakepromo eval fixtures/heldout          confusion matrix and per-rule hits on labelled posts

Verdicts: scam, suspicious, warning (the text warns about a fake), clean.
Exit codes: 0 nothing at or above --fail-on, 1 something was, 2 usage error, bad rules or unreadable input.`;

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

interface ScanFlags {
  format: Format;
  failOn: FailOn;
  rules: string[];
  color: boolean;
  maxBytes: number;
  timeout: number;
  textField?: string;
  idField?: string;
  include: string[];
  exclude: string[];
  concurrency?: number;
  progress?: boolean;
  quiet?: boolean;
  timing?: boolean;
  straightforward?: boolean;
}

/** Loads rules; an invalid pack is reported (file, line, column, rule id) with exit code 2. */
async function rulesOrReport(load: () => Promise<RuleSet>, setExitCode: (code: number) => void): Promise<RuleSet | undefined> {
  try {
    return await load();
  } catch (error) {
    if (!(error instanceof RulePackError)) throw error;
    writeStderr(`fakepromo: invalid rule pack\n${error.message}\n`);
    setExitCode(EXIT_ERROR);
    return undefined;
  }
}

export function buildProgram(setExitCode: (code: number) => void, entryFile?: string): Command {
  const program = new Command('fakepromo')
    .description('Detect fake promotions — implausible rewards, referral-code lures, unofficial channels — in posts, pages and scrapes (Korean and English).')
    .version(VERSION, '-V, --version')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run fakepromo --help for usage)')
    .configureOutput({ writeOut: writeStdout, writeErr: writeStderr })
    .exitOverride();

  program
    .command('scan', { isDefault: true })
    .description('scan files, folders or stdin (the default command)')
    .argument('[targets...]', 'files, folders, http(s) URLs, or - for stdin (default: stdin when it is not a terminal)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('pretty'))
    .addOption(new Option('--fail-on <verdict>', 'exit 1 when a result is at or above this verdict').choices(FAIL_ON).default('scam'))
    .option('--rules <dir>', 'load more rules from a folder (repeatable); same ids replace shipped rules', collect, [])
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .option('--max-bytes <n>', 'largest file or page read, in bytes', positiveInt, DEFAULT_MAX_FILE_BYTES)
    .option('--timeout <seconds>', 'URLs: time allowed for the whole request', positiveNumber, DEFAULT_TIMEOUT_MS / 1000)
    .option('--include <glob>', 'folders: scan only files matching (repeatable; replaces the default extensions)', collect, [])
    .option('--exclude <glob>', 'folders: leave out files and folders matching (repeatable)', collect, [])
    .option('--concurrency <n>', 'sources read and scanned at once (default: the number of cores)', positiveInt)
    .option('--text-field <name>', 'JSON/JSON Lines: the field holding the post text', 'text')
    .option('--id-field <name>', 'JSON/JSON Lines: a field naming each post')
    .option('--progress', 'progress and summary on stderr even when it is not a terminal')
    .option('--no-progress', 'no progress or summary, even on a terminal')
    .option('-q, --quiet', 'the same as --no-progress')
    .option('--timing', 'print the ten slowest rules and their share of the time on stderr')
    // for npm run bench: no prefilter, no memo, no workers — the results must not change
    .addOption(new Option('--straightforward').hideHelp())
    .addHelpText('after', EXAMPLES)
    .action(async (targets: string[], flags: ScanFlags) => {
      let inputs = targets;
      if (inputs.length === 0) {
        if (isTerminal(0)) {
          writeStderr('fakepromo: nothing to scan: give files or folders, or pipe text to stdin (fakepromo --help)\n');
          setExitCode(EXIT_ERROR);
          return;
        }
        inputs = ['-'];
      }
      if (flags.straightforward) setFastPaths(false);
      const manyPosts = expectsManyPosts(inputs);
      if (manyPosts) tuneForManyPosts();
      else skipOptimisingCompiler();
      // A folder scan's workers load their own rules: the main thread reads the shipped ones only
      // if it comes to scan a file itself (one too large for a worker), and otherwise keeps them
      // out of its memory (about 6 MB of peak RSS). Rules that were not validated at build time
      // (--rules folders, shipped YAML edited since) are loaded now, so that a broken pack is
      // reported before any scanning.
      let loaded: Promise<RuleSet> | undefined;
      const rules = (): Promise<RuleSet> => (loaded ??= rulesForRun(flags.rules, { lazy: true }));
      if (!manyPosts || flags.rules.length > 0 || !prebuiltRulesCurrent()) {
        const checked = await rulesOrReport(rules, setExitCode);
        if (!checked) return;
      }
      const chalk = chalkFor(isTerminal(1), !flags.color);
      const stderrChalk = chalkFor(isTerminal(2), !flags.color);
      const stderrIsTerminal = isTerminal(2);
      const options = {
        format: flags.format,
        failOn: flags.failOn,
        maxBytes: flags.maxBytes,
        timeoutMs: flags.timeout * 1000,
        textField: flags.textField,
        idField: flags.idField,
        include: flags.include,
        exclude: flags.exclude,
        concurrency: flags.straightforward ? 1 : (flags.concurrency ?? cores()),
        inThread: flags.straightforward === true,
        progress: flags.quiet ? false : (flags.progress ?? stderrIsTerminal),
        stderrIsTerminal,
        ruleDirs: flags.rules,
        entryFile,
        timing: flags.timing === true,
      };
      setExitCode(await runScan(inputs, rules, options, chalk, stderrChalk));
    });

  program
    .command('eval')
    .description('measure the rules on labelled posts: DIR/scam, DIR/legit, DIR/warning')
    .argument('<dir>', 'a folder whose first-level folders are the labels')
    .option('--rules <dir>', 'load more rules from a folder (repeatable)', collect, [])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'json']).default('pretty'))
    .option('--concurrency <n>', 'posts scanned at once (default: the number of cores)', positiveInt)
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .action(async (dir: string, flags: { rules: string[]; format: 'pretty' | 'json'; concurrency?: number; color: boolean }) => {
      tuneForManyPosts();
      const rules = await rulesOrReport(() => rulesForRun(flags.rules), setExitCode);
      if (!rules) return;
      setExitCode(await runEval(dir, rules, flags.format, flags.concurrency ?? cores(), chalkFor(isTerminal(1), !flags.color)));
    });

  program
    .command('rules')
    .description('list the rules in force, or test them against their own examples')
    .option('--rules <dir>', 'load more rules from a folder (repeatable)', collect, [])
    .option('--test', "run every rule's match/nomatch examples", false)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'json']).default('pretty'))
    .action(async (flags: { rules: string[]; test: boolean; format: string }) => {
      // the prebuilt copy leaves the examples out: testing reads the YAML
      const rules = await rulesOrReport(() => (flags.test ? loadRules({ dirs: flags.rules }) : rulesForRun(flags.rules)), setExitCode);
      if (!rules) return;
      if (flags.test) {
        const { checked, failures } = checkRuleExamples(rules);
        for (const f of failures) writeStdout(`FAIL ${f.rule} (${f.file}): should ${f.kind === 'match' ? '' : 'not '}match: ${JSON.stringify(f.example)}\n`);
        writeStdout(`${checked - failures.length} passed, ${failures.length} failed\n`);
        setExitCode(failures.length > 0 ? EXIT_FOUND : EXIT_OK);
        return;
      }
      if (flags.format === 'json') {
        writeStdout(`${JSON.stringify(rules.data.rules.map(({ id, category, weight, message, file }) => ({ id, category, weight, message, file })), null, 2)}\n`);
        return;
      }
      for (const { spec } of rules.rules) {
        writeStdout(`${spec.id.padEnd(40)} ${spec.category.padEnd(20)} ${String(spec.weight).padStart(5)}  ${spec.message}\n`);
      }
    });

  return program;
}
