import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without type declarations
import { SUBSET_TEXT } from "../../scripts/copy-fonts.mjs";

const css = readFileSync(path.join(__dirname, "../../app/globals.css"), "utf8");

/** The code points a CSS unicode-range list names. */
function codePoints(range: string): number[] {
  return range.split(",").flatMap((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, "").split("-");
    const out: number[] = [];
    for (let c = parseInt(from!, 16); c <= parseInt(to!, 16); c++) out.push(c);
    return out;
  });
}

function rangeOf(family: string): number[] {
  const face = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!).find((b) => b.includes(`font-family: "${family}";`));
  expect(face, family).toBeDefined();
  return codePoints(/unicode-range:\s*([^;]+);/.exec(face!)![1]!);
}

describe("Bengali font subset and its @font-face", () => {
  const subset = [...new Set([...(SUBSET_TEXT.bengali as string)].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);

  it("claim exactly the letters the font file was made for", () => {
    expect(rangeOf("Noto Sans Bengali")).toEqual(subset);
    expect(rangeOf("Noto Sans Bengali Searches")).toEqual(subset);
  });

  it("keep every letter, vowel sign, digit and joiner of Bengali as written today", () => {
    const needed = "অআইঈউঊঋএঐওঔকখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ়ড়ঢ়য়ৎংঃঁািীুূৃেৈোৌ্ৗ০১২৩৪৫৬৭৮৯।\u200c\u200d";
    for (const c of needed.normalize("NFD")) expect(subset, c).toContain(c.codePointAt(0));
  });
});
