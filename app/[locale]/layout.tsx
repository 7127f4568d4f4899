import "../globals.css";
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { preload } from "react-dom";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { SiteFooter } from "@/app/_components/site-footer";
import { LearnerProvider } from "@/app/_components/learner-provider";
import { DevicePrefsScript } from "@/app/_components/device-prefs-script";
import { OfflineBanner } from "@/app/_components/offline-banner";
import { LinkNavigation } from "@/app/_components/link-navigation";
import { OfflineClient } from "@/app/_components/offline-client";
import { SITE_ICONS } from "@/lib/site-icon";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#065f46" };

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    title: { default: t("homeTitle"), template: `%s · ${t("siteName")}` },
    description: t("homeDescription"),
    applicationName: t("siteName"),
    manifest: locale === "en" ? "/en/manifest.webmanifest" : "/manifest.webmanifest",
    icons: SITE_ICONS,
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // A Bengali page fetches its one font with the HTML (bold is synthesized from it). An English page
  // has none to fetch: Latin is the system's sans-serif, and its few Bengali words load their own
  // small fonts when shown (app/globals.css).
  if (locale === "bn") preload("/fonts/noto-sans-bengali-bengali-400.woff2", { as: "font", type: "font/woff2", crossOrigin: "anonymous" });

  return (
    // The head script sets data-theme / data-save on <html> before React hydrates it.
    <html lang={locale} suppressHydrationWarning>
      <head>
        <DevicePrefsScript />
      </head>
      <body className="flex min-h-dvh flex-col">
        {/* No i18n runtime ships to the browser: client components get their strings as props. */}
        {/* Each page renders its own header (app/_components/site-page.tsx): only it knows its path. */}
        <OfflineBanner locale={locale} />
        <LearnerProvider>
          {children}
          <SiteFooter />
        </LearnerProvider>
        <OfflineClient />
        <LinkNavigation />
      </body>
    </html>
  );
}
