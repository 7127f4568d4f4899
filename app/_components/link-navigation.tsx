"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** Paths served by the app's pages; anything else (API, build files, fonts, exports) loads itself. */
const NOT_A_PAGE = /^\/(?:api|_next|fonts|icons)\/|\.[a-z0-9]+$/i;

/**
 * Same-site links are plain <a> elements (lib/i18n/link.tsx). A plain left click on one becomes a
 * client-side navigation through Next's router, the way next/link's click handler does it: the
 * learner's state stays loaded and only the new page's RSC payload is fetched. Modified clicks,
 * other targets, downloads, in-page anchors and other origins are left to the browser; without
 * JavaScript every link is an ordinary link.
 */
export function LinkNavigation() {
  const router = useRouter();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      const url = new URL(link.href);
      if (url.origin !== location.origin || NOT_A_PAGE.test(url.pathname)) return;
      if (url.hash && url.pathname === location.pathname && url.search === location.search) return;
      event.preventDefault();
      router.push(url.pathname + url.search + url.hash);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [router]);
  return null;
}
