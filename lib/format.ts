// Number and template helpers safe for both server and client components.

export function numberLocale(locale: string): string {
  return locale === "en" ? "en-GB" : "bn-BD";
}

const BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯";

/** "1299" → "1300", "99" → "100": adds one to a string of decimal digits. */
function increment(digits: string): string {
  const i = digits.search(/9*$/);
  if (i === 0) return `1${"0".repeat(digits.length)}`;
  return `${digits.slice(0, i - 1)}${Number(digits[i - 1]) + 1}${"0".repeat(digits.length - i)}`;
}

/**
 * Numbers in the learner's script: Bengali digits in Bengali, grouped the way ICU groups them
 * (en-GB 1,234,567; bn-BD ১২,৩৪,৫৬৭), with `fractionDigits` decimals (default: up to 3, trailing
 * zeros dropped, as Intl.NumberFormat does). Written out rather than calling Intl.NumberFormat,
 * because client components format numbers while hydrating, and a page's first bn-BD NumberFormat
 * loads ICU's locale data: 60 ms of main thread on a mid-range phone (4× CPU slowdown), the largest
 * single cost of a lesson page's start-up. tests/unit/format.test.ts holds it equal to Intl.
 */
export function formatNumber(value: number, locale: string, fractionDigits?: number): string {
  const digits = fractionDigits ?? 3;
  const shortest = String(Math.abs(value)); // the shortest decimal that reads back as value, as ICU rounds it
  if (!Number.isFinite(value) || shortest.includes("e")) {
    const options = fractionDigits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits };
    return new Intl.NumberFormat(numberLocale(locale), options).format(value);
  }
  const [intPart, fracPart = ""] = shortest.split(".");
  // Round half away from zero at `digits` decimals (ICU's halfExpand), on the decimal digits.
  let all = intPart + fracPart.padEnd(digits, "0").slice(0, digits);
  if (Number(fracPart[digits] ?? "0") >= 5) all = increment(all);
  let whole = all.slice(0, all.length - digits) || "0";
  let fraction = all.slice(all.length - digits);
  whole = whole.replace(/^0+(?=\d)/, "");
  if (fractionDigits === undefined) fraction = fraction.replace(/0+$/, "");
  // ICU groups from the right: threes in en-GB (1,234,567); in bn-BD the last three, then twos
  // (১২,৩৪,৫৬৭).
  const grouped =
    locale === "en" || whole.length <= 3
      ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")
      : `${whole.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ",")},${whole.slice(-3)}`;
  const sign = value < 0 || Object.is(value, -0) ? "-" : ""; // as ICU: -0.0004 is "-0"
  const text = `${sign}${grouped}${fraction ? `.${fraction}` : ""}`;
  return locale === "en" ? text : text.replace(/\d/g, (d) => BENGALI_DIGITS.charAt(Number(d)));
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
