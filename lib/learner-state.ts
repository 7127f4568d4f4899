import "server-only";
import { getLearnerRows } from "@/db/learner-state";
import { getTracks, type Localized } from "@/lib/content";
import { latestPerLesson, resumeLesson } from "@/lib/progress";

export type LearnerState = {
  /** `id` marks whose marks a device's offline queue holds (lib/offline-queue.ts); only ever sent to that learner. */
  user: { id: number; name: string } | null;
  done: string[];
  checklist: string[];
  /** Per started track, the lesson id "Continue" opens (absent when the track is finished). */
  resume: Record<string, string>;
  /** The lesson "Continue" opens on the home page: the next one in the most recently used track. */
  next: { trackSlug: string; lessonSlug: string; title: Localized } | null;
  /** Knowledge checks the learner has taken, per lesson id: best score and whether it passed. */
  checks: Record<string, CheckMark>;
  /** Lesson ids with saved practice work (issue 15). */
  practice: string[];
};

export type CheckMark = { bestScore: number; bestTotal: number; passed: boolean };

export const ANONYMOUS: LearnerState = { user: null, done: [], checklist: [], resume: {}, next: null, checks: {}, practice: [] };

/** What the static pages' client islands need to show this learner's own marks. */
export async function learnerState(user: { id: number; name: string }): Promise<LearnerState> {
  const { completions, visits, checklist, checks: attempts, practice } = await getLearnerRows({ userId: user.id });
  const done = completions.map((c) => c.lessonId);
  const doneSet = new Set(done);
  const activity = latestPerLesson(completions, visits);
  const started = new Set(activity.map((a) => a.trackSlug));
  const resume: Record<string, string> = {};
  for (const track of getTracks()) {
    if (!started.has(track.slug)) continue;
    const next = resumeLesson(
      track.lessons.map((l) => l.id),
      doneSet,
      activity.filter((a) => a.trackSlug === track.slug),
    );
    if (next) resume[track.slug] = next;
  }
  let latest: (typeof activity)[number] | undefined;
  for (const a of activity) if (resume[a.trackSlug] && (!latest || a.at > latest.at)) latest = a;
  const track = latest && getTracks().find((t) => t.slug === latest.trackSlug);
  const lesson = track?.lessons.find((l) => l.id === resume[track.slug]);
  const next = track && lesson ? { trackSlug: track.slug, lessonSlug: lesson.slug, title: lesson.title } : null;
  const checks: Record<string, CheckMark> = {};
  for (const a of attempts) checks[a.lessonId] = { bestScore: a.bestScore, bestTotal: a.bestTotal, passed: a.passedAt !== null };
  return { user: { id: user.id, name: user.name }, done, checklist, resume, next, checks, practice };
}
