import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import {
  CHECKLIST_KEYS,
  MARKETPLACE_KEYS,
  TRACK_SLUGS,
  checklistItemSchema,
  lessonCheckSchema,
  marketplaceSchema,
  trackSchema,
  type CheckQuestion,
  type ChecklistItem,
  type Marketplace,
  type Track,
} from "./schema";

export type ContentProblem = { file: string; path: string; message: string };
export type Curriculum = {
  tracks: Track[];
  checklist: ChecklistItem[];
  marketplaces: Marketplace[];
  /** Knowledge-check questions per lesson id. */
  checks: Record<string, CheckQuestion[]>;
};

// Tracks the article says a phone is enough for (part 6), plus the two the product adds.
export const PHONE_TRACKS: readonly string[] = [
  "blogging",
  "youtubing",
  "digital-marketing",
  "affiliate-marketing",
  "article-writing",
  "english-for-freelancers",
  "outsourcing-basics",
];
export const MIN_LESSONS_PER_TRACK = 8;

function zodProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    path: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
}

function readJson(dir: string, rel: string, problems: ContentProblem[]): unknown {
  try {
    return JSON.parse(readFileSync(path.join(dir, rel), "utf8"));
  } catch (error) {
    problems.push({ file: rel, path: "(file)", message: (error as Error).message });
    return undefined;
  }
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((v) => seen.has(v) || !seen.add(v)))];
}

function checkCurriculum(c: Curriculum, files: Map<Track, string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fileOf = (t: Track) => files.get(t) ?? "tracks";

  for (const slug of TRACK_SLUGS) {
    if (!c.tracks.some((t) => t.slug === slug)) problems.push({ file: "tracks/", path: slug, message: "track is missing" });
  }
  for (const slug of duplicates(c.tracks.map((t) => t.slug))) {
    problems.push({ file: "tracks/", path: slug, message: "track slug is used twice" });
  }
  for (const order of duplicates(c.tracks.map((t) => String(t.order)))) {
    problems.push({ file: "tracks/", path: `order ${order}`, message: "two tracks share this order" });
  }
  const ids = c.tracks.flatMap((t) => t.lessons.map((l) => l.id));
  for (const id of duplicates(ids)) problems.push({ file: "tracks/", path: id, message: "lesson id is used twice" });

  for (const track of c.tracks) {
    const file = fileOf(track);
    if (`tracks/${track.slug}.json` !== file) {
      problems.push({ file, path: "slug", message: `file name must be tracks/${track.slug}.json` });
    }
    for (const slug of duplicates(track.lessons.map((l) => l.slug))) {
      problems.push({ file, path: `lessons.${slug}`, message: "lesson slug is used twice in this track" });
    }
    if (track.lessons.length < MIN_LESSONS_PER_TRACK) {
      problems.push({ file, path: "lessons", message: `needs at least ${MIN_LESSONS_PER_TRACK} lessons` });
    }
    const expected = PHONE_TRACKS.includes(track.slug) ? "phone" : "computer";
    if (track.device !== expected) problems.push({ file, path: "device", message: `must be "${expected}" (article, part 6)` });
    for (const key of duplicates(track.checklist)) problems.push({ file, path: "checklist", message: `${key} is listed twice` });
    for (const key of duplicates(track.marketplaces)) problems.push({ file, path: "marketplaces", message: `${key} is listed twice` });
  }

  for (const key of CHECKLIST_KEYS) {
    if (c.checklist.filter((i) => i.key === key).length !== 1) {
      problems.push({ file: "checklist.json", path: key, message: "each checklist key must appear exactly once" });
    }
  }
  for (const key of MARKETPLACE_KEYS) {
    if (c.marketplaces.filter((m) => m.key === key).length !== 1) {
      problems.push({ file: "marketplaces.json", path: key, message: "each marketplace must appear exactly once" });
    }
  }
  return problems;
}

function checkChecks(c: Curriculum, files: Map<string, string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lessonIds = new Set(c.tracks.flatMap((t) => t.lessons.map((l) => l.id)));
  for (const [lesson, file] of files) {
    if (!lessonIds.has(lesson)) problems.push({ file, path: "lesson", message: `no lesson has the id ${lesson}` });
  }
  if (process.env.CONTENT_CHECKS_OPTIONAL !== "1") {
    for (const id of lessonIds) {
      if (!files.has(id)) problems.push({ file: `checks/${id}.json`, path: "(file)", message: "every lesson needs a knowledge check" });
    }
  }
  const questionIds = Object.values(c.checks).flatMap((qs) => qs.map((q) => q.id));
  for (const id of duplicates(questionIds)) problems.push({ file: "checks/", path: id, message: "question id is used twice" });
  return problems;
}

/** Reads and validates a content folder; returns the curriculum only when nothing is wrong. */
export function loadContentDir(dir: string): { curriculum?: Curriculum; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const files = new Map<Track, string>();
  const tracks: Track[] = [];

  let names: string[] = [];
  try {
    names = readdirSync(path.join(dir, "tracks")).filter((n) => n.endsWith(".json")).sort();
  } catch (error) {
    problems.push({ file: "tracks/", path: "(folder)", message: (error as Error).message });
  }
  for (const name of names) {
    const rel = `tracks/${name}`;
    const parsed = trackSchema.safeParse(readJson(dir, rel, problems));
    if (parsed.success) {
      tracks.push(parsed.data);
      files.set(parsed.data, rel);
    } else problems.push(...zodProblems(rel, parsed.error));
  }

  const checks: Record<string, CheckQuestion[]> = {};
  const checkFiles = new Map<string, string>();
  let checkNames: string[] = [];
  try {
    checkNames = readdirSync(path.join(dir, "checks")).filter((n) => n.endsWith(".json")).sort();
  } catch {
    // No checks folder yet: every lesson then lacks its check, reported below.
  }
  for (const name of checkNames) {
    const rel = `checks/${name}`;
    const parsed = lessonCheckSchema.safeParse(readJson(dir, rel, problems));
    if (!parsed.success) {
      problems.push(...zodProblems(rel, parsed.error));
      continue;
    }
    if (`${parsed.data.lesson}.json` !== name) {
      problems.push({ file: rel, path: "lesson", message: `file name must be checks/${parsed.data.lesson}.json` });
    }
    checks[parsed.data.lesson] = parsed.data.questions;
    checkFiles.set(parsed.data.lesson, rel);
  }

  const checklist = z.array(checklistItemSchema).safeParse(readJson(dir, "checklist.json", problems));
  if (!checklist.success) problems.push(...zodProblems("checklist.json", checklist.error));
  const marketplaces = z.array(marketplaceSchema).safeParse(readJson(dir, "marketplaces.json", problems));
  if (!marketplaces.success) problems.push(...zodProblems("marketplaces.json", marketplaces.error));

  if (problems.length > 0 || !checklist.success || !marketplaces.success) return { problems };

  const curriculum: Curriculum = {
    tracks: tracks.sort((a, b) => a.order - b.order),
    checklist: checklist.data,
    marketplaces: marketplaces.data,
    checks,
  };
  problems.push(...checkCurriculum(curriculum, files));
  problems.push(...checkChecks(curriculum, checkFiles));
  return problems.length > 0 ? { problems } : { curriculum, problems };
}
