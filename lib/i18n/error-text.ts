import { getTranslations } from "next-intl/server";

/** The translated form error texts, keyed as the server actions return them. */
export async function formErrorText(locale: string): Promise<Record<string, string>> {
  const t = await getTranslations({ locale, namespace: "auth" });
  const te = await getTranslations({ locale, namespace: "errors" });
  const auth = t.raw("errors") as Record<string, string>;
  return {
    ...auth,
    signInRequired: te("signInRequired"),
    unknownLesson: te("unknownLesson"),
    unknownItem: te("unknownItem"),
    server: te("server"),
  };
}
