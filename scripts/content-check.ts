// Validates content/ and prints each problem as "file  field  message"; exits 1 on any.
import path from "node:path";
import { vettedLinkProblems } from "../lib/content/known-links";
import { loadContentDir } from "../lib/content/validate";

const dir = path.resolve(process.argv[2] ?? "content");
const { curriculum, problems } = loadContentDir(dir);

// Besides the schema: hours against lesson minutes, Latin script and spelling in Bengali fields,
// checklist links (all in loadContentDir), and every video id in the vetted list (here; a missing list fails).
if (curriculum) problems.push(...vettedLinkProblems(curriculum, process.env.CONTENT_LINKS_TSV || undefined));

if (problems.length > 0) {
  for (const p of problems) console.error(`${p.file}  ${p.path}  ${p.message}`);
  console.error(`\n${problems.length} problem(s) in ${dir}`);
  process.exit(1);
}

const tracks = curriculum!.tracks;
const lessons = tracks.flatMap((t) => t.lessons);
const withBnVideo = lessons.filter((l) => l.resources.some((r) => r.kind !== "search" && r.language === "bn"));
for (const t of tracks) console.log(`${String(t.order).padStart(2)}  ${t.slug.padEnd(26)} ${t.lessons.length} lessons`);
console.log(
  `content ok: ${tracks.length} tracks, ${lessons.length} lessons, ` +
    `${withBnVideo.length} (${Math.round((100 * withBnVideo.length) / lessons.length)}%) with a Bengali video or playlist`,
);
