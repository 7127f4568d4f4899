import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { localePath, type Href } from "./paths";

/**
 * A link in server components: the href is made for the page's language on the server. Links do
 * not prefetch: learners pay for mobile data, and a page full of lessons would fetch them all.
 */
export async function Link({ href, prefetch = false, ...props }: Omit<ComponentProps<typeof NextLink>, "href"> & { href: Href }) {
  const locale = await getLocale();
  return <NextLink href={localePath(locale, href)} prefetch={prefetch} {...props} />;
}
