// Builds the self-hosted Noto Sans Bengali files in public/fonts from the @fontsource npm package,
// subset with HarfBuzz's hb-subset (the `subset-font` package) to the characters the site uses.
// All layout features are kept, and hb-subset keeps every glyph the GSUB/GPOS closure can reach
// from those characters, so conjuncts (ক্ষ, ন্ত, ...), reph and vowel signs still shape correctly.
// Stable names let the layout preload the regular weight (no layout shift on swap).
//
// Only the regular weight is shipped: the bold Bengali file alone is 43 KB, which a cold lesson
// visit cannot afford within 200 KB (tests/e2e/first-visit-weight.spec.ts); the browser draws bold
// from the regular outlines (font-synthesis), with the same shaping. Latin bold goes with it: a
// 700 face for Latin alone would make Chrome match bold Bengali to no face (app/globals.css).
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import subsetFont from "subset-font";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

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
  // The one Bengali word on an English page (the language switch, messages/en.json nav.switchTo):
  // its own tiny file, so an English visit does not fetch the whole Bengali font for it. It has no
  // conjunct, so no layout closure is needed.
  label: "বাংলা",
};

/** name in public/fonts ← @fontsource file, subset text, hb-subset options */
export const FONTS = {
  "bengali-400": { source: "bengali-400", text: SUBSET_TEXT.bengali, options: {} },
  "latin-400": { source: "latin-400", text: SUBSET_TEXT.latin, options: {} },
  "label-400": { source: "bengali-400", text: SUBSET_TEXT.label, options: { noLayoutClosure: true } },
};
export const FONT_FILES = Object.keys(FONTS);

export async function copyFonts() {
  const from = path.join(root, "node_modules/@fontsource/noto-sans-bengali/files");
  const to = path.join(root, "public/fonts");
  mkdirSync(to, { recursive: true });
  const self = statSync(fileURLToPath(import.meta.url)).mtimeMs;
  for (const [name, { source: file, text, options }] of Object.entries(FONTS)) {
    const source = path.join(from, `noto-sans-bengali-${file}-normal.woff2`);
    const target = path.join(to, `noto-sans-bengali-${name}.woff2`);
    try {
      const built = statSync(target).mtimeMs;
      if (built > statSync(source).mtimeMs && built > self) continue;
    } catch {}
    writeFileSync(target, await subsetFont(readFileSync(source), text, { targetFormat: "woff2", ...options }));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await copyFonts();
