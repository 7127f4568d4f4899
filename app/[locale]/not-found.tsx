import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";

export default function NotFound() {
  const t = useTranslations("common");
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <h1 className="text-3xl font-bold">{t("notFoundTitle")}</h1>
      <p className="text-muted">{t("notFoundBody")}</p>
      <Link href="/tracks" className="btn-primary">
        {t("backToTracks")}
      </Link>
    </div>
  );
}
