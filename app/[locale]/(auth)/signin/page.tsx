import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { formErrorText } from "@/lib/i18n/error-text";
import { Link } from "@/lib/i18n/link";
import { safeCallbackPath } from "@/lib/validation";
import { SignInForm } from "./signin-form";
import { SitePage } from "@/app/_components/site-page";

export async function generateMetadata({ params }: PageProps<"/[locale]/signin">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth" });
  return { title: t("signInTitle"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/signin">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const home = locale === "en" ? "/en/dashboard" : "/dashboard";
  const requested = (await searchParams).callbackUrl;
  const callbackUrl = safeCallbackPath(requested, home);
  if (await getSessionUser()) redirect(callbackUrl);
  const t = await getTranslations({ locale, namespace: "auth" });
  const tr = await getTranslations({ locale, namespace: "recovery" });

  return (
    <SitePage locale={locale} path="/signin" query={requested === undefined ? undefined : { callbackUrl }}>
    <div className="mx-auto max-w-md space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("signInTitle")}</h1>
        <p className="mt-2 text-muted">{t("signInIntro")}</p>
      </header>
      <SignInForm
        locale={locale}
        callbackUrl={requested === undefined ? "" : callbackUrl}
        errorText={await formErrorText(locale)}
        labels={{ email: t("email"), password: t("password"), submit: t("submitSignIn"), pending: t("pending"), showPassword: t("showPassword") }}
      />
      <p>
        <Link href="/forgot">{tr("forgotLink")}</Link>
      </p>
      <p>
        {t("noAccount")}{" "}
        <Link href={{ pathname: "/signup", query: callbackUrl === home ? {} : { callbackUrl } }}>{t("signUpTitle")}</Link>
      </p>
    </div>
    </SitePage>
  );
}
