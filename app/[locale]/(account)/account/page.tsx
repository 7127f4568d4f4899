import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require";
import { formErrorText } from "@/lib/i18n/error-text";
import { signOutEverywhereAction } from "../actions";
import { DeleteAccountForm, PasswordForm, ProfileForm } from "./account-forms";
import { PortfolioSection } from "./portfolio-section";
import { SitePage } from "@/app/_components/site-page";
import { DeviceSettingsSection } from "./device-settings-section";
import { learnerState } from "@/lib/learner-state";

export async function generateMetadata({ params }: PageProps<"/[locale]/account">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AccountPage({ params, searchParams }: PageProps<"/[locale]/account">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/account");
  const saved = (await searchParams).saved;
  const t = await getTranslations({ locale, namespace: "account" });
  const ta = await getTranslations({ locale, namespace: "auth" });
  const tq = await getTranslations({ locale, namespace: "questions" });
  const tp = await getTranslations({ locale, namespace: "portfolio" });
  const errorText = { ...(await formErrorText(locale)), profileSaved: t("profileSaved") };
  const notice = saved === "password" ? t("passwordChanged") : saved === "profile" ? t("profileSaved") : null;

  return (
    <SitePage locale={locale} path="/account" learner={await learnerState(user)}>
    <div className="mx-auto max-w-2xl space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {notice && (
        <p role="status" className="rounded-lg bg-brand-50 p-3 font-semibold text-brand-800">
          {notice}
        </p>
      )}

      <section aria-labelledby="profile" className="card space-y-4">
        <h2 id="profile" className="text-xl font-bold">{t("profile")}</h2>
        <p className="text-sm text-muted">{user.email}</p>
        <ProfileForm
          pageLocale={locale}
          name={user.name}
          locale={user.locale}
          errorText={errorText}
          labels={{ name: ta("name"), language: t("language"), save: t("saveProfile") }}
        />
      </section>

      <PortfolioSection locale={locale} userId={user.id} name={user.name} />

      <section aria-labelledby="password" className="card space-y-4">
        <h2 id="password" className="text-xl font-bold">{t("passwordTitle")}</h2>
        <PasswordForm
          pageLocale={locale}
          errorText={errorText}
          labels={{
            current: ta("currentPassword"),
            next: ta("newPassword"),
            hint: ta("passwordHint"),
            submit: t("changePassword"),
            showPassword: ta("showPassword"),
          }}
        />
      </section>

      <DeviceSettingsSection locale={locale} />

      <section aria-labelledby="sessions" className="card space-y-3">
        <h2 id="sessions" className="text-xl font-bold">{t("sessionsTitle")}</h2>
        <p>{t("sessionsBody")}</p>
        <form action={signOutEverywhereAction}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="btn-secondary">{t("signOutEverywhere")}</button>
        </form>
      </section>

      <section aria-labelledby="data" className="card space-y-3">
        <h2 id="data" className="text-xl font-bold">{t("dataTitle")}</h2>
        <p>{t("dataBody")}</p>
        <a href="/api/account/export" download className="btn-secondary">
          {t("download")}
        </a>
      </section>

      <section aria-labelledby="delete" className="card space-y-3 border-red-200">
        <h2 id="delete" className="text-xl font-bold text-accent">{t("deleteTitle")}</h2>
        <p>{t("deleteBody")}</p>
        <p data-testid="delete-posts-note">{tq("deleteNote")}</p>
        <p data-testid="delete-portfolio-note">{tp("deleteNote")}</p>
        <DeleteAccountForm
          pageLocale={locale}
          errorText={errorText}
          labels={{ password: ta("password"), submit: t("deleteButton"), showPassword: ta("showPassword") }}
        />
      </section>
    </div>
    </SitePage>
  );
}
