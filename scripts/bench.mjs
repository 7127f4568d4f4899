// `npm run bench`: timings of the embedded server (SQLite) and of the proxied cluster (nginx in
// front of two app servers on PostgreSQL), measured with autocannon in one run and printed with
// their targets. `--check` exits 1 when a target is missed. Never part of `npm test`: a busy
// machine must not fail a correct change. Only ratios within this run mean anything (the load
// generator shares the two cores with the servers).
//   BENCH_SECONDS (default 6) per run; TEST_DATABASE_URL or DATABASE_URL = a PostgreSQL server for
//   the cluster (else a throwaway local one).
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { startStack } from "./cluster.mjs";
import { actionId, freePort, freshDatabase, markRequest, root, signInOverHttp, startServer } from "./lib/harness.mjs";
import { buildIfMissing } from "./start.mjs";

const DURATION = Number(process.env.BENCH_SECONDS ?? 6);
const CHECK = process.argv.includes("--check");
const LEARNERS = 50;
const PASSWORD = "bench learner password";
// What Chromium sends: every learner's browser asks for compressed responses.
const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd";

function createLearners(databaseUrl) {
  const r = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/lib/create-learners.ts", String(LEARNERS), PASSWORD, "bench"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`could not create learners: ${r.stderr}`);
}

const run = (opts) =>
  new Promise((resolve, reject) => {
    autocannon({ connections: 50, duration: DURATION, headers: { "accept-encoding": BROWSER_ACCEPT_ENCODING }, ...opts }, (err, r) =>
      err ? reject(err) : resolve({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx }),
    );
  });

/** Every measurement against one entry point (`url`). */
async function measure(label, url) {
  const cookies = [];
  for (let i = 0; i < LEARNERS; i++) cookies.push(await signInOverHttp(url, { email: `bench${i}@example.com`, password: PASSWORD, address: `10.3.0.${i + 1}` }));
  const home = await (await fetch(`${url}/en`)).text();
  const cssPath = home.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
  const trackPath = home.match(/href="(\/en\/tracks\/[a-z0-9-]+)"/)?.[1];
  const trackHtml = await (await fetch(`${url}${trackPath}`)).text();
  const lessonPaths = [...trackHtml.matchAll(/href="(\/en\/tracks\/[a-z0-9-]+\/[a-z0-9-]+)"/g)].map((m) => m[1]);
  if (!cssPath || lessonPaths.length === 0) throw new Error(`${label}: no stylesheet or lesson link found`);
  const lessonPath = lessonPaths[0];
  const lessonIds = JSON.parse(spawnSync(process.execPath, ["-e", `const c=require("./content/tracks/${trackPath.split("/").pop()}.json");console.log(JSON.stringify(c.lessons.map(l=>l.id)))`], { cwd: root, encoding: "utf8" }).stdout);
  const markId = actionId("markLesson");

  let next = 0;
  const perLearner = (build) => ({
    requests: [
      {
        setupRequest(req, context) {
          context.learner ??= next++ % LEARNERS;
          context.n = (context.n ?? 0) + 1;
          return build(req, context);
        },
      },
    ],
  });
  // Warm-up: every route measured below, the learner's state too, so that no row is measured while
  // the servers' JIT and database pools are still cold (the proxied /api/health measured first
  // read 610-650 req/s, and 990-1,070 measured last, when only static routes were warmed).
  for (const target of [cssPath, lessonPath, "/api/health"]) await run({ url: `${url}${target}`, duration: 2 });
  await run({ url: `${url}/api/me`, duration: 3, ...perLearner((req, c) => ({ ...req, headers: { ...req.headers, cookie: cookies[c.learner] } })) });
  await run({ url: `${url}/api/health`, duration: 2 });
  const rows = {};
  rows.static = await run({ url: `${url}${cssPath}` });
  rows.lesson = await run({ url: `${url}${lessonPath}` });
  rows.dynamicBefore = await run({ url: `${url}/api/health` });
  rows.state = await run({ url: `${url}/api/me`, ...perLearner((req, c) => ({ ...req, headers: { ...req.headers, cookie: cookies[c.learner] } })) });
  rows.mark = await run({
    url: `${url}${lessonPath}`,
    method: "POST",
    ...perLearner((req, c) => {
      const { init } = markRequest(url, { id: markId, cookie: cookies[c.learner], lessonId: lessonIds[c.n % lessonIds.length], done: c.n % 3 !== 0, page: lessonPath });
      return { ...req, method: "POST", headers: { ...req.headers, ...init.headers }, body: init.body };
    }),
  });
  rows.dynamicAfter = await run({ url: `${url}/api/health` });
  const dynamic = (rows.dynamicBefore.rps + rows.dynamicAfter.rps) / 2;
  return { label, rows, dynamic };
}

buildIfMissing();
const results = [];
const sqlite = await freshDatabase("bench", { dialect: "sqlite" });
createLearners(sqlite.url);
const embedded = await startServer({ port: await freePort(), databaseUrl: sqlite.url });
try {
  results.push(await measure("embedded (one server, SQLite)", embedded.url));
} finally {
  await embedded.stop();
}

const pgServer = [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL].find((u) => /^postgres/.test(u ?? ""));
const stack = await startStack({ port: await freePort(), instances: 2, databaseUrl: pgServer, runDir: mkdtempSync(path.join(os.tmpdir(), "kajshekha-bench-cluster-")), quiet: !process.env.BENCH_VERBOSE });
try {
  createLearners(stack.databaseUrl);
  results.push(await measure("proxied (nginx + 2 servers, PostgreSQL)", stack.url));
} finally {
  await stack.stop();
}

console.log(`\nKajShekha bench, ${new Date().toISOString()}, ${os.cpus().length} cores, node ${process.version}, ${DURATION}s per run, 50 connections\n`);
const names = { static: "static asset (stylesheet)", lesson: "anonymous lesson page", state: "learner's state (/api/me)", mark: `mark done, ${LEARNERS} learners`, dynamicBefore: "trivial dynamic (/api/health), before", dynamicAfter: "trivial dynamic (/api/health), after" };
console.log(`| what | ${results.map((r) => r.label).join(" | ")} |\n|---|${results.map(() => "---:").join("|")}|`);
for (const [key, name] of Object.entries(names)) {
  console.log(`| ${name} | ${results.map((r) => `${r.rows[key].rps.toFixed(0)} req/s, p99 ${r.rows[key].p99} ms${r.rows[key].errors ? `, ${r.rows[key].errors} errors` : ""}`).join(" | ")} |`);
}
const checks = [];
for (const r of results) {
  const proxied = r.label.startsWith("proxied");
  checks.push([`${r.label}: anonymous lesson ÷ static asset`, r.rows.lesson.rps / r.rows.static.rps, proxied ? 0.8 : null]);
  checks.push([`${r.label}: learner's state ÷ trivial dynamic`, r.rows.state.rps / r.dynamic, 0.7]);
  checks.push([`${r.label}: mark-done errors`, r.rows.mark.errors, "= 0"]);
}
console.log("\n| measure | value | target |\n|---|---:|---:|");
let met = true;
for (const [name, value, target] of checks) {
  const ok = target === null ? true : target === "= 0" ? value === 0 : value >= target;
  if (!ok) met = false;
  console.log(`| ${name} | ${Number.isInteger(value) ? value : value.toFixed(2)} | ${target === null ? "(reference)" : `${typeof target === "number" ? `≥ ${target}` : target} ${ok ? "✓" : "✗"}`} |`);
}
console.log(met ? "\nall bench targets met" : "\nsome bench targets missed");
process.exit(CHECK && !met ? 1 : 0);
