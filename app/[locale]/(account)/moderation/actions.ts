"use server";

import { redirect } from "next/navigation";
import { moderatePost } from "@/db/questions";
import { formToObject, withUser } from "@/lib/auth/action";
import { moderateSchema } from "@/lib/questions-validation";

// The moderator role is checked by moderatePost in the same statement that changes the post.
const moderate = withUser(moderateSchema, async ({ kind, id, decision }, user) =>
  (await moderatePost({ moderatorId: user.id, kind, id, decision })) ? { ok: true, data: decision } : { ok: false, error: "failed" },
);

export async function moderateAction(form: FormData) {
  const result = await moderate(formToObject(form));
  const prefix = form.get("locale") === "en" ? "/en" : "";
  const notice = result.ok ? (result.data === "restore" ? "restored" : "removed") : "failed";
  redirect(`${prefix}/moderation?notice=${notice}`);
}
