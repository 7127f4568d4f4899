"use client";

import { useLearner } from "@/app/_components/learner-provider";
import { useAppLocale } from "@/lib/i18n/client";
import { localePath } from "@/lib/i18n/paths";
import { CheckIcon, CircleIcon } from "@/app/_components/icons";
import { fill } from "@/lib/format";

type Props = {
  trackSlug: string;
  lessonIds: string[];
  needsComputer: boolean;
  items: { key: string; title: string }[];
  labels: { ready: string; notReady: string; warning: string; open: string; readyCount: string };
};

/** What this track needs (lib/readiness.ts) with the learner's own ticks, and a warning for computer tracks. */
export function TrackReadiness({ trackSlug, lessonIds, needsComputer, items, labels }: Props) {
  const learner = useLearner();
  const locale = useAppLocale();
  const signedIn = learner.status === "signedIn";
  const started = signedIn && (lessonIds.some((id) => learner.done.has(id)) || trackSlug in learner.resume);
  const warn = needsComputer && started && !learner.checklist.has("computer");

  const ready = items.filter((item) => learner.checklist.has(item.key)).length;

  return (
    <div className="mt-3 space-y-3">
      {signedIn && (
        <p className="font-semibold" data-testid="track-readiness">
          {fill(labels.readyCount, { ready, total: items.length }, locale)}
        </p>
      )}
      <ul className="space-y-2">
        {items.map((item) => {
          const ready = learner.checklist.has(item.key);
          return (
            <li key={item.key} className="flex items-start gap-2">
              <span className={`mt-1 ${ready ? "text-brand-700" : "text-muted"}`}>{ready ? <CheckIcon /> : <CircleIcon />}</span>
              <span>
                <a href={localePath(locale, `/checklist#${item.key}`)}>{item.title}</a>
                {signedIn && <span className="block text-sm text-muted">{ready ? labels.ready : labels.notReady}</span>}
              </span>
            </li>
          );
        })}
      </ul>
      {warn && (
        <p role="status" className="rounded-lg bg-warn-bg p-3 text-sm text-warn-ink">
          {labels.warning} <a href={localePath(locale, "/checklist#computer")}>{labels.open}</a>
        </p>
      )}
    </div>
  );
}
