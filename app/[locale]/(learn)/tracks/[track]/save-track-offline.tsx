"use client";

import { useEffect, useState } from "react";
import { useAppLocale } from "@/lib/i18n/client";
import { fill, formatNumber } from "@/lib/format";

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
const STATIC = "ks-static";

type Sizes = { bytes: number; assets: Record<string, number> };

/** The bytes of the track's lessons as this build prerendered them (compressed), and of their scripts, from the worker: no request. */
function askSizes(worker: ServiceWorker | null, path: string): Promise<Sizes | null> {
  if (!worker) return Promise.resolve(null);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), 3000);
    channel.port1.onmessage = (event: MessageEvent<Partial<Sizes> | null>) => {
      clearTimeout(timer);
      const { bytes, assets } = event.data ?? {};
      resolve(typeof bytes === "number" ? { bytes, assets: assets ?? {} } : null);
    };
    worker.postMessage({ type: "track-size", path }, [channel.port2]);
  });
}

async function isSaved(path: string): Promise<boolean> {
  return Boolean((await (await caches.open(PRIVATE)).match(path)) ?? (await (await caches.open(PAGES)).match(path)));
}

/** The lesson pages' scripts and styles this device has not kept yet (those are downloaded too). */
async function missingAssets(assets: Record<string, number>): Promise<[string, number][]> {
  const entries = Object.entries(assets);
  const kept = await Promise.all(entries.map(([url]) => caches.match(url)));
  return entries.filter((_, i) => !kept[i]);
}

/**
 * "Save this track for offline": downloads every lesson page of the track (this language, and the
 * signed-in copy for a signed-in learner, kept apart like the worker does) into the caches the
 * service worker serves offline. Shown only where that can work (a service worker); without
 * JavaScript nothing renders. The size comes from the worker, worked out at build from the very
 * pages, plus the lesson pages' scripts and styles the device lacks; YouTube and /api are never
 * fetched here.
 */
export function SaveTrackOffline({ trackPath, lessonPaths, labels }: { trackPath: string; lessonPaths: string[]; labels: SaveTrackLabels }) {
  const locale = useAppLocale();
  const [bytes, setBytes] = useState<number | null>(null);
  const [assets, setAssets] = useState<[string, number][]>([]);
  const [state, setState] = useState<"idle" | "saving" | "saved" | "error">("idle");
  const [done, setDone] = useState(0);
  const [dataSaver, setDataSaver] = useState(false);

  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator) || !("caches" in window)) return;
    let live = true;
    void navigator.serviceWorker.ready
      .then(async (registration) => {
        const sizes = await askSizes(registration.active, trackPath);
        if (!live || sizes === null) return;
        const saved = (await Promise.all(lessonPaths.map(isSaved))).every(Boolean);
        const missing = await missingAssets(sizes.assets);
        if (!live) return;
        setDataSaver(document.documentElement.hasAttribute("data-save"));
        if (saved) setState("saved");
        setAssets(missing);
        setBytes(sizes.bytes + missing.reduce((sum, [, n]) => sum + n, 0));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [trackPath, lessonPaths]);

  if (bytes === null) return null;
  const total = lessonPaths.length;
  const mb = formatNumber(bytes / 1e6, locale, bytes < 1e6 ? 2 : 1);

  async function save() {
    setState("saving");
    setDone(0);
    try {
      // The scripts and styles the saved pages name: a signed-in copy can need a chunk the visitor's
      // pages (the build's list in `assets`) do not, such as the notes form's.
      const named = new Set(assets.map(([url]) => url));
      for (const [i, path] of lessonPaths.entries()) {
        // A full download, never a revalidated copy from the browser's HTTP cache.
        const response = await fetch(path, { cache: "reload", credentials: "same-origin", headers: { Accept: "text/html" } });
        if (!response.ok || response.redirected) throw new Error(String(response.status));
        const isPrivate = /private|no-store/.test(response.headers.get("cache-control") ?? "");
        for (const m of (await response.clone().text()).matchAll(/(?:src|href)="(\/_next\/static\/[^"?]+)"/g)) named.add(m[1]!);
        await (await caches.open(isPrivate ? PRIVATE : PAGES)).put(path, response);
        await (await caches.open(isPrivate ? PAGES : PRIVATE)).delete(path);
        setDone(i + 1);
      }
      const statics = await caches.open(STATIC);
      for (const url of named) {
        if (await caches.match(url)) continue;
        const response = await fetch(url);
        if (response.ok) await statics.put(url, response);
      }
      setAssets([]);
      setBytes((b) => (b ?? 0) - assets.reduce((sum, [, n]) => sum + n, 0));
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
        {state === "saved" ? labels.again : labels.button}
      </button>
    </section>
  );
}
