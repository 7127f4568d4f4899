"use client";

import { fill } from "@/lib/format";
import { useLearner } from "./learner-provider";

/** "Checks passed: x of y" for the signed-in learner, beside lessons done; nothing for visitors. */
export function ChecksPassed({ lessonIds, label, locale }: { lessonIds: string[]; label: string; locale: string }) {
  const { status, checks } = useLearner();
  if (status !== "signedIn" || lessonIds.length === 0) return null;
  const passed = lessonIds.filter((id) => checks[id]?.passed).length;
  return (
    <p className="text-sm" data-testid="checks-passed">
      {fill(label, { passed, total: lessonIds.length }, locale)}
    </p>
  );
}
