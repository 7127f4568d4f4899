"use client";

import { useEffect } from "react";
import { usePathname } from "next/navigation";
import { QUEUE_KEY } from "@/lib/offline-queue";

const signedIn = () => /(?:^|;\s*)ks_in=/.test(document.cookie);

/**
 * Registers the service worker (production builds only) after the page has loaded, and deletes
 * the signed-in pages and the offline queue of marks it kept as soon as a page runs without the signed-in hint cookie: after
 * sign-out (a client-side navigation, hence the pathname), sign-out everywhere, account deletion
 * or an ended session. No request of its own.
 */
export function OfflineClient() {
  const pathname = usePathname();

  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const register = () => void navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
  }, []);

  useEffect(() => {
    if (signedIn()) return;
    // Marks made offline belong to the learner who signed out: never sent for anyone else.
    if (localStorage.getItem(QUEUE_KEY) !== null) localStorage.removeItem(QUEUE_KEY);
    if (process.env.NODE_ENV !== "production" || !("caches" in window)) return;
    void caches.delete("ks-private");
    navigator.serviceWorker?.controller?.postMessage({ type: "signed-out" });
  }, [pathname]);

  return null;
}
