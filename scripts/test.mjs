// `npm test`: every deterministic check, on SQLite, or on PostgreSQL when TEST_DATABASE_URL names a
// server (each run gets fresh databases on it). Steps: type check, lint, content check, Vitest, query
// plans at scale, production build, Playwright against the standalone server. Timings are never
// part of it: `npm run bench -- --check` and `npm run lighthouse -- --check` measure those.
// `npm test -- e2e unit` runs only the named steps. Prints one closing line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, freshDatabase, testPostgres } from "./lib/harness.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const work = mkdtempSync(path.join(os.tmpdir(), "kajshekha-test-"));
const only = process.argv.slice(2);
const dialect = testPostgres ? "postgres" : "sqlite";

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label} [${dialect}]`);
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
const step = (passed) => {
  totals[passed ? "passed" : "failed"] += 1;
  ok = passed && ok;
};

if (want("typecheck")) step(run("type check", "npm", ["run", "--silent", "typecheck"]));
if (want("lint")) step(run("lint (ESLint: Next, React hooks, jsx-a11y, Drizzle)", bin("eslint"), ["--max-warnings=0", "."]));
if (want("content")) step(run("content check", bin("tsx"), ["scripts/content-check.ts"]));

if (want("unit")) {
  const out = path.join(work, "vitest.json");
  ok = run("unit tests (Vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${out}`]) && ok;
  const c = countVitest(out);
  totals.passed += c.passed;
  totals.failed += c.failed;
}

// 100,000 learners and ~5 million completions: every dashboard and track query must be an index
// search (plans checked); the timings are printed for information only.
if (want("scale")) step(run("query plans at scale (npm run seed:scale -- --check)", "npm", ["run", "--silent", "seed:scale", "--", "--check"]));

if (want("e2e")) {
  if (run("production build", "npm", ["run", "--silent", "build"])) {
    const dataDir = path.join(work, "e2e");
    mkdirSync(dataDir, { recursive: true });
    const database = await freshDatabase("e2e");
    const env = { E2E_PORT: String(await freePort()), E2E_DATA_DIR: dataDir, E2E_DATABASE_URL: database.url };
    ok = run("end-to-end tests (Playwright, standalone production server)", bin("playwright"), ["test"], env) && ok;
    await database.drop();
    const c = countPlaywright(path.join(dataDir, "playwright.json"));
    totals.passed += c.passed;
    totals.failed += c.failed;
  } else step(false);
}

rmSync(work, { recursive: true, force: true });
if (!ok && totals.failed === 0) totals.failed = 1;
console.log(`\n${dialect}: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(ok ? 0 : 1);
