// Copies the self-hosted Noto Sans Bengali files from the @fontsource npm package into
// public/fonts, under stable names that the layout can preload (no layout shift on swap).
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const FONT_FILES = ["bengali-400", "bengali-700", "latin-400", "latin-700"];

export function copyFonts() {
  const from = path.join(root, "node_modules/@fontsource/noto-sans-bengali/files");
  const to = path.join(root, "public/fonts");
  mkdirSync(to, { recursive: true });
  for (const name of FONT_FILES) {
    copyFileSync(path.join(from, `noto-sans-bengali-${name}-normal.woff2`), path.join(to, `noto-sans-bengali-${name}.woff2`));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) copyFonts();
