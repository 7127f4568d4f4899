// Progress arithmetic shared by the server (dashboard) and the client islands on static pages.
// Percentages are computed from the current lesson list and the learner's rows, never stored.

export type TrackProgress = { done: number; total: number; percent: number };

export function trackProgress(lessonIds: readonly string[], doneIds: ReadonlySet<string>): TrackProgress {
  const total = lessonIds.length;
  const done = lessonIds.filter((id) => doneIds.has(id)).length;
  return { done, total, percent: total === 0 ? 0 : Math.round((100 * done) / total) };
}

export type Activity = { lessonId: string; at: number };

/** The latest of a learner's completions and visits per lesson: the input of "Continue". */
export function latestPerLesson<T extends Activity>(...rows: readonly T[][]): T[] {
  const latest = new Map<string, T>();
  for (const list of rows)
    for (const row of list) {
      const seen = latest.get(row.lessonId);
      if (!seen || row.at > seen.at) latest.set(row.lessonId, row);
    }
  return [...latest.values()];
}

/**
 * The lesson "Continue" opens: the first not-done lesson after the most recently completed or
 * visited one in this track, wrapping to the first not-done lesson before it; null when all done.
 */
export function resumeLesson(
  lessonIds: readonly string[],
  doneIds: ReadonlySet<string>,
  activity: readonly Activity[],
): string | null {
  const inTrack = new Set(lessonIds);
  let latest: Activity | undefined;
  for (const a of activity) {
    if (inTrack.has(a.lessonId) && (!latest || a.at > latest.at)) latest = a;
  }
  const from = latest ? lessonIds.indexOf(latest.lessonId) : 0;
  // A visited lesson that is not done yet is where the learner stopped: reopen it.
  const order = [...lessonIds.slice(from), ...lessonIds.slice(0, from)];
  return order.find((id) => !doneIds.has(id)) ?? null;
}
