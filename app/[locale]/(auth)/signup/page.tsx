import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { formErrorText } from "@/lib/i18n/error-text";
import { Link } from "@/lib/i18n/link";
import { safeCallbackPath } from "@/lib/validation";
import { SignUpForm } from "./signup-form";
import { SitePage } from "@/app/_components/site-page";

export async function generateMetadata({ params }: PageProps<"/[locale]/signup">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth" });
  return { title: t("signUpTitle") };
}

export default async function SignUpPage({ params, searchParams }: PageProps<"/[locale]/signup">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const home = locale === "en" ? "/en/dashboard" : "/dashboard";
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl, home);
  if (await getSessionUser()) redirect(callbackUrl);
  const t = await getTranslations({ locale, namespace: "auth" });

  return (
    <SitePage locale={locale} path="/signup" query={callbackUrl === home ? undefined : { callbackUrl }}>
    <div className="mx-auto max-w-md space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("signUpTitle")}</h1>
        <p className="mt-2 text-muted">{t("signUpIntro")}</p>
      </header>
      <SignUpForm
        locale={locale}
        callbackUrl={callbackUrl}
        errorText={await formErrorText(locale)}
        labels={{
          name: t("name"),
          email: t("email"),
          password: t("password"),
          passwordHint: t("passwordHint"),
          submit: t("submitSignUp"),
          pending: t("pending"),
          showPassword: t("showPassword"),
        }}
      />
      <p>
        {t("haveAccount")}{" "}
        <Link href={{ pathname: "/signin", query: callbackUrl === home ? {} : { callbackUrl } }}>{t("signInTitle")}</Link>
      </p>
    </div>
    </SitePage>
  );
}
