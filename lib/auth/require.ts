import "server-only";
import { redirect } from "next/navigation";
import { localePath } from "@/lib/i18n/paths";
import { getSessionUser, type SessionUser } from "./session";

/** For signed-in-only pages: a visitor is sent to sign in and brought back here after. */
export async function requireUser(locale: string, path: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (user) return user;
  redirect(localePath(locale, { pathname: "/signin", query: { callbackUrl: localePath(locale, path) } }));
}
