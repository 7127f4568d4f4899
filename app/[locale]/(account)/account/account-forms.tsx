"use client";

import { useActionState, useId } from "react";
import { Field, FormStatus } from "@/app/_components/form-field";
import { changePasswordAction, deleteAccountAction, updateProfileAction } from "../actions";

type Common = { pageLocale: string; errorText: Record<string, string> };

export function ProfileForm({ pageLocale, errorText, name, locale, labels }: Common & { name: string; locale: string; labels: { name: string; language: string; save: string } }) {
  const [state, action, pending] = useActionState(updateProfileAction, null);
  const selectId = useId();
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="pageLocale" value={pageLocale} />
      <Field name="name" label={labels.name} autoComplete="name" defaultValue={name} errors={state?.errors?.name} errorText={errorText} required maxLength={80} />
      <div className="space-y-1">
        <label htmlFor={selectId} className="block font-semibold">{labels.language}</label>
        <select id={selectId} name="locale" defaultValue={locale} className="field">
          <option value="bn" lang="bn">বাংলা</option>
          <option value="en" lang="en">English</option>
        </select>
      </div>
      <FormStatus state={state} errorText={errorText} />
      <button type="submit" className="btn-primary" aria-busy={pending}>{labels.save}</button>
    </form>
  );
}

export function PasswordForm({ pageLocale, errorText, labels }: Common & { labels: { current: string; next: string; hint: string; submit: string; showPassword: string } }) {
  const [state, action, pending] = useActionState(changePasswordAction, null);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="pageLocale" value={pageLocale} />
      <Field name="currentPassword" type="password" label={labels.current} autoComplete="current-password" errors={state?.errors?.currentPassword} errorText={errorText} required showPasswordLabel={labels.showPassword} />
      <Field name="newPassword" type="password" label={labels.next} autoComplete="new-password" hint={labels.hint} errors={state?.errors?.newPassword} errorText={errorText} required showPasswordLabel={labels.showPassword} />
      <FormStatus state={state} errorText={errorText} />
      <button type="submit" className="btn-primary" aria-busy={pending}>{labels.submit}</button>
    </form>
  );
}

export function DeleteAccountForm({ pageLocale, errorText, labels }: Common & { labels: { password: string; submit: string; showPassword: string } }) {
  const [state, action, pending] = useActionState(deleteAccountAction, null);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="pageLocale" value={pageLocale} />
      <Field name="password" type="password" label={labels.password} autoComplete="current-password" errors={state?.errors?.password} errorText={errorText} required showPasswordLabel={labels.showPassword} />
      <FormStatus state={state} errorText={errorText} />
      <button type="submit" className="btn bg-accent text-white hover:bg-red-800" aria-busy={pending}>{labels.submit}</button>
    </form>
  );
}
