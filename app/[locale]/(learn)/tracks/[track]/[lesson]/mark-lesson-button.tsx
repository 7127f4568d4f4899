"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useAppLocale } from "@/lib/i18n/client";
import { localePath } from "@/lib/i18n/paths";
import { useLearner } from "@/app/_components/learner-provider";
import { CheckIcon, CircleIcon } from "@/app/_components/icons";
import { markLesson, recordLessonVisit } from "../../../actions";

type Labels = { markDone: string; markNotDone: string; markedDone: string; signIn: string; error: string };

/**
 * Mark done / not done, applied at once and reconciled with the server. A visitor is sent to
 * sign in and comes back here with ?mark=1, which only moves focus to this button: marking is
 * always the learner's own click (a POST), never a side effect of opening a link.
 */
export function MarkLessonButton({ lessonId, returnPath, labels }: { lessonId: string; returnPath: string; labels: Labels }) {
  const learner = useLearner();
  const locale = useAppLocale();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState(false);
  const visited = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  const done = learner.done.has(lessonId);
  const { setLessonDone, settle, status } = learner;

  function save(next: boolean) {
    setError(false);
    setLessonDone(lessonId, next);
    startTransition(async () => {
      const result = await markLesson({ lessonId, done: next }).catch(() => null);
      if (!result?.ok) {
        setLessonDone(lessonId, !next);
        setError(true);
      }
      settle(lessonId);
    });
  }

  useEffect(() => {
    if (status !== "signedIn" || visited.current) return;
    visited.current = true;
    void recordLessonVisit({ lessonId }).catch(() => undefined);
    const url = new URL(window.location.href);
    if (url.searchParams.get("mark") === "1") {
      url.searchParams.delete("mark");
      window.history.replaceState(null, "", url.pathname + url.search + url.hash);
      button.current?.focus();
    }
  }, [status, lessonId]);

  if (status !== "signedIn") {
    const signIn = localePath(locale, { pathname: "/signin", query: { callbackUrl: localePath(locale, `${returnPath}?mark=1`) } });
    return (
      <div className="flex flex-wrap items-center gap-3">
        <a href={signIn} className="btn-primary" aria-busy={status === "loading"}>
          <CircleIcon /> {labels.markDone}
        </a>
        <span className="text-sm text-muted">{labels.signIn}</span>
      </div>
    );
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        ref={button}
        type="button"
        onClick={() => save(!done)}
        aria-busy={pending}
        className={done ? "btn-secondary" : "btn-primary"}
        data-testid="mark-lesson"
      >
        {done ? <CircleIcon /> : <CheckIcon />} {done ? labels.markNotDone : labels.markDone}
      </button>
      <p aria-live="polite" className="text-sm">
        {error ? <span className="text-accent">{labels.error}</span> : done ? <span className="font-semibold text-brand-800">{labels.markedDone}</span> : null}
      </p>
    </div>
  );
}
