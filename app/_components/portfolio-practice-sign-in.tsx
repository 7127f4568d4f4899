import { getTranslations } from "next-intl/server";
import { localePath } from "@/lib/i18n/paths";

/** The practice card's foot for a visitor: a sign-in link, no form (so no form code ships). */
export async function PracticeSignIn({ locale, path }: { locale: string; path: string }) {
  const t = await getTranslations({ locale, namespace: "portfolio" });
  const signIn = localePath(locale, { pathname: "/signin", query: { callbackUrl: localePath(locale, path) } });
  return (
    <p className="mt-4 flex flex-wrap items-center gap-3 border-t border-amber-300 pt-4">
      <a href={signIn} className="btn-secondary" data-testid="practice-sign-in">{t("signInToSave")}</a>
      <span className="text-sm">{t("signInHint")}</span>
    </p>
  );
}
