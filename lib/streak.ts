// Study days counted in Bangladesh time: Asia/Dhaka is UTC+6 all year (no daylight saving), so a
// Dhaka day starts at 18:00 UTC. Days are numbered from 1970-01-01 (a Thursday) in Dhaka.
const DAY = 86_400_000;
const DHAKA_OFFSET = 6 * 3_600_000;
/** The week starts on Saturday, as calendars in Bangladesh print it. */
const WEEK_START = 6; // 0 = Sunday

export const GRID_WEEKS = 12;

export function dhakaDay(ms: number): number {
  return Math.floor((ms + DHAKA_OFFSET) / DAY);
}

/** 0 = Sunday … 6 = Saturday, of a Dhaka day number. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function weekStartOf(day: number): number {
  return day - ((weekdayOf(day) - WEEK_START + 7) % 7);
}

/** Noon UTC of a Dhaka day: safe to format with timeZone Asia/Dhaka as that same date. */
export function dayToDate(day: number): Date {
  return new Date(day * DAY + 6 * 3_600_000);
}

export type Streak = {
  /** Days studied in the current week (Saturday to today). */
  daysThisWeek: number;
  /** Consecutive study days up to today; a streak still counts today before today's study. */
  current: number;
  /** GRID_WEEKS weeks, oldest first, each Saturday to Friday; null for days after today. */
  weeks: { start: number; days: ({ day: number; studied: boolean } | null)[] }[];
};

/** The streak and activity grid from the times (ms) of the learner's study events. */
export function studyStreak(times: number[], now: number): Streak {
  const studied = new Set(times.map(dhakaDay));
  const today = dhakaDay(now);
  const thisWeek = weekStartOf(today);
  let daysThisWeek = 0;
  for (let d = thisWeek; d <= today; d++) if (studied.has(d)) daysThisWeek++;
  let current = 0;
  for (let d = studied.has(today) ? today : today - 1; studied.has(d); d--) current++;
  const weeks = Array.from({ length: GRID_WEEKS }, (_, i) => {
    const start = thisWeek - (GRID_WEEKS - 1 - i) * 7;
    return { start, days: Array.from({ length: 7 }, (_, j) => (start + j > today ? null : { day: start + j, studied: studied.has(start + j) })) };
  });
  return { daysThisWeek, current, weeks };
}

/** The earliest time the grid (and so the streak shown) can need. */
export function activitySince(now: number): number {
  return (weekStartOf(dhakaDay(now)) - (GRID_WEEKS - 1) * 7) * DAY - DHAKA_OFFSET;
}
