"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { bumpSessionVersion, deleteUser, getUserById, updatePassword, updateProfile } from "@/db/users";
import { signIn, signOut } from "@/lib/auth";
import { formToObject, withUser } from "@/lib/auth/action";
import { clearSignedInHint } from "@/lib/auth/hint";
import { hashPassword, verifyPassword } from "@/lib/passwords";
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

const changePassword = withUser(changePasswordSchema, async ({ currentPassword, newPassword }, user) => {
  const row = await getUserById({ userId: user.id });
  if (!row || !(await verifyPassword(row.passwordHash, currentPassword))) {
    return { ok: false, error: "invalid", fieldErrors: { currentPassword: ["passwordWrong"] } };
  }
  await updatePassword({ userId: user.id, passwordHash: await hashPassword(newPassword) });
  return { ok: true, data: { email: user.email, newPassword, locale: user.locale } };
});

export async function changePasswordAction(_prev: FormState | null, form: FormData): Promise<FormState> {
  const result = await changePassword(formToObject(form));
  if (!result.ok) return toFormState(result);
  // Every other session is revoked by the new session version; this device signs in afresh.
  const prefix = form.get("pageLocale") === "en" ? "/en" : "";
  await signIn("credentials", {
    email: result.data.email,
    password: result.data.newPassword,
    redirectTo: `${prefix}/account?saved=password`,
  });
  return { ok: true };
}

const revokeAll = withUser(z.object({}), async (_input, user) => {
  await bumpSessionVersion({ userId: user.id });
  return { ok: true, data: null };
});

const homeOf = (form: FormData) => (form.get("locale") === "en" ? "/en" : "/");

export async function signOutEverywhereAction(form: FormData) {
  await revokeAll({});
  await clearSignedInHint();
  await signOut({ redirectTo: homeOf(form) });
}

export async function signOutAction(form: FormData) {
  await clearSignedInHint();
  await signOut({ redirectTo: homeOf(form) });
}

const removeAccount = withUser(confirmPasswordSchema, async ({ password }, user) => {
  const row = await getUserById({ userId: user.id });
  if (!row || !(await verifyPassword(row.passwordHash, password))) {
    return { ok: false, error: "invalid", fieldErrors: { password: ["passwordWrong"] } };
  }
  await deleteUser({ userId: user.id });
  return { ok: true, data: null };
});

export async function deleteAccountAction(_prev: FormState | null, form: FormData): Promise<FormState> {
  const result = await removeAccount(formToObject(form));
  if (!result.ok) return toFormState(result);
  await clearSignedInHint();
  await signOut({ redirectTo: form.get("pageLocale") === "en" ? "/en/account-deleted" : "/account-deleted" });
  return { ok: true };
}
