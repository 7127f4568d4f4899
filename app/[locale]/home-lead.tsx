"use client";

import { fill } from "@/lib/format";
import { localePath } from "@/lib/i18n/paths";
import { useLearner } from "@/app/_components/learner-provider";

type Labels = { continueLesson: string; dashboard: string; signUp: string };

/** The home page's first call: "Continue" for a learner who has started, sign-up for a visitor. */
export function HomeLead({ locale, labels }: { locale: string; labels: Labels }) {
  const learner = useLearner();
  const cls = "btn mt-4 bg-accent text-white hover:bg-red-800";
  if (learner.status !== "signedIn") {
    return (
      <a href={localePath(locale, "/signup")} className={cls}>
        {labels.signUp}
      </a>
    );
  }
  const next = learner.next;
  if (!next) {
    return (
      <a href={localePath(locale, "/dashboard")} className={cls}>
        {labels.dashboard}
      </a>
    );
  }
  return (
    <a href={localePath(locale, `/tracks/${next.trackSlug}/${next.lessonSlug}`)} className={cls} data-testid="home-continue">
      {fill(labels.continueLesson, { title: locale === "en" ? next.title.en : next.title.bn }, locale)}
    </a>
  );
}
