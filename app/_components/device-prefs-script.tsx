import { SAVE_COOKIE, SAVE_DATA_HINT_COOKIE, THEME_COOKIE } from "@/lib/device-prefs.mjs";

// Runs in <head>, before the body is parsed, so the page is painted in the right theme and with
// the data saver's fonts from the start (no flash). Prerendered pages cannot read cookies on the
// server, hence a script; CSP allows inline scripts (lib/security-headers.mjs). Kept tiny on purpose.
// data-theme: "light" | "dark" (absent: the system's, by prefers-color-scheme in app/globals.css).
// data-save: present when the data saver is on: the learner's switch, else the browser's Save-Data.
const source = `(function(){try{var c=document.cookie,d=document.documentElement,g=function(n){var m=c.match(new RegExp("(?:^|; )"+n+"=([^;]*)"));return m?m[1]:null};var t=g("${THEME_COOKIE}");if(t==="light"||t==="dark")d.setAttribute("data-theme",t);var s=g("${SAVE_COOKIE}");if(s==="1"||(s!=="0"&&(g("${SAVE_DATA_HINT_COOKIE}")==="1"||(navigator.connection&&navigator.connection.saveData))))d.setAttribute("data-save","")}catch(e){}})()`;

export function DevicePrefsScript() {
  return <script dangerouslySetInnerHTML={{ __html: source }} />;
}
