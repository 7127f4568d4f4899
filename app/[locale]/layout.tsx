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
import { OfflineClient } from "@/app/_components/offline-client";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#065f46" };

// The site icon, inline: a separate /icon.svg request cost a cold visit 1.1 KB, mostly headers.
// Only what a data: URL must escape is escaped (the rest of encodeURIComponent's output would be
// bytes in every page).
const ICON =
  "data:image/svg+xml," +
  encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#065f46"/><path d="M12 9.5v13l10.5-6.5z" fill="#fff"/><path d="M6 26h20" stroke="#fbbf24" stroke-width="2.5" stroke-linecap="round"/></svg>').replace(
    /%(20|2F|3A|3D)/g,
    (code) => decodeURIComponent(code),
  );

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    title: { default: t("homeTitle"), template: `%s · ${t("siteName")}` },
    description: t("homeDescription"),
    applicationName: t("siteName"),
    manifest: locale === "en" ? "/en/manifest.webmanifest" : "/manifest.webmanifest",
    icons: { icon: { url: ICON, type: "image/svg+xml" } },
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
      </body>
    </html>
  );
}
