"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { createUser } from "@/db/users";
import { signIn } from "@/lib/auth";
import { formToObject } from "@/lib/auth/action";
import { clearSignedInHint, setSignedInHint } from "@/lib/auth/hint";
import { hashPassword } from "@/lib/passwords";
import { safeCallbackPath, signUpSchema } from "@/lib/validation";
import type { FormState } from "@/app/_components/form-field";

function values(form: FormData, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, String(form.get(k) ?? "").slice(0, 254)]));
}

/**
 * Where to go after signing in: the page asked for, else the dashboard in the language of the
 * page the learner signed in on (they chose it there, whatever their account says).
 */
function destination(form: FormData): string {
  const locale = form.get("locale") === "en" ? "en" : "bn";
  return safeCallbackPath(form.get("callbackUrl") || undefined, locale === "en" ? "/en/dashboard" : "/dashboard");
}

/** Signs in through Auth.js; returns a form state on failure and throws its redirect on success. */
async function signInOrState(email: string, password: string, redirectTo: string, kept: Record<string, string>): Promise<FormState> {
  // Set first: on success signIn() throws its redirect, which must not be caught here.
  await setSignedInHint();
  try {
    await signIn("credentials", { email, password, redirectTo });
    return { ok: true };
  } catch (error) {
    if (error instanceof AuthError) {
      await clearSignedInHint();
      const code = (error as AuthError & { code?: string }).code ?? "";
      return { message: code.startsWith("throttled:") ? code : "invalid", values: kept };
    }
    throw error;
  }
}

export async function signUpAction(_prev: FormState | null, form: FormData): Promise<FormState> {
  const kept = values(form, ["name", "email"]);
  const parsed = signUpSchema.safeParse(formToObject(form));
  if (!parsed.success) {
    return { message: "fixBelow", errors: z.flattenError(parsed.error).fieldErrors, values: kept };
  }
  const { name, email, password, locale } = parsed.data;
  const user = await createUser({ name, email, locale, passwordHash: await hashPassword(password) });
  if (!user) return { message: "fixBelow", errors: { email: ["emailTaken"] }, values: kept };
  return signInOrState(email, password, destination(form), kept);
}

export async function signInAction(_prev: FormState | null, form: FormData): Promise<FormState> {
  const kept = values(form, ["email"]);
  const email = String(form.get("email") ?? "").trim().toLowerCase();
  const password = form.get("password");
  if (!email || typeof password !== "string" || password.length === 0 || password.length > 128 || email.length > 254) {
    return { message: "invalid", values: kept };
  }
  return signInOrState(email, password, destination(form), kept);
}
