import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readKnownIds, unknownVideoResources, SHARED_LINKS_TSV } from "@/lib/content/known-links";
import { videoIdOf } from "@/lib/content/schema";
import { loadContentDir, MIN_LESSONS_PER_TRACK, PHONE_TRACKS } from "@/lib/content/validate";

const CONTENT = path.resolve("content");

/** A copy of the real content folder with one track file changed, to prove the check bites. */
function brokenCopy(trackFile: string, change: (track: any) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kajshekha-content-"));
  cpSync(CONTENT, dir, { recursive: true });
  const file = path.join(dir, "tracks", trackFile);
  const track = JSON.parse(readFileSync(file, "utf8"));
  change(track);
  writeFileSync(file, JSON.stringify(track));
  return dir;
}

const real = loadContentDir(CONTENT);

describe("the curriculum in content/", () => {
  it("is valid", () => {
    expect(real.problems).toEqual([]);
  });

  it("has all 15 tracks with at least 8 lessons each, 120 or more in all", () => {
    const tracks = real.curriculum!.tracks;
    expect(tracks).toHaveLength(15);
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

  it("links only videos and playlists that a public source vouches for", (ctx) => {
    const known = readKnownIds();
    if (!known) {
      ctx.skip(`${SHARED_LINKS_TSV} is not on this machine; video ids cannot be checked here`);
      return;
    }
    expect(unknownVideoResources(real.curriculum!, known)).toEqual([]);
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

  it("reports a video id that is not in the vetted list", () => {
    const known = new Set<string>();
    const unknown = unknownVideoResources(real.curriculum!, known);
    const media = real.curriculum!.tracks.flatMap((t) => t.lessons.flatMap((l) => l.resources)).filter((r) => r.kind !== "search");
    expect(unknown).toHaveLength(media.length);
  });
});
