// The HTML report in a real browser: Debian's Chromium, headless, driven by puppeteer-core (no
// browser download). Builds a report of samples/, the seeds and a hostile draft, opens it from
// file:// and checks through the DOM what an editor relies on, against planlint's JSON report
// of the same run. Run by scripts/browser-test-report.sh (CTest report.html.browser).
//   node tests/browser/report.test.mjs PLANLINT [--screenshots DIR]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { launchChromium } from "./chromium.mjs";

const [planlint, ...options] = process.argv.slice(2);
const screenshots = options[0] === "--screenshots" ? options[1] : null;
const seeds = "../shared/seeds";
const hostile = "tests/fixtures/report/hostile-draft.txt";
const inputs = ["samples/clean-plan.txt", "samples/faulty-plan.txt", hostile];
if (fs.existsSync(seeds)) {
  inputs.push(...fs.readdirSync(seeds).filter((name) => name.endsWith(".txt")).sort()
    .map((name) => path.join(seeds, name)));
} else {
  console.error(`report.html.browser: ${seeds} is missing; checking samples/ only`);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "planlint-report-"));
// planlint exits 1 when it finds errors, which these drafts are there to have.
function planlintRun(args) {
  try {
    return execFileSync(planlint, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  } catch (error) {
    if (error.status === 1) return error.stdout;
    throw error;
  }
}
const reportPath = path.join(work, "report.html");
planlintRun(["check", "--rules", "education-plan", "--format", "html", "--output", reportPath, ...inputs]);
const json = JSON.parse(planlintRun(["check", "--rules", "education-plan", "--format", "json", ...inputs]));

let failures = 0;
function check(name, condition, detail = "") {
  if (condition) {
    console.log(`ok    ${name}`);
  } else {
    failures += 1;
    console.log(`FAIL  ${name} ${detail}`);
  }
}
function same(name, actual, expected) {
  check(name, JSON.stringify(actual) === JSON.stringify(expected),
    `\n      got      ${JSON.stringify(actual)}\n      expected ${JSON.stringify(expected)}`);
}

const { browser, cleanup } = await launchChromium();
const problems = [];
const dialogs = [];
const requests = [];
try {
  const page = await browser.newPage();
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("dialog", async (dialog) => { dialogs.push(dialog.message()); await dialog.dismiss(); });
  page.on("request", (request) => { if (!request.url().startsWith("file://")) requests.push(request.url()); });
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`file://${reportPath}`);
  await page.waitForSelector("html[data-ready='1']", { timeout: 10000 });

  // Overview: the counts of the JSON report of the same run.
  const counts = await page.$$eval("dd[data-count]", (nodes) =>
    Object.fromEntries(nodes.map((node) => [node.dataset.count, Number(node.textContent)])));
  const summary = json.summary;
  same("overview counts files and findings by severity",
    [counts.files, counts.findings, counts.errors, counts.warnings, counts.infos],
    [summary.files, summary.findings, summary.error, summary.warning, summary.info]);
  const notReady = json.files.filter((file) => file.findings.some((f) => f.severity === "error")).length;
  same("ready and not ready by --fail-on error", [counts.ready, counts["not-ready"]],
    [json.files.length - notReady, notReady]);
  const rows = await page.$$eval("#files tbody tr", (trs) => trs.map((tr) =>
    [tr.cells[0].textContent, Number(tr.cells[1].textContent), Number(tr.cells[2].textContent),
      Number(tr.cells[5].textContent)]));
  same("files table: path, errors, warnings, missing themes per file", rows,
    json.files.map((file) => [file.path,
      file.findings.filter((f) => f.severity === "error").length,
      file.findings.filter((f) => f.severity === "warning").length,
      file.findings.filter((f) => f.kind === "required-theme").length]));
  const bars = await page.$$eval("svg.chart", (charts) => charts.map((chart) => chart.querySelectorAll("rect.bar").length));
  const rulesFound = new Set(json.files.flatMap((file) => file.findings.map((f) => f.rule)));
  same("charts: three severities, one bar per rule that found something", bars, [3, rulesFound.size]);

  // Theme matrix: the missing cells are the required-theme findings; present cells link to a
  // section of the same document.
  const matrix = await page.$$eval("#matrix tbody tr", (trs) => trs.map((tr) => ({
    path: tr.querySelector("th").textContent,
    missing: Array.from(tr.querySelectorAll("td.missing")).map((td) => td.cellIndex),
    present: tr.querySelectorAll("td.present").length,
    links: Array.from(tr.querySelectorAll("td.present a")).map((a) => a.getAttribute("href")),
  })));
  const themes = await page.$$eval("#matrix thead th[data-rule]", (ths) => ths.map((th) => th.dataset.rule));
  check("matrix: 12 themes of education-plan", themes.length === 12, `${themes.length}`);
  same("matrix: missing cells are the required-theme findings",
    matrix.map((row) => [row.path, row.missing.map((index) => themes[index - 1]).sort()]),
    json.files.map((file) => [file.path,
      file.findings.filter((f) => f.kind === "required-theme").map((f) => f.rule).sort()]));
  same("matrix: every other cell present", matrix.map((row) => row.present + row.missing.length),
    matrix.map(() => 12));
  const linked = await page.evaluate((rowsOfLinks) => rowsOfLinks.every((links, index) =>
    links.every((href) => { const target = document.querySelector(href); return target && target.closest("article.doc").id === `d${index + 1}` || target.id === `d${index + 1}`; })),
  matrix.map((row) => row.links));
  check("matrix: each present cell links into its own document", linked);

  if (screenshots) {
    // The overview and the theme matrix, as an editor first sees them.
    const bottom = await page.$eval("#themes", (section) => section.getBoundingClientRect().bottom + window.scrollY);
    await page.screenshot({ path: path.join(screenshots, "report-overview.png"),
      clip: { x: 0, y: 0, width: 1280, height: Math.min(Math.ceil(bottom) + 16, 2400) }, captureBeyondViewport: true });
  }

  // Clicking a finding scrolls to and outlines exactly its characters.
  const faulty = json.files.findIndex((file) => file.path === "samples/faulty-plan.txt") + 1;
  const findings = json.files[faulty - 1].findings;
  const blank = findings.findIndex((f) => f.rule === "placeholder-blanks");
  // A DOM click: a pointer click lands by coordinates, which move while the documents around
  // the link are first laid out (content-visibility: auto).
  await page.$eval(`#d${faulty}-i${blank} > a`, (link) => link.click());
  const selected = await page.evaluate((doc) => {
    const marks = Array.from(document.querySelectorAll(`#d${doc} mark.current`));
    const box = marks[0].getBoundingClientRect();
    return {
      text: marks.map((mark) => mark.textContent).join(""),
      inView: box.top >= 0 && box.bottom <= window.innerHeight,
      focused: document.activeElement === marks[0],
      entry: document.querySelector(`#d${doc} ol.findings li.current`)?.id,
    };
  }, faulty);
  same("click: the highlight is exactly the finding's characters", selected.text, findings[blank].excerpt);
  check("click: scrolled into view and focused", selected.inView && selected.focused, JSON.stringify(selected));
  same("click: its entry marked current", selected.entry, `d${faulty}-i${blank}`);
  if (screenshots) {
    // The selected finding, its tooltip on hover, the end of the list above the text.
    await page.evaluate((doc) => document.querySelector(`#d${doc} h4:last-of-type`).scrollIntoView(), faulty);
    await page.evaluate(() => window.scrollBy(0, -360));
    const mark = await page.$(`#d${faulty}-f${blank}`);
    await mark.hover();
    await page.screenshot({ path: path.join(screenshots, "report-document.png") });
  }

  // The pointer may rest on another finding after the scroll; away from it, focus decides.
  await page.mouse.move(0, 0);
  const letters = findings.findIndex((f) => f.rule === "placeholder-letters" && f.line > 1);
  await page.focus(`#d${faulty}-f${letters}`);
  const tip = await page.$eval("#tip", (node) => (node.hidden ? null : node.textContent));
  check("focus: the tooltip shows severity, rule id and message",
    tip !== null && tip.includes(findings[letters].rule) && tip.includes(findings[letters].message) &&
      tip.includes("错误"), JSON.stringify(tip));

  // Every highlight of the document covers exactly its finding's characters.
  const highlighted = await page.evaluate((doc) => {
    const texts = {};
    document.querySelectorAll(`#d${doc} pre mark.f`).forEach((mark) => {
      texts[mark.dataset.f] = (texts[mark.dataset.f] ?? "") + mark.textContent;
    });
    return texts;
  }, faulty);
  same("every highlight covers exactly its finding's excerpt",
    findings.map((f, k) => highlighted[k] ?? null), findings.map((f) => f.excerpt.replace(/\r\n/g, "\n")));


  // j moves to the next finding, k back.
  await page.focus(`#d${faulty}-f${blank}`);
  await page.keyboard.press("j");
  const afterJ = await page.evaluate(() => document.activeElement.dataset.f);
  await page.keyboard.press("k");
  const afterK = await page.evaluate(() => document.activeElement.dataset.f);
  same("keys: j to the next finding, k back", [afterJ, afterK], [String(blank + 1), String(blank)]);

  // Filters hide what they should, in every document.
  await page.select("#severity-filter", "s-warning");
  const bySeverity = await page.evaluate((doc) => ({
    shown: Array.from(document.querySelectorAll(`#d${doc} ol.findings li`)).filter((li) => !li.hidden)
      .map((li) => ["s-error", "s-warning", "s-info"].find((name) => li.classList.contains(name))),
    lit: Array.from(document.querySelectorAll(`#d${doc} pre mark.f:not(.off)`)).map((mark) => mark.dataset.f),
    offBackground: getComputedStyle(document.querySelector(`#d${doc} pre mark.f.off`)).backgroundColor,
    errorsListed: document.querySelectorAll("ol.findings li.s-error:not([hidden])").length,
  }), faulty);
  const warnings = findings.map((f, k) => [f, k]).filter(([f]) => f.severity === "warning");
  same("severity filter: only warnings listed", bySeverity.shown, warnings.map(() => "s-warning"));
  same("severity filter: only warnings highlighted", [...new Set(bySeverity.lit)].sort(),
    warnings.map(([, k]) => String(k)).sort());
  same("severity filter: the others unhighlighted", bySeverity.offBackground, "rgba(0, 0, 0, 0)");
  same("severity filter: no error listed in any document", bySeverity.errorsListed, 0);
  await page.focus(`#d${faulty}-f${warnings[0][1]}`);
  await page.keyboard.press("j");
  same("keys: j skips the filtered findings", await page.evaluate(() => document.activeElement.dataset.f),
    String(warnings[1][1]));
  await page.select("#severity-filter", "");
  await page.select("#rule-filter", "numbering");
  const byRule = await page.$$eval(`#d${faulty} ol.findings li`, (lis) => lis.filter((li) => !li.hidden).map((li) => li.dataset.rule));
  same("rule filter: only that rule", byRule, findings.filter((f) => f.rule === "numbering").map((f) => f.rule));
  await page.select("#rule-filter", "");
  await page.keyboard.press("Escape");

  // The outline collapses and expands.
  const twisty = `#d${faulty} .tree .twisty`;
  await page.$eval(twisty, (node) => node.click());
  const collapsed = await page.$eval(twisty, (node) => [node.getAttribute("aria-expanded"),
    getComputedStyle(node.parentElement.querySelector("ul")).display]);
  await page.focus(twisty);
  await page.keyboard.press("Enter");
  const expanded = await page.$eval(twisty, (node) => [node.getAttribute("aria-expanded"),
    getComputedStyle(node.parentElement.querySelector("ul")).display]);
  same("outline: a section collapses by click and expands by key", [collapsed, expanded],
    [["false", "none"], ["true", "block"]]);

  // The table of files: sorted by errors, filtered by path and status.
  await page.click("#files th button[data-column='1']");
  await page.click("#files th button[data-column='1']");
  const sorted = await page.$$eval("#files tbody tr", (trs) => trs.map((tr) => Number(tr.cells[1].textContent)));
  same("files table sorts by errors, descending on the second click", sorted, [...sorted].sort((a, b) => b - a));
  await page.type("#file-filter", "faulty");
  const filtered = await page.$$eval("#files tbody tr", (trs) => trs.filter((tr) => !tr.hidden).map((tr) => tr.cells[0].textContent));
  same("files table filters by path", filtered, ["samples/faulty-plan.txt"]);
  await page.$eval("#file-filter", (input) => { input.value = ""; });
  await page.select("#status-filter", "ready");
  const ready = await page.$$eval("#files tbody tr", (trs) => trs.filter((tr) => !tr.hidden).length);
  same("files table filters by status", ready, counts.ready);

  // The hostile draft: its markup is text, nothing of it ran.
  const hostileIndex = json.files.findIndex((file) => file.path === hostile) + 1;
  const inert = await page.evaluate((doc) => ({
    pwned: window.__pwned ?? null,
    scripts: document.scripts.length,
    styles: document.querySelectorAll("style").length,
    images: document.images.length,
    javascriptLinks: document.querySelectorAll("a[href^='javascript']").length,
    text: document.querySelector(`#d${doc} pre`).textContent,
    bodyShown: getComputedStyle(document.body).display,
  }), hostileIndex);
  same("hostile draft: no script ran, no element of it exists",
    [inert.pwned, inert.scripts, inert.styles, inert.images, inert.javascriptLinks, inert.bodyShown],
    [null, 1, 1, 0, 0, "block"]);
  check("hostile draft: shown as text", inert.text.includes("<script>window.__pwned") &&
    inert.text.includes("</style><style>") && inert.text.includes('href="javascript:alert(3)"'));
  check("hostile draft: bidirectional overrides shown as codes, not acting",
    inert.text.includes("U+202E") && !inert.text.includes("\u202e") && !inert.text.includes("\u2066"));
  same("no dialog opened", dialogs, []);
  same("nothing fetched from the network", requests, []);
  same("no console error or warning, no page error", problems, []);
} finally {
  await browser.close();
  cleanup();
  fs.rmSync(work, { recursive: true, force: true });
}
if (failures > 0) {
  console.log(`report.html.browser: ${failures} check(s) FAILED`);
  process.exit(1);
}
console.log("report.html.browser: all checks passed");
