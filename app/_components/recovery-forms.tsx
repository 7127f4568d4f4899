"use client";

import { useActionState } from "react";
import { Field, FormStatus } from "@/app/_components/form-field";
import { confirmResetAction, requestResetAction } from "@/app/[locale]/(auth)/recovery-actions";

export function ForgotForm({ locale, errorText, labels }: { locale: string; errorText: Record<string, string>; labels: { email: string; submit: string; pending: string } }) {
  const [state, action, pending] = useActionState(requestResetAction, null);
  return (
    <form action={action} className="card space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <Field name="email" type="email" label={labels.email} autoComplete="email" defaultValue={state?.values?.email} errors={state?.errors?.email} errorText={errorText} required maxLength={254} />
      <FormStatus state={state} errorText={errorText} />
      <button type="submit" className="btn-primary w-full" aria-busy={pending}>
        {pending ? labels.pending : labels.submit}
      </button>
    </form>
  );
}

export function ResetForm({ locale, token, errorText, labels }: { locale: string; token: string; errorText: Record<string, string>; labels: { password: string; hint: string; submit: string; pending: string; showPassword: string } }) {
  const [state, action, pending] = useActionState(confirmResetAction, null);
  return (
    <form action={action} className="card space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <Field name="password" type="password" label={labels.password} autoComplete="new-password" hint={labels.hint} errors={state?.errors?.password} errorText={errorText} required showPasswordLabel={labels.showPassword} />
      <FormStatus state={state} errorText={errorText} />
      <button type="submit" className="btn-primary w-full" aria-busy={pending}>
        {pending ? labels.pending : labels.submit}
      </button>
    </form>
  );
}
