import { getTranslations } from "next-intl/server";
import { localePath } from "@/lib/i18n/paths";

/** "My notes" for a visitor: a sign-in link, no form (so no form code ships with the page). */
export async function LessonNotesSignIn({ locale, path }: { locale: string; path: string }) {
  const t = await getTranslations({ locale, namespace: "notes" });
  return (
    <section id="notes" aria-labelledby="notes-title" className="card space-y-2">
      <h2 id="notes-title" className="text-xl font-bold">{t("title")}</h2>
      <p>
        <a href={localePath(locale, { pathname: "/signin", query: { callbackUrl: localePath(locale, path) } })}>{t("signIn")}</a>
      </p>
    </section>
  );
}
