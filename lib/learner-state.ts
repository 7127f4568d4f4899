import "server-only";
import { getChecklistKeys, getCompletedLessonIds, getLessonActivity } from "@/db/progress";
import { getTracks } from "@/lib/content";
import { resumeLesson } from "@/lib/progress";

export type LearnerState = {
  user: { name: string } | null;
  done: string[];
  checklist: string[];
  /** Per started track, the lesson id "Continue" opens (absent when the track is finished). */
  resume: Record<string, string>;
};

export const ANONYMOUS: LearnerState = { user: null, done: [], checklist: [], resume: {} };

/** What the static pages' client islands need to show this learner's own marks. */
export async function learnerState(user: { id: number; name: string }): Promise<LearnerState> {
  const [done, activity, checklist] = await Promise.all([
    getCompletedLessonIds({ userId: user.id }),
    getLessonActivity({ userId: user.id }),
    getChecklistKeys({ userId: user.id }),
  ]);
  const doneSet = new Set(done);
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
  return { user: { name: user.name }, done, checklist, resume };
}
