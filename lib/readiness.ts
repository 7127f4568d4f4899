// Readiness is per track: a phone track needs a phone, a computer track a computer; both need a
// skill, internet and English. Shared by the server (dashboard) and the checklist island.

export type Device = "phone" | "computer";
export type Readiness = { ready: number; total: number; missing: string[] };

export function readinessKeys(device: Device): string[] {
  return ["skill", device, "internet", "english"];
}

export function readiness(device: Device, ticked: ReadonlySet<string>): Readiness {
  const keys = readinessKeys(device);
  const missing = keys.filter((k) => !ticked.has(k));
  return { ready: keys.length - missing.length, total: keys.length, missing };
}
