"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { bumpSessionVersion, deleteUser, revokeSession, updatePassword, updateProfile } from "@/db/users";
import { signOut } from "@/lib/auth";
import { formToObject, withUser } from "@/lib/auth/action";
import { clearSignedInHint } from "@/lib/auth/hint";
import { checkPassword } from "@/lib/auth/password-check";
import { getSession } from "@/lib/auth/session";
import { startSession } from "@/lib/auth/start-session";
import { hashPassword } from "@/lib/passwords";
import { changePasswordSchema, confirmPasswordSchema, profileSchema } from "@/lib/validation";
import type { FormState } from "@/app/_components/form-field";

function toFormState(result: { ok: boolean; error?: string; fieldErrors?: Record<string, string[] | undefined> }): FormState {
  if (result.ok) return { ok: true };
  if (result.error === "invalid") return { message: "fixBelow", errors: result.fieldErrors };
  return { message: result.error ?? "unknown", errors: result.fieldErrors };
}

const saveProfile = withUser(profileSchema, async ({ name, locale }, user) => {
  await updateProfile({ userId: user.id, name, locale });
  return { ok: true, data: locale };
});

export async function updateProfileAction(_prev: FormState | null, form: FormData): Promise<FormState> {
  const result = await saveProfile(formToObject(form));
  if (result.ok && result.data !== form.get("pageLocale")) {
    redirect(`${result.data === "en" ? "/en" : ""}/account?saved=profile`);
  }
  return result.ok ? { ok: true, message: "profileSaved" } : toFormState(result);
}

/** A current-password check, limited exactly like sign-in (and counted with it). */
async function currentPasswordError(email: string, password: string, address: string, field: string) {
  const check = await checkPassword({ email, password, address });
  if (check.ok) return null;
  if (check.reason === "throttled") return { ok: false as const, error: `throttled:${check.minutes}` };
  return { ok: false as const, error: "invalid", fieldErrors: { [field]: [check.triesLeft === null ? "passwordWrong" : `passwordWrongTriesLeft:${check.triesLeft}`] } };
}

const changePassword = withUser(changePasswordSchema, async ({ currentPassword, newPassword }, user, { address }) => {
  const refused = await currentPasswordError(user.email, currentPassword, address, "currentPassword");
  if (refused) return refused;
  await updatePassword({ userId: user.id, passwordHash: await hashPassword(newPassword) });
  return { ok: true, data: user.id };
});

export async function changePasswordAction(_prev: FormState | null, form: FormData): Promise<FormState> {
  const result = await changePassword(formToObject(form));
  if (!result.ok) return toFormState(result);
  // Every session is revoked by the new session version; this device gets a new one at once,
  // without a second password check that a limit could refuse.
  const prefix = form.get("pageLocale") === "en" ? "/en" : "";
  return startSession(result.data, `${prefix}/account?saved=password`);
}

const revokeAll = withUser(z.object({}), async (_input, user) => {
  await bumpSessionVersion({ userId: user.id });
  return { ok: true, data: null };
});

const homeOf = (form: FormData) => (form.get("locale") === "en" ? "/en" : "/");

export async function signOutEverywhereAction(form: FormData) {
  await revokeAll({});
  await clearSignedInHint();
  await signOut({ redirectTo: homeOf(form), redirect: false });
  redirect(homeOf(form));
}

/** Signs this session out on every server: its id is remembered as revoked until it would expire. */
export async function signOutAction(form: FormData) {
  const session = await getSession();
  if (session) await revokeSession({ userId: session.user.id, sessionId: session.sessionId, expiresAt: session.expiresAt });
  await clearSignedInHint();
  await signOut({ redirectTo: homeOf(form), redirect: false });
  redirect(homeOf(form));
}

const removeAccount = withUser(confirmPasswordSchema, async ({ password }, user, { address }) => {
  const refused = await currentPasswordError(user.email, password, address, "password");
  if (refused) return refused;
  await deleteUser({ userId: user.id });
  return { ok: true, data: null };
});

export async function deleteAccountAction(_prev: FormState | null, form: FormData): Promise<FormState> {
  const result = await removeAccount(formToObject(form));
  if (!result.ok) return toFormState(result);
  await clearSignedInHint();
  const gone = form.get("pageLocale") === "en" ? "/en/account-deleted" : "/account-deleted";
  await signOut({ redirectTo: gone, redirect: false });
  redirect(gone);
}
