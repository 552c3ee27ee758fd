// The system's Chromium for the tests, benches and scripts that drive a page with puppeteer:
// `CHROME_PATH`, or Debian's. Nothing downloads a browser.
import puppeteer, { type Browser, type LaunchOptions } from 'puppeteer-core';

/** Headless, without the background work (updates, first-run pages) that would disturb a test or a figure. */
export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    ...options,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', ...(options.args ?? [])],
  });
}
