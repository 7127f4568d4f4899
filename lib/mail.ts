import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

export type Mail = { to: string; subject: string; text: string };

let transport: Transporter | undefined;

/**
 * Sends a plain-text mail over SMTP_URL (smtp:// or smtps://, credentials in the URL). Without
 * SMTP_URL, the embedded default writes the mail to the server log instead (startup warns).
 */
export async function sendMail(mail: Mail): Promise<void> {
  const url = process.env.SMTP_URL;
  if (!url) {
    console.warn(`[mail] SMTP_URL is not set; this mail was not sent:\nTo: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n[mail] end`);
    return;
  }
  transport ??= nodemailer.createTransport(url);
  await transport.sendMail({ from: process.env.MAIL_FROM || "KajShekha <no-reply@kajshekha.local>", ...mail });
}
