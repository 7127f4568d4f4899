"use client";

import { useActionState, useId } from "react";
import { Field, FormStatus, type FormState } from "@/app/_components/form-field";
import { practiceAction, savePortfolioAction } from "@/app/[locale]/(portfolio)/actions";

type Common = { errorText: Record<string, string> };

function TextArea({ name, label, hint, defaultValue, errors, errorText, maxLength }: { name: string; label: string; hint: string; defaultValue: string; errors?: string[]; errorText: Record<string, string>; maxLength: number }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">{label}</label>
      <textarea
        id={id}
        name={name}
        rows={4}
        defaultValue={defaultValue}
        maxLength={maxLength}
        aria-describedby={`${id}-hint${errors?.length ? ` ${id}-error` : ""}`}
        aria-invalid={errors?.length ? true : undefined}
        className="field"
      />
      <p id={`${id}-hint`} className="text-sm text-muted">{hint}</p>
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-accent">{errors.map((e) => errorText[e] ?? errorText.unknown ?? e).join(" ")}</p>
      ) : null}
    </div>
  );
}

function Check({ name, label, defaultChecked }: { name: string; label: string; defaultChecked: boolean }) {
  return (
    <label className="flex items-center gap-2 font-semibold">
      <input type="checkbox" name={name} defaultChecked={defaultChecked} className="size-5 accent-brand-700" />
      {label}
    </label>
  );
}

// After a post the form is re-rendered from what was sent (refill), else from what is saved.
const pickValue = (state: FormState | null, key: string, saved: string) => (state?.values ? (state.values[key] ?? "") : saved);
const pickCheck = (state: FormState | null, key: string, saved: boolean) => (state?.values ? state.values[key] === "on" : saved);

export type PracticeState = FormState & { saved: boolean };

/**
 * Save and remove in one form (the remove button posts intent=remove), so both work without
 * JavaScript on the lesson page itself. `saved` rides in the action's state: whether there is
 * work to remove.
 */
export function PracticeForm({ errorText, lessonId, saved, labels }: Common & {
  lessonId: string;
  saved: { url: string; note: string; shown: boolean };
  labels: { url: string; urlHint: string; note: string; noteHint: string; shown: string; save: string; remove: string };
}) {
  const [state, action, pending] = useActionState(practiceAction, { saved: saved.url !== "" });
  return (
    <form action={action} className="space-y-4" noValidate key={state.ok ? state.message : "editing"} data-testid="practice-form">
      <input type="hidden" name="lessonId" value={lessonId} />
      <Field name="url" type="url" label={labels.url} hint={labels.urlHint} autoComplete="url" defaultValue={pickValue(state, "url", saved.url)} errors={state.errors?.url} errorText={errorText} required maxLength={600} />
      <TextArea name="note" label={labels.note} hint={labels.noteHint} defaultValue={pickValue(state, "note", saved.note)} errors={state.errors?.note} errorText={errorText} maxLength={600} />
      <Check name="shown" label={labels.shown} defaultChecked={pickCheck(state, "shown", saved.shown)} />
      <FormStatus state={state} errorText={errorText} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn-primary" aria-busy={pending} data-testid="practice-save">{labels.save}</button>
        {state.saved && (
          <button type="submit" name="intent" value="remove" className="btn-secondary" aria-busy={pending} data-testid="practice-remove">{labels.remove}</button>
        )}
      </div>
    </form>
  );
}

export function PortfolioSettingsForm({ errorText, saved, labels }: Common & {
  saved: { handle: string; displayName: string; headline: string; published: boolean };
  labels: { handle: string; handleHint: string; displayName: string; headline: string; published: string; save: string };
}) {
  const [state, action, pending] = useActionState(savePortfolioAction, null);
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field name="handle" label={labels.handle} hint={labels.handleHint} autoComplete="username" defaultValue={pickValue(state, "handle", saved.handle)} errors={state?.errors?.handle} errorText={errorText} required maxLength={30} />
      <Field name="displayName" label={labels.displayName} autoComplete="name" defaultValue={pickValue(state, "displayName", saved.displayName)} errors={state?.errors?.displayName} errorText={errorText} required maxLength={80} />
      <Field name="headline" label={labels.headline} defaultValue={pickValue(state, "headline", saved.headline)} errors={state?.errors?.headline} errorText={errorText} maxLength={120} />
      <Check name="published" label={labels.published} defaultChecked={pickCheck(state, "published", saved.published)} />
      <FormStatus state={state} errorText={errorText} />
      <button type="submit" className="btn-primary" aria-busy={pending}>{labels.save}</button>
    </form>
  );
}
