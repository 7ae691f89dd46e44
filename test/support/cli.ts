import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/fakepromo.js', import.meta.url));
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a child process, as a user would. */
export function runCli(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string; timeout?: number } = {}): CliRun {
  const env = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  if (options.env?.FORCE_COLOR !== undefined) env.FORCE_COLOR = options.env.FORCE_COLOR;
  if (options.env?.NO_COLOR === undefined) delete env.NO_COLOR;
  const spawnOptions: SpawnSyncOptions = { cwd: options.cwd ?? ROOT, env, input: options.input ?? '', encoding: 'utf8', timeout: options.timeout ?? 60_000, maxBuffer: 256 * 1024 * 1024 };
  const run = spawnSync(process.execPath, [BIN, ...args], spawnOptions);
  return { status: run.status, stdout: String(run.stdout), stderr: String(run.stderr) };
}
