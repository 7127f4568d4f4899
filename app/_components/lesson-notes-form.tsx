"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useAppLocale } from "@/lib/i18n/client";
import { fill } from "@/lib/format";
import { NOTE_MAX } from "@/lib/note-limit";
import { enqueue, isOffline, queuedFor, usePending } from "@/lib/offline-queue";
import { useLearner } from "./learner-provider";
import { saveNote, submitNote } from "@/app/[locale]/(learn)/tracks/[track]/[lesson]/notes-actions";

export type NoteLabels = { label: string; hint: string; save: string; saving: string; saved: string; error: string; count: string; willSync: string };

const PAUSE_MS = 1500;

/**
 * The learner's private note: a real form whose Save button posts without JavaScript; with it,
 * the whole text is saved after a pause in typing. The text is only ever a textarea's value.
 */
export function LessonNotesForm({ lessonId, initial, labels }: { lessonId: string; initial: string; labels: NoteLabels }) {
  const locale = useAppLocale();
  const [state, action, pending] = useActionState(submitNote, null);
  const [body, setBody] = useState(initial);
  const [enhanced, setEnhanced] = useState(false);
  const [status, setStatus] = useState<"idle" | "saving" | "saved" | "error" | "queued">("idle");
  const { userId } = useLearner();
  const queued = usePending(`note:${lessonId}`);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastSaved = useRef(initial);

  useEffect(() => {
    setEnhanced(true);
    if (new URLSearchParams(window.location.search).get("note") === "saved") setStatus("saved");
    return () => clearTimeout(timer.current);
  }, []);

  useEffect(() => {
    if (state) setStatus(state.ok ? "saved" : "error");
  }, [state]);

  // A note written offline and not sent yet: the device's copy is the newer one.
  useEffect(() => {
    const op = queuedFor(userId).find((o) => o.kind === "note" && o.lessonId === lessonId);
    if (op?.kind !== "note") return;
    setBody(op.body);
    lastSaved.current = op.body;
    setStatus("queued");
  }, [userId, lessonId]);

  // Offline: kept on the device and sent when the connection returns (lib/offline-queue.ts).
  const keep = (text: string) => {
    if (userId === undefined) return false;
    enqueue(userId, { kind: "note", lessonId, body: text });
    lastSaved.current = text;
    setStatus("queued");
    return true;
  };

  const save = (text: string) => {
    clearTimeout(timer.current);
    if (text === lastSaved.current) return;
    if (isOffline() && keep(text)) return;
    setStatus("saving");
    void saveNote({ lessonId, body: text })
      .then((result) => {
        if (result.ok) lastSaved.current = text;
        setStatus(result.ok ? "saved" : "error");
      })
      .catch((error: unknown) => (isOffline(error) && keep(text)) || setStatus("error"));
  };

  const message =
    pending || status === "saving"
      ? labels.saving
      : status === "queued"
        ? queued
          ? labels.willSync
          : labels.saved
        : status === "saved"
          ? labels.saved
          : status === "error"
            ? labels.error
            : "";

  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!enhanced) return;
        event.preventDefault();
        save(body);
      }}
      className="space-y-2"
    >
      <input type="hidden" name="lessonId" value={lessonId} />
      <input type="hidden" name="locale" value={locale} />
      {enhanced && <input type="hidden" name="enhanced" value="1" />}
      <label htmlFor="note-body" className="block font-semibold">
        {labels.label}
      </label>
      <p id="note-hint" className="text-sm text-muted">
        {labels.hint}
      </p>
      <textarea
        id="note-body"
        name="body"
        rows={5}
        maxLength={NOTE_MAX}
        value={body}
        aria-describedby="note-hint note-count"
        data-testid="note-body"
        onChange={(event) => {
          const text = event.target.value;
          setBody(text);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => save(text), PAUSE_MS);
        }}
        className="w-full rounded-lg border border-line p-3"
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-secondary" aria-busy={pending || status === "saving"} data-testid="note-save">
          {labels.save}
        </button>
        <span id="note-count" className="text-sm text-muted">
          {fill(labels.count, { count: body.length, max: NOTE_MAX }, locale)}
        </span>
        <p role="status" aria-live="polite" className="text-sm font-semibold" data-testid="note-status">
          {message}
        </p>
      </div>
    </form>
  );
}
