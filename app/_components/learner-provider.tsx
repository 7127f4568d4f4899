"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { usePathname } from "next/navigation";

export type LearnerSnapshot = {
  status: "loading" | "anonymous" | "signedIn";
  name?: string;
  done: ReadonlySet<string>;
  checklist: ReadonlySet<string>;
  resume: Readonly<Record<string, string>>;
};

type LearnerContextValue = LearnerSnapshot & {
  setLessonDone(lessonId: string, done: boolean): void;
  setChecklistItem(key: string, done: boolean): void;
};

const EMPTY: LearnerSnapshot = { status: "loading", done: new Set(), checklist: new Set(), resume: {} };
const LearnerContext = createContext<LearnerContextValue | null>(null);

/**
 * Pages are prerendered for everyone; this fetches the learner's own marks after load and on
 * every navigation, so static HTML stays shared and only /api/me is per learner.
 */
export function LearnerProvider({ children }: { children: React.ReactNode }) {
  const pathname = usePathname();
  const [state, setState] = useState<LearnerSnapshot>(EMPTY);

  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/me", { cache: "no-store", signal: controller.signal })
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
      .then((body: { user: { name: string } | null; done: string[]; checklist: string[]; resume: Record<string, string> }) =>
        setState({
          status: body.user ? "signedIn" : "anonymous",
          name: body.user?.name,
          done: new Set(body.done),
          checklist: new Set(body.checklist),
          resume: body.resume,
        }),
      )
      .catch((error: unknown) => {
        if ((error as Error).name !== "AbortError") setState((s) => ({ ...s, status: s.status === "loading" ? "anonymous" : s.status }));
      });
    return () => controller.abort();
  }, [pathname]);

  const setLessonDone = useCallback((lessonId: string, done: boolean) => {
    setState((s) => {
      const next = new Set(s.done);
      if (done) next.add(lessonId);
      else next.delete(lessonId);
      return { ...s, done: next };
    });
  }, []);

  const setChecklistItem = useCallback((key: string, done: boolean) => {
    setState((s) => {
      const next = new Set(s.checklist);
      if (done) next.add(key);
      else next.delete(key);
      return { ...s, checklist: next };
    });
  }, []);

  const value = useMemo(() => ({ ...state, setLessonDone, setChecklistItem }), [state, setLessonDone, setChecklistItem]);
  return <LearnerContext.Provider value={value}>{children}</LearnerContext.Provider>;
}

export function useLearner(): LearnerContextValue {
  const value = useContext(LearnerContext);
  if (!value) throw new Error("useLearner must be used inside LearnerProvider");
  return value;
}
