// npm run test:e2e — builds the app, then runs the end-to-end suite in real Chromium.
// No Chromium: a loud notice and the e2e part is skipped, except under CI=true where it fails.
import { spawnSync } from 'node:child_process';
import { findChromium } from '../../scripts/browser.mjs';

const browser = findChromium();
if (!browser) {
  const banner = '='.repeat(78);
  console.error(`\n${banner}\n  NO CHROMIUM FOUND: the end-to-end and accessibility suites did NOT run.\n`);
  console.error('  Install it with `apt-get install -y chromium`, or point CHROME_PATH at a Chromium.');
  console.error(`${banner}\n`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}

/** @param {string} command @param {string[]} args */
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, CHROME_PATH: browser } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (process.env.E2E_SKIP_BUILD !== '1') {
  run('npx', ['vite', 'build', '--logLevel', 'warn']);
  run('node', ['scripts/prerender.mjs']);
  run('node', ['scripts/chart-snapshots.mjs']);
}
run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
