import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForgotForm } from "@/app/_components/recovery-forms";
import { formErrorText } from "@/lib/i18n/error-text";
import { Link } from "@/lib/i18n/link";

export async function generateMetadata({ params }: PageProps<"/[locale]/forgot">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "recovery" });
  return { title: t("forgotTitle"), robots: { index: false } };
}

export default async function ForgotPage({ params }: PageProps<"/[locale]/forgot">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "recovery" });
  const ta = await getTranslations({ locale, namespace: "auth" });
  return (
    <div className="mx-auto max-w-md space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("forgotTitle")}</h1>
        <p className="mt-2 text-muted">{t("forgotIntro")}</p>
      </header>
      <ForgotForm locale={locale} errorText={{ ...(await formErrorText(locale)), sent: t("sent") }} labels={{ email: ta("email"), submit: t("submitForgot"), pending: ta("pending") }} />
      <p>
        <Link href="/signin">{t("backToSignIn")}</Link>
      </p>
    </div>
  );
}
