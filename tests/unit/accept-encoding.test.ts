import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM scripts without types
import { preferredEncoding } from "../../scripts/lib/memory-front.mjs";

describe("preferredEncoding (which compressed copy the memory front sends)", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"], // Chromium
    ["gzip, deflate", "gzip"], // an old Android browser
    ["br;q=0, gzip", "gzip"],
    ["BR;Q=0.1, GZIP;q=1", "br"], // any q above 0 is acceptable; br is smaller
    ["*", "br"],
    ["*;q=0, gzip", "gzip"],
    ["identity", null],
    ["gzip;q=0, br;q=0", null],
    ["br;q=abc", null], // malformed weight: not acceptable
    ["", null],
    [undefined, null],
  ])("%s → %s", (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});
