import { getTranslations } from "next-intl/server";

const THEMES = ["system", "light", "dark"] as const;
const SAVER = ["on", "off"] as const;

/**
 * Theme and data saver, kept on this device (lib/device-prefs.mjs). A plain form to /api/prefs:
 * it works without JavaScript and adds none to the page. Which choice is current is known only
 * in the browser (pages are prerendered), so CSS shows it from <html data-theme / data-save>
 * (app/globals.css, [data-pref]); the hidden text it reveals is read by screen readers too.
 */
export async function DeviceSettings({ locale, id }: { locale: string; id: string }) {
  const t = await getTranslations({ locale, namespace: "settings" });
  const choice = (group: "theme" | "save", value: string, label: string) => (
    <button key={value} type="submit" form={id} name={group} value={value} data-pref={`${group}-${value}`} className="pref-choice btn min-h-10 border border-line bg-white px-3 py-1 text-sm font-medium text-ink hover:bg-brand-50">
      <span className="pref-current">
        <span aria-hidden="true">✓ </span>
        <span className="sr-only">{t("current")}</span>
      </span>
      {label}
    </button>
  );
  return (
    // The buttons name their form by id instead of sitting inside it: a page's own forms stay the
    // only <form> elements around their submit buttons.
    <div className="space-y-3" data-testid="device-settings">
      <form id={id} method="post" action="/api/prefs" />
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="mb-1 font-semibold text-ink">{t("theme")}</legend>
        {THEMES.map((v) => choice("theme", v, t(v)))}
      </fieldset>
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="mb-1 font-semibold text-ink">{t("dataSaver")}</legend>
        {SAVER.map((v) => choice("save", v, t(v)))}
      </fieldset>
      <p className="text-sm text-muted">{t("hint")}</p>
    </div>
  );
}
