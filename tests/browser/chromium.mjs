// Debian's Chromium, headless, for the browser tests and bench/html.sh: no browser download, a
// fresh profile each time, and none of the background networking that makes Chromium slow and
// noisy on a closed network.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import puppeteer from "puppeteer-core";

export const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";

export async function launchChromium() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "planlint-chromium-"));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    userDataDir: profile,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return { browser, cleanup: () => fs.rmSync(profile, { recursive: true, force: true }) };
}
