"use server";

import { createUser } from "@/db/users";
import { formToObject, publicAction } from "@/lib/auth/action";
import { checkPassword } from "@/lib/auth/password-check";
import { startSession } from "@/lib/auth/start-session";
import { hashPassword } from "@/lib/passwords";
import { safeCallbackPath, signInSchema, signUpSchema } from "@/lib/validation";
import type { FormState } from "@/app/_components/form-field";

const HOUR = 60 * 60 * 1000;

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

// Sign-up has its own budget per address, apart from sign-in failures: ten wrong passwords by one
// learner on a shared connection never stop the next learner from creating an account.
const register = publicAction({
  schema: signUpSchema,
  limits: (_input, address) => [{ key: `signup:address:${address}`, max: 10, windowMs: HOUR }],
  handler: async ({ name, email, password, locale }) => {
    const user = await createUser({ name, email, locale, passwordHash: await hashPassword(password) });
    return user ? { ok: true, data: user } : { ok: false, error: "invalid", fieldErrors: { email: ["emailTaken"] } };
  },
});

export async function signUpAction(_prev: FormState | null, form: FormData): Promise<FormState> {
  const kept = values(form, ["name", "email"]);
  const result = await register(formToObject(form));
  if (!result.ok) {
    return result.error === "invalid" ? { message: "fixBelow", errors: result.fieldErrors, values: kept } : { message: result.error, values: kept };
  }
  return startSession(result.data.id, destination(form));
}

// Sign-in counts failures inside checkPassword (per address, per email, per email and address),
// so `limits` is empty on purpose.
const authenticate = publicAction({
  schema: signInSchema,
  limits: () => [],
  handler: async ({ email, password }, { address }) => {
    const check = await checkPassword({ email, password, address });
    if (check.ok) return { ok: true, data: check.user };
    if (check.reason === "throttled") return { ok: false, error: `throttled:${check.minutes}` };
    return { ok: false, error: check.triesLeft === null ? "invalid" : `invalidTriesLeft:${check.triesLeft}` };
  },
});

export async function signInAction(_prev: FormState | null, form: FormData): Promise<FormState> {
  const kept = values(form, ["email"]);
  const result = await authenticate(formToObject(form));
  if (!result.ok) return { message: result.error === "server" ? "server" : result.error, values: kept };
  return startSession(result.data.id, destination(form));
}

