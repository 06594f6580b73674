// Opens an HTML report in headless Chromium (Debian's, as the browser tests do) and prints, in
// milliseconds from the start of navigation: DOMContentLoaded, the first contentful paint, and
// the report's own mark "planlint-ready", set when its script has wired every control (the page
// is interactive). Best of RUNS (default 3) fresh page loads.
//   node bench/page-ready.mjs REPORT.html [RUNS]
import path from "node:path";
import { launchChromium } from "../tests/browser/chromium.mjs";

const [report, runs = "3"] = process.argv.slice(2);
const { browser, cleanup } = await launchChromium();
let best = null;
try {
  for (let run = 0; run < Number(runs); run += 1) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`file://${path.resolve(report)}`, { waitUntil: "load", timeout: 120000 });
    await page.waitForSelector("html[data-ready='1']", { timeout: 120000 });
    const times = await page.evaluate(() => {
      const navigation = performance.getEntriesByType("navigation")[0];
      const paint = performance.getEntriesByName("first-contentful-paint")[0];
      return {
        domContentLoaded: navigation.domContentLoadedEventEnd,
        firstPaint: paint ? paint.startTime : null,
        ready: performance.getEntriesByName("planlint-ready")[0].startTime,
      };
    });
    if (best === null || times.ready < best.ready) best = times;
    await page.close();
  }
} finally {
  await browser.close();
  cleanup();
}
console.log(`DOMContentLoaded ${best.domContentLoaded.toFixed(0)} ms, first contentful paint ` +
  `${best.firstPaint === null ? "-" : best.firstPaint.toFixed(0)} ms, interactive ${best.ready.toFixed(0)} ms`);
