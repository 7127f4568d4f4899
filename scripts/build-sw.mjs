// After `next build`: bundles service-worker/sw.ts and injects Serwist's precache manifest into
// public/sw.js. The app shell is what the two offline pages load (their scripts, styles), plus
// the regular font weights and the offline pages themselves, revisioned by the build id.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { injectManifest } from "@serwist/build";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const at = (p) => path.join(root, p);
const swSrc = at(".next/sw-src.js");

// "Save this track for offline" shows its size before downloading: per track page (each
// language), the sum of its prerendered lesson pages gzipped as the server's compression does
// (default level). A signed-in learner's copies are the same pages with their marks and notes.
const trackSizes = {};
const lessonAssets = {};
for (const locale of ["bn", "en"]) {
  const dir = at(`.next/server/app/${locale}/tracks`);
  if (!existsSync(dir)) continue;
  for (const track of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const lessons = readdirSync(path.join(dir, track.name)).filter((f) => f.endsWith(".html"));
    if (lessons.length === 0) continue;
    const bytes = lessons.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(dir, track.name, f))).length, 0);
    trackSizes[`${locale === "en" ? "/en" : ""}/tracks/${track.name}`] = bytes;
    // The lesson pages' scripts and styles (the same for every lesson): saved too where the device
    // lacks them, so a saved lesson never opened before runs offline as well.
    if (!lessonAssets[locale]) {
      const html = readFileSync(path.join(dir, track.name, lessons[0]), "utf8");
      lessonAssets[locale] = Object.fromEntries(
        [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"?]+)"/g)].map((m) => m[1]))]
          .filter((url) => existsSync(at(`.next${url.slice("/_next".length)}`)))
          .map((url) => [url, gzipSync(readFileSync(at(`.next${url.slice("/_next".length)}`))).length]),
      );
    }
  }
}

await build({
  entryPoints: [at("service-worker/sw.ts")],
  bundle: true,
  format: "iife",
  minify: true,
  target: "es2020",
  outfile: swSrc,
  logLevel: "warning",
  define: { __KS_TRACK_SIZES__: JSON.stringify(trackSizes), __KS_LESSON_ASSETS__: JSON.stringify(lessonAssets) },
});

const buildId = readFileSync(at(".next/BUILD_ID"), "utf8").trim();
const shellHtml = ["bn", "en"].map((l) => readFileSync(at(`.next/server/app/${l}/offline.html`), "utf8")).join("");
const assets = [...new Set([...shellHtml.matchAll(/(?:src|href)="(\/_next\/static\/[^"?]+)"/g)].map((m) => m[1]))];
const { count, size, warnings } = await injectManifest({
  swSrc,
  swDest: at("public/sw.js"),
  globDirectory: at("public"),
  globPatterns: ["fonts/*-400.woff2", "icons/any-192.png"],
  additionalPrecacheEntries: [...assets.map((url) => ({ url, revision: null })), { url: "/offline", revision: buildId }, { url: "/en/offline", revision: buildId }],
});
for (const w of warnings) console.warn(`[build-sw] ${w}`);
console.log(`[build-sw] public/sw.js: ${count + assets.length + 2} precached entries (${(size / 1024).toFixed(0)} KB of files from public/); sizes of ${Object.keys(trackSizes).length} tracks to save offline`);
