/// <reference lib="webworker" />
// The service worker (issue 17), bundled by scripts/build-sw.mjs with esbuild and Serwist's
// injectManifest. Pages the learner opened are kept for offline reading; a page rendered for a
// signed-in learner (Cache-Control private/no-store) goes to its own cache, which the page
// deletes as soon as it runs without the signed-in hint cookie (app/_components/offline-client.tsx).
import { CacheFirst, ExpirationPlugin, Serwist, type PrecacheEntry } from "serwist";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] };
// Per track page path, the bytes its lesson pages take to download (gzip, as the server sends
// them), measured by scripts/build-sw.mjs from this build's prerendered pages.
declare const __KS_TRACK_SIZES__: Record<string, number>;
// Per language, the lesson pages' /_next/static files and their gzip sizes.
declare const __KS_LESSON_ASSETS__: Record<string, Record<string, number>>;

const PAGES = "ks-pages";
const PRIVATE = "ks-private";
// Lesson, track and list pages, the checklist and the marketplaces, in both languages. Never
// /api, the dashboard, the account or the questions pages.
const CACHEABLE = /^(?:\/en)?(?:\/|\/tracks|\/tracks\/[\w-]+|\/tracks\/[\w-]+\/[\w-]+|\/checklist|\/marketplaces)$|^\/en$/;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && /^\/(?:_next\/static|fonts|icons)\//.test(url.pathname),
      handler: new CacheFirst({ cacheName: "ks-static", plugins: [new ExpirationPlugin({ maxEntries: 300 })] }),
    },
  ],
});

/** The saved copy, marked so the page shows its "you are offline" banner (CSS, no script needed). */
async function marked(saved: Response): Promise<Response> {
  const html = (await saved.text()).replace("<html", '<html data-ks-offline=""');
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}

async function savedPage(path: string): Promise<Response | undefined> {
  return (await (await caches.open(PRIVATE)).match(path)) ?? (await (await caches.open(PAGES)).match(path));
}

async function page(request: Request): Promise<Response> {
  const url = new URL(request.url);
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected && CACHEABLE.test(url.pathname)) {
      const isPrivate = /private|no-store/.test(response.headers.get("cache-control") ?? "");
      await (await caches.open(isPrivate ? PRIVATE : PAGES)).put(url.pathname, response.clone());
      await (await caches.open(isPrivate ? PAGES : PRIVATE)).delete(url.pathname);
    }
    return response;
  } catch (error) {
    const saved = await savedPage(url.pathname);
    if (saved) return marked(saved);
    const offline = await serwist.matchPrecache(url.pathname === "/en" || url.pathname.startsWith("/en/") ? "/en/offline" : "/offline");
    if (offline) return offline;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") event.respondWith(page(request));
  // A link followed with the client router asks for the page's RSC payload. Offline, the answer is
  // a plain error, which makes Next.js open the link as a full navigation: the saved copy above,
  // or the offline page (instead of its "This page couldn't load").
  else if (request.headers.get("RSC") === "1") {
    event.respondWith(fetch(request).catch(() => new Response("offline", { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } })));
  }
});

// "Save this track for offline" and sign-out clean-up talk to the worker by message.
self.addEventListener("message", (event) => {
  if (event.data?.type === "signed-out") event.waitUntil(caches.delete(PRIVATE));
  if (event.data?.type === "track-size" && typeof event.data.path === "string") {
    const locale = event.data.path.startsWith("/en/") ? "en" : "bn";
    event.ports[0]?.postMessage({ bytes: __KS_TRACK_SIZES__[event.data.path] ?? null, assets: __KS_LESSON_ASSETS__[locale] ?? {} });
  }
});

serwist.addEventListeners();
