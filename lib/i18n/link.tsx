import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { localePath, type Href } from "./paths";

/**
 * A link in server components: the href is made for the page's language on the server. It is a
 * plain <a>: app/_components/link-navigation.tsx turns a click on it into a client-side
 * navigation, as next/link would, without next/link's 4 KB (gzip) of JavaScript on every page and
 * its client component per link to hydrate. Nothing is prefetched: learners pay for mobile data.
 */
export async function Link({ href, ...props }: Omit<ComponentProps<"a">, "href"> & { href: Href }) {
  const locale = await getLocale();
  return <a href={localePath(locale, href)} {...props} />;
}
