import { getTranslations } from "next-intl/server";
import { getPractice } from "@/db/portfolio";
import { getSessionUser } from "@/lib/auth/session";
import { portfolioErrorText } from "@/lib/i18n/portfolio-error-text";
import { PracticeForm } from "./portfolio-forms";
import { PracticeSignIn } from "./portfolio-practice-sign-in";

type Props = { locale: string; lessonId: string; path: string; signedIn: boolean };

/**
 * Issue 15, inside the lesson's practice card: the signed-in learner's own saved work, on the
 * dynamic twin only (app/[locale]/learner); the visitor's prerendered page renders PracticeSignIn
 * instead and does not import this file, so it reads no cookie and ships no form code.
 */
export async function PracticeWork({ locale, lessonId, path, signedIn }: Props) {
  const t = await getTranslations({ locale, namespace: "portfolio" });
  const user = signedIn ? await getSessionUser() : null;
  if (!user) return <PracticeSignIn locale={locale} path={path} />;
  const saved = await getPractice({ userId: user.id, lessonId });
  return (
    <div className="mt-4 space-y-3 border-t border-amber-300 pt-4" data-testid="practice-work">
      <h3 className="font-bold">{t("practiceTitle")}</h3>
      <p className="text-sm">{t("practiceIntro")}</p>
      <PracticeForm
        errorText={await portfolioErrorText(locale)}
        lessonId={lessonId}
        saved={{ url: saved?.url ?? "", note: saved?.note ?? "", shown: saved?.shown ?? false }}
        labels={{ url: t("urlLabel"), urlHint: t("urlHint"), note: t("noteLabel"), noteHint: t("noteHint"), shown: t("shownLabel"), save: t("save"), remove: t("remove") }}
      />
    </div>
  );
}
