import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Debian's Chromium (`apt-get install chromium`, as .ci/run does); puppeteer-core downloads no browser. */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => existsSync(path),
);

/**
 * `describe` when Chromium is installed. Without it the suite is skipped
 * with the reason, except in CI, where a missing browser must fail the run
 * rather than pass it by skipping.
 */
export function describeWithChromium(name: string, body: () => void): void {
  if (CHROMIUM || process.env.CI) {
    describe(name, body);
    return;
  }
  describe.skip(
    `${name} (skipped: no /usr/bin/chromium; apt-get install chromium to run it)`,
    body,
  );
}

/**
 * Headless Chromium with its own empty profile. The background-networking
 * flags keep it from calling out (this machine has no internet: every such
 * call would be refused and logged).
 */
export async function launchChromium(): Promise<{
  browser: Browser;
  close(): Promise<void>;
}> {
  if (!CHROMIUM)
    throw new Error('Chromium is not installed: apt-get install chromium');
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What `markDocument` leaves on the page's window: gone if the page is ever reloaded. */
type MarkedWindow = { marker?: number };

/** Marks the page's current document, so `stillTheSameDocument` can tell it was never reloaded since. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as MarkedWindow).marker = 42));
}

/** Whether the page still shows the document `markDocument` marked (no reload, no navigation). */
export async function stillTheSameDocument(page: Page): Promise<boolean> {
  return (
    (await page.evaluate(() => (window as unknown as MarkedWindow).marker)) ===
    42
  );
}
