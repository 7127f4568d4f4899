import { describe, expect, it } from "vitest";
import { postLines, scamSigns, splitLine } from "@/lib/post-text";

describe("what learners write, made safe to show", () => {
  it("only YouTube and documentation links are clickable; every link shows its domain", () => {
    const pieces = splitLine("Watch https://www.youtube.com/watch?v=abc, then read https://evil.example/login.");
    expect(pieces).toEqual([
      { kind: "text", text: "Watch " },
      { kind: "link", text: "https://www.youtube.com/watch?v=abc", domain: "youtube.com", href: "https://www.youtube.com/watch?v=abc" },
      { kind: "text", text: ", then read " },
      { kind: "link", text: "https://evil.example/login", domain: "evil.example", href: null },
      { kind: "text", text: "." },
    ]);
    expect(splitLine("docs: https://developer.mozilla.org/en-US/docs/Web/HTML")[1]).toMatchObject({ href: "https://developer.mozilla.org/en-US/docs/Web/HTML" });
    // A look-alike is not the allowed domain.
    expect(splitLine("https://youtube.com.evil.example/x")[0]).toMatchObject({ domain: "youtube.com.evil.example", href: null });
    expect(splitLine("javascript:alert(1)")).toEqual([{ kind: "text", text: "javascript:alert(1)" }]);
  });

  it("keeps line breaks and markup as plain text", () => {
    expect(postLines("one\r\ntwo\n\n\n\nthree <img src=x onerror=alert(1)>").map((l) => l.map((p) => p.text).join(""))).toEqual(["one", "two", "", "three <img src=x onerror=alert(1)>"]);
  });

  it("flags phone numbers, Telegram or WhatsApp, and payment requests, in Bengali and English", () => {
    expect(scamSigns("Message me on 01712-345678")).toEqual(["phone"]);
    expect(scamSigns("ফোন করুন ০১৭১২৩৪৫৬৭৮")).toEqual(["phone"]);
    expect(scamSigns("Join t.me/easyjobs for tasks")).toEqual(["messenger"]);
    expect(scamSigns("হোয়াটসঅ্যাপে যোগাযোগ করুন")).toEqual(["messenger"]);
    expect(scamSigns("Pay a registration fee by bKash first")).toEqual(["payment"]);
    expect(scamSigns("বিকাশে ৫০০ টাকা পাঠান")).toEqual(["payment"]);
    expect(scamSigns("How do I export a PNG at 1080 px in Canva?")).toEqual([]);
  });
});
