import path from "node:path";
import type { Locale, Localized, Track, Lesson } from "./schema";
import { loadContentDir, type Curriculum } from "./validate";

export type { Track, Lesson, Locale, Localized };
export type { ChecklistItem, Marketplace, Resource, TrackSlug, ChecklistKey, MarketplaceKey } from "./schema";

let cached: Curriculum | undefined;

/** The validated curriculum; a broken content file fails the build with file and field. */
export function getCurriculum(): Curriculum {
  if (cached) return cached;
  const dir = path.join(process.cwd(), "content");
  const { curriculum, problems } = loadContentDir(dir);
  if (!curriculum) {
    const lines = problems.map((p) => `  ${p.file}  ${p.path}  ${p.message}`).join("\n");
    throw new Error(`content/ is invalid (run npm run content:check):\n${lines}`);
  }
  cached = curriculum;
  return cached;
}

export const getTracks = (): Track[] => getCurriculum().tracks;

export function getTrack(slug: string): Track | undefined {
  return getTracks().find((t) => t.slug === slug);
}

export function getLesson(trackSlug: string, lessonSlug: string) {
  const track = getTrack(trackSlug);
  const index = track?.lessons.findIndex((l) => l.slug === lessonSlug) ?? -1;
  if (!track || index < 0) return undefined;
  return {
    track,
    lesson: track.lessons[index]!,
    index,
    previous: track.lessons[index - 1],
    next: track.lessons[index + 1],
  };
}

let byId: Map<string, { track: Track; lesson: Lesson }> | undefined;

/** Where each lesson id lives; ids are the stable keys of saved progress. */
export function findLessonById(id: string): { track: Track; lesson: Lesson } | undefined {
  byId ??= new Map(getTracks().flatMap((track) => track.lessons.map((lesson) => [lesson.id, { track, lesson }] as const)));
  return byId.get(id);
}

export const getChecklist = () => getCurriculum().checklist;
export const getMarketplaces = () => getCurriculum().marketplaces;

export function tracksForMarketplace(key: string): Track[] {
  return getTracks().filter((t) => (t.marketplaces as string[]).includes(key));
}

export function pick(text: Localized, locale: string): string {
  return locale === "en" ? text.en : text.bn;
}

export function pickList(list: { bn: string[]; en: string[] }, locale: string): string[] {
  return locale === "en" ? list.en : list.bn;
}
