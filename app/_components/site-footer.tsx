import { getLocale, getTranslations } from "next-intl/server";
import { DeviceSettings } from "./device-settings";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  const ts = await getTranslations("settings");
  const locale = await getLocale();
  return (
    <footer className="mt-12 border-t border-line bg-white">
      <div className="mx-auto max-w-5xl space-y-4 px-4 py-6 text-sm text-muted">
        <div className="space-y-2">
          <h2 className="text-base font-bold">{ts("title")}</h2>
          <DeviceSettings locale={locale} id="footer-device-settings" />
        </div>
        <div className="space-y-1">
          <p>{t("about")}</p>
          <p>{t("madeFor")}</p>
        </div>
      </div>
    </footer>
  );
}
