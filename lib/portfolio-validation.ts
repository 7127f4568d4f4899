import { z } from "zod";

// Error messages are translation keys under "portfolio.errors".

/** https only, no credentials, no script schemes, at most 500 characters. */
export const practiceUrl = z
  .string("urlInvalid")
  .trim()
  .min(1, "urlRequired")
  .max(500, "urlLong")
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === "https:" && u.username === "" && u.password === "" && u.hostname.includes(".");
    } catch {
      return false;
    }
  }, "urlInvalid");

const text = (max: number, key: string) =>
  z
    .string()
    .transform((v) => v.normalize("NFC").replace(/\s+/g, " ").trim())
    .pipe(z.string().max(max, key));

// An HTML checkbox: "on" when ticked, absent when not.
const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("")])
  .optional()
  .transform((v) => v === "on" || v === "true");

export const practiceSchema = z.object({
  lessonId: z.string().min(1).max(100),
  url: practiceUrl,
  note: text(500, "noteLong").default(""),
  shown: checkbox,
});

export const practiceRemoveSchema = z.object({ lessonId: z.string().min(1).max(100) });

export const RESERVED_HANDLES = new Set([
  "admin", "administrator", "api", "about", "account", "certificate", "certificates", "dashboard", "en", "bn",
  "help", "kajshekha", "login", "logout", "me", "moderator", "null", "root", "settings", "signin", "signup",
  "staff", "support", "system", "tracks", "u", "undefined", "verify", "www",
]);

export const handle = z
  .string("handleInvalid")
  .trim()
  .toLowerCase()
  .min(3, "handleLength")
  .max(30, "handleLength")
  .regex(/^[a-z0-9-]+$/, "handleInvalid")
  .refine((h) => !RESERVED_HANDLES.has(h), "handleReserved");

export const portfolioSchema = z.object({
  handle,
  displayName: text(80, "displayNameLong").pipe(z.string().min(1, "displayNameRequired")),
  headline: text(120, "headlineLong").default(""),
  published: checkbox,
});
