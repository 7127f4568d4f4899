import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { videoIdOf } from "./schema";
import type { ContentProblem, Curriculum } from "./validate";

/** Where the vetted link list lives when the shared folder sits beside the project. */
export const SHARED_LINKS_TSV = path.resolve(process.cwd(), "../shared/content-sources/youtube-links.tsv");

/** Video and playlist ids listed in the vetted TSV, or null when the file is not on this machine. */
export function readKnownIds(file = SHARED_LINKS_TSV): Set<string> | null {
  if (!existsSync(file)) return null;
  const ids = new Set<string>();
  for (const line of readFileSync(file, "utf8").split("\n").slice(1)) {
    const url = line.split("\t")[2];
    const id = url ? videoIdOf(url.trim()) : null;
    if (id) ids.add(id);
  }
  return ids;
}

/** Every video or playlist resource whose id no public source vouches for. */
export function unknownVideoResources(curriculum: Curriculum, known: Set<string>) {
  return curriculum.tracks.flatMap((track) =>
    track.lessons.flatMap((lesson) =>
      lesson.resources
        .filter((r) => r.kind !== "search")
        .filter((r) => !known.has(videoIdOf(r.url) ?? ""))
        .map((r) => ({ track: track.slug, lesson: lesson.id, url: r.url })),
    ),
  );
}

/**
 * The vetted-list rule as content problems: every video and playlist id must be in the TSV, and a
 * missing TSV is itself a problem (the check fails rather than skipping what it cannot see).
 */
export function vettedLinkProblems(curriculum: Curriculum, file = SHARED_LINKS_TSV): ContentProblem[] {
  const known = readKnownIds(file);
  if (!known) {
    return [{ file, path: "(file)", message: "the vetted link list is missing, so video and playlist ids cannot be checked" }];
  }
  if (known.size === 0) return [{ file, path: "(file)", message: "the vetted link list has no video or playlist ids" }];
  return unknownVideoResources(curriculum, known).map((bad) => ({
    file: `tracks/${bad.track}.json`,
    path: `lesson ${bad.lesson}`,
    message: `${bad.url} is not in ${file}`,
  }));
}
