"use client";

import { useActionState, useState, useTransition } from "react";
import { useAppLocale } from "@/lib/i18n/client";
import { useLearner } from "@/app/_components/learner-provider";
import { fill } from "@/lib/format";
import { submitChecklist, tickChecklistItem } from "../actions";

type Item = { key: string; title: string; note?: string; details: React.ReactNode };
type Labels = { save: string; saved: string; signIn: string; readyCount: string; error: string };

const CORE = ["skill", "computer", "internet", "english"];

/**
 * Real checkboxes in a real form: without JavaScript the form posts and replaces the saved
 * ticks; with it, each tick is saved at once.
 */
export function ChecklistForm({ signedIn, initial, items, signInHref, labels }: { signedIn: boolean; initial: string[]; items: Item[]; signInHref: string; labels: Labels }) {
  const locale = useAppLocale();
  const learner = useLearner();
  const [ticked, setTicked] = useState(() => new Set(initial));
  const [formState, formAction, formPending] = useActionState(submitChecklist, null);
  const [, startTransition] = useTransition();
  const [message, setMessage] = useState<"saved" | "error" | null>(null);

  function toggle(key: string, done: boolean) {
    setTicked((s) => {
      const next = new Set(s);
      if (done) next.add(key);
      else next.delete(key);
      return next;
    });
    if (!signedIn) return;
    learner.setChecklistItem(key, done);
    startTransition(async () => {
      const result = await tickChecklistItem({ key, done }).catch(() => null);
      learner.settle(key);
      if (result?.ok) setMessage("saved");
      else {
        setMessage("error");
        setTicked((s) => {
          const next = new Set(s);
          if (done) next.delete(key);
          else next.add(key);
          return next;
        });
        learner.setChecklistItem(key, !done);
        learner.settle(key);
      }
    });
  }

  const ready = CORE.filter((k) => ticked.has(k)).length;
  const status =
    formState && !formState.ok ? (formState.error === "signInRequired" ? "signIn" : "error") : formState?.ok ? "saved" : message;

  return (
    <form action={formAction} className="space-y-4">
      <p className="text-lg font-semibold" data-testid="ready-count">
        {fill(labels.readyCount, { ready, total: CORE.length }, locale)}
      </p>
      {!signedIn && (
        <p className="rounded-lg bg-warn-bg p-3 text-warn-ink">
          <a href={signInHref}>{labels.signIn}</a>
        </p>
      )}
      <ul className="space-y-4">
        {items.map((item) => (
          <li key={item.key} id={item.key} className="card scroll-mt-4">
            <div className="flex items-start gap-3">
              <input
                type="checkbox"
                id={`item-${item.key}`}
                name="items"
                value={item.key}
                checked={ticked.has(item.key)}
                onChange={(e) => toggle(item.key, e.currentTarget.checked)}
                className="mt-1.5 size-6 shrink-0 accent-brand-700"
                aria-describedby={item.note ? `note-${item.key}` : undefined}
              />
              <div>
                <h2 className="text-lg font-bold">
                  <label htmlFor={`item-${item.key}`}>{item.title}</label>
                </h2>
                {item.note && (
                  <p id={`note-${item.key}`} className="text-sm text-muted">
                    {item.note}
                  </p>
                )}
              </div>
            </div>
            {item.details}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" aria-busy={formPending}>
          {labels.save}
        </button>
        <p aria-live="polite" role="status" className="text-sm">
          {status === "saved" && <span className="font-semibold text-brand-800">{labels.saved}</span>}
          {status === "error" && <span className="text-accent">{labels.error}</span>}
          {status === "signIn" && <a href={signInHref}>{labels.signIn}</a>}
        </p>
      </div>
    </form>
  );
}
