// Locale-aware paths without any i18n runtime in the browser: Bengali at the bare path,
// English under /en.

export type Href = string | { pathname: string; query?: Record<string, string> };

export function localePath(locale: string, href: Href): string {
  const pathname = typeof href === "string" ? href : href.pathname;
  const query = typeof href === "string" ? "" : new URLSearchParams(href.query ?? {}).toString();
  const path = locale === "en" ? (pathname === "/" ? "/en" : `/en${pathname}`) : pathname;
  return query ? `${path}?${query}` : path;
}

/** The same page in the other language, from the path the browser shows. */
export function switchLocalePath(currentPath: string, target: string): string {
  const bare = currentPath.replace(/^\/en(?=\/|$)/, "") || "/";
  return localePath(target, bare);
}
