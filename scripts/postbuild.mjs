// After `next build`: completes the standalone server (it expects .next/static and public/
// beside it) and writes brotli and gzip copies of every static asset, so that nginx serves them
// precompressed from disk (deploy/nginx.conf: brotli_static, gzip_static). It also lays out the
// pages Next prerendered for good (revalidate: false) under .next/nginx-pages by their public path
// (`/` → index.html, `/tracks/x` → tracks/x.html, `/en/tracks/x` → en/tracks/x.html), precompressed
// the same way, for nginx to send visitors straight from disk: the very bytes Next would send.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const standalone = path.join(root, ".next/standalone");

cpSync(path.join(root, "public"), path.join(standalone, "public"), { recursive: true });

const COMPRESSIBLE = /\.(js|css|html|json|svg|txt|map|woff2?)$/;
let files = 0;
function precompress(dir) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) precompress(file);
    else if (COMPRESSIBLE.test(name) && !name.endsWith(".woff2")) {
      const body = readFileSync(file);
      writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      files++;
    }
  }
}
precompress(path.join(root, ".next/static"));

const pagesDir = path.join(root, ".next/nginx-pages");
rmSync(pagesDir, { recursive: true, force: true });
const { routes } = JSON.parse(readFileSync(path.join(root, ".next/prerender-manifest.json"), "utf8"));
let pages = 0;
for (const [route, info] of Object.entries(routes)) {
  const locale = route.match(/^\/(bn|en)(\/|$)/)?.[1];
  if (!locale || info.initialRevalidateSeconds !== false) continue;
  const source = path.join(root, ".next/server/app", `${route}.html`);
  if (!existsSync(source)) continue; // a route handler's answer (.body), e.g. the manifest: the app serves it
  const meta = JSON.parse(readFileSync(path.join(root, ".next/server/app", `${route}.meta`), "utf8"));
  if ((meta.status ?? 200) !== 200) continue;
  const publicPath = locale === "bn" ? route.slice(3) : route; // Bengali lives at the bare path
  const target = path.join(pagesDir, publicPath === "" ? "index.html" : `${publicPath.slice(1)}.html`);
  mkdirSync(path.dirname(target), { recursive: true });
  const body = readFileSync(source);
  writeFileSync(target, body);
  writeFileSync(`${target}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(`${target}.gz`, gzipSync(body, { level: 9 }));
  pages++;
}
cpSync(path.join(root, ".next/static"), path.join(standalone, ".next/static"), { recursive: true });
console.log(`[postbuild] standalone server completed; ${files} static files and ${pages} prerendered pages precompressed (.br, .gz)`);
