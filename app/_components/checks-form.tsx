"use client";

import { useActionState, useEffect, useRef } from "react";
import { fill } from "@/lib/format";
import { CheckIcon } from "./icons";
import { useLearner } from "./learner-provider";
import { submitCheck, type CheckState } from "@/app/[locale]/(learn)/tracks/[track]/[lesson]/check-actions";

/** A small cross for a wrong answer (kept here, beside its only use). */
const CrossIcon = () => (
  <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2.4} strokeLinecap="round" className="size-4 shrink-0">
    <path d="M6 6l12 12M18 6 6 18" />
  </svg>
);

export type CheckQuestionView = { id: string; text: string; options: { id: string; text: string }[] };
export type CheckLabels = {
  question: string;
  submit: string;
  again: string;
  right: string;
  wrong: string;
  rightAnswer: string;
  score: string;
  allRight: string;
  tryAgain: string;
  best: string;
  bestPassed: string;
  signInToSave: string;
};

/**
 * The knowledge check as a real form: without JavaScript it posts and the page comes back with the
 * results; with it, the same server action answers in place. Right and wrong come from the server.
 */
export function ChecksForm({ lessonId, locale, questions, signInHref, labels }: { lessonId: string; locale: string; questions: CheckQuestionView[]; signInHref: string; labels: CheckLabels }) {
  const [state, action, pending] = useActionState<CheckState | null, FormData>(submitCheck, null);
  const learner = useLearner();
  const status = useRef<HTMLDivElement>(null);
  const graded = state?.ok ? new Map(state.results.map((r) => [r.id, r])) : null;
  const chosen = state ? (state.ok ? Object.fromEntries(state.results.map((r) => [r.id, r.chosen])) : state.chosen) : {};
  const stored = learner.checks[lessonId];
  const best = state?.ok && state.saved ? state.saved : stored ? { bestScore: stored.bestScore, bestTotal: stored.bestTotal, passed: stored.passed } : null;
  const n = (template: string, values: Record<string, string | number>) => fill(template, values, locale);

  useEffect(() => {
    if (state) status.current?.focus();
  }, [state]);

  return (
    <form action={action} className="mt-3 space-y-4" key={state?.ok ? state.results.map((r) => r.chosen).join("") : "form"}>
      <input type="hidden" name="lessonId" value={lessonId} />
      <input type="hidden" name="locale" value={locale} />
      <ol className="space-y-4">
        {questions.map((q, i) => {
          const result = graded?.get(q.id);
          return (
            <li key={q.id}>
              <fieldset className="card space-y-2" aria-describedby={result ? `${q.id}-result` : undefined}>
                <legend className="float-left w-full font-semibold">
                  <span className="block text-sm font-normal text-muted">{n(labels.question, { number: i + 1, total: questions.length })}</span>
                  {q.text}
                </legend>
                <div className="clear-both space-y-1 pt-1">
                  {q.options.map((o) => (
                    <label key={o.id} className="flex cursor-pointer items-start gap-3 rounded-lg p-2 hover:bg-brand-50">
                      <input type="radio" name={`answer:${q.id}`} value={o.id} defaultChecked={chosen[q.id] === o.id} required className="mt-1 size-5 shrink-0 accent-brand-700" />
                      <span>{o.text}</span>
                    </label>
                  ))}
                </div>
                {result && (
                  <div id={`${q.id}-result`} data-testid="check-result" className={`rounded-lg p-3 text-sm ${result.correct ? "bg-brand-50 text-brand-800" : "bg-warn-bg text-warn-ink"}`}>
                    <p className="flex items-center gap-2 font-semibold">
                      {result.correct ? <CheckIcon /> : <CrossIcon />} {result.correct ? labels.right : labels.wrong}
                    </p>
                    {!result.correct && <p className="mt-1 font-semibold text-ink">{n(labels.rightAnswer, { answer: result.answerText })}</p>}
                    <p className="mt-1 text-ink">{result.explanation}</p>
                  </div>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div ref={status} tabIndex={-1} aria-live="polite" className="space-y-1 outline-none" data-testid="check-status">
        {state && !state.ok && <p className="font-semibold text-accent" role="alert">{state.message}</p>}
        {state?.ok && (
          <>
            <p className="text-lg font-semibold" data-testid="check-score">{n(labels.score, { score: state.score, total: state.total })}</p>
            <p>{state.passed ? labels.allRight : labels.tryAgain}</p>
          </>
        )}
        {best && (
          <p className="font-semibold text-brand-800" data-testid="check-best">
            {n(best.passed ? labels.bestPassed : labels.best, { score: best.bestScore, total: best.bestTotal })}
          </p>
        )}
        {state?.ok && !state.saved && learner.status !== "signedIn" && (
          <p className="text-sm">
            <a href={signInHref}>{labels.signInToSave}</a>
          </p>
        )}
      </div>
      <button type="submit" className="btn-primary" aria-busy={pending} disabled={pending}>
        {state?.ok ? labels.again : labels.submit}
      </button>
    </form>
  );
}
