// `npm run lighthouse`: Lighthouse in its default mobile mode (simulated slow 4G, mid-range phone)
// on the home page, a track page and a lesson page of the standalone build, signed out and signed
// in; prints the four scores with their targets. `--check` exits 1 on a miss; never part of npm test.
import { spawnSync } from "node:child_process";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { buildIfMissing } from "./start.mjs";
import { loadTrackIds } from "./lib/content-ids.mjs";
import { freePort, freshDatabase, root, signInOverHttp, startServer } from "./lib/harness.mjs";

const TARGETS = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };
const CHECK = process.argv.includes("--check");
const PASSWORD = "lighthouse learner password";

buildIfMissing();
const database = await freshDatabase("lh", { dialect: "sqlite" });
const made = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/lib/create-learners.ts", "1", PASSWORD, "lighthouse"], {
  cwd: root,
  env: { ...process.env, DATABASE_URL: database.url },
  encoding: "utf8",
});
if (made.status !== 0) throw new Error(`could not create the signed-in learner: ${made.stderr}`);
const server = await startServer({ port: await freePort(), databaseUrl: database.url });
// The signed-in runs send the session and the sign-in hint cookie, as a learner's browser does.
const learnerCookie = `${await signInOverHttp(server.url, { email: "lighthouse0@example.com", password: PASSWORD })}; ks_in=1`;
const { tracks } = loadTrackIds();
const track = tracks.find((t) => t.slug === "web-design") ?? tracks[0];
const asked = process.argv.slice(2).filter((arg) => !arg.startsWith("--")); // --check: exit 1 on a miss, always on
const pages = asked.length
  ? asked
  : ["/", `/tracks/${track.slug}`, `/tracks/${track.slug}/${track.lessonSlugs[0]}`];

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
// Lighthouse's own advice on variance: run several times and take the median.
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);

/** One Lighthouse run; a run that failed to record the page (runtimeError) is not a score, so it is redone. */
async function audit(url, notes, cookie) {
  for (let attempt = 1; ; attempt++) {
    const flags = { port: chrome.port, output: "json", logLevel: "error", ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}) };
    const { lhr } = await lighthouse(url, flags);
    if (!lhr.runtimeError || attempt === 3) return lhr;
    notes.push(`${url}: Lighthouse could not record the run (${lhr.runtimeError.code}); ran it again`);
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
let allMet = true;
try {
  console.log(`| page | performance | accessibility | best practices | SEO |\n|---|---:|---:|---:|---:|`);
  const notes = [];
  for (const [page, who] of pages.flatMap((p) => [[p, "signed out"], [p, "signed in"]])) {
    const scores = Object.fromEntries(Object.keys(TARGETS).map((k) => [k, []]));
    for (let i = 0; i < RUNS; i++) {
      const lhr = await audit(`${server.url}${page}`, notes, who === "signed in" ? learnerCookie : null);
      if (lhr.runtimeError) notes.push(`${page}: Lighthouse runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      for (const [k, target] of Object.entries(TARGETS)) {
        const cat = lhr.categories[k];
        const s = Math.round((cat?.score ?? 0) * 100);
        scores[k].push(s);
        if (s < target && cat) {
          const failing = cat.auditRefs.map((r) => lhr.audits[r.id]).filter((a) => a && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative");
          for (const a of failing.slice(0, 4)) notes.push(`${page} run ${i + 1}, ${k} ${s}: ${a.id} (${a.displayValue ?? a.score})`);
        }
      }
    }
    const cells = Object.entries(TARGETS).map(([k, target]) => {
      const m = median(scores[k]);
      if (m < target) allMet = false;
      return `${m}${m < target ? " ✗" : ""}${RUNS > 1 ? ` (${scores[k].join(", ")})` : ""}`;
    });
    console.log(`| ${page} (${who}) | ${cells.join(" | ")} |`);
  }
  if (RUNS > 1) console.log(`\nmedian of ${RUNS} runs per page; each run's score in brackets`);
  for (const note of notes) console.log(`  ${note}`);
} finally {
  await chrome.kill();
  await server.stop();
}
console.log(`targets: ${Object.entries(TARGETS).map(([k, v]) => `${k} ≥ ${v}`).join(", ")}`);
console.log(allMet ? "all Lighthouse targets met" : "some Lighthouse targets missed");
process.exit(CHECK && !allMet ? 1 : 0);
