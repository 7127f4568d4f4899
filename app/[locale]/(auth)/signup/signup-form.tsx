"use client";

import { useActionState } from "react";
import { Field, FormStatus } from "@/app/_components/form-field";
import { signUpAction } from "../actions";

type Labels = { name: string; email: string; password: string; passwordHint: string; submit: string; pending: string; showPassword: string };

export function SignUpForm({ locale, callbackUrl, errorText, labels }: { locale: string; callbackUrl: string; errorText: Record<string, string>; labels: Labels }) {
  const [state, action, pending] = useActionState(signUpAction, null);
  return (
    <form action={action} className="card space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field name="name" label={labels.name} autoComplete="name" defaultValue={state?.values?.name} errors={state?.errors?.name} errorText={errorText} required maxLength={80} />
      <Field name="email" type="email" label={labels.email} autoComplete="email" defaultValue={state?.values?.email} errors={state?.errors?.email} errorText={errorText} required maxLength={254} />
      <Field
        name="password"
        type="password"
        label={labels.password}
        autoComplete="new-password"
        hint={labels.passwordHint}
        errors={state?.errors?.password}
        errorText={errorText}
        required
        showPasswordLabel={labels.showPassword}
      />
      <FormStatus state={state} errorText={errorText} />
      <button type="submit" className="btn-primary w-full" aria-busy={pending}>
        {pending ? labels.pending : labels.submit}
      </button>
    </form>
  );
}
