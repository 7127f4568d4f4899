"use client";

import { useId, useState } from "react";
import { useAppLocale } from "@/lib/i18n/client";
import { fill } from "@/lib/format";

export type FieldErrors = Record<string, string[] | undefined>;
export type FormState = {
  ok?: boolean;
  /** A translation key (or "key:arg") for the whole form. */
  message?: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
};

/** Turns an error key from the server ("invalid", "throttled:12") into the learner's language. */
export function translateError(key: string, text: Record<string, string>, locale: string): string {
  const [name = "", arg] = key.split(":");
  const template = (arg === "1" && text[`${name}One`]) || text[name] || text.unknown || key;
  return arg === undefined ? template : fill(template, { minutes: Number(arg), count: Number(arg) }, locale);
}

type FieldProps = {
  name: string;
  label: string;
  type?: string;
  autoComplete?: string;
  defaultValue?: string;
  hint?: string;
  errors?: string[];
  errorText: Record<string, string>;
  required?: boolean;
  maxLength?: number;
  /** For a password: the label of its show-password toggle. */
  showPasswordLabel?: string;
};

/** A labelled input whose error is linked with aria-describedby and shown beside it. */
export function Field({ name, label, type = "text", autoComplete, defaultValue, hint, errors, errorText, required, maxLength, showPasswordLabel }: FieldProps) {
  const id = useId();
  const locale = useAppLocale();
  const [show, setShow] = useState(false);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const described = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  const isPassword = type === "password" && Boolean(showPasswordLabel);

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={isPassword && show ? "text" : type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required={required}
        maxLength={maxLength}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={described}
        className={`field ${errors?.length ? "border-accent" : ""}`}
      />
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={errorId} className="text-sm font-semibold text-accent">
          {errors.map((e) => translateError(e, errorText, locale)).join(" ")}
        </p>
      ) : null}
      {isPassword && (
        <label className="inline-flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" checked={show} onChange={(e) => setShow(e.currentTarget.checked)} className="size-6 accent-brand-700" />
          {showPasswordLabel}
        </label>
      )}
    </div>
  );
}

/** The one live region of a form: announces its overall result to screen readers. */
export function FormStatus({ state, errorText, successText }: { state: FormState | null; errorText: Record<string, string>; successText?: string }) {
  const locale = useAppLocale();
  return (
    <div aria-live="polite" role="status" className="min-h-6 text-sm">
      {state?.message ? (
        <p className={state.ok ? "font-semibold text-brand-800" : "font-semibold text-accent"}>
          {state.ok && successText ? successText : translateError(state.message, errorText, locale)}
        </p>
      ) : null}
    </div>
  );
}
