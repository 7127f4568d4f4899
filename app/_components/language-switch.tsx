"use client";

/**
 * Links to the same page in the other language. The href is built on the server, so it is right
 * in plain HTML (before scripts arrive, in a new tab, without JavaScript); once scripts run, a
 * click also carries the query of a prerendered page and the #anchor, which only the browser knows.
 */
export function LanguageSwitch({ label, title, target, href }: { label: string; title: string; target: "bn" | "en"; href: string }) {
  return (
    <a
      href={href}
      lang={target}
      hrefLang={target}
      title={title}
      aria-label={title}
      data-testid="language-switch"
      onClick={(e) => {
        const extra = (href.includes("?") ? "" : window.location.search) + window.location.hash;
        if (extra) e.currentTarget.href = href + extra;
      }}
      // "বাংলা" on an English page is drawn from the small font of English pages' Bengali text.
      className={`btn min-h-10 border border-line bg-white px-3 py-1 text-ink hover:bg-brand-50${target === "bn" ? " font-bengali-label" : ""}`}
    >
      {label}
    </a>
  );
}
