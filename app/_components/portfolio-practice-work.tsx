import { getTranslations } from "next-intl/server";
import { getPractice } from "@/db/portfolio";
import { getSessionUser } from "@/lib/auth/session";
import { localePath } from "@/lib/i18n/paths";
import { portfolioErrorText } from "@/lib/i18n/portfolio-error-text";
import { PracticeForm } from "./portfolio-forms";

type Props = { locale: string; lessonId: string; path: string; signedIn: boolean };

/**
 * Issue 15, inside the lesson's practice card: the signed-in learner's own saved work (only on the
 * dynamic twin, `signedIn`), or for a visitor a sign-in link, so the prerendered page reads no
 * cookie and ships no form code.
 */
export async function PracticeWork({ locale, lessonId, path, signedIn }: Props) {
  const t = await getTranslations({ locale, namespace: "portfolio" });
  const user = signedIn ? await getSessionUser() : null;
  if (!user) {
    const signIn = localePath(locale, { pathname: "/signin", query: { callbackUrl: localePath(locale, path) } });
    return (
      <p className="mt-4 flex flex-wrap items-center gap-3 border-t border-amber-300 pt-4">
        <a href={signIn} className="btn-secondary" data-testid="practice-sign-in">{t("signInToSave")}</a>
        <span className="text-sm">{t("signInHint")}</span>
      </p>
    );
  }
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
