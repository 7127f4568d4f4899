import { beforeAll, describe, expect, it } from "vitest";
import { getCertificateByCode, getCertificateFor, issueCertificate, newCertificateCode } from "@/db/certificates";
import { getPortfolio, getPublishedPortfolio, listPractice, removePractice, savePortfolio, savePractice } from "@/db/portfolio";
import { setLessonDone } from "@/db/progress";
import { createUser, deleteUser, exportUserData } from "@/db/users";
import { getTracks } from "@/lib/content";
import { learnerState } from "@/lib/learner-state";
import { portfolioSchema, practiceSchema } from "@/lib/portfolio-validation";
import { useTempDatabase } from "./helpers/temp-db";

const newUser = (email: string) => createUser({ email, name: "Rina", passwordHash: "x", locale: "bn" }).then((u) => u!);

describe("practice links and handles are validated", () => {
  const url = (u: string) => practiceSchema.safeParse({ lessonId: "l", url: u, note: "" });
  it("accepts https links and refuses script, http, credentials and over-long links", () => {
    expect(url("https://drive.google.com/file/d/abc/view").success).toBe(true);
    expect(url("https://www.behance.net/gallery/1/x?y=1").success).toBe(true);
    for (const bad of ["javascript:alert(1)", "http://example.com", "https://user:pw@example.com/", "https://localhost/", `https://example.com/${"a".repeat(600)}`, ""]) {
      expect(url(bad).success, bad).toBe(false);
    }
    expect(practiceSchema.safeParse({ lessonId: "l", url: "https://a.io", note: "ন".repeat(501) }).success).toBe(false);
  });
  it("takes handles of 3–30 of a–z 0–9 -, lower-cased, and refuses reserved ones", () => {
    const h = (handle: string) => portfolioSchema.safeParse({ handle, displayName: "R" });
    expect(h("Rina-99").data?.handle).toBe("rina-99");
    for (const bad of ["ab", "a".repeat(31), "rina_99", "রিনা", "admin", "verify"]) expect(h(bad).success, bad).toBe(false);
  });
});

describe("certificate codes", () => {
  it("are 20 characters of 32 symbols (100 random bits) and never repeat", () => {
    const codes = new Set(Array.from({ length: 2000 }, newCertificateCode));
    expect(codes.size).toBe(2000);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{20}$/);
  });
});

describe("practice, portfolio and certificates in the database", () => {
  beforeAll(async () => {
    await useTempDatabase();
  });

  it("saves, edits and removes a learner's practice work", async () => {
    const u = await newUser("p1@example.com");
    await savePractice({ userId: u.id, lessonId: "x-1", trackSlug: "x", url: "https://a.io/1", note: "প্রথম", shown: false });
    await savePractice({ userId: u.id, lessonId: "x-1", trackSlug: "x", url: "https://a.io/2", note: "edited", shown: true });
    expect(await listPractice({ userId: u.id })).toMatchObject([{ lessonId: "x-1", url: "https://a.io/2", note: "edited", shown: true }]);
    await removePractice({ userId: u.id, lessonId: "x-1" });
    expect(await listPractice({ userId: u.id })).toEqual([]);
  });

  it("keeps handles unique whatever their case, and a portfolio is found only while published", async () => {
    const a = await newUser("h1@example.com");
    const b = await newUser("h2@example.com");
    expect(await savePortfolio({ userId: a.id, handle: "Rina", displayName: "Rina", headline: "", published: true })).toBe("saved");
    expect(await savePortfolio({ userId: b.id, handle: "rina", displayName: "B", headline: "", published: true })).toBe("handleTaken");
    expect((await getPublishedPortfolio({ handle: "RINA" }))?.userId).toBe(a.id);
    await savePortfolio({ userId: a.id, handle: "rina", displayName: "Rina", headline: "", published: false });
    expect(await getPublishedPortfolio({ handle: "rina" })).toBeUndefined();
    expect(await getPortfolio({ userId: b.id })).toBeUndefined();
  });

  it("issues one certificate on finishing a track, keeps it when a lesson is un-marked, revokes it on deletion", async () => {
    const u = await newUser("c1@example.com");
    const track = [...getTracks()].sort((x, y) => x.lessons.length - y.lessons.length)[0]!;
    await savePractice({ userId: u.id, lessonId: track.lessons[0]!.id, trackSlug: track.slug, url: "https://github.com/rina/x", note: "", shown: true });
    for (const lesson of track.lessons) await setLessonDone({ userId: u.id, lessonId: lesson.id, done: true });
    const issued = (await getCertificateFor({ userId: u.id, trackSlug: track.slug }))!;
    expect(issued.lessonIds).toHaveLength(track.lessons.length);
    expect(issued.practice).toEqual([{ lessonId: track.lessons[0]!.id, url: "https://github.com/rina/x" }]);
    const again = await issueCertificate({ userId: u.id, trackSlug: track.slug, lessonIds: track.lessons.map((l) => l.id) });
    expect(again?.code).toBe(issued.code);
    await setLessonDone({ userId: u.id, lessonId: track.lessons[0]!.id, done: false });
    expect((await getCertificateByCode({ code: issued.code }))?.revoked).toBe(false);

    const exported = await exportUserData({ userId: u.id });
    expect(exported?.certificates.map((c) => c.code)).toEqual([issued.code]);
    expect(exported?.practice).toHaveLength(1);

    await deleteUser({ userId: u.id });
    const after = await getCertificateByCode({ code: issued.code });
    expect(after).toMatchObject({ revoked: true, learnerName: "", practice: [] });
    expect(await listPractice({ userId: u.id })).toEqual([]);
  });

  it("the learner state lists the lessons with saved work, for the track page's marks, and only the learner's own", async () => {
    const a = await newUser("ls1@example.com");
    const b = await newUser("ls2@example.com");
    await savePractice({ userId: a.id, lessonId: "x-1", trackSlug: "x", url: "https://a.io/1", note: "", shown: false });
    await savePractice({ userId: b.id, lessonId: "x-2", trackSlug: "x", url: "https://a.io/2", note: "", shown: true });
    expect((await learnerState({ id: a.id, name: "A" })).practice).toEqual(["x-1"]);
    await removePractice({ userId: a.id, lessonId: "x-1" });
    expect((await learnerState({ id: a.id, name: "A" })).practice).toEqual([]);
  });
});
