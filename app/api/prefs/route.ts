import { z } from "zod";
import { SAVE_COOKIE, THEME_COOKIE } from "@/lib/device-prefs.mjs";

// The theme and data saver switches: a plain form post (no JavaScript needed to send it) that
// stores the choice on this device and goes back to the page it came from. Nothing is stored on
// the server and nothing is read back from these cookies there, so it needs no session or limit.
const schema = z.object({
  theme: z.enum(["system", "light", "dark"]).optional(),
  save: z.enum(["on", "off"]).optional(),
});

const YEAR = 60 * 60 * 24 * 365;

/** The page to return to: the same-origin referrer's path, else the home page. */
function backPath(request: Request): string {
  const referrer = request.headers.get("referer");
  if (!referrer) return "/";
  try {
    const from = new URL(referrer);
    const self = new URL(request.url);
    if (from.host !== (request.headers.get("host") ?? self.host)) return "/";
    return from.pathname.startsWith("/") && !from.pathname.startsWith("//") ? from.pathname + from.search : "/";
  } catch {
    return "/";
  }
}

export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const parsed = schema.safeParse(Object.fromEntries(form ?? []));
  if (!parsed.success) return new Response("Bad request", { status: 400 });
  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  const headers = new Headers({ Location: backPath(request), "Cache-Control": "no-store" });
  const { theme, save } = parsed.data;
  if (theme) {
    headers.append(
      "Set-Cookie",
      theme === "system" ? `${THEME_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax${secure}` : `${THEME_COOKIE}=${theme}; Path=/; Max-Age=${YEAR}; SameSite=Lax${secure}`,
    );
  }
  if (save) headers.append("Set-Cookie", `${SAVE_COOKIE}=${save === "on" ? "1" : "0"}; Path=/; Max-Age=${YEAR}; SameSite=Lax${secure}`);
  return new Response(null, { status: 303, headers });
}
