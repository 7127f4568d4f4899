import { getTranslations } from "next-intl/server";
import { getTracks, pick } from "@/lib/content";
import { Link } from "@/lib/i18n/link";
import { formatDuration } from "@/lib/format";
import type { LearnerState } from "@/lib/learner-state";
import { SitePage } from "@/app/_components/site-page";
import { ComputerIcon, LanguageIcon, PhoneIcon, SkillIcon, WifiIcon } from "@/app/_components/icons";
import { HomeLead } from "./home-lead";

/**
 * The home page: on a phone the first screen says how to start (checklist first, as the steps
 * do) and, for a learner, where to continue; the tracks follow as a compact list, the reasoning
 * after that. Prerendered for visitors; the signed-in twin passes `learner`.
 */
export async function HomeView({ locale, learner }: { locale: string; learner?: LearnerState }) {
  const t = await getTranslations({ locale, namespace: "home" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const tn = await getTranslations({ locale, namespace: "nav" });
  const tracks = getTracks();
  const needs = [
    { key: "skill", label: t("needSkill"), icon: <SkillIcon /> },
    { key: "computer", label: t("needDevice"), icon: <ComputerIcon className="size-6" /> },
    { key: "internet", label: t("needInternet"), icon: <WifiIcon /> },
    { key: "english", label: t("needEnglish"), icon: <LanguageIcon /> },
  ];
  const leadLabels = { continueLesson: t.raw("continueLesson") as string, dashboard: tn("dashboard"), signUp: t("ctaSignUp") };
  const steps = [
    { href: "/checklist", label: t("step1") },
    { href: "/tracks/outsourcing-basics", label: t("step2") },
    { label: t("step3") },
    { href: "/marketplaces", label: t("step4") },
  ];

  return (
    <SitePage locale={locale} path="/" learner={learner}>
      <div className="space-y-10">
        <section aria-labelledby="start" className="rounded-2xl bg-brand-800 px-5 py-6 text-white sm:px-10 sm:py-10">
          <h1 className="text-2xl font-bold text-white sm:text-4xl">{t("heroTitle")}</h1>
          <p className="mt-2 max-w-2xl text-brand-50">{t("heroBody")}</p>
          <HomeLead locale={locale} labels={leadLabels} place="top" />
          <h2 id="start" className="mt-6 text-xl font-bold text-white">{t("startTitle")}</h2>
          <ol className="mt-2 space-y-2" data-testid="start-steps">
            {steps.map((step, i) => (
              <li key={step.label} className="flex items-start gap-3">
                <span aria-hidden="true" className="grid size-7 shrink-0 place-items-center rounded-full bg-white font-bold text-brand-800">
                  {new Intl.NumberFormat(locale === "en" ? "en" : "bn-BD").format(i + 1)}
                </span>
                {step.href ? (
                  <Link href={step.href} className="min-h-6 text-white">{step.label}</Link>
                ) : (
                  <span>{step.label}</span>
                )}
              </li>
            ))}
          </ol>
          <div className="mt-5 flex flex-wrap gap-3">
            <Link href="/checklist" className="btn bg-white text-brand-800 hover:bg-brand-50" data-testid="home-first-button">
              {t("ctaChecklist")}
            </Link>
            <HomeLead locale={locale} labels={leadLabels} place="row" />
          </div>
        </section>

        <section aria-labelledby="tracks">
          <div className="flex flex-wrap items-end justify-between gap-2">
            <h2 id="tracks" className="text-2xl font-bold">{t("tracksTitle")}</h2>
            <Link href="/tracks" className="inline-block min-h-6">{t("ctaTracks")}</Link>
          </div>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid="home-tracks">
            {tracks.map((track) => (
              <li key={track.slug}>
                <Link
                  href={`/tracks/${track.slug}`}
                  className="flex min-h-11 items-center justify-between gap-2 rounded-lg border border-line bg-white px-3 py-2 text-ink no-underline hover:border-brand-600 hover:text-brand-700"
                >
                  <span className="font-semibold">{pick(track.title, locale)}</span>
                  <span className="flex shrink-0 items-center gap-1 text-sm text-muted">
                    {track.device === "phone" ? <PhoneIcon /> : <ComputerIcon />}
                    <span className="sr-only">{tc(track.device)},</span>
                    {formatDuration(track.hours * 60, locale)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="needs">
          <h2 id="needs" className="text-2xl font-bold">{t("needsTitle")}</h2>
          <p className="mt-2 text-muted">{t("needsBody")}</p>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {needs.map((need) => (
              <li key={need.key} className="card flex items-center gap-3">
                <span className="grid size-10 shrink-0 place-items-center rounded-full bg-brand-50 text-brand-700">{need.icon}</span>
                <Link href={`/checklist#${need.key}`} className="font-semibold">
                  {need.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="what" className="grid gap-6 md:grid-cols-2">
          <div>
            <h2 id="what" className="text-2xl font-bold">{t("whatTitle")}</h2>
            <p className="mt-3">{t("whatBody")}</p>
          </div>
          <div>
            <h2 className="text-2xl font-bold">{t("skillTitle")}</h2>
            <p className="mt-3">{t("skillBody")}</p>
          </div>
        </section>

        <section aria-labelledby="phone" className="grid gap-6 md:grid-cols-2">
          <div className="card">
            <h2 id="phone" className="text-xl font-bold">{t("phoneTitle")}</h2>
            <p className="mt-2">{t("phoneBody")}</p>
            <p className="mt-3">
              <Link href={{ pathname: "/tracks", query: { device: "phone" } }}>{t("phoneLink")}</Link>
            </p>
          </div>
          <div className="card">
            <h2 className="text-xl font-bold">{t("whereTitle")}</h2>
            <p className="mt-2">{t("whereBody")}</p>
            <p className="mt-3">
              <Link href="/marketplaces">{t("whereLink")}</Link>
            </p>
          </div>
        </section>

        <section aria-labelledby="learn" className="card">
          <h2 id="learn" className="text-xl font-bold">{t("learnTitle")}</h2>
          <p className="mt-2">{t("learnBody")}</p>
        </section>
      </div>
    </SitePage>
  );
}
