"use client";

import { useEffect, useState } from "react";
import { useAppLocale } from "@/lib/i18n/client";
import { fill, numberLocale } from "@/lib/format";

export type SaveTrackLabels = {
  title: string;
  intro: string;
  button: string;
  again: string;
  size: string;
  dataSaver: string;
  saving: string;
  saved: string;
  error: string;
  progress: string;
};

// The caches service-worker/sw.ts reads offline: visitors' pages, and signed-in pages apart.
const PAGES = "ks-pages";
const PRIVATE = "ks-private";

/** The bytes of the track's lessons as this build prerendered them (compressed), from the worker: no request. */
function askSize(worker: ServiceWorker | null, path: string): Promise<number | null> {
  if (!worker) return Promise.resolve(null);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), 3000);
    channel.port1.onmessage = (event: MessageEvent<{ bytes?: number }>) => {
      clearTimeout(timer);
      resolve(typeof event.data?.bytes === "number" ? event.data.bytes : null);
    };
    worker.postMessage({ type: "track-size", path }, [channel.port2]);
  });
}

async function isSaved(path: string): Promise<boolean> {
  return Boolean((await (await caches.open(PRIVATE)).match(path)) ?? (await (await caches.open(PAGES)).match(path)));
}

/**
 * "Save this track for offline": downloads every lesson page of the track (this language, and the
 * signed-in copy for a signed-in learner, kept apart like the worker does) into the caches the
 * service worker serves offline. Shown only where that can work (a service worker); without
 * JavaScript nothing renders. The size comes from the worker, worked out at build from the very
 * pages; YouTube and /api are never fetched here.
 */
export function SaveTrackOffline({ trackPath, lessonPaths, labels }: { trackPath: string; lessonPaths: string[]; labels: SaveTrackLabels }) {
  const locale = useAppLocale();
  const [bytes, setBytes] = useState<number | null>(null);
  const [state, setState] = useState<"idle" | "saving" | "saved" | "error">("idle");
  const [done, setDone] = useState(0);
  const [dataSaver, setDataSaver] = useState(false);

  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator) || !("caches" in window)) return;
    let live = true;
    void navigator.serviceWorker.ready
      .then(async (registration) => {
        const size = await askSize(registration.active, trackPath);
        if (!live || size === null) return;
        const saved = (await Promise.all(lessonPaths.map(isSaved))).every(Boolean);
        if (!live) return;
        setDataSaver(document.documentElement.hasAttribute("data-save"));
        if (saved) setState("saved");
        setBytes(size);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [trackPath, lessonPaths]);

  if (bytes === null) return null;
  const total = lessonPaths.length;
  const mb = new Intl.NumberFormat(numberLocale(locale), { minimumFractionDigits: bytes < 1e6 ? 2 : 1, maximumFractionDigits: bytes < 1e6 ? 2 : 1 }).format(bytes / 1e6);

  async function save() {
    setState("saving");
    setDone(0);
    try {
      for (const [i, path] of lessonPaths.entries()) {
        // A full download, never a revalidated copy from the browser's HTTP cache.
        const response = await fetch(path, { cache: "reload", credentials: "same-origin", headers: { Accept: "text/html" } });
        if (!response.ok || response.redirected) throw new Error(String(response.status));
        const isPrivate = /private|no-store/.test(response.headers.get("cache-control") ?? "");
        await (await caches.open(isPrivate ? PRIVATE : PAGES)).put(path, response);
        await (await caches.open(isPrivate ? PAGES : PRIVATE)).delete(path);
        setDone(i + 1);
      }
      setState("saved");
    } catch {
      setState("error");
    }
  }

  const status =
    state === "saving" ? fill(labels.saving, { done, total }, locale) : state === "saved" ? fill(labels.saved, { count: total }, locale) : state === "error" ? labels.error : "";

  return (
    <section aria-labelledby="save-offline" className="card space-y-2" data-testid="save-track">
      <h2 id="save-offline" className="text-lg font-bold">
        {labels.title}
      </h2>
      <p className="text-sm">{fill(labels.intro, { count: total }, locale)}</p>
      <p className="text-sm font-semibold" data-testid="save-track-size" data-bytes={bytes}>
        {fill(dataSaver ? labels.dataSaver : labels.size, { size: mb }, locale)}
      </p>
      {state === "saving" && <progress className="w-full" value={done} max={total} aria-label={labels.progress} data-testid="save-track-progress" />}
      <p role="status" aria-live="polite" className="text-sm" data-testid="save-track-status" data-state={state}>
        {status}
      </p>
      <button type="button" className="btn-secondary w-full" onClick={() => void save()} disabled={state === "saving"} data-testid="save-track-button">
        {fill(state === "saved" ? labels.again : labels.button, { size: mb }, locale)}
      </button>
    </section>
  );
}
