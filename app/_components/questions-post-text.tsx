import { postLines, scamSigns } from "@/lib/post-text";

/**
 * A learner's post as plain text: React escapes every piece, line breaks are kept by CSS, and
 * only allow-listed links get an href. Every link shows its domain, so a disguised address is
 * visible; a post with scam signs carries a warning above it.
 */
export function PostText({ body, warning, notClickable }: { body: string; warning: string; notClickable: string }) {
  const lines = postLines(body);
  const signs = scamSigns(body);
  return (
    <div className="space-y-2">
      {signs.length > 0 && (
        <p role="note" data-testid="scam-warning" className="rounded-lg border border-amber-300 bg-warn-bg p-3 text-sm font-semibold text-warn-ink">
          {warning}
        </p>
      )}
      <p className="whitespace-pre-wrap break-words" data-testid="post-body">
        {lines.map((pieces, i) => (
          <span key={i}>
            {i > 0 && "\n"}
            {pieces.map((p, j) =>
              p.kind === "text" ? (
                p.text
              ) : p.href ? (
                <span key={j}>
                  <a href={p.href} rel="nofollow ugc noopener noreferrer" target="_blank" className="break-all">
                    {p.text}
                  </a>{" "}
                  <span className="text-xs text-muted">({p.domain})</span>
                </span>
              ) : (
                <span key={j}>
                  <span className="break-all rounded bg-slate-100 px-1" title={notClickable}>
                    {p.text}
                  </span>{" "}
                  <span className="text-xs text-muted">({p.domain})</span>
                </span>
              ),
            )}
          </span>
        ))}
      </p>
    </div>
  );
}
