// planlint serve's page in a real browser: Debian's Chromium, headless, driven by puppeteer-core.
// Starts the server on a free loopback port, uploads drafts through the page's file input, and
// checks that the report appears with the counts of `planlint check --format json` on the same
// files, that the annotated copy downloads (the bytes --annotate writes; LibreOffice finds its
// comments), that a hostile draft stays inert, that English is one link away, and that nothing
// is fetched from anywhere but the server. Run by scripts/browser-test-serve.sh (CTest
// serve.page.browser).
//   node tests/browser/serve.test.mjs PLANLINT DOCX_FIXTURES
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { launchChromium } from "./chromium.mjs";

const [planlint, docxFixtures] = process.argv.slice(2).map((argument) => path.resolve(argument));
const work = fs.mkdtempSync(path.join(os.tmpdir(), "planlint-serve-page-"));
const downloads = path.join(work, "downloads");
fs.mkdirSync(downloads);
for (const file of ["samples/faulty-plan.txt", "tests/fixtures/report/hostile-draft.txt",
  path.join(docxFixtures, "mixed.docx")]) {
  fs.copyFileSync(file, path.join(work, path.basename(file)));
}
const inWork = (name) => path.join(work, name);

// planlint check in the work folder, so paths are bare names as uploads are; exit 1 is findings.
function planlintCheck(args) {
  try {
    return execFileSync(planlint, ["check", "--no-config", ...args], { cwd: work, encoding: "utf8" });
  } catch (error) {
    if (error.status === 1) return error.stdout;
    throw error;
  }
}

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

// The server, on a port the system picks: its first line on stdout is its address.
const server = spawn(planlint, ["serve", "--no-config", "--listen", "127.0.0.1:0", "--jobs", "2"],
  { cwd: work, stdio: ["ignore", "pipe", "inherit"] });
const origin = await new Promise((resolve, reject) => {
  let out = "";
  const timer = setTimeout(() => reject(new Error("planlint serve did not start in 10 s")), 10000);
  server.stdout.on("data", (chunk) => {
    out += chunk;
    const match = out.match(/http:\/\/127\.0\.0\.1:\d+/);
    if (match) {
      clearTimeout(timer);
      resolve(match[0]);
    }
  });
  server.on("exit", (code) => reject(new Error(`planlint serve exited ${code}`)));
});

async function waitForFile(file, milliseconds) {
  for (let waited = 0; waited < milliseconds; waited += 100) {
    if (fs.existsSync(file) && !fs.existsSync(file + ".crdownload")) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

const { browser, cleanup } = await launchChromium();
const problems = [];
const dialogs = [];
const elsewhere = [];
try {
  const page = await browser.newPage();
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("dialog", async (dialog) => { dialogs.push(dialog.message()); await dialog.dismiss(); });
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin + "/") && !url.startsWith("blob:") && !url.startsWith("data:") && url !== "about:srcdoc") elsewhere.push(url);
  });
  const session = await page.createCDPSession();
  await session.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: downloads });
  await page.setViewport({ width: 1280, height: 900 });
  // An office browser set to Chinese (headless Chromium asks for en-US).
  await page.setExtraHTTPHeaders({ "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5" });

  await page.goto(origin + "/", { waitUntil: "load" });
  await page.waitForSelector("html[data-ready='1']", { timeout: 10000 });
  same("Chinese for a Chinese browser", [await page.$eval("html", (html) => html.lang), await page.$eval("h1", (h) => h.textContent)],
    ["zh", "planlint 草稿检查"]);
  const rules = await page.$$eval("#rules option", (options) => options.map((option) => [option.value, option.selected]));
  check("the rule sets of /api/rules, core chosen", rules.some(([id, selected]) => id === "core" && selected) &&
    rules.some(([id]) => id === "education-plan"), JSON.stringify(rules));

  // Upload a .docx and a .txt through the file input, with the education-plan set.
  await page.select("#rules", "education-plan");
  const input = await page.$("#files");
  await input.uploadFile(inWork("mixed.docx"), inWork("faulty-plan.txt"));
  same("the chosen files are listed", await page.$$eval("#chosen li", (items) => items.map((item) => item.textContent)),
    ["mixed.docx", "faulty-plan.txt"]);
  await page.click("#check");
  await page.waitForSelector("#result:not([hidden])", { timeout: 20000 });
  const reportFrame = await (await page.$("#report")).contentFrame();
  await reportFrame.waitForSelector("html[data-ready='1']", { timeout: 10000 });
  const counts = await reportFrame.$$eval("dd[data-count]", (nodes) =>
    Object.fromEntries(nodes.map((node) => [node.dataset.count, Number(node.textContent)])));
  const json = JSON.parse(planlintCheck(["--rules", "education-plan", "--format", "json", "mixed.docx", "faulty-plan.txt"]));
  same("the report shows the counts of check --format json",
    [counts.files, counts.findings, counts.errors, counts.warnings, counts.infos],
    [json.summary.files, json.summary.findings, json.summary.error, json.summary.warning, json.summary.info]);
  same("the report lists the uploaded files", await reportFrame.$$eval("#files tbody tr", (trs) => trs.map((tr) => tr.cells[0].textContent)),
    ["mixed.docx", "faulty-plan.txt"]);

  // The annotated copy: one button per .docx; the download is the copy --annotate writes.
  const buttons = await page.$$eval("#downloads button", (items) => items.map((item) => item.textContent));
  same("a download button for the .docx only", buttons, ["下载带批注的副本：mixed.docx"]);
  await page.click("#downloads button");
  const downloaded = path.join(downloads, "mixed.planlint.docx");
  check("the annotated copy downloads", await waitForFile(downloaded, 20000));
  planlintCheck(["--rules", "education-plan", "--annotate", inWork("expected.docx"), "mixed.docx"]);
  // The same parts with the same bytes; the ZIP's time stamps say when each copy was written.
  let sameParts = false;
  try {
    execFileSync("python3", ["tests/serve/same_docx.py", downloaded, inWork("expected.docx")], { stdio: "inherit" });
    sameParts = true;
  } catch (error) { /* the difference is printed */ }
  check("it is the copy --annotate writes", sameParts);
  try {
    execFileSync("soffice", [`-env:UserInstallation=file://${work}/profile`, "--headless", "--convert-to", "fodt",
      "--outdir", work, downloaded], { stdio: "ignore", timeout: 120000 });
    const odf = fs.readFileSync(inWork("mixed.planlint.fodt"), "utf8");
    const comments = (odf.match(/<office:annotation[ >]/g) ?? []).length;
    same("LibreOffice reads one comment per finding", comments,
      json.files.find((file) => file.path === "mixed.docx").findings.length);
  } catch (error) {
    if (error.code === "ENOENT") console.log("skip  LibreOffice (soffice) is not installed");
    else check("LibreOffice opens the annotated copy", false, error.message);
  }

  // A hostile draft: its markup stays text in the report, nothing of it runs.
  await input.uploadFile(inWork("hostile-draft.txt"));
  await page.click("#check");
  await page.waitForFunction(() => document.getElementById("status").textContent === "已检查 1 个文件。", { timeout: 20000 });
  const hostileFrame = await (await page.$("#report")).contentFrame();
  await hostileFrame.waitForSelector("html[data-ready='1']", { timeout: 10000 });
  const inert = await hostileFrame.evaluate(() => ({
    pwned: window.__pwned ?? null,
    images: document.images.length,
    javascriptLinks: document.querySelectorAll("a[href^='javascript']").length,
    shown: document.querySelector("pre")?.textContent.includes("<script>window.__pwned") ?? false,
  }));
  same("a hostile draft stays inert", inert, { pwned: null, images: 0, javascriptLinks: 0, shown: true });
  same("the page itself was not touched", await page.evaluate(() => window.__pwned ?? null), null);
  same("no download offered for a .txt", await page.$$eval("#downloads button", (items) => items.length), 0);

  // English through the link, whatever the browser asks for.
  await page.click("#other-language");
  await page.waitForSelector("html[lang='en'][data-ready='1']", { timeout: 10000 });
  same("English by the link", await page.$eval("h1", (h) => h.textContent), "planlint: check a draft");

  same("no dialog opened", dialogs, []);
  same("nothing fetched from another host", elsewhere, []);
  same("no console error or warning, no page error", problems, []);
} finally {
  await browser.close();
  cleanup();
  server.kill("SIGTERM");
  fs.rmSync(work, { recursive: true, force: true });
}
if (failures > 0) {
  console.log(`serve.page.browser: ${failures} check(s) FAILED`);
  process.exit(1);
}
console.log("serve.page.browser: all checks passed");
