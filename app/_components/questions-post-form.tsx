"use client";

import { useActionState, useId } from "react";
import { FormStatus, translateError, type FormState } from "@/app/_components/form-field";
import { useAppLocale } from "@/lib/i18n/client";

export type PostFormState = FormState & { key?: number };
type Labels = { field: string; hint: string; submit: string };

/**
 * "Ask" and "Post answer": a labelled text area whose error is linked to it, the one live region,
 * and the text sent back when refused, so nothing typed is lost. Works without JavaScript.
 */
export function PostForm({
  action,
  hidden,
  labels,
  errorText,
  testId,
}: {
  action: (prev: PostFormState | null, form: FormData) => Promise<PostFormState>;
  hidden: Record<string, string>;
  labels: Labels;
  errorText: Record<string, string>;
  testId: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const id = useId();
  const locale = useAppLocale();
  const errors = state?.errors?.body;
  const described = [`${id}-hint`, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <form action={formAction} className="space-y-2" noValidate data-testid={testId} key={state?.key ?? 0}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor={id} className="block font-semibold">
        {labels.field}
      </label>
      <textarea
        id={id}
        name="body"
        rows={4}
        defaultValue={state?.ok ? "" : state?.values?.body}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={described}
        className={`field ${errors?.length ? "border-accent" : ""}`}
      />
      <p id={`${id}-hint`} className="text-sm text-muted">
        {labels.hint}
      </p>
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-accent">
          {errors.map((e) => translateError(e, errorText, locale)).join(" ")}
        </p>
      ) : null}
      <FormStatus state={state} errorText={errorText} />
      <button type="submit" className="btn-primary" aria-busy={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
