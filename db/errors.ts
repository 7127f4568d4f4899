/** A database failure the learner sees as a friendly message; the cause is logged, never shown. */
export class DataError extends Error {
  constructor(operation: string, cause: unknown) {
    super(`database operation failed: ${operation}`, { cause });
    this.name = "DataError";
  }
}

export function guard<T>(operation: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    console.error(`[db] ${operation}`, error);
    throw new DataError(operation, error);
  }
}
