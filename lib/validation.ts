import { z } from "zod";
import { CHECKLIST_KEYS } from "./content/schema";
import { isCommonPassword } from "./passwords-common";

// Error messages are translation keys under "auth.errors" / "errors"; forms translate them.
const email = z
  .string("emailInvalid")
  .trim()
  .max(254, "emailInvalid")
  .pipe(z.email("emailInvalid"))
  .transform((v) => v.toLowerCase());

// Never trimmed or truncated: what the learner typed is what is hashed.
const newPassword = z
  .string("passwordShort")
  .min(8, "passwordShort")
  .max(128, "passwordLong")
  .refine((p) => !isCommonPassword(p), "passwordCommon");

const anyPassword = z.string("invalid").min(1, "invalid").max(128, "invalid");

// Control characters (NUL, ESC…), bidi overrides and isolates, and other invisible format
// characters are removed; ZWNJ/ZWJ stay, since Bengali spelling uses them, but never count as the
// name: a name must keep at least one visible character.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115f\u1160\u3164\uffa0]/gu;
const KEPT_JOINERS = /[\u200c\u200d]/;
const name = z
  .string("nameRequired")
  .max(400, "nameRequired")
  .transform((v) =>
    v
      .normalize("NFC")
      .replace(INVISIBLE, (c) => (KEPT_JOINERS.test(c) ? c : c === "\t" || c === "\n" || c === "\r" ? " " : ""))
      .replace(/\s+/g, " ")
      .trim(),
  )
  .pipe(
    z
      .string()
      .max(80, "nameRequired")
      .refine((v) => v.replace(/[\s\u200c\u200d]/g, "").length > 0, "nameRequired"),
  );

export const localeSchema = z.enum(["bn", "en"]);

export const signUpSchema = z.object({
  name,
  email,
  password: newPassword,
  locale: localeSchema.catch("bn"),
});

export const signInSchema = z.object({ email: z.string().trim().toLowerCase().max(254), password: anyPassword });

export const profileSchema = z.object({ name, locale: localeSchema });

export const changePasswordSchema = z.object({ currentPassword: anyPassword, newPassword });

export const confirmPasswordSchema = z.object({ password: anyPassword });

export const lessonMarkSchema = z.object({
  lessonId: z.string().min(1).max(80),
  done: z.boolean(),
});

export const lessonVisitSchema = z.object({ lessonId: z.string().min(1).max(80) });

export const checklistKeySchema = z.enum(CHECKLIST_KEYS);

export const checklistMarkSchema = z.object({ key: checklistKeySchema, done: z.boolean() });

// A form post sends the ticked boxes as repeated "items" fields.
export const checklistFormSchema = z.object({
  items: z.array(checklistKeySchema).max(CHECKLIST_KEYS.length),
});

const BASE = "http://kajshekha.invalid";

/**
 * Only a path on this site: "/x", never "//host", "/\\host" or "https://host", so no open redirect.
 * Checked again after the URL parser has normalised it ("/.//evil.com" becomes "//evil.com").
 */
export function safeCallbackPath(value: unknown, fallback = "/dashboard"): string {
  if (typeof value !== "string" || value.length > 512) return fallback;
  const isLocal = (p: string) => p.startsWith("/") && !p.startsWith("//") && !p.startsWith("/\\") && !/[\u0000-\u001f\\]/.test(p);
  if (!isLocal(value)) return fallback;
  try {
    const url = new URL(value, BASE);
    if (url.origin !== BASE) return fallback;
    const out = url.pathname + url.search + url.hash;
    if (!isLocal(out) || new URL(out, BASE).origin !== BASE) return fallback;
    return out;
  } catch {
    return fallback;
  }
}

export const resetRequestSchema = z.object({ email, locale: localeSchema.catch("bn") });
export const resetConfirmSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "resetInvalid"), password: newPassword });
