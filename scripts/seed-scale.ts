// `npm run seed:scale`: 100,000 learners with realistic progress (~5 million completions) in a
// throwaway database (SQLite, or PostgreSQL when TEST_DATABASE_URL / DATABASE_URL names one),
// loaded through the data layer; then the dashboard and track queries are timed through the real
// data-layer functions and each query's plan is printed, taken from the SQL Drizzle builds.
// `--check` exits non-zero when a plan is not an index search (full scan or temporary sort).
// Timings are printed with their target and never decide the exit code.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

const LEARNERS = Number(process.env.SCALE_LEARNERS ?? 100_000);
const check = process.argv.includes("--check");
const pgServer = [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL].find((u) => /^postgres(ql)?:\/\//.test(u ?? ""));

let dropDatabase = async () => {};
if (pgServer) {
  const server = new URL(pgServer);
  const name = `ks_scale_${process.pid}`;
  const admin = postgres(server.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  dropDatabase = async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
  server.pathname = `/${name}`;
  process.env.DATABASE_URL = server.toString();
} else {
  process.env.DATABASE_URL = path.join(mkdtempSync(path.join(os.tmpdir(), "kajshekha-scale-")), "scale.db");
}

const { migrateDatabase } = await import("../db/migrate.mjs");
await migrateDatabase();
const { getDb, explainQuery, analyzeDatabase, closeDb } = await import("../db/client");
const { getTracks } = await import("../lib/content");
const { getChecklistKeys, getCompletedLessonIds, getLessonActivity, getRecentActivity, readQueries } = await import("../db/progress");
const { getSessionLearner } = await import("../db/users");
const { trackProgress } = await import("../lib/progress");
const { learnerState } = await import("../lib/learner-state");

const handle = await getDb();
const { db, t, dialect } = handle;
const tracks = getTracks();
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

// Seeding: multi-row inserts through Drizzle, a few thousand rows a statement.
const started = Date.now();
const CHUNK = 4000;
type Row = Record<string, string | number>;
const TABLES = ["users", "lessonCompletions", "lessonVisits", "checklistMarks", "checkAttempts", "practiceSubmissions", "revokedSessions"] as const;
const pending = Object.fromEntries(TABLES.map((name) => [name, [] as Row[]])) as Record<(typeof TABLES)[number], Row[]>;
async function flush(table: keyof typeof pending, force = false) {
  const rows = pending[table];
  // SQLite binds at most 32,766 values a statement: wide rows go in fewer at a time.
  const size = Math.min(CHUNK, Math.floor(30_000 / Object.keys(rows[0] ?? { x: 0 }).length));
  while (rows.length >= size || (force && rows.length > 0)) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await db.insert(t[table]).values(rows.splice(0, size) as any);
  }
}
let completions = 0;
for (let id = 1; id <= LEARNERS; id++) {
  pending.users.push({ id, email: `learner${id}@example.com`, name: `Learner ${id}`, passwordHash: "seed", locale: "bn", sessionVersion: 1, createdAt: 0 });
  // Most learners work through a few tracks, in order, some far: about 50 lessons on average.
  const picked = [...tracks].sort(() => random() - 0.5).slice(0, 2 + Math.floor(random() * 12));
  let at = Date.now() - 90 * 86_400_000;
  for (const track of picked) {
    const n = Math.floor(track.lessons.length * (0.4 + random() * 0.6));
    for (const lesson of track.lessons.slice(0, n)) {
      pending.lessonCompletions.push({ userId: id, lessonId: lesson.id, trackSlug: track.slug, completedAt: (at += 3_600_000) });
      completions++;
      // About one lesson in ten has a knowledge check taken, one in fifty a practice result.
      if (random() < 0.1) pending.checkAttempts.push({ userId: id, lessonId: lesson.id, trackSlug: track.slug, score: 3, total: 4, answers: "{}", bestScore: 3, bestTotal: 4, attempts: 1, passedAt: at, attemptedAt: at });
      if (random() < 0.02) pending.practiceSubmissions.push({ userId: id, lessonId: lesson.id, trackSlug: track.slug, url: `https://example.com/${id}/${lesson.slug}`, note: "", shown: 0, updatedAt: at });
    }
    const next = track.lessons[n];
    if (next) pending.lessonVisits.push({ userId: id, lessonId: next.id, trackSlug: track.slug, visitedAt: (at += 600_000) });
  }
  for (const key of ["internet", "english", "computer"].slice(0, Math.floor(random() * 4))) pending.checklistMarks.push({ userId: id, itemKey: key, doneAt: at });
  // A third of the learners signed out once on some device.
  if (random() < 0.3) pending.revokedSessions.push({ userId: id, sessionId: `seed-session-${id}`, expiresAt: Date.now() + 86_400_000 });
  if (pending.users.length >= CHUNK) for (const table of TABLES) await flush(table);
}
for (const table of TABLES) await flush(table, true);
await analyzeDatabase();
console.log(`[${dialect}] seeded ${LEARNERS} learners and ${completions} completions in ${((Date.now() - started) / 1000).toFixed(1)}s`);

async function time(name: string, fn: (userId: number) => Promise<unknown>) {
  for (let i = 0; i < 200; i++) await fn(1 + Math.floor(random() * LEARNERS)); // warm-up, not measured
  const samples: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const userId = 1 + Math.floor(random() * LEARNERS);
    const t0 = performance.now();
    await fn(userId);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const p = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(3);
  console.log(`${name.padEnd(44)} p50 ${p(0.5)} ms  p99 ${p(0.99)} ms  max ${samples.at(-1)!.toFixed(3)} ms  (target p99 < 5 ms)`);
}

await time("session: learner and sign-out check (every request)", (userId) => getSessionLearner({ userId, sessionId: "a-session-id" }));
await time("dashboard: completed lesson ids", (userId) => getCompletedLessonIds({ userId }));
await time("dashboard: activity for Continue", (userId) => getLessonActivity({ userId }));
await time("dashboard: recent activity (10)", (userId) => getRecentActivity({ userId, limit: 10 }));
await time("dashboard: checklist", (userId) => getChecklistKeys({ userId }));
await time("track progress: a track page's bar", async (userId) => trackProgress(tracks[2]!.lessons.map((l) => l.id), new Set(await getCompletedLessonIds({ userId }))));
await time("whole learner state (/api/me)", (userId) => learnerState({ id: userId, name: "x" }));

/** Problems of a plan: anything that is not an index search, or that sorts in a temp structure. */
function planProblems(plan: unknown): string[] {
  if (dialect === "sqlite") {
    return (plan as { detail: string }[])
      .map((row) => row.detail)
      // A scalar subquery's own line only announces the searches listed under it.
      .filter((d) => !/^(?:CORRELATED )?SCALAR SUBQUERY \d+$/.test(d))
      .filter((d) => !/^SEARCH /.test(d) || /TEMP B-TREE/.test(d));
  }
  const problems: string[] = [];
  const visit = (node: { "Node Type": string; Plans?: unknown[] }) => {
    if (["Seq Scan", "Sort", "Incremental Sort", "Hash Join", "Materialize"].includes(node["Node Type"])) problems.push(node["Node Type"]);
    for (const child of (node.Plans ?? []) as (typeof node)[]) visit(child);
  };
  for (const entry of plan as { Plan: { "Node Type": string } }[]) visit(entry.Plan);
  return problems;
}
function planText(plan: unknown): string {
  if (dialect === "sqlite") return (plan as { detail: string }[]).map((r) => r.detail).join("; ");
  const parts: string[] = [];
  const visit = (node: { "Node Type": string; "Index Name"?: string; Plans?: unknown[] }) => {
    parts.push(node["Index Name"] ? `${node["Node Type"]} using ${node["Index Name"]}` : node["Node Type"]);
    for (const child of (node.Plans ?? []) as (typeof node)[]) visit(child);
  };
  for (const entry of plan as { Plan: { "Node Type": string } }[]) visit(entry.Plan);
  return parts.join(" → ");
}

console.log(`\nquery plans (${dialect}, from the data layer's own SQL):`);
const userId = 5;
const users = await import("../db/users");
const { activityQueries } = await import("../db/activity");
const { learnerStateQueries } = await import("../db/learner-state");
const plans: [string, { toSQL(): { sql: string; params: unknown[] } }][] = [
  ["learner by id", users.userByIdQuery(handle, userId)],
  ["session learner (every signed-in request)", users.sessionLearnerQuery(handle, userId, "a-session-id")],
  ["completed lesson ids", readQueries.completedLessonIds(handle, userId)],
  ["done in a track (skill tick)", readQueries.doneInTrack(handle, userId, tracks[2]!.lessons.map((l) => l.id))],
  ["recent completions", readQueries.recentCompleted(handle, userId, 10)],
  ["recent visits", readQueries.recentVisited(handle, userId, 10)],
  ["all completions (Continue)", readQueries.allCompleted(handle, userId)],
  ["all visits (Continue)", readQueries.allVisited(handle, userId)],
  ["checklist", readQueries.checklistKeys(handle, userId)],
  ["knowledge checks (learner state)", learnerStateQueries.checks(handle, userId)],
  ["practice work (learner state)", learnerStateQueries.practice(handle, userId)],
  ["completions since (streak)", activityQueries.completedSince(handle, userId, Date.now() - 84 * 86_400_000)],
  ["visits since (streak)", activityQueries.visitedSince(handle, userId, Date.now() - 84 * 86_400_000)],
];
let bad = 0;
for (const [name, query] of plans) {
  const plan = await explainQuery(query.toSQL());
  const problems = planProblems(plan);
  if (problems.length > 0) bad++;
  console.log(`  ${problems.length ? "✗" : "✓"} ${name}: ${planText(plan)}${problems.length ? `  (not an index search: ${problems.join(", ")})` : ""}`);
}
console.log(bad === 0 ? "every query is an index search, with no full scan and no temporary sort" : `${bad} query plan(s) are not index searches`);
await closeDb();
await dropDatabase();
process.exit(check && bad > 0 ? 1 : 0);
