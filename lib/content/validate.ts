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

// Tracks a phone is enough for (source article, part 6), plus the three the product adds.
export const PHONE_TRACKS: readonly string[] = [
  "blogging",
  "youtubing",
  "digital-marketing",
  "affiliate-marketing",
  "article-writing",
  "english-for-freelancers",
  "outsourcing-basics",
  "getting-paid-safely",
];
export const MIN_LESSONS_PER_TRACK = 8;
/** A track's stated hours may differ from the sum of its lessons' minutes by at most this share. */
export const HOURS_TOLERANCE = 0.25;

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
    const lessonHours = track.lessons.reduce((sum, l) => sum + l.minutes, 0) / 60;
    if (Math.abs(track.hours - lessonHours) > HOURS_TOLERANCE * lessonHours) {
      problems.push({
        file,
        path: "hours",
        message: `${track.hours} h is not within ${HOURS_TOLERANCE * 100}% of the lessons' ${lessonHours.toFixed(1)} h (minutes include the practice task)`,
      });
    }
    track.lessons.forEach((lesson, i) => {
      if (lesson.seeAlso?.includes(track.slug)) {
        problems.push({ file, path: `lessons.${i}.seeAlso`, message: "a lesson cannot point to its own track" });
      }
      for (const slug of duplicates(lesson.seeAlso ?? [])) problems.push({ file, path: `lessons.${i}.seeAlso`, message: `${slug} is listed twice` });
    });
    problems.push(...latinProblems(file, bengaliFieldsOfTrack(track)));
    for (const key of duplicates(track.checklist)) problems.push({ file, path: "checklist", message: `${key} is listed twice` });
    for (const key of duplicates(track.marketplaces)) problems.push({ file, path: "marketplaces", message: `${key} is listed twice` });
  }

  c.checklist.forEach((item, i) =>
    problems.push(
      ...latinProblems("checklist.json", [
        [`${i}.title.bn`, item.title.bn],
        [`${i}.why.bn`, item.why.bn],
        ...item.how.bn.map((h, j) => [`${i}.how.bn.${j}`, h] as [string, string]),
      ]),
    ),
  );
  c.marketplaces.forEach((m, i) =>
    problems.push(
      ...latinProblems("marketplaces.json", [
        [`${i}.summary.bn`, m.summary.bn],
        ...m.how.bn.map((h, j) => [`${i}.how.bn.${j}`, h] as [string, string]),
        ...m.tips.bn.map((h, j) => [`${i}.tips.bn.${j}`, h] as [string, string]),
      ]),
    ),
  );

  // A track's "what you need" items link back to it, so a learner reading an item finds every track that needs it.
  for (const track of c.tracks) {
    for (const key of track.checklist) {
      const item = c.checklist.findIndex((i) => i.key === key);
      if (item >= 0 && !c.checklist[item]!.tracks.includes(track.slug)) {
        problems.push({ file: "checklist.json", path: `${item}.tracks`, message: `${track.slug} needs "${key}" but is not linked from it` });
      }
    }
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

type Field = [path: string, text: string];

/** Every Bengali string of a track, with the path of its field. */
function bengaliFieldsOfTrack(track: Track): Field[] {
  const list = (prefix: string, items: string[]): Field[] => items.map((t, j) => [`${prefix}.${j}`, t]);
  return [
    ["title.bn", track.title.bn],
    ["summary.bn", track.summary.bn],
    ...list("outcomes.bn", track.outcomes.bn),
    ...track.lessons.flatMap((l, i): Field[] => [
      [`lessons.${i}.title.bn`, l.title.bn],
      [`lessons.${i}.summary.bn`, l.summary.bn],
      ...list(`lessons.${i}.learn.bn`, l.learn.bn),
      [`lessons.${i}.practice.bn`, l.practice.bn],
      ...l.resources.flatMap((r, j): Field[] => (r.kind === "search" ? [] : [[`lessons.${i}.resources.${j}.title.bn`, r.title.bn]])),
      ...(l.links ?? []).map((k, j): Field => [`lessons.${i}.links.${j}.title.bn`, k.title.bn]),
    ]),
  ];
}

function latinProblems(file: string, fields: Field[]): ContentProblem[] {
  return fields.flatMap(([path, text]): ContentProblem[] => {
    const words = latinWordsNotAllowed(text);
    const spellings = SPELLINGS.filter(([wrong]) => text.includes(wrong));
    return [
      ...(words.length === 0
        ? []
        : [{ file, path, message: `Latin-script word(s) in Bengali text: ${words.join(", ")} (write them in Bengali, quote an English example, or add a tool or brand name to LATIN_ALLOWED)` }]),
      ...spellings.map(([wrong, right]) => ({ file, path, message: `spelling: write ${right}, not ${wrong} (content/README.md, style guide)` })),
    ];
  });
}

/** One spelling for words the curriculum uses often (content/README.md, style guide); search queries are exempt. */
export const SPELLINGS: ReadonlyArray<readonly [wrong: string, right: string]> = [
  ["ডাটা", "ডেটা"],
  ["এসইও", "SEO"],
];

// Text a Bengali field may quote in Latin script: English the learner will type or say, code, file
// names. A quotation is '…', ‘…’, “…”, "…" or `…`; web addresses are also left alone.
const QUOTED = /'[^'\n]*'|‘[^’]*’|“[^”]*”|"[^"\n]*"|`[^`]*`|https?:\/\/\S+/g;
// A Latin-script word: letters and digits, joined by . + # _ (Node.js, C++, style.css, 99designs).
const LATIN_WORD = /[A-Za-z0-9]+(?:[.+#_][A-Za-z0-9]+)*[+#]*/g;

/**
 * Latin-script words in a Bengali string that are neither quoted nor on the allow-list of tool,
 * brand and technical names. Exported so that any Bengali text (e.g. content/checks) can be held to it.
 */
export function latinWordsNotAllowed(text: string, allowed: ReadonlySet<string> = LATIN_ALLOWED): string[] {
  let rest = text.replace(QUOTED, " ");
  // Longest names first, each only where it stands as a whole word ("VS Code", "justify-content").
  for (const name of [...allowed].filter((n) => /[\s-]/.test(n)).sort((a, b) => b.length - a.length)) {
    rest = rest.replace(new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(name)}(?![A-Za-z0-9])`, "gi"), " ");
  }
  const words = rest.match(LATIN_WORD) ?? [];
  return [...new Set(words.filter((w) => /[A-Za-z]/.test(w) && !allowed.has(w.toLowerCase())))];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function checkChecks(c: Curriculum, files: Map<string, string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lessonIds = new Set(c.tracks.flatMap((t) => t.lessons.map((l) => l.id)));
  for (const [lesson, file] of files) {
    if (!lessonIds.has(lesson)) problems.push({ file, path: "lesson", message: `no lesson has the id ${lesson}` });
  }
  for (const id of lessonIds) {
    if (!files.has(id)) problems.push({ file: `checks/${id}.json`, path: "(file)", message: "every lesson needs a knowledge check" });
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

/**
 * Latin-script names a Bengali field may use as they are: tools, brands, file formats, acronyms,
 * and the code a lesson teaches (tags, properties, functions, classes a learner types). Everything
 * else is written in Bengali script, or quoted when it is English the learner will type or say.
 * Names of several words are listed whole, so their parts stay unlisted ("Search Console", not "search").
 */
const LATIN_NAMES = [
  // marketplaces, payments, platforms and companies
  "Upwork", "Fiverr", "Freelancer.com", "PeoplePerHour", "99designs", "Payoneer", "PayPal", "Wise", "bKash", "Nagad",
  "Google", "Google Business Profile", "Google Maps", "Google Play", "Google Play Console", "Google Fonts", "Google Ads",
  "Google Analytics", "Google Docs", "Google Doc", "Google Slides", "Google Sheets", "Google Sheet", "Google Drive", "Drive", "Play Store", "Google Sites", "Search Console", "Gmail", "Chrome",
  "YouTube", "YouTube Studio", "Audio Library", "Shorts", "Reels", "AdSense", "Facebook", "Instagram", "Meta",
  "Meta Business Suite", "Ads Manager", "WhatsApp", "Telegram", "Zoom", "imo", "Messenger", "LinkedIn", "Pinterest", "Medium",
  "Amazon", "Amazon Associates", "Daraz", "Behance", "Dribbble", "Unsplash", "Pexels", "Pixabay", "Coolors", "W3Schools",
  "Mailchimp", "MailerLite", "Trello", "Microsoft", "typing.com", "keybr.com", "Netlify", "Vercel", "Render",
  "GitHub", "GitHub Pages", "GitHub Releases", "MongoDB", "Postman", "Thunder Client", "Blogger", "WordPress",
  "WordPress.com", "WordPress.org", "All in One SEO", "Customizer", "yourname.blogspot.com", "studio.youtube.com",
  // AI tools
  "AI", "ChatGPT", "Gemini", "Copilot", "GitHub Copilot", "Claude", "Grammarly", "Canva Magic",
  // design, video and office tools
  "Canva", "Figma", "Photoshop", "Illustrator", "Adobe", "Adobe Illustrator", "GIMP", "Inkscape", "CapCut", "VN", "InShot",
  "Excel", "Microsoft Excel", "VS Code", "Android Studio", "IntelliJ IDEA", "Kotlin Playground", "Trace Bitmap",
  "Pathfinder", "Create Outlines", "Object to Path", "Adobe Color", "USB debugging", "Image Trace", "DevTools", "GFX Mentor",
  // languages, frameworks, formats and acronyms
  "HTML", "HTML5", "CSS", "CSS3", "JavaScript", "JS", "ReactJS", "React", "React Router", "Node.js", "npm", "Express",
  "PHP", "JSON", "JSX", "XML", "API", "SDK", "DOM", "HTTP", "Git", "Bootstrap", "Tailwind", "Flexbox", "Grid",
  "Kotlin", "Java", "Android", "SQLite", "ES6", "Jetpack Compose", "Compose", "Room", "Retrofit", "Gradle", "Logcat", "Coil", "Glide",
  "OOP", "CRUD", "DAO", "APK", "AAB", "SEO", "UI", "UX", "PDF", "PNG", "JPG", "GIF", "SVG", "EPS", "PSD", "XCF", "TIFF",
  "CSV", "XLSX", "CMYK", "RGB", "HEX", "A4", "USB", "OTP", "URL", "FAQ", "NDA", "OCR", "WPM", "CTR", "BMI", "B2B", "CPA",
  "CPS", "CPC", "CPM", "README", "ERQ", "NID", "NBR", "TIN", "VIP", "SWIFT", "IBAN", "7 Cs", "1080p", "APK", "signed APK", "release build",
  // code a lesson teaches: HTML, CSS, JavaScript, Git, Kotlin and Android, spreadsheet functions
  "doctype", "head", "body", "href", "src", "alt", "h1", "tel", "nav", "header", "main", "section", "footer", "input",
  "label", "select", "button", "textarea", "id", "class", "style.css", "width", "margin", "padding", "border",
  "justify-content", "align-items", "flex-wrap", "gap", "grid-template-columns", "fr", "position", "relative",
  "absolute", "fixed", "sticky", "rem", "vw", "viewport", "clamp", "navbar", "card", "modal",
  "script", "let", "const", "if", "else", "while", "when", "for", "map", "filter", "reduce", "find", "JSON.parse",
  "JSON.stringify", "querySelector", "addEventListener", "click", "submit", "localStorage", "fetch", "async", "await",
  "Promise", "props", "useState", "useEffect", "package.json", "env", "init", "add", "commit", "push", "pull", "branch",
  "merge", "val", "var", "List", "Map", "data class", "abstract", "null safety", "manifest", "res", "TextView",
  "EditText", "ImageView", "Button", "Activity", "LinearLayout", "ConstraintLayout", "View Binding", "RecyclerView",
  "Intent", "Composable", "Text", "Image", "Row", "Column", "Box", "Modifier", "remember", "state", "LazyColumn",
  "LazyRow", "Navigation", "SharedPreferences", "DataStore", "ViewModel", "Entity", "Database", "coroutine",
  "keystore", "SUM", "COUNT", "COUNTA", "COUNTIF", "COUNTIFS", "COUNTBLANK", "VLOOKUP", "XLOOKUP", "INDEX", "MATCH",
  "CONCAT", "TRIM", "PROPER", "UPPER", "LOWER",
];

/** The allow-list, lower-cased; several-word names are matched whole before single words. */
export const LATIN_ALLOWED: ReadonlySet<string> = new Set(LATIN_NAMES.map((n) => n.toLowerCase()));
