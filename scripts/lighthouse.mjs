// `npm run lighthouse`: Lighthouse in its default mobile mode (simulated slow 4G, mid-range phone)
// on the home page, a track page and a lesson page of a production build; prints the four scores.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { migrateDatabase } from "./migrate.mjs";
import { buildIfNeeded } from "./start.mjs";
import { loadTrackIds } from "./lib/content-ids.mjs";
import { freePort, startServer } from "./lib/harness.mjs";

const TARGETS = { performance: 95, accessibility: 100, "best-practices": 95, seo: 95 };

buildIfNeeded();
const file = path.join(mkdtempSync(path.join(os.tmpdir(), "kajshekha-lh-")), "lh.db");
migrateDatabase(file);
const server = await startServer({ port: await freePort(), databaseFile: file });
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
async function audit(url, notes) {
  for (let attempt = 1; ; attempt++) {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
    if (!lhr.runtimeError || attempt === 3) return lhr;
    notes.push(`${url}: Lighthouse could not record the run (${lhr.runtimeError.code}); ran it again`);
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
let allMet = true;
try {
  console.log(`| page | performance | accessibility | best practices | SEO |\n|---|---:|---:|---:|---:|`);
  const notes = [];
  for (const page of pages) {
    const scores = Object.fromEntries(Object.keys(TARGETS).map((k) => [k, []]));
    for (let i = 0; i < RUNS; i++) {
      const lhr = await audit(`${server.url}${page}`, notes);
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
    console.log(`| ${page} | ${cells.join(" | ")} |`);
  }
  if (RUNS > 1) console.log(`\nmedian of ${RUNS} runs per page; each run's score in brackets`);
  for (const note of notes) console.log(`  ${note}`);
} finally {
  await chrome.kill();
  await server.stop();
}
console.log(allMet ? "all Lighthouse targets met" : "some Lighthouse targets missed");
process.exit(allMet ? 0 : 1);
