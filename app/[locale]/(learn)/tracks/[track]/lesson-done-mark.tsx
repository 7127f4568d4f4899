"use client";

import { useLearner } from "@/app/_components/learner-provider";
import { CheckIcon } from "@/app/_components/icons";

export function LessonDoneMark({ lessonId, doneLabel }: { lessonId: string; doneLabel: string }) {
  const { done } = useLearner();
  if (!done.has(lessonId)) return null;
  return (
    <span className="badge shrink-0 bg-brand-700 text-white" data-testid="lesson-done">
      <CheckIcon />
      {doneLabel}
    </span>
  );
}
