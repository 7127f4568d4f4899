import { getTranslations } from "next-intl/server";
import { getStudyTimes } from "@/db/activity";
import { formatNumber } from "@/lib/format";
import { activitySince, dayToDate, studyStreak } from "@/lib/streak";

const WEEKDAYS = [6, 0, 1, 2, 3, 4, 5] as const; // Saturday first

async function loadStreak(userId: number) {
  const now = Date.now();
  return studyStreak(await getStudyTimes({ userId, since: activitySince(now) }), now);
}

/** Days studied this week, the current streak and a 12-week grid (a real table for screen readers). */
export async function StudyStreak({ userId, locale }: { userId: number; locale: string }) {
  const t = await getTranslations({ locale, namespace: "streak" });
  const streak = await loadStreak(userId);
  const dateLocale = locale === "en" ? "en-GB" : "bn-BD";
  const weekday = new Intl.DateTimeFormat(dateLocale, { weekday: "short", timeZone: "Asia/Dhaka" });
  const date = new Intl.DateTimeFormat(dateLocale, { day: "numeric", month: "short", timeZone: "Asia/Dhaka" });
  // A Saturday 1970-01-03 (day 2) gives the weekday names in order.
  const dayName = (i: number) => weekday.format(dayToDate(2 + i));
  return (
    <section aria-labelledby="streak" className="card space-y-3" data-testid="study-streak">
      <h2 id="streak" className="text-xl font-bold">{t("title")}</h2>
      <p className="flex flex-wrap gap-x-6 gap-y-1">
        <span data-testid="streak-week">{t("thisWeek", { n: formatNumber(streak.daysThisWeek, locale) })}</span>
        <span data-testid="streak-current">{t("current", { n: formatNumber(streak.current, locale) })}</span>
      </p>
      <div className="overflow-x-auto">
        <table className="border-separate border-spacing-1 text-xs" data-testid="activity-grid">
          <caption className="mb-1 text-start text-sm text-muted">{t("caption")}</caption>
          <thead>
            <tr>
              <td />
              {streak.weeks.map((w) => (
                <th key={w.start} scope="col" className="font-normal">
                  <span className="sr-only">{t("weekOf", { date: date.format(dayToDate(w.start)) })}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((_, row) => (
              <tr key={row}>
                <th scope="row" className="pe-1 text-start font-normal text-muted">{dayName(row)}</th>
                {streak.weeks.map((w) => {
                  const cell = w.days[row];
                  return (
                    <td key={w.start} className="p-0">
                      {cell && (
                        <span
                          className={`block size-4 rounded-sm border ${cell.studied ? "border-brand-700 bg-brand-700" : "border-line bg-white"}`}
                          data-studied={cell.studied ? "" : undefined}
                        >
                          <span className="sr-only">{cell.studied ? t("studied") : t("notStudied")}</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
