import { curriculum } from "./generated/curriculum";
import type { Locale, Localized, Track, Lesson } from "./schema";
import type { Curriculum } from "./validate";

export type { Track, Lesson, Locale, Localized };
export type { ChecklistItem, Marketplace, Resource, TrackSlug, ChecklistKey, MarketplaceKey } from "./schema";

/** The validated curriculum, compiled from content/ by scripts/compile-content.ts at build. */
export function getCurriculum(): Curriculum {
  return curriculum;
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
