import { CheckIcon } from "@/app/_components/icons";
import { submitVisitorLessonMark } from "../../../actions";
import type { MarkLabels } from "./mark-lesson-button";

/**
 * "Mark done" on the prerendered page every visitor gets: a form rendered on the server, so the
 * page ships none of the learner's mark code (mark-lesson-button.tsx, for the signed-in twin). Its
 * post is answered with the sign-in page, which brings the visitor back with ?mark=1; a learner
 * whose browser lacked the signed-in hint is marked and sent back to the lesson, now their own.
 */
export function VisitorMarkForm({ lessonId, locale, labels, variant }: { lessonId: string; locale: string; labels: MarkLabels; variant: "top" | "bottom" }) {
  const fields = (
    <>
      <input type="hidden" name="lessonId" value={lessonId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="done" value="1" />
    </>
  );
  if (variant === "bottom") {
    return (
      <form action={submitVisitorLessonMark} className="flex flex-col items-stretch gap-1 sm:items-end">
        {fields}
        <input type="hidden" name="then" value="next" />
        <button type="submit" className="btn-primary" data-testid="done-next">
          <CheckIcon /> {labels.doneNext} <span aria-hidden="true">→</span>
        </button>
      </form>
    );
  }
  return (
    <form action={submitVisitorLessonMark} className="flex flex-wrap items-center gap-3">
      {fields}
      <button type="submit" className="btn-primary" data-testid="mark-lesson">
        <CheckIcon /> {labels.markDone}
      </button>
      <span className="text-sm text-muted">{labels.signIn}</span>
    </form>
  );
}
