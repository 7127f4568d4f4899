import { describe, expect, it } from "vitest";
import bn from "@/messages/bn.json";
import en from "@/messages/en.json";

function flatten(obj: object, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(obj).flatMap(([key, value]) =>
      typeof value === "object" && value !== null ? Object.entries(flatten(value, `${prefix}${key}.`)) : [[`${prefix}${key}`, String(value)]],
    ),
  );
}

const bnFlat = flatten(bn);
const enFlat = flatten(en);
// Strings that are rightly the same or Latin in Bengali: the switcher's "English" label.
const LATIN_IN_BENGALI = new Set(["nav.switchTo"]);

describe("UI messages", () => {
  it("have exactly the same keys in Bengali and English", () => {
    expect(Object.keys(bnFlat).sort()).toEqual(Object.keys(enFlat).sort());
  });

  it("have no empty string in either language", () => {
    for (const [key, value] of [...Object.entries(bnFlat), ...Object.entries(enFlat)]) {
      expect(value.trim(), key).not.toBe("");
    }
  });

  it("are written in Bengali script in the Bengali file", () => {
    const untranslated = Object.entries(bnFlat).filter(([key, v]) => !LATIN_IN_BENGALI.has(key) && !/[\u0980-\u09FF]/.test(v));
    expect(untranslated).toEqual([]);
  });

  it("use the same placeholders in both languages", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(enFlat)) {
      expect(placeholders(bnFlat[key]!), key).toEqual(placeholders(enFlat[key]!));
    }
  });
});
