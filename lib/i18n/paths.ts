// Locale-aware paths without any i18n runtime in the browser: Bengali at the bare path,
// English under /en.

export type Href = string | { pathname: string; query?: Record<string, string> };

export function localePath(locale: string, href: Href): string {
  const pathname = typeof href === "string" ? href : href.pathname;
  const query = typeof href === "string" ? "" : new URLSearchParams(href.query ?? {}).toString();
  const path = locale === "en" ? (pathname === "/" ? "/en" : `/en${pathname}`) : pathname;
  return query ? `${path}?${query}` : path;
}

/**
 * The same page in the other language. `path` is the page's path without a language prefix (an
 * "/en" or an internal "/bn" prefix is removed all the same); the query is kept.
 */
export function switchLocalePath(path: string, target: string, query?: Record<string, string>): string {
  const bare = path.replace(/^\/(en|bn)(?=\/|$)/, "") || "/";
  return localePath(target, { pathname: bare, query });
}
