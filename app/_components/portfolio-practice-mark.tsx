"use client";

import { useLearner } from "@/app/_components/learner-provider";

/** Under a lesson on the track page: this learner saved practice work for it (beside the done badge it squeezed the title at 360 px). */
export function PracticeMark({ lessonId, label }: { lessonId: string; label: string }) {
  const { practice } = useLearner();
  if (!practice.has(lessonId)) return null;
  return (
    <span className="badge mt-1 border border-amber-400 bg-amber-50 text-amber-900" data-testid="practice-saved">
      {label}
    </span>
  );
}
