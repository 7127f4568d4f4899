import { createHash } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { resetTokenIsValid } from "@/db/password-resets";
import { ResetForm } from "@/app/_components/recovery-forms";
import { formErrorText } from "@/lib/i18n/error-text";
import { Link } from "@/lib/i18n/link";

export async function generateMetadata({ params }: PageProps<"/[locale]/reset/[token]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "recovery" });
  // The token is in the path: never sent on as a referrer.
  return { title: t("resetTitle"), robots: { index: false }, referrer: "no-referrer" };
}

/** Opening the link only shows the form (mail scanners open links too); the token is used on submit. */
export default async function ResetPage({ params }: PageProps<"/[locale]/reset/[token]">) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "recovery" });
  const ta = await getTranslations({ locale, namespace: "auth" });
  const wellFormed = /^[A-Za-z0-9_-]{43}$/.test(token);
  const valid = wellFormed && (await resetTokenIsValid({ tokenHash: createHash("sha256").update(token).digest("base64url") }));
  return (
    <div className="mx-auto max-w-md space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("resetTitle")}</h1>
        <p className="mt-2 text-muted">{valid ? t("resetIntro") : t("invalidLink")}</p>
      </header>
      {valid ? (
        <ResetForm
          locale={locale}
          token={token}
          errorText={await formErrorText(locale)}
          labels={{ password: ta("newPassword"), hint: ta("passwordHint"), submit: t("submitReset"), pending: ta("pending"), showPassword: ta("showPassword") }}
        />
      ) : (
        <p>
          <Link href="/forgot">{t("askAgain")}</Link>
        </p>
      )}
    </div>
  );
}
