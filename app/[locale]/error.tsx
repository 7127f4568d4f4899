"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <h1 className="text-3xl font-bold">{t("errorTitle")}</h1>
      <p className="text-muted">{t("errorBody")}</p>
      <button type="button" onClick={reset} className="btn-primary">
        {t("tryAgain")}
      </button>
    </div>
  );
}
