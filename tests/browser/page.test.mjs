// The page in a real browser: Debian's chromium (no browser download) driven by playwright-core.
// Starts the built server on a free port with a fresh database, loads the page, changes scenario B's
// cadence from 9 to 6 months and checks that the metrics and the concurrency chart follow, that an
// API error lands next to its input, and that the project calendar downloads as iCalendar.
// Run: node --test tests/browser/   (after cmake --build --preset release; RELPLAN_BINARY and
// CHROMIUM override the paths). A screenshot goes to tests/browser/screenshots/page.png.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const binary = process.env.RELPLAN_BINARY ?? path.join(root, "build/release/cli/relplan");
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const screenshot = path.join(here, "screenshots/page.png");
const wait = 15_000;  // ms, for any one thing the page must show

let tmp;
let server;
let serverLog = "";
let context;
let page;
let baseUrl;
const pageErrors = [];

// Starts `relplan serve --port 0` and resolves with the URL from its "serving on" line.
function startServer(db) {
  return new Promise((resolve, reject) => {
    server = spawn(binary, ["serve", "--port", "0", "--db", db], { stdio: ["ignore", "pipe", "pipe"] });
    const timer = setTimeout(() => reject(new Error(`relplan serve printed no "serving on" line within ${wait} ms:\n${serverLog}`)), wait);
    server.stdout.setEncoding("utf8");
    server.stderr.setEncoding("utf8");
    server.stderr.on("data", (text) => { serverLog += text; });
    server.stdout.on("data", (text) => {
      serverLog += text;
      const m = /relplan: serving on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(serverLog);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    server.on("error", (err) => { clearTimeout(timer); reject(new Error(`cannot start ${binary}: ${err.message}`)); });
    server.on("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`relplan serve exited (code ${code}, signal ${signal}) before serving:\n${serverLog}`));
    });
  });
}

function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => server.kill("SIGKILL"), 3000);
    server.once("exit", () => { clearTimeout(kill); resolve(); });
    server.kill("SIGTERM");
  });
}

const metricCell = (metric, scenario) => `#metrics tr[data-metric="${metric}"] td[data-scenario="${scenario}"]`;
const cardInput = (card, name) => `#cards .card:nth-child(${card + 1}) [name="${name}"]`;

// Waits until the comparison of generation > `after` has finished (all its requests settled).
async function comparisonAfter(generation) {
  await page.waitForFunction((g) => {
    const r = document.getElementById("results");
    return r.getAttribute("aria-busy") === "false" && Number(r.dataset.generation ?? 0) > g;
  }, generation, { timeout: wait });
  return page.$eval("#results", (r) => Number(r.dataset.generation));
}

before(async () => {
  assert.ok(existsSync(binary), `no server binary at ${binary}: build it first (cmake --build --preset release)`);
  assert.ok(existsSync(chromiumPath), `no chromium at ${chromiumPath}: apt-get install chromium`);
  tmp = await mkdtemp(path.join(tmpdir(), "relplan-browser-"));
  baseUrl = await startServer(path.join(tmp, "relplan.db"));
  context = await chromium.launchPersistentContext(path.join(tmp, "profile"), {
    executablePath: chromiumPath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
    timeout: wait,
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(wait);
  page.on("pageerror", (err) => pageErrors.push(`page error: ${err.message}`));
  // HTTP errors the page handles (a 400 it shows, a chart endpoint the server lacks) are logged as
  // "Failed to load resource"; anything else (script errors, CSP violations) is a failure.
  page.on("console", (msg) => {
    if (msg.type() === "error" && !msg.text().startsWith("Failed to load resource")) pageErrors.push(`console: ${msg.text()}`);
  });
}, { timeout: 30_000 });

after(async () => {
  await context?.close().catch(() => {});
  await stopServer();
  if (tmp) await rm(tmp, { recursive: true, force: true });
}, { timeout: 15_000 });

test("the page compares cadences, shows errors in place and exports the project calendar", { timeout: 60_000 }, async (t) => {
  const response = await page.goto(baseUrl);
  assert.equal(response.status(), 200, "GET / should answer 200");
  await page.waitForSelector(metricCell("distinct_release_months", 1), { timeout: wait })
    .catch(() => assert.fail(`the metrics table did not appear within ${wait} ms; page status: ` +
                             `${serverLog.slice(-500)}; errors: ${pageErrors.join("; ")}`));
  let generation = await comparisonAfter(0);

  assert.equal(await page.$eval("#project", (s) => s.value), "xen", "the project should default to xen");
  assert.equal(await page.locator("#cards .card").count(), 2, "two scenario cards by default");
  assert.equal(await page.inputValue(cardInput(0, "cadence_months")), "8", "scenario A is xen's cadence, 8 months");
  assert.equal(await page.inputValue(cardInput(1, "cadence_months")), "9", "scenario B is 9 months");
  assert.ok(await page.locator("#branches tbody tr").count() > 0, "the branches table has rows");
  // 8 months land in Mar, Jul, Nov; 9 months in 4 different months (the 2018 xen-devel argument).
  assert.equal(await page.textContent(metricCell("distinct_release_months", 0)), "3");
  assert.equal(await page.textContent(metricCell("distinct_release_months", 1)), "4");

  // Every form control has a <label>, every button a name.
  const unlabelled = await page.$$eval("input, select, textarea, button", (els) => els
    .filter((e) => (e.tagName === "BUTTON" ? !(e.textContent.trim() || e.getAttribute("aria-label")) : !e.labels?.length))
    .map((e) => e.id || e.name || e.outerHTML.slice(0, 80)));
  assert.deepEqual(unlabelled, [], "controls without a label or name");

  const chartState = await page.$eval("#concurrency-chart", (c) => c.dataset.state ?? "");
  const chartBefore = await page.$eval("#concurrency-chart", (c) => c.innerHTML);

  await page.fill(cardInput(1, "cadence_months"), "6");
  generation = await comparisonAfter(generation);
  await page.waitForFunction((sel) => document.querySelector(sel)?.textContent === "2",
                             metricCell("distinct_release_months", 1), { timeout: wait })
    .catch(async () => assert.fail(`distinct_release_months of B should be 2 at 6 months, shows ` +
                                   `${await page.textContent(metricCell("distinct_release_months", 1))}`));
  assert.equal(await page.textContent(metricCell("releases_per_year", 1)), "2");

  await t.test("the concurrency chart follows the change", async (t2) => {
    if (chartState !== "ok") {
      const text = await page.textContent("#concurrency-chart");
      assert.match(text, /does not draw|No the concurrency chart/, "without a chart the panel says why");
      t2.skip(`the server draws no charts yet: ${text.trim()}`);
      return;
    }
    assert.ok(await page.locator("#concurrency-chart svg").count() === 1, "an inline SVG chart");
    const chartAfter = await page.$eval("#concurrency-chart", (c) => c.innerHTML);
    assert.notEqual(chartAfter, chartBefore, "the concurrency chart should change with B's cadence");
    assert.ok(await page.locator("#concurrency-chart svg .today").count() > 0, "the chart has a today marker");
  });

  // An API error lands next to the input its field path names, and the page keeps its results.
  await page.fill(cardInput(1, "cadence_months"), "0");
  generation = await comparisonAfter(generation);
  const error = await page.textContent(`#cards .card:nth-child(2) [id$="-cadence_months-error"]`);
  assert.equal(error, "scenarios[1].cadence_months: expected 1..36, saw 0");
  assert.equal(await page.getAttribute(cardInput(1, "cadence_months"), "aria-invalid"), "true");
  assert.equal(await page.locator("#metrics tbody tr").count(), 14, "the last results stay on the page");
  await page.fill(cardInput(1, "cadence_months"), "6");
  generation = await comparisonAfter(generation);
  assert.equal(await page.textContent(`#cards .card:nth-child(2) [id$="-cadence_months-error"]`), "");

  // The project calendar feed downloads as iCalendar.
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: wait }), page.click("#export-project-ics")]);
  const ics = await readFile(await download.path(), "utf8");
  assert.ok(ics.startsWith("BEGIN:VCALENDAR"), `the project ICS should start with BEGIN:VCALENDAR, starts with ${JSON.stringify(ics.slice(0, 80))}`);

  await mkdir(path.dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot, fullPage: true });

  assert.deepEqual(pageErrors, [], "no script errors or CSP violations on the page");
});
