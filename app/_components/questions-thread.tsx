import { getTranslations } from "next-intl/server";
import { EDIT_WINDOW_MS, type AnswerView, type PostView, type QuestionView } from "@/db/questions";
import { formatDate } from "@/lib/format";
import { CheckIcon } from "@/app/_components/icons";
import { PostForm } from "@/app/_components/questions-post-form";
import { PostText } from "@/app/_components/questions-post-text";
import { acceptAction, answerAction, deleteAction, editAction, reportAction, voteAction } from "@/app/[locale]/(learn)/tracks/[track]/[lesson]/questions/actions";

type Viewer = { id: number } | null;
type T = Awaited<ReturnType<typeof getTranslations<"questions">>>;

function Hidden({ fields }: { fields: Record<string, string | number> }) {
  return Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={String(value)} />);
}

/** Author, time, the text (or what became of it), and the author's and readers' own buttons. */
function Post({ kind, post, viewer, back, t, locale, byKey, now }: { kind: "question" | "answer"; post: PostView; viewer: Viewer; back: string; t: T; locale: string; byKey: "askedBy" | "answeredBy"; now: number }) {
  const name = post.authorName ?? t("deletedLearner");
  const mine = viewer !== null && post.authorId === viewer.id;
  const editable = mine && post.state === "visible" && now - post.createdAt < EDIT_WINDOW_MS;
  const ref = { kind, id: post.id, back };
  return (
    <div className="space-y-2">
      <p className="text-sm text-muted">
        <span className="font-semibold text-ink">{t(byKey, { name })}</span> ·{" "}
        <time dateTime={new Date(post.createdAt).toISOString()}>{formatDate(post.createdAt, locale)}</time>
        {post.editedAt !== null && post.state === "visible" && <> · {t("edited")}</>}
      </p>
      {post.state === "visible" ? (
        <PostText body={post.body} warning={t("warning")} notClickable={t("linkNotClickable")} />
      ) : (
        <p className="italic text-muted" data-testid="post-state">
          {t(post.state)}
        </p>
      )}
      {viewer && post.state !== "deleted" && post.state !== "removed" && (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {editable && (
            <details className="w-full">
              <summary className="cursor-pointer font-semibold text-brand-700">{t("edit")}</summary>
              <form action={editAction} className="mt-2 space-y-2">
                <Hidden fields={ref} />
                <label htmlFor={`edit-${kind}-${post.id}`} className="block font-semibold">
                  {kind === "question" ? t("editQuestion") : t("editAnswer")}
                </label>
                <textarea id={`edit-${kind}-${post.id}`} name="body" rows={4} defaultValue={post.body} className="field" aria-describedby={`edit-${kind}-${post.id}-hint`} />
                <p id={`edit-${kind}-${post.id}-hint`} className="text-muted">{t("editHint")}</p>
                <button type="submit" className="btn-secondary">{t("save")}</button>
              </form>
            </details>
          )}
          {mine && (
            <form action={deleteAction}>
              <Hidden fields={ref} />
              <button type="submit" className="btn-secondary min-h-9 px-3 py-1">{t("delete")}</button>
            </form>
          )}
          {!mine && post.state === "visible" &&
            (post.reportedByViewer ? (
              <span className="text-muted">{t("reported")}</span>
            ) : (
              <form action={reportAction}>
                <Hidden fields={ref} />
                <button type="submit" className="btn-secondary min-h-9 px-3 py-1" data-testid="report">{t("report")}</button>
              </form>
            ))}
        </div>
      )}
    </div>
  );
}

function Answer({ answer, question, viewer, back, t, locale, now }: { answer: AnswerView; question: QuestionView; viewer: Viewer; back: string; t: T; locale: string; now: number }) {
  const asker = viewer !== null && question.authorId === viewer.id && question.state === "visible";
  const canVote = viewer !== null && answer.authorId !== viewer.id && answer.state === "visible";
  return (
    <li id={`answer-${answer.id}`} data-testid="answer" className={`space-y-2 rounded-lg border p-3 ${answer.accepted ? "border-brand-600 bg-brand-50" : "border-line"}`}>
      {answer.accepted && (
        <p className="badge bg-brand-700 text-white" data-testid="accepted">
          <CheckIcon /> {t("accepted")}
        </p>
      )}
      <Post kind="answer" post={answer} viewer={viewer} back={back} t={t} locale={locale} byKey="answeredBy" now={now} />
      {answer.state === "visible" && (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {canVote ? (
            <form action={voteAction}>
              <Hidden fields={{ answerId: answer.id, back }} />
              <button type="submit" aria-pressed={answer.votedByViewer} className={answer.votedByViewer ? "btn-primary min-h-9 px-3 py-1" : "btn-secondary min-h-9 px-3 py-1"} data-testid="helpful">
                {t("helpful")}
              </button>
            </form>
          ) : null}
          <span className="text-muted" data-testid="helpful-count">{t("helpfulCount", { count: answer.helpful })}</span>
          {asker && (
            <form action={acceptAction}>
              <Hidden fields={{ questionId: question.id, answerId: answer.id, accepted: answer.accepted ? "1" : "0", back }} />
              <button type="submit" className="btn-secondary min-h-9 px-3 py-1" data-testid="solved-it">
                {answer.accepted ? t("notSolved") : t("solvedIt")}
              </button>
            </form>
          )}
        </div>
      )}
    </li>
  );
}

/** One question with its answers and, for a signed-in learner, the answer form. */
export async function QuestionThread({ question, viewer, back, locale, errorText }: { question: QuestionView; viewer: Viewer; back: string; locale: string; errorText: Record<string, string> }) {
  const t = await getTranslations({ locale, namespace: "questions" });
  // A server component renders once per request: "now" is the request's time, as intended.
  // eslint-disable-next-line react-hooks/purity
  const now = Date.now();
  const solved = question.acceptedAnswerId !== null;
  const visibleAnswers = question.answers.filter((a) => a.state === "visible").length;
  const headingId = `question-${question.id}-answers`;
  return (
    <li id={`question-${question.id}`} data-testid="question" className="card space-y-4">
      <p className={`badge ${solved ? "bg-brand-700 text-white" : "bg-amber-50 text-amber-900"}`} data-testid="question-status">
        {solved ? <><CheckIcon /> {t("solved")}</> : t("open")}
      </p>
      <Post kind="question" post={question} viewer={viewer} back={back} t={t} locale={locale} byKey="askedBy" now={now} />
      <section aria-labelledby={headingId} className="space-y-3 border-t border-line pt-3">
        <h3 id={headingId} className="font-bold">
          {visibleAnswers === 0 ? t("noAnswers") : t("answers", { count: visibleAnswers })}
        </h3>
        {question.answers.length > 0 && (
          <ol className="space-y-3">
            {question.answers.map((a) => (
              <Answer key={a.id} answer={a} question={question} viewer={viewer} back={back} t={t} locale={locale} now={now} />
            ))}
          </ol>
        )}
        {viewer && question.state === "visible" && (
          <PostForm
            action={answerAction}
            hidden={{ questionId: String(question.id) }}
            labels={{ field: t("yourAnswer"), hint: t("answerHint"), submit: t("postAnswer") }}
            errorText={errorText}
            testId="answer-form"
          />
        )}
      </section>
    </li>
  );
}
