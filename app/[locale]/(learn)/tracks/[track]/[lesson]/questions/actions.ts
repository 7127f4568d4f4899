"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { answerQuestion, askQuestion, deletePost, editPost, reportPost, toggleAccepted, toggleHelpful } from "@/db/questions";
import { formToObject, withUser, type ActionResult } from "@/lib/auth/action";
import { findLessonById } from "@/lib/content";
import { acceptSchema, answerSchema, askSchema, editPostSchema, postRefSchema, voteSchema } from "@/lib/questions-validation";
import { safeCallbackPath } from "@/lib/validation";
import type { PostFormState } from "@/app/_components/questions-post-form";

const PAGE = "/[locale]/tracks/[track]/[lesson]/questions";

function toState(result: ActionResult<unknown>, form: FormData, success: string): PostFormState {
  if (result.ok) {
    revalidatePath(PAGE, "page");
    return { ok: true, message: success, key: Date.now() };
  }
  const values = { body: String(form.get("body") ?? "") };
  if (result.error === "invalid") return { message: "fixBelow", errors: result.fieldErrors, values };
  return { message: result.error, values };
}

const ask = withUser(askSchema, async ({ lessonId, body }, user) => {
  const found = findLessonById(lessonId);
  if (!found) return { ok: false, error: "notFound" };
  const result = await askQuestion({ userId: user.id, lessonId, trackSlug: found.track.slug, body });
  return result.ok ? { ok: true, data: result.id } : result;
});

export async function askAction(_prev: PostFormState | null, form: FormData): Promise<PostFormState> {
  return toState(await ask(formToObject(form)), form, "asked");
}

const answer = withUser(answerSchema, async ({ questionId, body }, user) => {
  const result = await answerQuestion({ userId: user.id, questionId, body });
  return result.ok ? { ok: true, data: result.id } : result;
});

export async function answerAction(_prev: PostFormState | null, form: FormData): Promise<PostFormState> {
  return toState(await answer(formToObject(form)), form, "answered");
}

/**
 * The small buttons (edit, delete, solved, helpful, report) post a plain form and come back to
 * the same questions page, at the post, with a notice: the page works the same without JavaScript.
 */
function back(form: FormData, notice: string, anchor?: string): never {
  const path = safeCallbackPath(form.get("back"), "/tracks");
  const clean = path.split(/[?#]/)[0]!;
  redirect(`${clean}?notice=${encodeURIComponent(notice)}${anchor ? `#${anchor}` : ""}`);
}
const noticeOf = (r: ActionResult<unknown>, ok: string) => (r.ok ? ok : r.error === "invalid" && r.fieldErrors?.body ? r.fieldErrors.body[0]! : r.error);

const edit = withUser(editPostSchema, async ({ kind, id, body }, user) =>
  (await editPost({ userId: user.id, kind, id, body })) ? { ok: true, data: null } : { ok: false, error: "editWindow" },
);
export async function editAction(form: FormData) {
  const result = await edit(formToObject(form));
  back(form, noticeOf(result, "saved"), `${form.get("kind")}-${form.get("id")}`);
}

const remove = withUser(postRefSchema, async ({ kind, id }, user) =>
  (await deletePost({ userId: user.id, kind, id })) ? { ok: true, data: null } : { ok: false, error: "notAllowed" },
);
export async function deleteAction(form: FormData) {
  const result = await remove(formToObject(form));
  back(form, noticeOf(result, "deleted"), `${form.get("kind")}-${form.get("id")}`);
}

const accept = withUser(acceptSchema, async ({ questionId, answerId }, user) =>
  (await toggleAccepted({ userId: user.id, questionId, answerId })) ? { ok: true, data: null } : { ok: false, error: "notAllowed" },
);
export async function acceptAction(form: FormData) {
  const result = await accept(formToObject(form));
  back(form, noticeOf(result, form.get("accepted") === "1" ? "unsolved" : "solved"), `question-${form.get("questionId")}`);
}

const vote = withUser(voteSchema, async ({ answerId }, user) => {
  const result = await toggleHelpful({ userId: user.id, answerId });
  return result.ok ? { ok: true, data: result.voted } : result;
});
export async function voteAction(form: FormData) {
  const result = await vote(formToObject(form));
  back(form, result.ok ? (result.data ? "voted" : "unvoted") : result.error, `answer-${form.get("answerId")}`);
}

const report = withUser(postRefSchema, async ({ kind, id }, user) => {
  const result = await reportPost({ userId: user.id, kind, id });
  return result.ok ? { ok: true, data: result.hidden } : result;
});
export async function reportAction(form: FormData) {
  const result = await report(formToObject(form));
  back(form, noticeOf(result, "reported"), `${form.get("kind")}-${form.get("id")}`);
}
