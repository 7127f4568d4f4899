"use client";

import { useLearner } from "@/app/_components/learner-provider";

/** On the static track page: marks the lessons where this learner saved practice work. */
export function PracticeMark({ lessonId, label }: { lessonId: string; label: string }) {
  const { practice } = useLearner();
  if (!practice.has(lessonId)) return null;
  return (
    <span className="badge shrink-0 border border-amber-400 bg-amber-50 text-amber-900" data-testid="practice-saved">
      {label}
    </span>
  );
}
