// The side-by-side floor (issue 15): ../shared/perf-baseline, the smallest app on the same stack, copied to a
// temp dir (the shared folder is read-only), `npm ci` + `npm run build` there, served like the project.
// The copy is kept between runs (keyed by its package-lock), so only the first bench pays for `npm ci`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview } from 'vite';

/** Where the baseline lives, relative to the project's root (BENCH_BASELINE overrides it). */
export const BASELINE_SOURCE = process.env.BENCH_BASELINE ?? '../shared/perf-baseline';

/** @param {string} command @param {string[]} args @param {string} cwd */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`bench: \`${command} ${args.join(' ')}\` failed in ${cwd}`);
}

/**
 * Copies, installs and builds the baseline; returns its folder, or null (with the reason) when there is none.
 * @param {string} projectRoot
 * @param {{ reuse?: boolean }} [options] reuse: keep an existing build (BENCH_SKIP_BUILD)
 * @returns {{ dir: string } | { dir: null, reason: string }}
 */
export function buildBaseline(projectRoot, options = {}) {
  const source = resolve(projectRoot, BASELINE_SOURCE);
  if (!existsSync(join(source, 'package.json'))) return { dir: null, reason: `no baseline at ${source}` };
  const lock = readFileSync(join(source, 'package-lock.json'));
  const key = createHash('sha256').update(lock).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `klyngeinnsikt-perf-baseline-${key}`);
  if (options.reuse && existsSync(join(dir, 'dist', 'index.html'))) return { dir };
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  cpSync(source, dir, { recursive: true, filter: (path) => !/[/\\](node_modules|dist)$/.test(path) });
  if (!existsSync(join(dir, 'node_modules'))) run('npm', ['ci', '--no-audit', '--no-fund'], dir);
  run('npm', ['run', 'build'], dir);
  return { dir };
}

/**
 * Serves the baseline's dist/ with its own Vite config (not the project's: no CSP of ours on it).
 * @param {string} dir
 */
export async function serveBaseline(dir) {
  const server = await preview({
    root: dir,
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'error',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('baseline preview server has no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

/**
 * Which baseline page stands beside which project page: the baseline's overview (chart + list) for every
 * view, its one-row page for a cluster page.
 * @param {string} projectPath
 */
export const baselinePathFor = (projectPath) => (projectPath.startsWith('/clusters/') ? '/cluster/alpha' : '/');
