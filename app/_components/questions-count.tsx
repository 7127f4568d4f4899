"use client";

import { useEffect, useState } from "react";
import { useAppLocale } from "@/lib/i18n/client";
import { fill } from "@/lib/format";
import { useLearner } from "@/app/_components/learner-provider";

type Counts = Record<string, { total: number; solved: number }>;
// One request per track and page load, however many lessons show a count.
const pending = new Map<string, Promise<Counts>>();

function load(track: string): Promise<Counts> {
  let p = pending.get(track);
  if (!p) {
    p = fetch(`/api/questions/counts?track=${encodeURIComponent(track)}`)
      .then((r) => (r.ok ? (r.json() as Promise<Counts>) : {}))
      .catch(() => ({}));
    pending.set(track, p);
    setTimeout(() => pending.delete(track), 30_000);
  }
  return p;
}

/**
 * "Questions: 3 · solved: 1" beside a lesson. Shown to signed-in learners only, so a visitor's
 * prerendered page still makes no dynamic request.
 */
export function QuestionsCount({ trackSlug, lessonId, template }: { trackSlug: string; lessonId: string; template: string }) {
  const { status } = useLearner();
  const locale = useAppLocale();
  const [count, setCount] = useState<{ total: number; solved: number } | null>(null);
  useEffect(() => {
    if (status !== "signedIn") return;
    let live = true;
    void load(trackSlug).then((c) => live && setCount(c[lessonId] ?? { total: 0, solved: 0 }));
    return () => {
      live = false;
    };
  }, [status, trackSlug, lessonId]);
  if (!count || count.total === 0) return null;
  return (
    <span className="text-sm text-muted" data-testid="questions-count">
      {fill(template, count, locale)}
    </span>
  );
}
