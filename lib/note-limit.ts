// Apart from the zod schema (lib/notes-validation.ts), so the notes form ships no zod to the browser.
export const NOTE_MAX = 5000;
