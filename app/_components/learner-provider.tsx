"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { usePathname } from "next/navigation";
import type { LearnerState } from "@/lib/learner-state";
import { noteReachable, queuedFor, readQueue, type QueuedOp } from "@/lib/offline-queue";

export type LearnerSnapshot = {
  status: "loading" | "anonymous" | "signedIn";
  name?: string;
  /** The signed-in learner's id: whose offline queue this device may send (lib/offline-queue.ts). */
  userId?: number;
  done: ReadonlySet<string>;
  checklist: ReadonlySet<string>;
  resume: Readonly<Record<string, string>>;
  next: LearnerState["next"];
  /** Knowledge checks taken, per lesson id: best score and whether it passed. */
  checks: LearnerState["checks"];
  practice: ReadonlySet<string>;
};

type LearnerContextValue = LearnerSnapshot & {
  /** Optimistic change; call settle() with the same key once the server has answered. */
  setLessonDone(lessonId: string, done: boolean): void;
  setChecklistItem(key: string, done: boolean): void;
  settle(key: string): void;
};

// A change the learner made that a /api/me answer may not include yet: it is laid over every
// answer until one arrives that was requested after the server had saved it.
type Override = { kind: "lesson" | "checklist"; done: boolean; settledAt?: number };

function apply(set: Set<string>, key: string, done: boolean) {
  if (done) set.add(key);
  else set.delete(key);
}

const EMPTY: LearnerSnapshot = { status: "loading", done: new Set(), checklist: new Set(), resume: {}, next: null, checks: {}, practice: new Set() };

function snapshot(body: LearnerState): LearnerSnapshot {
  return {
    status: body.user ? "signedIn" : "anonymous",
    name: body.user?.name,
    userId: body.user?.id,
    done: new Set(body.done),
    checklist: new Set(body.checklist),
    resume: body.resume,
    next: body.next,
    checks: body.checks ?? {},
    practice: new Set(body.practice),
  };
}
/** Marks still waiting in the offline queue, laid over what the server said. */
function withQueued(s: LearnerSnapshot, ops: QueuedOp[]): LearnerSnapshot {
  if (ops.length === 0) return s;
  const done = new Set(s.done);
  const checklist = new Set(s.checklist);
  for (const op of ops) {
    if (op.kind === "lesson") apply(done, op.lessonId, op.done);
    else if (op.kind === "checklist") apply(checklist, op.key, op.done);
  }
  return { ...s, done, checklist };
}

/** Sends this learner's offline queue when there is one and the device is online. */
function sync(userId: number | undefined) {
  if (userId === undefined || navigator.onLine === false || !readQueue()) return;
  void import("./offline-sync").then((m) => m.drainQueue(userId)).catch(() => undefined);
}

/** How soon a page whose /api/me got no answer asks again. */
const RETRY_MS = 4000;

const LearnerContext = createContext<LearnerContextValue | null>(null);

/**
 * Pages are prerendered for everyone; this fetches the learner's own marks after load and on
 * every navigation, so static HTML stays shared and only /api/me is per learner. A page rendered
 * for a signed-in learner (the /[locale]/learner twins) passes `initial`, so its HTML already
 * shows the learner's marks and header without JavaScript.
 */
export function LearnerProvider({ children, initial }: { children: React.ReactNode; initial?: LearnerState }) {
  const pathname = usePathname();
  const [state, setState] = useState<LearnerSnapshot>(() => (initial ? snapshot(initial) : EMPTY));
  const overrides = useRef(new Map<string, Override>());
  const seeded = useRef(Boolean(initial));
  const initialId = initial?.user?.id;
  // Bumped when the connection returns to a page that could not ask /api/me while offline.
  const [retry, setRetry] = useState(0);
  const unanswered = useRef(false);

  useEffect(() => {
    if (seeded.current) {
      seeded.current = false;
      const ops = queuedFor(initialId);
      if (ops.length > 0) setState((s) => withQueued(s, ops));
      sync(initialId);
      return;
    }
    // No hint cookie (lib/auth/hint.ts): a visitor. Asking /api/me would be a dynamic request.
    if (!/(?:^|;\s*)ks_in=/.test(document.cookie)) {
      setState((s) => (s.status === "anonymous" ? s : { ...EMPTY, status: "anonymous" }));
      return;
    }
    const controller = new AbortController();
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    const requestedAt = performance.now();
    fetch("/api/me", { cache: "no-store", signal: controller.signal })
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
      .then((body: LearnerState) => {
        unanswered.current = false;
        noteReachable(true);
        const next = snapshot(body);
        const done = new Set(next.done);
        const checklist = new Set(next.checklist);
        for (const [key, o] of overrides.current) {
          if (o.settledAt !== undefined && o.settledAt < requestedAt) overrides.current.delete(key);
          else apply(o.kind === "lesson" ? done : checklist, key, o.done);
        }
        setState(withQueued({ ...next, done, checklist }, queuedFor(next.userId)));
        sync(next.userId);
      })
      .catch((error: unknown) => {
        if ((error as Error).name === "TypeError") {
          // No answer: the page counts as offline (lib/offline-queue.ts isOffline) and asks again
          // in a few seconds, since the browser's "online" event may never come (it may never have
          // thought itself offline).
          unanswered.current = true;
          noteReachable(false);
          retryTimer = setTimeout(() => document.visibilityState === "visible" && setRetry((n) => n + 1), RETRY_MS);
        }
        if ((error as Error).name !== "AbortError") setState((s) => ({ ...s, status: s.status === "loading" ? "anonymous" : s.status }));
      });
    return () => {
      controller.abort();
      clearTimeout(retryTimer);
    };
  }, [pathname, initialId, retry]);

  // Back online, or back to this tab: send what was kept while offline.
  const userId = state.userId;
  useEffect(() => {
    const onChange = () => document.visibilityState === "visible" && sync(userId);
    const onOnline = () => (unanswered.current ? setRetry((n) => n + 1) : sync(userId));
    window.addEventListener("online", onOnline);
    document.addEventListener("visibilitychange", onChange);
    return () => {
      window.removeEventListener("online", onOnline);
      document.removeEventListener("visibilitychange", onChange);
    };
  }, [userId]);

  const setLessonDone = useCallback((lessonId: string, done: boolean) => {
    overrides.current.set(lessonId, { kind: "lesson", done });
    setState((s) => {
      const next = new Set(s.done);
      apply(next, lessonId, done);
      return { ...s, done: next };
    });
  }, []);

  const setChecklistItem = useCallback((key: string, done: boolean) => {
    overrides.current.set(key, { kind: "checklist", done });
    setState((s) => {
      const next = new Set(s.checklist);
      apply(next, key, done);
      return { ...s, checklist: next };
    });
  }, []);

  const settle = useCallback((key: string) => {
    const o = overrides.current.get(key);
    if (o) o.settledAt = performance.now();
  }, []);

  const value = useMemo(() => ({ ...state, setLessonDone, setChecklistItem, settle }), [state, setLessonDone, setChecklistItem, settle]);
  return <LearnerContext.Provider value={value}>{children}</LearnerContext.Provider>;
}

export function useLearner(): LearnerContextValue {
  const value = useContext(LearnerContext);
  if (!value) throw new Error("useLearner must be used inside LearnerProvider");
  return value;
}
