import "server-only";
import { getSessionUser } from "@/lib/auth/session";
import { learnerState, type LearnerState } from "@/lib/learner-state";

/**
 * For the /[locale]/learner twins: the signed-in learner's state, or undefined, in which case the
 * twin renders exactly what a visitor gets (a stale hint cookie is cleared by /api/me).
 */
export async function currentLearner(): Promise<LearnerState | undefined> {
  const user = await getSessionUser();
  return user ? await learnerState(user) : undefined;
}
