import { getTranslations, setRequestLocale } from "next-intl/server";
import { getTracks } from "@/lib/content";
import { Link } from "@/lib/i18n/link";
import { TrackCard } from "@/app/_components/track-card";
import { ComputerIcon, LanguageIcon, SkillIcon, WifiIcon } from "@/app/_components/icons";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "home" });
  const tracks = getTracks();
  const needs = [
    { key: "skill", label: t("needSkill"), icon: <SkillIcon /> },
    { key: "computer", label: t("needComputer"), icon: <ComputerIcon className="size-6" /> },
    { key: "internet", label: t("needInternet"), icon: <WifiIcon /> },
    { key: "english", label: t("needEnglish"), icon: <LanguageIcon /> },
  ];

  return (
    <div className="space-y-12">
      <section className="rounded-2xl bg-brand-800 px-5 py-8 text-white sm:px-10 sm:py-12">
        <h1 className="text-3xl font-bold text-white sm:text-4xl">{t("heroTitle")}</h1>
        <p className="mt-4 max-w-2xl text-lg text-brand-50">{t("heroBody")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/tracks" className="btn bg-white text-brand-800 hover:bg-brand-50">
            {t("ctaTracks")}
          </Link>
          <Link href="/checklist" className="btn border border-white text-white hover:bg-brand-700">
            {t("ctaChecklist")}
          </Link>
        </div>
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

      <section aria-labelledby="tracks">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <h2 id="tracks" className="text-2xl font-bold">{t("tracksTitle")}</h2>
          <Link href="/tracks">{t("allTracks")}</Link>
        </div>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {tracks.map((track) => (
            <TrackCard key={track.slug} track={track} locale={locale} />
          ))}
        </ul>
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

      <section aria-labelledby="start">
        <h2 id="start" className="text-2xl font-bold">{t("startTitle")}</h2>
        <ol className="mt-3 list-decimal space-y-1 ps-6">
          <li><Link href="/checklist">{t("step1")}</Link></li>
          <li><Link href="/tracks/outsourcing-basics">{t("step2")}</Link></li>
          <li>{t("step3")}</li>
          <li><Link href="/marketplaces">{t("step4")}</Link></li>
        </ol>
        <div className="card mt-6 bg-brand-50">
          <h3 className="text-lg font-bold">{t("signUpTitle")}</h3>
          <p className="mt-1">{t("signUpBody")}</p>
          <Link href="/signup" className="btn-primary mt-3">
            {(await getTranslations({ locale, namespace: "nav" }))("signUp")}
          </Link>
        </div>
      </section>
    </div>
  );
}
