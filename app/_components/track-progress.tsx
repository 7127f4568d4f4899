"use client";

import { fill } from "@/lib/format";
import { trackProgress } from "@/lib/progress";
import { useLearner } from "./learner-provider";
import { ProgressBar } from "./progress-bar";

type Props = { lessonIds: string[]; label: string; percentLabel: string; title: string; locale: string };

/** The learner's own progress on a track card; nothing for visitors or untouched tracks. */
export function TrackCardProgress({ lessonIds, label, percentLabel, title, locale }: Props) {
  const learner = useLearner();
  if (learner.status !== "signedIn") return null;
  const p = trackProgress(lessonIds, learner.done);
  if (p.done === 0) return null;
  const text = fill(label, { title, done: p.done, total: p.total }, locale);
  return (
    <div className="space-y-1">
      <ProgressBar percent={p.percent} label={text} valueText={fill(percentLabel, { percent: p.percent }, locale)} />
      <p className="text-sm text-muted">{text}</p>
    </div>
  );
}
