// Builds the self-hosted Noto Sans Bengali files in public/fonts from the @fontsource npm package,
// subset with HarfBuzz's hb-subset (the `subset-font` package) to the characters the site uses.
// All layout features are kept, and hb-subset keeps every glyph the GSUB/GPOS closure can reach
// from those characters, so conjuncts (ক্ষ, ন্ত, ...), reph and vowel signs still shape correctly.
// Stable names let the layout preload the regular weight (no layout shift on swap).
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import subsetFont from "subset-font";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const FONT_FILES = ["bengali-400", "bengali-700", "latin-400", "latin-700"];

function range(from, to) {
  let s = "";
  for (let c = from; c <= to; c++) s += String.fromCodePoint(c);
  return s;
}

// Keep in step with the unicode-range of the @font-face rules in app/globals.css.
export const SUBSET_TEXT = {
  // The Bengali block, dandas, ZWNJ/ZWJ (used to control conjuncts) and the dotted circle that
  // shapers draw under a stray vowel sign.
  bengali: range(0x0980, 0x09fe) + "\u0964\u0965\u200c\u200d\u25cc",
  // Printable ASCII, Latin-1 punctuation and signs, and the typographic punctuation in our copy.
  latin: range(0x20, 0x7e) + range(0xa0, 0xbf) + "×÷" + range(0x2010, 0x2027) + "‹›€₹→←↑↓−",
};

export async function copyFonts() {
  const from = path.join(root, "node_modules/@fontsource/noto-sans-bengali/files");
  const to = path.join(root, "public/fonts");
  mkdirSync(to, { recursive: true });
  for (const name of FONT_FILES) {
    const source = path.join(from, `noto-sans-bengali-${name}-normal.woff2`);
    const target = path.join(to, `noto-sans-bengali-${name}.woff2`);
    try {
      if (statSync(target).mtimeMs > statSync(source).mtimeMs && statSync(target).mtimeMs > statSync(fileURLToPath(import.meta.url)).mtimeMs) continue;
    } catch {}
    const text = SUBSET_TEXT[name.split("-")[0]];
    const out = await subsetFont(readFileSync(source), text, { targetFormat: "woff2" });
    writeFileSync(target, out);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await copyFonts();
