"use client";

import { useLearner } from "@/app/_components/learner-provider";
import { ProgressBar } from "@/app/_components/progress-bar";
import { localePath } from "@/lib/i18n/paths";
import { fill } from "@/lib/format";
import { trackProgress } from "@/lib/progress";

type Props = {
  trackSlug: string;
  title: string;
  locale: string;
  lessons: { id: string; slug: string; title: string }[];
  labels: { yourProgress: string; progress: string; percent: string; continueLesson: string; startLesson: string; complete: string };
  /** More of the learner's progress, shown under lessons done (checks passed). */
  children?: React.ReactNode;
};

/** Progress and "Continue" for the signed-in learner; a plain start link for everyone else. */
export function TrackProgressPanel({ trackSlug, title, locale, lessons, labels, children }: Props) {
  const learner = useLearner();
  const first = lessons[0]!;
  const start = (
    <a href={localePath(locale, `/tracks/${trackSlug}/${first.slug}`)} className="btn-primary">
      {labels.startLesson}
    </a>
  );
  if (learner.status !== "signedIn") return <div>{start}</div>;

  const p = trackProgress(lessons.map((l) => l.id), learner.done);
  const resumeId = learner.resume[trackSlug];
  const next = lessons.find((l) => l.id === resumeId) ?? lessons.find((l) => !learner.done.has(l.id));
  const text = fill(labels.progress, { title, done: p.done, total: p.total }, locale);

  return (
    <section aria-label={labels.yourProgress} className="card space-y-3 bg-brand-50">
      <h2 className="text-lg font-bold">{labels.yourProgress}</h2>
      <ProgressBar percent={p.percent} label={text} valueText={fill(labels.percent, { percent: p.percent }, locale)} />
      <p className="text-sm">{text}</p>
      {children}
      {next ? (
        <a href={localePath(locale, `/tracks/${trackSlug}/${next.slug}`)} className="btn-primary" data-testid="continue">
          {p.done === 0 && !resumeId ? labels.startLesson : fill(labels.continueLesson, { title: next.title }, locale)}
        </a>
      ) : (
        <p className="font-semibold text-brand-800">{labels.complete}</p>
      )}
    </section>
  );
}
