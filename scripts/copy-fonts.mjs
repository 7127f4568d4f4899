// Builds the self-hosted Noto Sans Bengali files in public/fonts from the @fontsource npm package,
// subset with HarfBuzz's hb-subset (the `subset-font` package) to the characters the site uses.
// All layout features are kept, and hb-subset keeps every glyph the GSUB/GPOS closure can reach
// from those characters, so conjuncts (ক্ষ, ন্ত, ...), reph and vowel signs still shape correctly.
// Stable names let the layout preload the regular weight (no layout shift on swap).
//
// Only the regular weight of the Bengali letters is shipped, within the 200 KB of a cold lesson
// visit (tests/e2e/first-visit-weight.spec.ts): the bold Bengali file alone is 43 KB, and the
// browser draws bold from the regular outlines (font-synthesis), with the same shaping. Latin text
// is drawn in the system's sans-serif (app/globals.css), which saves an 8 KB file on every visit.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import subsetFont from "subset-font";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function range(from, to) {
  let s = "";
  for (let c = from; c <= to; c++) s += String.fromCodePoint(c);
  return s;
}

/** Every Bengali YouTube search in content/ (they are shown on English pages too). */
export function bengaliSearches(dir = path.join(root, "content/tracks")) {
  const found = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      if (node.kind === "search" && node.language === "bn" && typeof node.query === "string") found.add(node.query);
      Object.values(node).forEach(visit);
    }
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) visit(JSON.parse(readFileSync(path.join(dir, file), "utf8")));
  return [...found];
}

// Keep in step with the unicode-range of the @font-face rules in app/globals.css.
export const SUBSET_TEXT = {
  // The letters of Bengali as it is written today (the Bengali block without the Sanskrit vocalic
  // ঌ ৠ ৡ ৢ ৣ, avagraha ঽ, the Assamese ৰ ৱ and the old currency and fraction signs ৲–৾, none of
  // them in the site's text: 2 KB less of a cold visit), dandas, ZWNJ/ZWJ (used to control
  // conjuncts) and the dotted circle that shapers draw under a stray vowel sign.
  bengali: range(0x0981, 0x098b) + range(0x098f, 0x0990) + range(0x0993, 0x09a8) + range(0x09aa, 0x09b0) + "\u09b2" +
    range(0x09b6, 0x09b9) + "\u09bc" + range(0x09be, 0x09c4) + "\u09c7\u09c8" + range(0x09cb, 0x09ce) + "\u09d7" +
    "\u09dc\u09dd\u09df" + range(0x09e6, 0x09ef) + "\u0964\u0965\u200c\u200d\u25cc",
  // The one Bengali word on every English page (the language switch, messages/en.json
  // nav.switchTo): its own 1 KB file. It has no conjunct, so no layout closure is needed.
  label: "বাংলা",
  // The Bengali searches, shown on English lesson pages too: their letters only, with the layout
  // closure, so every conjunct of them still joins, and an English visit does not fetch the whole
  // Bengali font for them. Not precached by the service worker: a search needs the internet anyway.
  searches: bengaliSearches().join(" "),
};

/** name in public/fonts ← @fontsource file, subset text, hb-subset options */
export const FONTS = {
  "bengali-400": { source: "bengali-400", text: SUBSET_TEXT.bengali, options: {} },
  "label-400": { source: "bengali-400", text: SUBSET_TEXT.label, options: { noLayoutClosure: true } },
  searches: { source: "bengali-400", text: SUBSET_TEXT.searches, options: {} },
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
      if (built > statSync(source).mtimeMs && built > self && name !== "searches") continue;
    } catch {}
    writeFileSync(target, await subsetFont(readFileSync(source), text, { targetFormat: "woff2", ...options }));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await copyFonts();
