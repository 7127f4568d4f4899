import { getTranslations } from "next-intl/server";
import { getCurriculum, pick } from "@/lib/content";
import { localePath } from "@/lib/i18n/paths";
import { ChecksForm, type CheckLabels } from "./checks-form";

/** "Check yourself" on a lesson page: the questions, prerendered; grading is the server's. */
export async function ChecksSection({ lessonId, locale, returnPath }: { lessonId: string; locale: string; returnPath: string }) {
  const questions = getCurriculum().checks[lessonId];
  if (!questions) return null;
  const t = await getTranslations({ locale, namespace: "checks" });
  const raw = (key: keyof CheckLabels) => t.raw(key) as string;
  const labels: CheckLabels = {
    question: raw("question"),
    submit: raw("submit"),
    again: raw("again"),
    right: raw("right"),
    wrong: raw("wrong"),
    rightAnswer: raw("rightAnswer"),
    score: raw("score"),
    allRight: raw("allRight"),
    tryAgain: raw("tryAgain"),
    best: raw("best"),
    bestPassed: raw("bestPassed"),
    signInToSave: raw("signInToSave"),
  };
  const view = questions.map((q) => ({ id: q.id, text: pick(q.question, locale), options: q.options.map((o) => ({ id: o.id, text: pick(o.text, locale) })) }));
  const signInHref = localePath(locale, { pathname: "/signin", query: { callbackUrl: localePath(locale, returnPath) } });
  return (
    <section aria-labelledby="check-yourself" data-testid="check-yourself">
      <h2 id="check-yourself" className="text-xl font-bold">{t("title")}</h2>
      <p className="mt-1 text-muted">{t("intro")}</p>
      <ChecksForm lessonId={lessonId} locale={locale} questions={view} signInHref={signInHref} labels={labels} />
    </section>
  );
}
