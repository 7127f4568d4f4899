// Track slugs and lesson ids straight from content/ (plain JSON), for scripts that run outside Next.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { root } from "./harness.mjs";

export function loadTrackIds() {
  const dir = path.join(root, "content", "tracks");
  const tracks = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")))
    .sort((a, b) => a.order - b.order)
    .map((t) => ({ slug: t.slug, lessonIds: t.lessons.map((l) => l.id), lessonSlugs: t.lessons.map((l) => l.slug) }));
  return { tracks };
}
