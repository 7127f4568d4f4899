"use client";

import { useActionState } from "react";
import { Field, FormStatus } from "@/app/_components/form-field";
import { signInAction } from "../actions";

type Labels = { email: string; password: string; submit: string; pending: string; showPassword: string };

export function SignInForm({ locale, callbackUrl, errorText, labels }: { locale: string; callbackUrl: string; errorText: Record<string, string>; labels: Labels }) {
  const [state, action, pending] = useActionState(signInAction, null);
  return (
    <form action={action} className="card space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field name="email" type="email" label={labels.email} autoComplete="email" defaultValue={state?.values?.email} errorText={errorText} required maxLength={254} />
      <Field name="password" type="password" label={labels.password} autoComplete="current-password" errorText={errorText} required showPasswordLabel={labels.showPassword} />
      <FormStatus state={state} errorText={errorText} />
      <button type="submit" className="btn-primary w-full" aria-busy={pending}>
        {pending ? labels.pending : labels.submit}
      </button>
    </form>
  );
}
