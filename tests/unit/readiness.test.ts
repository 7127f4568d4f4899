import { describe, expect, it } from "vitest";
import { readiness } from "@/lib/readiness";
import { formatDate, formatDuration } from "@/lib/format";

describe("readiness per track", () => {
  it("a learner with a phone, internet, English and a skill is ready for phone tracks, not computer ones", () => {
    const ticked = new Set(["phone", "internet", "english", "skill"]);
    expect(readiness("phone", ticked)).toEqual({ ready: 4, total: 4, missing: [] });
    expect(readiness("computer", ticked)).toEqual({ ready: 3, total: 4, missing: ["computer"] });
  });
  it("a phone track never asks for a computer", () => {
    expect(readiness("phone", new Set(["phone", "internet"])).missing).toEqual(["skill", "english"]);
  });
});

describe("lengths and dates in the learner's language", () => {
  it("writes lengths in hours and minutes", () => {
    expect(formatDuration(420, "en")).toBe("7 h");
    expect(formatDuration(95, "en")).toBe("1 h 35 min");
    expect(formatDuration(45, "en")).toBe("45 min");
    expect(formatDuration(420, "bn")).toBe("৭ ঘণ্টা");
    expect(formatDuration(90, "bn")).toBe("১ ঘণ্টা ৩০ মিনিট");
  });
  it("has no Latin letters in a Bengali date", () => {
    const text = formatDate(Date.UTC(2026, 0, 5, 10, 7), "bn");
    expect(text).not.toMatch(/[A-Za-z]/);
    expect(text).toContain("১৬:০৭");
  });
});
