/**
 * Headless Chromium for tests and benchmarks: Debian's chromium (never a downloaded browser),
 * driven by playwright-core, with a fresh user-data directory and the flags this workplace needs.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

/** Path of the browser (CHROMIUM_PATH overrides). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Launches a persistent headless context in a new profile directory. */
export function launchChromium(
  options: { downloads?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "kgx-chromium-")), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    acceptDownloads: options.downloads ?? false,
    viewport: options.viewport ?? { width: 1400, height: 900 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
