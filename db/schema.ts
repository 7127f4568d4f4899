// Row types of the data layer (the same in both dialects; see db/schema/sqlite.ts and pg.ts).
import type * as pg from "./schema/pg";

export type User = typeof pg.users.$inferSelect;
export type LessonCompletion = typeof pg.lessonCompletions.$inferSelect;
export type ChecklistMark = typeof pg.checklistMarks.$inferSelect;
export type LessonVisit = typeof pg.lessonVisits.$inferSelect;
export type Question = typeof pg.questions.$inferSelect;
export type Answer = typeof pg.answers.$inferSelect;
export type CheckAttempt = typeof pg.checkAttempts.$inferSelect;
