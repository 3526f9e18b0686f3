// Shared by the e2e suite, the screenshot script and the bench: finds Chromium and launches it
// with the flags this sandbox needs (root → --no-sandbox; no background network on a closed network).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** @param {import('playwright-core').LaunchOptions} [options] */
export async function launchChromium(options = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH or apt-get install -y chromium');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, ...options });
}
