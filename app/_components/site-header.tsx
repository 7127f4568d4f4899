import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { switchLocalePath } from "@/lib/i18n/paths";
import { AccountNav } from "./account-nav";
import { LanguageSwitch } from "./language-switch";

/** `path` is the page's own path without a language prefix; `query` what the page was asked with. */
export async function SiteHeader({ locale, path, query }: { locale: string; path: string; query?: Record<string, string> }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const tm = await getTranslations({ locale, namespace: "meta" });
  const target = locale === "en" ? "bn" : "en";
  const links = [
    { href: "/tracks", label: t("tracks") },
    { href: "/checklist", label: t("checklist") },
    { href: "/marketplaces", label: t("marketplaces") },
  ] as const;

  return (
    <header className="border-b border-line bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2">
        {t("skip")}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-xl font-bold text-brand-700 no-underline">
          <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-brand-700 text-base text-white">
            {locale === "en" ? "K" : "কা"}
          </span>
          {tm("siteName")}
        </Link>
        <nav aria-label={t("main")} className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex gap-1 overflow-x-auto text-[0.95rem]">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="block rounded-md px-2 py-2 text-ink no-underline hover:bg-brand-50 hover:text-brand-700">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ms-auto flex items-center gap-2">
          <LanguageSwitch label={t("switchTo")} title={t("switchToLabel")} target={target} href={switchLocalePath(path, target, query)} />
          <AccountNav
            labels={{ signIn: t("signIn"), dashboard: t("dashboard"), account: t("account"), signOut: t("signOut"), menu: t("menu") }}
          />
        </div>
      </div>
    </header>
  );
}
