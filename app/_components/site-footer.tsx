import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="mt-12 border-t border-line bg-white">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-6 text-sm text-muted">
        <p>{t("about")}</p>
        <p>
          {t("madeFor")}
        </p>
      </div>
    </footer>
  );
}
