"use client";

import { useActionState, useEffect, useState, useTransition } from "react";
import { useAppLocale } from "@/lib/i18n/client";
import { useLearner } from "@/app/_components/learner-provider";
import { fill } from "@/lib/format";
import { readiness } from "@/lib/readiness";
import { enqueue, isOffline, queuedFor, usePending } from "@/lib/offline-queue";
import { submitChecklist, tickChecklistItem } from "../actions";

type Item = { key: string; title: string; note?: string; details: React.ReactNode };
type Labels = {
  save: string;
  saved: string;
  signIn: string;
  readyPhone: string;
  readyComputer: string;
  error: string;
  willSync: string;
  keptOnDevice: string;
  offerTitle: string;
  offerSave: string;
  offerDismiss: string;
};

// A visitor's ticks are kept on this device, so nothing is lost by signing in to save them.
const STORAGE_KEY = "ks-checklist";

function readStored(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "[]");
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

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
  const [message, setMessage] = useState<"saved" | "error" | "queued" | null>(null);
  const queued = usePending("checklist:");
  // Ticks made before signing in, offered for saving once signed in (null: nothing to offer).
  const [offer, setOffer] = useState<string[] | null>(null);

  useEffect(() => {
    const stored = readStored();
    if (!signedIn) {
      if (stored.length > 0) setTicked(new Set(stored));
      return;
    }
    // Ticks made offline and not sent yet are the newer ones.
    const waiting = queuedFor(learner.userId).flatMap((op) => (op.kind === "checklist" ? [op] : []));
    if (waiting.length > 0) {
      setTicked((s) => {
        const next = new Set(s);
        for (const op of waiting) {
          if (op.done) next.add(op.key);
          else next.delete(op.key);
        }
        return next;
      });
      setMessage("queued");
    }
    const saved = new Set(initial);
    if (stored.some((k) => !saved.has(k))) {
      // Shown ticked, so "Save" posts the form as it stands.
      setOffer(stored);
      setTicked(new Set([...initial, ...stored]));
    }
    else localStorage.removeItem(STORAGE_KEY);
    // Once, on load: what the device kept against what the server has.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (formState?.ok) {
      localStorage.removeItem(STORAGE_KEY);
      setOffer(null);
    }
  }, [formState]);

  function toggle(key: string, done: boolean) {
    setTicked((s) => {
      const next = new Set(s);
      if (done) next.add(key);
      else next.delete(key);
      return next;
    });
    if (!signedIn) {
      const stored = new Set(readStored());
      if (done) stored.add(key);
      else stored.delete(key);
      localStorage.setItem(STORAGE_KEY, JSON.stringify([...stored]));
      return;
    }
    learner.setChecklistItem(key, done);
    // Offline: kept on the device and sent when the connection returns (lib/offline-queue.ts).
    const { userId } = learner;
    const keep = () => {
      if (userId === undefined) return false;
      enqueue(userId, { kind: "checklist", key, done });
      setMessage("queued");
      return true;
    };
    if (isOffline() && keep()) return;
    startTransition(async () => {
      const result = await tickChecklistItem({ key, done }).catch((error: unknown) => (isOffline(error) && keep() ? "queued" : null));
      if (result === "queued") return;
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

  const phone = readiness("phone", ticked);
  const computer = readiness("computer", ticked);
  const status =
    formState && !formState.ok ? (formState.error === "signInRequired" ? "signIn" : "error") : formState?.ok ? "saved" : message;

  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        // Offline, each tick is already kept on the device; posting would only fail.
        if (!signedIn || !isOffline() || learner.userId === undefined) return;
        event.preventDefault();
        for (const item of items) if (ticked.has(item.key) !== learner.checklist.has(item.key)) enqueue(learner.userId, { kind: "checklist", key: item.key, done: ticked.has(item.key) });
        setMessage("queued");
      }}
      className="space-y-4"
    >
      <ul className="space-y-1 font-semibold" data-testid="ready-count">
        <li data-testid="ready-phone">{fill(labels.readyPhone, { ready: phone.ready, total: phone.total }, locale)}</li>
        <li data-testid="ready-computer">{fill(labels.readyComputer, { ready: computer.ready, total: computer.total }, locale)}</li>
      </ul>
      {!signedIn && (
        <p className="rounded-lg bg-warn-bg p-3 text-warn-ink">
          <a href={signInHref}>{labels.signIn}</a> <span className="block text-sm">{labels.keptOnDevice}</span>
        </p>
      )}
      {signedIn && offer && (
        <div role="status" className="space-y-2 rounded-lg bg-brand-50 p-3" data-testid="checklist-offer">
          <p className="font-semibold">{labels.offerTitle}</p>
          <ul className="list-disc ps-6">
            {items.filter((item) => offer.includes(item.key)).map((item) => (
              <li key={item.key}>{item.title}</li>
            ))}
          </ul>
          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              className="btn-primary min-h-10 py-1"
              data-testid="checklist-offer-save"
            >
              {labels.offerSave}
            </button>
            <button
              type="button"
              className="btn-secondary min-h-10 py-1"
              onClick={() => {
                localStorage.removeItem(STORAGE_KEY);
                setOffer(null);
                setTicked(new Set(initial));
              }}
            >
              {labels.offerDismiss}
            </button>
          </div>
        </div>
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
          {status === "queued" && (
            <span className={queued ? "font-semibold text-warn-ink" : "font-semibold text-brand-800"} data-testid={queued ? "will-sync" : undefined}>
              {queued ? labels.willSync : labels.saved}
            </span>
          )}
          {status === "error" && <span className="text-accent">{labels.error}</span>}
          {status === "signIn" && <a href={signInHref}>{labels.signIn}</a>}
        </p>
      </div>
    </form>
  );
}
