"use client";

import { fill } from "@/lib/format";
import { localePath } from "@/lib/i18n/paths";
import { useLearner } from "@/app/_components/learner-provider";

type Labels = { continueLesson: string; dashboard: string; signUp: string };

/**
 * The learner's own call on the home page: at the top, "Continue" for a learner who has started
 * (nothing for a visitor, who reads the steps first); in the button row, sign-up for a visitor.
 */
export function HomeLead({ locale, labels, place }: { locale: string; labels: Labels; place: "top" | "row" }) {
  const learner = useLearner();
  const signedIn = learner.status === "signedIn";
  if (place === "row") {
    return signedIn ? null : (
      <a href={localePath(locale, "/signup")} className="btn border border-white text-white hover:bg-brand-700">
        {labels.signUp}
      </a>
    );
  }
  if (!signedIn) return null;
  const cls = "btn mt-4 bg-accent text-white hover:bg-red-800";
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
