// `npm test`: type check, content check, Vitest, data at scale, Playwright against a production
// server (next build + scripts/server.mjs on a free port with a temporary database), then the
// benchmark and Lighthouse with their targets. `npm test -- e2e bench` runs only those steps.
// Prints one closing line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "./lib/harness.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const work = mkdtempSync(path.join(os.tmpdir(), "kajshekha-test-"));
const only = process.argv.slice(2);

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`◀ ${label}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return result.status === 0;
}

function countVitest(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, "utf8"));
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + (report.success === false && !report.numFailedTests ? 1 : 0) };
}

function countPlaywright(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const { stats } = JSON.parse(readFileSync(file, "utf8"));
  return { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0) };
}

const want = (step) => only.length === 0 || only.includes(step);
let ok = true;
const totals = { passed: 0, failed: 0 };

if (want("typecheck")) ok = run("route types", bin("next"), ["typegen"]) && run("type check", bin("tsc"), ["--noEmit"]) && ok;
if (want("content")) ok = run("content check", bin("tsx"), ["scripts/content-check.ts"]) && ok;

if (want("unit")) {
  const out = path.join(work, "vitest.json");
  ok = run("unit tests (Vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${out}`]) && ok;
  const c = countVitest(out);
  totals.passed += c.passed;
  totals.failed += c.failed;
}

// 100,000 learners and ~5 million completions: the dashboard queries must stay under 5 ms (p99).
if (want("scale")) ok = run("data at scale (npm run seed:scale)", "npm", ["run", "--silent", "seed:scale"]) && ok;

if (want("e2e")) {
  const dataDir = path.join(work, "e2e");
  const env = { E2E_PORT: String(await freePort()), E2E_DATA_DIR: dataDir };
  spawnSync("mkdir", ["-p", dataDir]);
  ok = run("end-to-end tests (Playwright, production build)", bin("playwright"), ["test"], env) && ok;
  const c = countPlaywright(path.join(dataDir, "playwright.json"));
  totals.passed += c.passed;
  totals.failed += c.failed;
}

// The measured bars of docs/performance.md, on the build the end-to-end tests just used. Both are
// measurements on a shared 2-core machine: a miss is measured once more before it counts.
function measured(step, label, script) {
  if (!want(step)) return;
  let passed = run(label, process.execPath, [script, "--check"]);
  if (!passed) passed = run(`${label}, measured again after a miss`, process.execPath, [script, "--check"]);
  ok = passed && ok;
  totals[passed ? "passed" : "failed"] += 1;
}
measured("bench", "benchmark (npm run bench)", "scripts/bench.mjs");
measured("lighthouse", "Lighthouse, mobile (npm run lighthouse)", "scripts/lighthouse.mjs");

rmSync(work, { recursive: true, force: true });
if (!ok && totals.failed === 0) totals.failed = 1;
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(ok ? 0 : 1);
