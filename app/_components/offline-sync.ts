// Sends the offline queue (lib/offline-queue.ts) through the same server actions the pages use,
// one operation at a time, in order. Loaded by the learner provider only when the queue holds
// something. An operation leaves the queue once the server has answered it (saved, or refused for
// good: invalid input or an unknown lesson); no answer (still offline), a throttle or a server
// error keep it, and the rest behind it, for the next try. An ended session keeps it too: it is
// only ever sent under the learner who made it.
import { markLesson, tickChecklistItem } from "@/app/[locale]/(learn)/actions";
import { saveNote } from "@/app/[locale]/(learn)/tracks/[track]/[lesson]/notes-actions";
import { noteReachable, readQueue, writeQueue, type QueuedOp } from "@/lib/offline-queue";

type Answer = { ok: boolean; error?: string };
const FINAL_ERRORS = new Set(["invalid", "unknownLesson"]);

function send(op: QueuedOp): Promise<Answer> {
  if (op.kind === "lesson") return markLesson({ lessonId: op.lessonId, done: op.done });
  if (op.kind === "checklist") return tickChecklistItem({ key: op.key, done: op.done });
  return saveNote({ lessonId: op.lessonId, body: op.body });
}

let running: Promise<void> | null = null;

async function drainNow(owner: number): Promise<void> {
  for (;;) {
    const q = readQueue();
    if (!q) return;
    if (q.owner !== owner) {
      // Made by another learner on this device: never sent under this session.
      writeQueue(null);
      return;
    }
    const [op] = q.ops;
    if (!op) return;
    let answer: Answer;
    try {
      answer = await send(op);
      noteReachable(true);
    } catch (error) {
      // No answer: the page now counts as offline (lib/offline-queue.ts), and tries again later.
      if (error instanceof TypeError) noteReachable(false);
      return;
    }
    if (!answer.ok && !FINAL_ERRORS.has(answer.error ?? "")) return;
    // Remove exactly this operation: a newer change to the same target made meanwhile stays.
    const now = readQueue();
    if (now && now.owner === owner) writeQueue({ owner, ops: now.ops.filter((o) => o.id !== op.id) });
  }
}

/** Sends the queue for this learner; one sender per page, and one per browser where Web Locks exist. */
export function drainQueue(owner: number): Promise<void> {
  if (running) return running;
  const task: Promise<void> = navigator.locks ? navigator.locks.request("ks-queue", async () => drainNow(owner)).then(() => undefined) : drainNow(owner);
  const current = task.finally(() => {
    running = null;
  });
  running = current;
  return current;
}
