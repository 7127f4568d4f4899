// Number and template helpers safe for both server and client components.

export function numberLocale(locale: string): string {
  return locale === "en" ? "en-GB" : "bn-BD";
}

/** Numbers in the learner's script: Bengali digits in Bengali. */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(numberLocale(locale)).format(value);
}

export function formatDate(value: Date | number, locale: string): string {
  return new Intl.DateTimeFormat(numberLocale(locale), {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: "Asia/Dhaka",
  }).format(value);
}

/** Fills "{name}" and "{name, number}" placeholders of a raw message; numbers in the locale's digits. */
export function fill(template: string, values: Record<string, string | number>, locale: string): string {
  return template.replace(/\{(\w+)(?:,\s*number)?\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value, locale) : value;
  });
}
