// Marks made offline (issue 17 item 2), kept on the device until the connection returns. Client
// only, no server imports: the lesson page ships this, and the sender (app/_components/
// offline-sync.ts, with the server actions) loads only when there is something to send.
//
// The queue belongs to one learner (`owner`, their user id): a queue found under another learner
// is dropped, never sent; sign-out deletes it (app/_components/offline-client.tsx). Each target
// (a lesson's mark, a checklist item, a lesson's note) holds at most its latest change, so the
// queue is the learner's last intent, in the order they made it. Every operation is set-state
// (done / not done, the whole note), so sending one twice changes nothing.
import { useSyncExternalStore } from "react";

export const QUEUE_KEY = "ks-queue";
const EVENT = "ks-queue";

export type QueuedOp =
  | { kind: "lesson"; lessonId: string; done: boolean }
  | { kind: "checklist"; key: string; done: boolean }
  | { kind: "note"; lessonId: string; body: string };
export type Stored = { owner: number; ops: (QueuedOp & { id: string })[] };

export const targetOf = (op: QueuedOp) => `${op.kind}:${op.kind === "checklist" ? op.key : op.lessonId}`;

export function readQueue(): Stored | null {
  try {
    const value = JSON.parse(localStorage.getItem(QUEUE_KEY) ?? "null") as Stored | null;
    return value && typeof value.owner === "number" && Array.isArray(value.ops) ? value : null;
  } catch {
    return null;
  }
}

export function writeQueue(value: Stored | null) {
  try {
    if (value && value.ops.length > 0) localStorage.setItem(QUEUE_KEY, JSON.stringify(value));
    else localStorage.removeItem(QUEUE_KEY);
  } catch {
    // Storage full or blocked: nothing more can be kept.
  }
  window.dispatchEvent(new Event(EVENT));
}

/** The learner's queued operations, or none when the queue is someone else's. */
export function queuedFor(owner: number | undefined): QueuedOp[] {
  const q = readQueue();
  return q && owner !== undefined && q.owner === owner ? q.ops : [];
}

/** Keeps the change on the device (replacing an earlier one to the same target). */
export function enqueue(owner: number, op: QueuedOp) {
  const q = readQueue();
  const ops = q && q.owner === owner ? q.ops.filter((o) => targetOf(o) !== targetOf(op)) : [];
  writeQueue({ owner, ops: [...ops, { ...op, id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}` }] });
}

// navigator.onLine is only a hint: it stays true on a connection that answers nothing (and, in
// Chromium 150, on a page the service worker served while the device is offline). So the page
// also remembers that its last request to the server got no answer, until one does.
let unreachable = false;

/** Records whether a request to the server got an answer (LearnerProvider's /api/me, the queue's sends). */
export function noteReachable(answered: boolean) {
  unreachable = !answered;
}

/**
 * Whether a change should be kept for later: the device says it is offline, the page's last
 * request got no answer, or this call's request never got one (a TypeError from fetch).
 */
export function isOffline(error?: unknown): boolean {
  if (error instanceof TypeError) unreachable = true;
  return (typeof navigator !== "undefined" && navigator.onLine === false) || unreachable;
}

function subscribe(callback: () => void) {
  window.addEventListener(EVENT, callback);
  window.addEventListener("storage", callback);
  return () => {
    window.removeEventListener(EVENT, callback);
    window.removeEventListener("storage", callback);
  };
}

/** True while a change to this target ("lesson:<id>"; "checklist:" for any item) waits on the device to be sent ("will sync"). */
export function usePending(target: string): boolean {
  const matches = (t: string) => t === target || (target.endsWith(":") && t.startsWith(target));
  return useSyncExternalStore(
    subscribe,
    () => Boolean(readQueue()?.ops.some((o) => matches(targetOf(o)))),
    () => false,
  );
}
