"use server";

import { createHash, randomBytes } from "node:crypto";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { consumeResetToken, saveResetToken } from "@/db/password-resets";
import { getUserByEmail, updatePassword } from "@/db/users";
import { formToObject, publicAction } from "@/lib/auth/action";
import { startSession } from "@/lib/auth/start-session";
import { fill } from "@/lib/format";
import { sendMail } from "@/lib/mail";
import { hashPassword } from "@/lib/passwords";
import { resetConfirmSchema, resetRequestSchema } from "@/lib/validation";
import type { FormState } from "@/app/_components/form-field";

const HOUR = 60 * 60 * 1000;
const RESET_VALID_MS = 30 * 60 * 1000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

/** AUTH_URL when set, else the origin this request was made to. */
async function siteOrigin(): Promise<string> {
  if (process.env.AUTH_URL) return new URL(process.env.AUTH_URL).origin;
  const h = await headers();
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${proto}://${h.get("host") ?? "localhost"}`;
}

async function mailResetLink(user: { id: number; name: string; email: string; locale: "bn" | "en" }) {
  const token = randomBytes(32).toString("base64url");
  await saveResetToken({ userId: user.id, tokenHash: hashToken(token), expiresAt: Date.now() + RESET_VALID_MS });
  const t = await getTranslations({ locale: user.locale, namespace: "recovery" });
  const link = `${await siteOrigin()}${user.locale === "en" ? "/en" : ""}/reset/${token}`;
  // Sent without waiting, so the answer takes as long whether or not the account exists.
  void sendMail({ to: user.email, subject: t("mailSubject"), text: fill(t.raw("mailBody") as string, { name: user.name, link }, user.locale) }).catch((error: unknown) =>
    console.error("[mail] reset mail failed:", error instanceof Error ? error.message : error),
  );
}

const requestReset = publicAction({
  schema: resetRequestSchema,
  limits: ({ email }, address) => [
    { key: `reset:address:${address}`, max: 10, windowMs: HOUR },
    { key: `reset:email:${email}`, max: 3, windowMs: HOUR },
  ],
  handler: async ({ email }) => {
    const user = await getUserByEmail({ email });
    if (user) await mailResetLink(user);
    return { ok: true, data: null };
  },
});

/** Always the same answer, whether or not the email has an account (or its budget is spent). */
export async function requestResetAction(_prev: FormState | null, form: FormData): Promise<FormState> {
  const email = String(form.get("email") ?? "").slice(0, 254);
  const result = await requestReset(formToObject(form));
  if (!result.ok && result.error === "invalid") return { message: "fixBelow", errors: result.fieldErrors, values: { email } };
  if (!result.ok && result.error === "server") return { message: "server", values: { email } };
  return { ok: true, message: "sent" };
}

const confirmReset = publicAction({
  schema: resetConfirmSchema,
  limits: (_input, address) => [{ key: `reset-confirm:address:${address}`, max: 30, windowMs: HOUR }],
  handler: async ({ token, password }) => {
    const userId = await consumeResetToken({ tokenHash: hashToken(token) });
    if (userId === null) return { ok: false, error: "resetInvalid" };
    // The new session version revokes every session, this browser's old one included.
    await updatePassword({ userId, passwordHash: await hashPassword(password) });
    return { ok: true, data: userId };
  },
});

export async function confirmResetAction(_prev: FormState | null, form: FormData): Promise<FormState> {
  const result = await confirmReset(formToObject(form));
  if (!result.ok) return result.error === "invalid" ? { message: "fixBelow", errors: result.fieldErrors } : { message: result.error };
  return startSession(result.data, form.get("locale") === "en" ? "/en/dashboard" : "/dashboard");
}
