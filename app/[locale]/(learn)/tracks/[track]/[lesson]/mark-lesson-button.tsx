"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useAppLocale } from "@/lib/i18n/client";
import { useLearner } from "@/app/_components/learner-provider";
import { CheckCircleIcon, CheckIcon } from "@/app/_components/icons";
import { enqueue, isOffline, usePending } from "@/lib/offline-queue";
import { markLesson, recordLessonVisit, submitLessonMark } from "../../../actions";

export type MarkLabels = {
  markDone: string;
  undo: string;
  completed: string;
  doneNext: string;
  signIn: string;
  /** Shown while a mark made offline waits on the device. */
  willSync: string;
  errors: Record<string, string>;
};

type Props = { lessonId: string; labels: MarkLabels; variant: "top" | "bottom"; /** Where "done, next" goes (this language's path). */ nextHref?: string };

/**
 * Mark done / undo as a real form (a server action with progressive enhancement): without
 * JavaScript it posts and the server redirects back with the mark shown; with it, the mark is
 * applied at once and reconciled with the answer. The bottom variant marks and opens the next
 * lesson. A visitor's post is answered with the sign-in page, which brings them back with ?mark=1;
 * that only moves focus to this button: marking is always the learner's own click (a POST), never
 * a side effect of opening a link.
 */
export function MarkLessonForm({ lessonId, labels, variant, nextHref }: Props) {
  const learner = useLearner();
  const locale = useAppLocale();
  const [state, action, pending] = useActionState(submitLessonMark, null);
  const [enhanced, setEnhanced] = useState(false);
  const visited = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  const [quickError, setQuickError] = useState<string | null>(null);
  const { setLessonDone, settle, status } = learner;
  const done = learner.done.has(lessonId);
  const signedIn = status === "signedIn";
  const queued = usePending(`lesson:${lessonId}`);

  useEffect(() => setEnhanced(true), []);

  useEffect(() => {
    if (!state) return;
    if (!state.ok) setLessonDone(lessonId, !learner.done.has(lessonId));
    settle(lessonId);
    // Only a new answer from the server matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  useEffect(() => {
    if (variant !== "top" || status !== "signedIn" || visited.current) return;
    visited.current = true;
    void recordLessonVisit({ lessonId }).catch(() => undefined);
    const url = new URL(window.location.href);
    if (url.searchParams.get("mark") === "1") {
      url.searchParams.delete("mark");
      window.history.replaceState(null, "", url.pathname + url.search + url.hash);
      button.current?.focus();
    }
  }, [variant, status, lessonId]);

  const failed = quickError ?? (state && !state.ok ? state.error ?? "server" : null);
  const error = failed ? labels.errors[failed] ?? labels.errors.server : null;
  const hidden = (next: boolean, then?: "next") => (
    <>
      <input type="hidden" name="lessonId" value={lessonId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="done" value={next ? "1" : "0"} />
      {then && <input type="hidden" name="then" value={then} />}
      {/* Only after hydration: a post without it is answered with a redirect instead. */}
      {enhanced && !then && <input type="hidden" name="enhanced" value="1" />}
    </>
  );
  // Signed in, with JavaScript, the top button's mark is one small JSON call (markLesson) instead
  // of a form round trip; "done, next" still posts the form so the server picks the next lesson.
  const onSubmit = (next: boolean) => (event: React.FormEvent<HTMLFormElement>) => {
    if (!signedIn) return;
    setLessonDone(lessonId, next);
    const { userId } = learner;
    // Offline: kept on the device and sent when the connection returns (lib/offline-queue.ts).
    const keep = () => userId !== undefined && (enqueue(userId, { kind: "lesson", lessonId, done: next }), true);
    if (enhanced && isOffline() && keep()) {
      event.preventDefault();
      setQuickError(null);
      // "Done, next" still opens the next lesson: its saved copy, or the offline page.
      if (variant === "bottom" && nextHref) window.location.assign(nextHref);
      return;
    }
    if (variant !== "top" || !enhanced) return;
    event.preventDefault();
    setQuickError(null);
    const undo = (error: string) => {
      setLessonDone(lessonId, !next);
      setQuickError(error);
    };
    void markLesson({ lessonId, done: next })
      .then((result) => result.ok || undo(result.error ?? "server"))
      .catch((error: unknown) => (isOffline(error) && keep()) || undo("server"))
      .finally(() => settle(lessonId));
  };
  const status_ = (
    <p aria-live="polite" role="status" className="text-sm">
      {error && <span className="font-semibold text-accent">{error}</span>}
      {queued && signedIn && variant === "top" && (
        <span className="font-semibold text-warn-ink" data-testid="will-sync">
          {labels.willSync}
        </span>
      )}
    </p>
  );

  if (variant === "bottom") {
    if (signedIn && done) return null;
    return (
      <form action={action} onSubmit={onSubmit(true)} className="flex flex-col items-stretch gap-1 sm:items-end">
        {hidden(true, "next")}
        <button type="submit" className="btn-primary" aria-busy={pending} data-testid="done-next">
          <CheckIcon /> {labels.doneNext} <span aria-hidden="true">→</span>
        </button>
        {status_}
      </form>
    );
  }

  if (signedIn && done) {
    return (
      <form action={action} onSubmit={onSubmit(false)} className="flex flex-wrap items-center gap-3 rounded-xl bg-brand-50 p-3">
        {hidden(false)}
        <p className="flex items-center gap-2 text-lg font-bold text-brand-800" data-testid="lesson-completed">
          <CheckCircleIcon className="size-7 text-brand-700" /> {labels.completed}
        </p>
        <button type="submit" className="btn-secondary min-h-10 py-1 text-sm" aria-busy={pending} data-testid="mark-lesson">
          {labels.undo}
        </button>
        {status_}
      </form>
    );
  }

  return (
    <form action={action} onSubmit={onSubmit(true)} className="flex flex-wrap items-center gap-3">
      {hidden(true)}
      <button ref={button} type="submit" className="btn-primary" aria-busy={pending || status === "loading"} data-testid="mark-lesson">
        <CheckIcon /> {labels.markDone}
      </button>
      {!signedIn && <span className="text-sm text-muted">{labels.signIn}</span>}
      {status_}
    </form>
  );
}
