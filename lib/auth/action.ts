import "server-only";
import { z } from "zod";
import { DataError } from "@/db/errors";
import { limitAll, minutesOf, type Limit } from "@/lib/rate-limit";
import { currentAddress } from "./address";
import { getSessionUser, type SessionUser } from "./session";

export type ActionError = "signInRequired" | "invalid" | "server";
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: ActionError | (string & {}); fieldErrors?: Record<string, string[] | undefined> };

const invalid = (error: z.ZodError) => ({ ok: false as const, error: "invalid", fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]> });

/**
 * The one way to write a server action: the session is checked, then the input is parsed with
 * zod, and only then does the handler run, with a typed learner. Nothing reaches the database
 * for an anonymous or malformed call. The handler also gets the client address, for actions
 * that check a password (limited like sign-in).
 */
export function withUser<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, user: SessionUser, context: { address: string }) => Promise<ActionResult<T>> | ActionResult<T>,
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const user = await getSessionUser();
    if (!user) return { ok: false, error: "signInRequired" };
    const parsed = schema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    try {
      return await handler(parsed.data, user, { address: await currentAddress() });
    } catch (error) {
      if (error instanceof DataError) return { ok: false, error: "server" };
      throw error;
    }
  };
}

/**
 * The one way to write a public (signed-out) action: zod first, so oversized or malformed input
 * never reaches the database; then its rate limits, counted atomically in order (put the
 * per-address one first); then the handler, with the client address. `limits` is required: a
 * public action without a limit cannot be written by accident (`() => []` says so on purpose,
 * for an action that limits inside, like sign-in's failure counting).
 */
export function publicAction<S extends z.ZodType, T>(options: {
  schema: S;
  limits: (input: z.output<S>, address: string) => readonly Limit[];
  handler: (input: z.output<S>, context: { address: string }) => Promise<ActionResult<T>> | ActionResult<T>;
}) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const parsed = options.schema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    try {
      const address = await currentAddress();
      const counted = await limitAll(options.limits(parsed.data, address));
      if (!counted.ok) return { ok: false, error: `throttled:${minutesOf(counted.retryAfterMs)}` };
      return await options.handler(parsed.data, { address });
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
