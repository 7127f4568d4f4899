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
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["/", `/tracks/${track.slug}`, `/tracks/${track.slug}/${track.lessonSlugs[0]}`];

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let allMet = true;
try {
  console.log("| page | performance | accessibility | best practices | SEO |\n|---|---:|---:|---:|---:|");
  for (const page of pages) {
    const result = await lighthouse(`${server.url}${page}`, { port: chrome.port, output: "json", logLevel: "error" });
    if (result.lhr.runtimeError) console.log(`    ${page}: Lighthouse runtime error ${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
    const c = result.lhr.categories;
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
    const cells = Object.entries(TARGETS).map(([k, target]) => {
      const s = score(k);
      if (s < target) allMet = false;
      return `${s}${s < target ? " ✗" : ""}`;
    });
    console.log(`| ${page} | ${cells.join(" | ")} |`);
    for (const [k, cat] of Object.entries(c)) {
      if ((cat.score ?? 1) < TARGETS[k] / 100) {
        const failing = cat.auditRefs.map((r) => result.lhr.audits[r.id]).filter((a) => a && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative");
        for (const a of failing.slice(0, 6)) console.log(`    ${k}: ${a.id} (${a.displayValue ?? a.score})`);
      }
    }
  }
} finally {
  await chrome.kill();
  await server.stop();
}
console.log(allMet ? "all Lighthouse targets met" : "some Lighthouse targets missed");
process.exit(allMet ? 0 : 1);
