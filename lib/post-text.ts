// What learners write in questions and answers, made safe to show: plain text split into lines
// and link pieces (never HTML), which links may be clicked, and which posts carry the signs of
// the "move to Telegram / WhatsApp, pay a fee" scams that target beginners.

export type TextPiece = { kind: "text"; text: string } | { kind: "link"; text: string; domain: string; href: string | null };

/** Only these sites (and their subdomains) become clickable: YouTube and documentation. */
export const CLICKABLE_DOMAINS = [
  "youtube.com",
  "youtu.be",
  "developer.mozilla.org",
  "w3schools.com",
  "developer.android.com",
  "docs.github.com",
  "wordpress.org",
  "support.google.com",
  "support.upwork.com",
  "help.fiverr.com",
] as const;

// A URL with a scheme, a www. address, or a bare address on a messenger short domain.
const LINK = /\b(?:https?:\/\/[^\s<>"'`]+|www\.[^\s<>"'`]+|(?:t\.me|telegram\.me|wa\.me|chat\.whatsapp\.com)\/[^\s<>"'`]*)/gi;
const TRAILING = /[.,;:!?)\]}»”’।]+$/;

function parseLink(raw: string): { domain: string; url: URL } | null {
  try {
    const url = new URL(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    return { domain: url.hostname.replace(/^www\./, "").toLowerCase(), url };
  } catch {
    return null;
  }
}

export function isClickableDomain(domain: string): boolean {
  return CLICKABLE_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** One line of a post as text and link pieces; only allow-listed https links get an href. */
export function splitLine(line: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of line.matchAll(LINK)) {
    const raw = match[0].replace(TRAILING, "");
    const start = match.index;
    const parsed = parseLink(raw);
    if (!parsed || raw.length === 0) continue;
    if (start > last) pieces.push({ kind: "text", text: line.slice(last, start) });
    const href = isClickableDomain(parsed.domain) ? `https://${parsed.url.host}${parsed.url.pathname}${parsed.url.search}${parsed.url.hash}` : null;
    pieces.push({ kind: "link", text: raw, domain: parsed.domain, href });
    last = start + raw.length;
  }
  if (last < line.length) pieces.push({ kind: "text", text: line.slice(last) });
  return pieces;
}

/** The post as lines of pieces (line breaks kept; runs of blank lines collapsed to one). */
export function postLines(body: string): TextPiece[][] {
  return body
    .replace(/\r\n?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .split("\n")
    .map(splitLine);
}

const BENGALI_DIGITS = /[০-৯]/g;
const toAscii = (s: string) => s.replace(BENGALI_DIGITS, (d) => String(d.charCodeAt(0) - 0x09e6));

const MESSENGER = /(t\.me\/|telegram\.(me|org|dog)|\btelegram\b|টেলিগ্রাম|wa\.me\/|whatsapp|হোয়াটসঅ্যাপ|হোয়াটসঅ্যাপ|ইমো\b|\bimo\b|signal\.me)/i;
const PAYMENT =
  /(\bbkash\b|\bbikash\b|\bnagad\b|\brocket\b|বিকাশ|নগদ|রকেট|send (me )?money|registration fee|joining fee|security (fee|deposit)|\bdeposit\b|advance payment|pay (me|first|a fee)|টাকা পাঠা|টাকা দিন|রেজিস্ট্রেশন ফি|জয়েনিং ফি|অগ্রিম|জামানত)/i;

/** A phone number: Bangladeshi mobile numbers, or any run of 10+ digits with separators. */
function hasPhoneNumber(text: string): boolean {
  const ascii = toAscii(text);
  if (/(?:\+?88)?01[3-9][\s-]?\d{2}[\s-]?\d{3}[\s-]?\d{3}\b/.test(ascii)) return true;
  return /(?:\+\d[\d\s-]{9,}\d)/.test(ascii);
}

export type ScamSign = "phone" | "messenger" | "payment";

/** The scam signs in a post, for the warning shown to its readers. */
export function scamSigns(body: string): ScamSign[] {
  const signs: ScamSign[] = [];
  if (hasPhoneNumber(body)) signs.push("phone");
  if (MESSENGER.test(body)) signs.push("messenger");
  if (PAYMENT.test(body)) signs.push("payment");
  return signs;
}
