// `npm run seed:scale`: 100,000 learners with realistic progress (~5 million completions) in a
// temp database, then the dashboard and track-progress queries timed through the real data layer,
// with their query plans. Not part of `npm test`: seeding takes about a minute.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
// @ts-expect-error plain ESM script without types
import { migrateDatabase } from "./migrate.mjs";

const LEARNERS = Number(process.env.SCALE_LEARNERS ?? 100_000);
const file = path.join(mkdtempSync(path.join(os.tmpdir(), "kajshekha-scale-")), "scale.db");
migrateDatabase(file);
process.env.DATABASE_URL = file;

const { getTracks } = await import("../lib/content");
const { getChecklistKeys, getCompletedLessonIds, getLessonActivity, getRecentActivity } = await import("../db/progress");
const { trackProgress } = await import("../lib/progress");
const { learnerState } = await import("../lib/learner-state");

const tracks = getTracks();
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const started = Date.now();
const db = new Database(file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = OFF");
const user = db.prepare("INSERT INTO users (id, email, name, password_hash) VALUES (?, ?, ?, 'seed')");
const done = db.prepare("INSERT INTO lesson_completions (user_id, lesson_id, track_slug, completed_at) VALUES (?, ?, ?, ?)");
const visit = db.prepare("INSERT INTO lesson_visits (user_id, lesson_id, track_slug, visited_at) VALUES (?, ?, ?, ?)");
const mark = db.prepare("INSERT INTO checklist_marks (user_id, item_key, done_at) VALUES (?, ?, ?)");
let completions = 0;
const batch = db.transaction((from: number, to: number) => {
  for (let id = from; id < to; id++) {
    user.run(id, `learner${id}@example.com`, `Learner ${id}`);
    // Most learners work through a few tracks, in order, some far: about 50 lessons on average.
    const picked = [...tracks].sort(() => random() - 0.5).slice(0, 2 + Math.floor(random() * 12));
    let t = Date.now() - 90 * 86_400_000;
    for (const track of picked) {
      const n = Math.floor(track.lessons.length * (0.4 + random() * 0.6));
      for (const lesson of track.lessons.slice(0, n)) {
        done.run(id, lesson.id, track.slug, (t += 3_600_000));
        completions++;
      }
      const next = track.lessons[n];
      if (next) visit.run(id, next.id, track.slug, (t += 600_000));
    }
    for (const key of ["internet", "english", "computer"].slice(0, Math.floor(random() * 4))) mark.run(id, key, t);
  }
});
for (let from = 1; from <= LEARNERS; from += 5000) batch(from, Math.min(LEARNERS + 1, from + 5000));
db.pragma("optimize");
db.exec("ANALYZE");
console.log(`seeded ${LEARNERS} learners and ${completions} completions in ${((Date.now() - started) / 1000).toFixed(1)}s`);

function time(name: string, fn: (userId: number) => unknown) {
  for (let i = 0; i < 200; i++) fn(1 + Math.floor(random() * LEARNERS)); // warm-up, not measured
  const samples: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const userId = 1 + Math.floor(random() * LEARNERS);
    const t0 = performance.now();
    fn(userId);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const p = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(3);
  const ok = Number(p(0.99)) < 5;
  console.log(`${name.padEnd(44)} p50 ${p(0.5)} ms  p99 ${p(0.99)} ms  max ${samples.at(-1)!.toFixed(3)} ms  ${ok ? "✓ < 5 ms" : "✗ ≥ 5 ms"}`);
  return ok;
}

const results = [
  time("dashboard: completed lesson ids", (userId) => getCompletedLessonIds({ userId })),
  time("dashboard: activity for Continue", (userId) => getLessonActivity({ userId })),
  time("dashboard: recent activity (10)", (userId) => getRecentActivity({ userId, limit: 10 })),
  time("dashboard: checklist", (userId) => getChecklistKeys({ userId })),
  time("track progress: a track page's bar", (userId) => trackProgress(tracks[2]!.lessons.map((l) => l.id), new Set(getCompletedLessonIds({ userId })))),
  time("whole learner state (/api/me)", (userId) => learnerState({ id: userId, name: "x" })),
];

console.log("\nquery plans:");
for (const [name, sql] of [
  ["completions by learner", "SELECT lesson_id FROM lesson_completions WHERE user_id = 5"],
  ["completions by learner and track", "SELECT lesson_id FROM lesson_completions WHERE user_id = 5 AND track_slug = 'web-design'"],
  ["recent completions", "SELECT lesson_id FROM lesson_completions WHERE user_id = 5 ORDER BY completed_at DESC LIMIT 10"],
  ["recent visits", "SELECT lesson_id FROM lesson_visits WHERE user_id = 5 ORDER BY visited_at DESC LIMIT 10"],
  ["checklist", "SELECT item_key FROM checklist_marks WHERE user_id = 5"],
] as const) {
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[];
  console.log(`  ${name}: ${plan.map((p) => p.detail).join("; ")}`);
}
db.close();
process.exit(results.every(Boolean) ? 0 : 1);
