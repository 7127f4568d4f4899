/* eslint-disable @typescript-eslint/no-explicit-any -- these tests break raw, untyped JSON copies of the content on purpose */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readKnownIds, unknownVideoResources, vettedLinkProblems, SHARED_LINKS_TSV } from "@/lib/content/known-links";
import { videoIdOf } from "@/lib/content/schema";
import { latinWordsNotAllowed, loadContentDir, MIN_LESSONS_PER_TRACK, PHONE_TRACKS } from "@/lib/content/validate";

const CONTENT = path.resolve("content");

/** A copy of the real content folder with one file changed, to prove the check bites. */
function brokenFile(rel: string, change: (json: any) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kajshekha-content-"));
  cpSync(CONTENT, dir, { recursive: true });
  const file = path.join(dir, rel);
  const json = JSON.parse(readFileSync(file, "utf8"));
  change(json);
  writeFileSync(file, JSON.stringify(json));
  return dir;
}
const brokenCopy = (trackFile: string, change: (track: any) => void) => brokenFile(path.join("tracks", trackFile), change);

const real = loadContentDir(CONTENT);

describe("the curriculum in content/", () => {
  it("is valid", () => {
    expect(real.problems).toEqual([]);
  });

  it("has all 16 tracks with at least 8 lessons each, 120 or more in all", () => {
    const tracks = real.curriculum!.tracks;
    expect(tracks).toHaveLength(16);
    for (const t of tracks) expect(t.lessons.length, t.slug).toBeGreaterThanOrEqual(MIN_LESSONS_PER_TRACK);
    expect(tracks.flatMap((t) => t.lessons).length).toBeGreaterThanOrEqual(120);
    expect(tracks[0]!.slug).toBe("outsourcing-basics");
  });

  it("marks exactly the article's phone tracks as phone-friendly", () => {
    const phone = real.curriculum!.tracks.filter((t) => t.device === "phone").map((t) => t.slug).sort();
    expect(phone).toEqual([...PHONE_TRACKS].sort());
  });

  it("gives every lesson a YouTube search in Bengali and in English", () => {
    for (const lesson of real.curriculum!.tracks.flatMap((t) => t.lessons)) {
      const searches = lesson.resources.filter((r) => r.kind === "search");
      expect(searches.some((r) => r.language === "bn"), lesson.id).toBe(true);
      expect(searches.some((r) => r.language === "en"), lesson.id).toBe(true);
      for (const s of searches) expect(s.url).toMatch(/^https:\/\/www\.youtube\.com\/results\?search_query=[^\s]+$/);
    }
  });

  it("links only videos and playlists that a public source vouches for (and fails without the list)", () => {
    // No skip: without ../shared/content-sources/youtube-links.tsv this fails, naming the missing file.
    expect(vettedLinkProblems(real.curriculum!)).toEqual([]);
    expect(readKnownIds(SHARED_LINKS_TSV)?.size ?? 0).toBeGreaterThan(0);
  });

  it("no longer links the removed or unidentified videos", () => {
    const gone = ["buBFsePEJGA", "u9U53ieYAdk", "Q0dgfFaQqXU", "lXhGEv3PUnE", "wqJGWQTKXcQ", "sSpBt0IssPQ", "lWNSmKrvIqg", "KmPGU3UJ6es", "ZzfPV8d_wfk", "PLp9HFLVct_ZvMa7IVdQyUUyh8t2re9apm"];
    const ids = real.curriculum!.tracks.flatMap((t) => t.lessons.flatMap((l) => l.resources.map((r) => (r.kind === "search" ? "" : videoIdOf(r.url)))));
    for (const id of gone) expect(ids, id).not.toContain(id);
  });

  it("gives at least 25 lessons a Bengali video or playlist", () => {
    const lessons = real.curriculum!.tracks.flatMap((t) => t.lessons);
    expect(lessons.filter((l) => l.resources.some((r) => r.kind !== "search" && r.language === "bn")).length).toBeGreaterThanOrEqual(25);
  });

  it("has the getting-paid-safely track, phone-friendly, right after outsourcing-basics, linked from every marketplace lesson", () => {
    const tracks = real.curriculum!.tracks;
    const gps = tracks.find((t) => t.slug === "getting-paid-safely")!;
    expect(gps.device).toBe("phone");
    expect(gps.lessons.length).toBeGreaterThanOrEqual(8);
    expect(gps.lessons.every((l) => l.id.startsWith("gps-"))).toBe(true);
    expect(tracks[1]!.slug).toBe("getting-paid-safely");
    for (const t of tracks.filter((x) => x.slug !== "getting-paid-safely")) {
      expect(t.lessons.at(-1)!.seeAlso, t.slug).toContain("getting-paid-safely");
    }
  });

  it("has a knowledge check for every getting-paid-safely lesson and every AI lesson", () => {
    const ids = [
      ...real.curriculum!.tracks.find((t) => t.slug === "getting-paid-safely")!.lessons.map((l) => l.id),
      "ob-ai-at-work", "aw-ai-and-writing", "de-ai-and-automation", "gd-ai-image-tools", "wdev-ai-coding-assistants", "dm-ai-in-marketing",
    ];
    for (const id of ids) expect(real.curriculum!.checks[id]?.length ?? 0, id).toBeGreaterThanOrEqual(3);
  });

  it("orders tracks so that prerequisites and beginner tracks come first", () => {
    const order = (slug: string) => real.curriculum!.tracks.findIndex((t) => t.slug === slug);
    expect(order("digital-marketing")).toBeLessThan(order("cpa-marketing"));
    expect(order("banner-design")).toBeLessThan(order("logo-design"));
    const yt = real.curriculum!.tracks.find((t) => t.slug === "youtubing")!.lessons.map((l) => l.id);
    expect(yt.indexOf("yt-policies-and-copyright")).toBeLessThan(yt.indexOf("yt-titles-and-seo"));
  });

  it("uses well-formed YouTube watch and playlist URLs", () => {
    for (const r of real.curriculum!.tracks.flatMap((t) => t.lessons.flatMap((l) => l.resources))) {
      if (r.kind !== "search") expect(videoIdOf(r.url), r.url).not.toBeNull();
    }
  });

  it("covers every checklist item and marketplace of the article", () => {
    expect(real.curriculum!.checklist.map((c) => c.key).sort()).toEqual(["computer", "english", "internet", "phone", "skill"]);
    expect(real.curriculum!.marketplaces.map((m) => m.key).sort()).toEqual(["99designs", "fiverr", "freelancer", "peopleperhour", "upwork"]);
  });
});

describe("the content check", () => {
  const first = "outsourcing-basics.json";

  it("fails on a duplicate lesson id and names the id", () => {
    const dir = brokenCopy(first, (t) => (t.lessons[1].id = t.lessons[0].id));
    const { problems } = loadContentDir(dir);
    expect(problems.some((p) => p.message.includes("lesson id is used twice"))).toBe(true);
  });

  it("fails on a duplicate lesson slug", () => {
    const dir = brokenCopy(first, (t) => (t.lessons[1].slug = t.lessons[0].slug));
    expect(loadContentDir(dir).problems.some((p) => p.message.includes("slug is used twice"))).toBe(true);
  });

  it("fails on a missing translation, naming the file and field", () => {
    const dir = brokenCopy(first, (t) => delete t.lessons[0].title.en);
    const { problems } = loadContentDir(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: "tracks/outsourcing-basics.json", path: "lessons.0.title.en" }));
  });

  it("fails on Bengali text that is not in Bengali", () => {
    const dir = brokenCopy(first, (t) => (t.lessons[0].summary.bn = "Not translated"));
    expect(loadContentDir(dir).problems.some((p) => p.path === "lessons.0.summary.bn")).toBe(true);
  });

  it("fails on a malformed YouTube URL", () => {
    const dir = brokenCopy(first, (t) =>
      t.lessons[0].resources.unshift({ kind: "video", url: "https://youtu.be/abc", title: { bn: "ভিডিও", en: "Video" }, language: "en" }),
    );
    expect(loadContentDir(dir).problems.some((p) => p.path.startsWith("lessons.0.resources.0.url"))).toBe(true);
  });

  it("fails on a lesson without a Bengali search link", () => {
    const dir = brokenCopy(first, (t) => (t.lessons[0].resources = t.lessons[0].resources.filter((r: any) => !(r.kind === "search" && r.language === "bn"))));
    expect(loadContentDir(dir).problems.some((p) => p.message.includes("Bengali query"))).toBe(true);
  });

  it("fails when a track's hours are more than 25% away from its lessons' minutes", () => {
    const dir = brokenCopy(first, (t) => (t.hours = 40));
    expect(loadContentDir(dir).problems).toContainEqual(expect.objectContaining({ file: "tracks/outsourcing-basics.json", path: "hours" }));
  });

  it("accepts hours within 25% of the lessons' minutes", () => {
    const dir = brokenCopy(first, (t) => (t.hours = Math.round((1.2 * t.lessons.reduce((s: number, l: any) => s + l.minutes, 0)) / 60)));
    expect(loadContentDir(dir).problems.filter((p) => p.path === "hours")).toEqual([]);
  });

  it("fails on an English word in a Bengali field, naming the word", () => {
    const dir = brokenCopy(first, (t) => (t.lessons[0].learn.bn[0] += " — একটি overview"));
    const { problems } = loadContentDir(dir);
    expect(problems).toContainEqual(expect.objectContaining({ path: "lessons.0.learn.bn.0", message: expect.stringContaining("overview") }));
  });

  it("checks the Bengali of resource titles, the checklist and the marketplaces too", () => {
    const inTitle = brokenCopy("web-design.json", (t) => (t.lessons[0].resources[0].title.bn = "HTML shadowing"));
    expect(loadContentDir(inTitle).problems.some((p) => p.path === "lessons.0.resources.0.title.bn")).toBe(true);
    const inChecklist = brokenFile("checklist.json", (c) => (c[0].why.bn += " filler"));
    expect(loadContentDir(inChecklist).problems).toContainEqual(expect.objectContaining({ file: "checklist.json", path: "0.why.bn" }));
    const inMarketplaces = brokenFile("marketplaces.json", (m) => (m[0].tips.bn[0] += " simple"));
    expect(loadContentDir(inMarketplaces).problems).toContainEqual(expect.objectContaining({ file: "marketplaces.json", path: "0.tips.bn.0" }));
  });

  it("allows tool and brand names, quoted English and web addresses in Bengali text", () => {
    expect(latinWordsNotAllowed("Canva-তে ডিজাইন, Upwork-এ প্রোফাইল, VS Code আর Node.js, Freelancer.com ও 99designs")).toEqual([]);
    expect(latinWordsNotAllowed("বলুন 'Could you please clarify?' আর দেখুন https://support.upwork.com/hc/en-us")).toEqual([]);
    expect(latinWordsNotAllowed("প্রোফাইলের overview আর Search বাটন")).toEqual(["overview", "Search"]);
    expect(latinWordsNotAllowed("Search Console-এ দেখুন")).toEqual([]);
  });

  it("fails on a spelling the style guide replaces", () => {
    const dir = brokenCopy("data-entry.json", (t) => (t.lessons[0].summary.bn += " ডাটা"));
    expect(loadContentDir(dir).problems.some((p) => p.path === "lessons.0.summary.bn" && p.message.includes("ডেটা"))).toBe(true);
  });

  it("fails when a checklist item does not link a track that needs it", () => {
    const dir = brokenFile("checklist.json", (c) => {
      const computer = c.find((i: any) => i.key === "computer");
      computer.tracks = computer.tracks.filter((s: string) => s !== "web-design");
    });
    expect(loadContentDir(dir).problems.some((p) => p.file === "checklist.json" && p.message.includes("web-design"))).toBe(true);
  });

  it("fails on a see-also link to an unknown track or to the lesson's own track", () => {
    const unknown = brokenCopy(first, (t) => (t.lessons[0].seeAlso = ["getting-rich-quick"]));
    expect(loadContentDir(unknown).problems.some((p) => p.path.startsWith("lessons.0.seeAlso"))).toBe(true);
    const own = brokenCopy(first, (t) => (t.lessons[0].seeAlso = ["outsourcing-basics"]));
    expect(loadContentDir(own).problems.some((p) => p.path === "lessons.0.seeAlso")).toBe(true);
  });

  it("fails on an official link that is not https", () => {
    const dir = brokenCopy("getting-paid-safely.json", (t) => (t.lessons[0].links[0].url = "http://www.bb.org.bd/"));
    expect(loadContentDir(dir).problems.some((p) => p.path.startsWith("lessons.0.links.0.url"))).toBe(true);
  });

  it("fails, not skips, when the vetted link list is missing", () => {
    const problems = vettedLinkProblems(real.curriculum!, path.join(os.tmpdir(), "no-such-dir", "youtube-links.tsv"));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain("missing");
  });

  it("fails on a video id that is not in the vetted list", () => {
    const dir = brokenCopy(first, (t) =>
      t.lessons[0].resources.unshift({ kind: "video", url: "https://www.youtube.com/watch?v=AAAAAAAAAAA", title: { bn: "ভিডিও", en: "Video" }, language: "en" }),
    );
    const { curriculum } = loadContentDir(dir);
    expect(vettedLinkProblems(curriculum!)).toContainEqual(expect.objectContaining({ path: "lesson ob-what-is-freelancing", message: expect.stringContaining("AAAAAAAAAAA") }));
  });

  it("reports a video id that is not in the vetted list", () => {
    const known = new Set<string>();
    const unknown = unknownVideoResources(real.curriculum!, known);
    const media = real.curriculum!.tracks.flatMap((t) => t.lessons.flatMap((l) => l.resources)).filter((r) => r.kind !== "search");
    expect(unknown).toHaveLength(media.length);
  });
});
