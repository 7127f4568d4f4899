import { getTranslations } from "next-intl/server";
import { DeviceSettings } from "@/app/_components/device-settings";

/** Theme and data saver on the account page; the same device-kept switch as in every footer. */
export async function DeviceSettingsSection({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "settings" });
  return (
    <section aria-labelledby="display" className="card space-y-3" data-testid="account-device-settings">
      <h2 id="display" className="text-xl font-bold">{t("title")}</h2>
      <DeviceSettings locale={locale} id="account-device-settings-form" />
    </section>
  );
}
