// After `next build`: completes the standalone server (it expects .next/static and public/
// beside it) and writes brotli and gzip copies of every static asset, so that nginx serves them
// precompressed from disk (deploy/nginx.conf: brotli_static, gzip_static).
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
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
cpSync(path.join(root, ".next/static"), path.join(standalone, ".next/static"), { recursive: true });
console.log(`[postbuild] standalone server completed; ${files} static files precompressed (.br, .gz)`);
