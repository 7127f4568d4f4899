import { describe, expect, it } from "vitest";
import { fill, formatDuration, formatNumber, numberLocale } from "@/lib/format";

// formatNumber writes numbers out by hand (no Intl on the client: see lib/format.ts); Node's full
// ICU is the reference it must match, digit for digit and comma for comma.
const samples = [
  0, 1, 5, 9, 10, 42, 99, 100, 999, 1000, 1001, 1234, 9999, 10000, 12345, 99999, 100000, 123456, 999999, 1000000,
  1234567, 12345678, 123456789, 1000000000, 2 ** 31, Number.MAX_SAFE_INTEGER, -1, -5, -1234, -123456, 0.5, 0.25,
  1.25, 3.14159, 0.0004, 0.0005, 0.9995, 12.5, 2.0005, 1.005, 99999.9999, 999.9996, -0.0004, -2.5, 0.1 + 0.2, 7.1,
  1e-7, 1.5e21, 40.375,
];

describe("formatNumber", () => {
  for (const locale of ["bn", "en"]) {
    it(`equals Intl.NumberFormat(${numberLocale(locale)}) with its default rounding`, () => {
      const intl = new Intl.NumberFormat(numberLocale(locale));
      for (const n of samples) expect(formatNumber(n, locale), String(n)).toBe(intl.format(n));
      for (let n = 0; n < 200000; n += 7) expect(formatNumber(n, locale)).toBe(intl.format(n));
    });
    it(`equals Intl.NumberFormat(${numberLocale(locale)}) with fixed decimals`, () => {
      for (const d of [0, 1, 2]) {
        const intl = new Intl.NumberFormat(numberLocale(locale), { minimumFractionDigits: d, maximumFractionDigits: d });
        for (const n of samples) expect(formatNumber(n, locale, d), `${n} to ${d}`).toBe(intl.format(n));
        for (let n = 0; n < 50; n += 0.013) expect(formatNumber(n, locale, d), `${n} to ${d}`).toBe(intl.format(n));
      }
    });
  }
  it("writes Bengali digits in Bengali and fills templates with them", () => {
    expect(formatNumber(2026, "bn")).toBe("২,০২৬");
    expect(fill("{done} of {total, number}", { done: 3, total: 12 }, "bn")).toBe("৩ of ১২");
    expect(formatDuration(90, "bn")).toBe("১ ঘণ্টা ৩০ মিনিট");
    expect(formatDuration(45, "en")).toBe("45 min");
  });
});
