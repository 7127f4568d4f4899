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

const name = z
  .string("nameRequired")
  .transform((v) => v.normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1, "nameRequired").max(80, "nameRequired"));

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

/** Only a path on this site: "/x", never "//host" or "https://host", so no open redirect. */
export function safeCallbackPath(value: unknown, fallback = "/dashboard"): string {
  if (typeof value !== "string" || value.length > 512) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  try {
    const url = new URL(value, "http://kajshekha.invalid");
    if (url.origin !== "http://kajshekha.invalid") return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
