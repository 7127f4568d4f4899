// Settings kept on the learner's device (theme, data saver), as plain cookies: pages are
// prerendered, so the server never reads them for a page; the inline script in <head>
// (app/_components/device-prefs-script.tsx) applies them to <html> before the first paint, and
// /api/prefs sets them from a plain form that needs no JavaScript to submit.

export const THEME_COOKIE = "ks_theme"; // "light" | "dark"; absent: follow the system
export const SAVE_COOKIE = "ks_save"; // "1" on, "0" off; absent: follow the browser (Save-Data)
// Set by scripts/lib/request-guard.mjs for as long as requests carry `Save-Data: on`, so the
// page's script sees a header it cannot read itself. A session cookie: it follows the header.
export const SAVE_DATA_HINT_COOKIE = "ks_sd";

/** The cookie the guard should set (or clear) for this request, or null to leave it alone. */
export function saveDataHintCookie(saveDataHeader, cookieHeader) {
  const wants = typeof saveDataHeader === "string" && saveDataHeader.trim().toLowerCase() === "on";
  const has = new RegExp(`(?:^|;\\s*)${SAVE_DATA_HINT_COOKIE}=1(?:;|$)`).test(cookieHeader ?? "");
  if (wants && !has) return `${SAVE_DATA_HINT_COOKIE}=1; Path=/; SameSite=Lax`;
  if (!wants && has) return `${SAVE_DATA_HINT_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
  return null;
}
