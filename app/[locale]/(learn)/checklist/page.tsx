import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getChecklistKeys } from "@/db/progress";
import { getSessionUser } from "@/lib/auth/session";
import { getChecklist, getTrack, pick, pickList } from "@/lib/content";
import { Link } from "@/lib/i18n/link";
import { localePath } from "@/lib/i18n/paths";
import { ChecklistForm } from "./checklist-form";
import { SitePage } from "@/app/_components/site-page";
import { learnerState } from "@/lib/learner-state";

export async function generateMetadata({ params }: PageProps<"/[locale]/checklist">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "checklist" });
  return { title: t("title"), description: t("intro") };
}

export default async function ChecklistPage({ params }: PageProps<"/[locale]/checklist">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "checklist" });
  const user = await getSessionUser();
  const ticked = user ? await getChecklistKeys({ userId: user.id }) : [];

  const items = getChecklist().map((item) => ({
    key: item.key,
    title: pick(item.title, locale),
    note: item.key === "phone" ? t("phoneNote") : item.key === "computer" ? t("computerNote") : item.key === "skill" ? t("autoSkill") : undefined,
    details: (
      <div className="mt-3 grid gap-4 text-[0.95rem] md:grid-cols-2">
        <div>
          <h3 className="font-semibold">{t("why")}</h3>
          <p className="mt-1 text-muted">{pick(item.why, locale)}</p>
        </div>
        <div>
          <h3 className="font-semibold">{t("how")}</h3>
          <ul className="mt-1 list-disc space-y-1 ps-5 text-muted">
            {pickList(item.how, locale).map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
          {item.tracks.length > 0 && (
            <p className="mt-2">
              <span className="font-semibold">{t("helps")}: </span>
              {item.tracks.map((slug, i) => {
                const track = getTrack(slug);
                return track ? (
                  <span key={slug}>
                    {i > 0 && ", "}
                    <Link href={`/tracks/${slug}`}>{pick(track.title, locale)}</Link>
                  </span>
                ) : null;
              })}
            </p>
          )}
        </div>
      </div>
    ),
  }));

  return (
    <SitePage locale={locale} path="/checklist" learner={user ? await learnerState(user) : undefined}>
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-muted">{t("intro")}</p>
      </header>
      <ChecklistForm
        signedIn={Boolean(user)}
        initial={ticked}
        items={items}
        signInHref={localePath(locale, { pathname: "/signin", query: { callbackUrl: localePath(locale, "/checklist") } })}
        labels={{
          save: t("save"),
          saved: t("saved"),
          signIn: t("signInToSave"),
          readyPhone: t.raw("readyPhone") as string,
          readyComputer: t.raw("readyComputer") as string,
          keptOnDevice: t("keptOnDevice"),
          willSync: (await getTranslations({ locale, namespace: "offline" }))("willSync"),
          offerTitle: t("offerTitle"),
          offerSave: t("offerSave"),
          offerDismiss: t("offerDismiss"),
          error: (await getTranslations({ locale, namespace: "errors" }))("server"),
        }}
      />
    </div>
    </SitePage>
  );
}
