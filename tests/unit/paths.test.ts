import { describe, expect, it } from "vitest";
import { localePath, switchLocalePath } from "@/lib/i18n/paths";

describe("locale paths", () => {
  it("put Bengali at the bare path and English under /en", () => {
    expect(localePath("bn", "/")).toBe("/");
    expect(localePath("en", "/")).toBe("/en");
    expect(localePath("en", "/tracks/web-design")).toBe("/en/tracks/web-design");
    expect(localePath("bn", { pathname: "/tracks", query: { device: "phone" } })).toBe("/tracks?device=phone");
    expect(localePath("en", { pathname: "/signin", query: { callbackUrl: "/en/x?mark=1" } })).toBe("/en/signin?callbackUrl=%2Fen%2Fx%3Fmark%3D1");
  });

  it("switch language on the same page", () => {
    expect(switchLocalePath("/tracks/web-design/html-basics", "en")).toBe("/en/tracks/web-design/html-basics");
    expect(switchLocalePath("/en/tracks/web-design", "bn")).toBe("/tracks/web-design");
    expect(switchLocalePath("/en", "bn")).toBe("/");
    expect(switchLocalePath("/", "en")).toBe("/en");
    expect(switchLocalePath("/english-lesson", "en")).toBe("/en/english-lesson");
  });
});

describe("the language switch, built on the server", () => {
  it("never doubles a language prefix, even from the internal /bn path", () => {
    expect(switchLocalePath("/bn/tracks/web-design", "en")).toBe("/en/tracks/web-design");
    expect(switchLocalePath("/bn", "en")).toBe("/en");
  });
  it("keeps the query", () => {
    expect(switchLocalePath("/tracks", "en", { device: "phone" })).toBe("/en/tracks?device=phone");
    expect(switchLocalePath("/en/tracks", "bn", { device: "phone" })).toBe("/tracks?device=phone");
  });
});
