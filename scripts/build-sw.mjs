// After `next build`: bundles service-worker/sw.ts and injects Serwist's precache manifest into
// public/sw.js. The app shell is what the two offline pages load (their scripts, styles), plus
// the regular font weights and the offline pages themselves, revisioned by the build id.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { injectManifest } from "@serwist/build";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const at = (p) => path.join(root, p);
const swSrc = at(".next/sw-src.js");
await build({ entryPoints: [at("service-worker/sw.ts")], bundle: true, format: "iife", minify: true, target: "es2020", outfile: swSrc, logLevel: "warning" });

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
console.log(`[build-sw] public/sw.js: ${count + assets.length + 2} precached entries (${(size / 1024).toFixed(0)} KB of files from public/)`);
