/// <reference lib="webworker" />
// The service worker (issue 17), bundled by scripts/build-sw.mjs with esbuild and Serwist's
// injectManifest. Pages the learner opened are kept for offline reading; a page rendered for a
// signed-in learner (Cache-Control private/no-store) goes to its own cache, which the page
// deletes as soon as it runs without the signed-in hint cookie (app/_components/offline-client.tsx).
import { CacheFirst, ExpirationPlugin, Serwist, type PrecacheEntry } from "serwist";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] };

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
  if (request.method === "GET" && request.mode === "navigate" && new URL(request.url).origin === self.location.origin) {
    event.respondWith(page(request));
  }
});

// "Save this track for offline" and sign-out clean-up talk to the worker by message.
self.addEventListener("message", (event) => {
  if (event.data?.type === "signed-out") event.waitUntil(caches.delete(PRIVATE));
});

serwist.addEventListeners();
