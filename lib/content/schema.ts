import { z } from "zod";

export const LOCALES = ["bn", "en"] as const;
export type Locale = (typeof LOCALES)[number];

// Slugs are part of URLs and saved progress: never rename one.
export const TRACK_SLUGS = [
  "outsourcing-basics",
  "getting-paid-safely",
  "english-for-freelancers",
  "web-design",
  "web-development",
  "graphic-design",
  "logo-design",
  "banner-design",
  "android-app-development",
  "cpa-marketing",
  "affiliate-marketing",
  "data-entry",
  "blogging",
  "youtubing",
  "digital-marketing",
  "article-writing",
] as const;
export type TrackSlug = (typeof TRACK_SLUGS)[number];

export const CHECKLIST_KEYS = ["skill", "computer", "internet", "english", "phone"] as const;
export type ChecklistKey = (typeof CHECKLIST_KEYS)[number];

export const MARKETPLACE_KEYS = ["upwork", "fiverr", "freelancer", "peopleperhour", "99designs"] as const;
export type MarketplaceKey = (typeof MARKETPLACE_KEYS)[number];

const text = z.string().trim().min(1, "must not be empty");
const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case kebab-case");

export const localized = z.strictObject({ bn: text, en: text });
export type Localized = z.infer<typeof localized>;

const localizedList = (min: number, max: number) =>
  z
    .strictObject({ bn: z.array(text).min(min).max(max), en: z.array(text).min(min).max(max) })
    .refine((v) => v.bn.length === v.en.length, "bn and en must have the same number of items");

const BENGALI = /[\u0980-\u09FF]/;
const bengaliText = localized.refine((v) => BENGALI.test(v.bn), {
  message: "the bn text must be written in Bengali",
  path: ["bn"],
});

const VIDEO_URL = /^https:\/\/www\.youtube\.com\/watch\?v=([A-Za-z0-9_-]{11})$/;
const PLAYLIST_URL = /^https:\/\/www\.youtube\.com\/playlist\?list=([A-Za-z0-9_-]{10,64})$/;

export function youtubeSearchUrl(query: string): string {
  return `https://www.youtube.com/results?search_query=${encodeURIComponent(query).replace(/%20/g, "+")}`;
}

export function videoIdOf(url: string): string | null {
  return VIDEO_URL.exec(url)?.[1] ?? PLAYLIST_URL.exec(url)?.[1] ?? null;
}

const linked = {
  title: localized,
  language: z.enum(LOCALES),
  channel: text.optional(),
};

const resource = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("video"),
    url: z.string().regex(VIDEO_URL, "must be https://www.youtube.com/watch?v=<11-character id>"),
    ...linked,
  }),
  z.strictObject({
    kind: z.literal("playlist"),
    url: z.string().regex(PLAYLIST_URL, "must be https://www.youtube.com/playlist?list=<id>"),
    ...linked,
  }),
  z
    .strictObject({
      kind: z.literal("search"),
      query: z
        .string()
        .trim()
        .min(2)
        .max(100)
        .refine((q) => !/[?&=#/\\]/.test(q), "a search query is plain words, not a URL"),
      language: z.enum(LOCALES),
    })
    .transform((r) => ({ ...r, url: youtubeSearchUrl(r.query) })),
]);
export type Resource = z.output<typeof resource>;

// An official help page (marketplace, payment service, central bank) the lesson text points to.
const officialLink = z.strictObject({
  url: z.url({ protocol: /^https$/, hostname: z.regexes.domain }),
  title: bengaliText,
});

export const lessonSchema = z
  .strictObject({
    id: kebab.max(60),
    slug: kebab.max(80),
    title: bengaliText,
    summary: bengaliText,
    learn: localizedList(2, 6),
    practice: bengaliText,
    /** Watching plus doing the practice task; a track's hours are checked against the sum. */
    minutes: z.number().int().min(5).max(600),
    resources: z.array(resource).min(1),
    /** Tracks to read alongside this lesson (e.g. every marketplace lesson points to getting-paid-safely). */
    seeAlso: z.array(z.enum(TRACK_SLUGS)).min(1).optional(),
    /** Official help pages, shown as plain links (resources stay YouTube only). */
    links: z.array(officialLink).min(1).max(8).optional(),
  })
  .refine((l) => l.resources.some((r) => r.kind === "search" && r.language === "bn"), {
    message: "every lesson needs a YouTube search resource with a Bengali query",
    path: ["resources"],
  })
  .refine((l) => l.resources.some((r) => r.kind === "search" && r.language === "en"), {
    message: "every lesson needs a YouTube search resource with an English query",
    path: ["resources"],
  });
export type Lesson = z.output<typeof lessonSchema>;

export const trackSchema = z.strictObject({
  slug: z.enum(TRACK_SLUGS),
  order: z.number().int().min(1),
  title: bengaliText,
  summary: bengaliText,
  outcomes: localizedList(3, 5),
  level: z.enum(["beginner", "intermediate"]),
  hours: z.number().positive().max(500),
  device: z.enum(["phone", "computer"]),
  checklist: z.array(z.enum(CHECKLIST_KEYS)).min(1),
  marketplaces: z.array(z.enum(MARKETPLACE_KEYS)).min(1),
  lessons: z.array(lessonSchema).min(4),
});
export type Track = z.output<typeof trackSchema>;

export const checklistItemSchema = z.strictObject({
  key: z.enum(CHECKLIST_KEYS),
  title: bengaliText,
  why: bengaliText,
  how: localizedList(2, 6),
  tracks: z.array(z.enum(TRACK_SLUGS)),
});
export type ChecklistItem = z.output<typeof checklistItemSchema>;

export const marketplaceSchema = z.strictObject({
  key: z.enum(MARKETPLACE_KEYS),
  name: text,
  url: z.url({ protocol: /^https$/ }),
  models: z.array(z.enum(["jobs", "gigs", "contests"])).min(1),
  summary: bengaliText,
  how: localizedList(2, 6),
  tips: localizedList(1, 5),
});
export type Marketplace = z.output<typeof marketplaceSchema>;

// A knowledge check: 3–5 multiple-choice questions per lesson, in content/checks/<lesson-id>.json.
// Question ids are stable like lesson ids (saved attempts refer to them); option ids are a–d.
const OPTION_IDS = ["a", "b", "c", "d"] as const;
export const checkQuestionSchema = z
  .strictObject({
    id: kebab.max(90),
    question: bengaliText,
    options: z.array(z.strictObject({ id: z.enum(OPTION_IDS), text: localized })).min(3).max(4),
    answer: z.enum(OPTION_IDS),
    explanation: bengaliText,
  })
  .refine((q) => q.options.every((o, i) => o.id === OPTION_IDS[i]), {
    message: "option ids must be a, b, c (and d) in that order",
    path: ["options"],
  })
  .refine((q) => q.options.some((o) => o.id === q.answer), {
    message: "the answer must be one of the options",
    path: ["answer"],
  })
  .refine(
    (q) =>
      (["bn", "en"] as const).every(
        (l) => new Set(q.options.map((o) => o.text[l].trim().toLowerCase())).size === q.options.length,
      ),
    { message: "options must be distinct in both languages", path: ["options"] },
  );
export type CheckQuestion = z.output<typeof checkQuestionSchema>;

export const lessonCheckSchema = z
  .strictObject({
    lesson: kebab.max(60),
    questions: z.array(checkQuestionSchema).min(3).max(5),
  })
  .refine((c) => new Set(c.questions.map((q) => q.id)).size === c.questions.length, {
    message: "question ids must be unique",
    path: ["questions"],
  })
  .refine((c) => c.questions.every((q) => q.id.startsWith(`${c.lesson}-`)), {
    message: "question ids start with the lesson id and a dash",
    path: ["questions"],
  });
export type LessonCheck = z.output<typeof lessonCheckSchema>;
