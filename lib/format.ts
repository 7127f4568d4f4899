// Number and template helpers safe for both server and client components.

export function numberLocale(locale: string): string {
  return locale === "en" ? "en-GB" : "bn-BD";
}

/** Numbers in the learner's script: Bengali digits in Bengali. */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(numberLocale(locale)).format(value);
}

/**
 * A date and time in the locale's own words. Bengali gets the 24-hour clock: ICU writes the
 * 12-hour day period as Latin "AM"/"PM" even in bn-BD.
 */
export function formatDate(value: Date | number, locale: string): string {
  return new Intl.DateTimeFormat(numberLocale(locale), {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    hourCycle: locale === "en" ? "h12" : "h23",
    timeZone: "Asia/Dhaka",
  }).format(value);
}

const UNITS = {
  bn: { h: "ঘণ্টা", m: "মিনিট" },
  en: { h: "h", m: "min" },
} as const;

/** A length in hours and minutes ("7 h", "1 h 30 min", "৪৫ মিনিট"), never "420 minutes". */
export function formatDuration(minutes: number, locale: string): string {
  const u = locale === "en" ? UNITS.en : UNITS.bn;
  const total = Math.max(0, Math.round(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  const parts = [];
  if (h > 0) parts.push(`${formatNumber(h, locale)} ${u.h}`);
  if (m > 0 || h === 0) parts.push(`${formatNumber(m, locale)} ${u.m}`);
  return parts.join(" ");
}

/** Fills "{name}" and "{name, number}" placeholders of a raw message; numbers in the locale's digits. */
export function fill(template: string, values: Record<string, string | number>, locale: string): string {
  return template.replace(/\{(\w+)(?:,\s*number)?\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value, locale) : value;
  });
}
