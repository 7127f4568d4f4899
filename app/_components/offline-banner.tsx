import { getTranslations } from "next-intl/server";

/**
 * Hidden on every page; shown by CSS (globals.css) when the service worker serves the saved copy
 * of a page while there is no connection (it marks <html data-ks-offline>). No script needed.
 */
export async function OfflineBanner({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "offline" });
  return (
    <p className="ks-offline-banner bg-warn-bg px-4 py-2 text-center text-sm font-semibold text-warn-ink" data-testid="offline-banner">
      {t("banner")}
    </p>
  );
}
