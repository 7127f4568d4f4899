import "server-only";
import { z } from "zod";
import { DataError } from "@/db/errors";
import { getSessionUser, type SessionUser } from "./session";

export type ActionError = "signInRequired" | "invalid" | "server";
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: ActionError | (string & {}); fieldErrors?: Record<string, string[] | undefined> };

/**
 * The one way to write a server action: the session is checked, then the input is parsed with
 * zod, and only then does the handler run, with a typed learner. Nothing reaches the database
 * for an anonymous or malformed call.
 */
export function withUser<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, user: SessionUser) => Promise<ActionResult<T>> | ActionResult<T>,
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const user = await getSessionUser();
    if (!user) return { ok: false, error: "signInRequired" };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: "invalid", fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
    }
    try {
      return await handler(parsed.data, user);
    } catch (error) {
      if (error instanceof DataError) return { ok: false, error: "server" };
      throw error;
    }
  };
}

/** FormData to a plain object; repeated fields (checkboxes) become arrays. */
export function formToObject(form: FormData, arrays: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = arrays.includes(key) ? values : values[0];
  }
  for (const key of arrays) out[key] ??= [];
  return out;
}
