import { getTranslations } from "next-intl/server";
import { formErrorText } from "./error-text";

/** The form error texts plus the portfolio's own, and its success messages. */
export async function portfolioErrorText(locale: string): Promise<Record<string, string>> {
  const t = await getTranslations({ locale, namespace: "portfolio" });
  return {
    ...(await formErrorText(locale)),
    ...(t.raw("errors") as Record<string, string>),
    practiceSaved: t("saved"),
    practiceRemoved: t("removed"),
    settingsSaved: t("settingsSaved"),
  };
}
