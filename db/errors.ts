/** A database failure the learner sees as a friendly message; the cause is logged, never shown. */
export class DataError extends Error {
  constructor(operation: string, cause: unknown) {
    super(`database operation failed: ${operation}`, { cause });
    this.name = "DataError";
  }
}

/** Runs one data-layer operation; any failure is logged once and becomes a DataError. */
export async function guard<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof DataError) throw error;
    console.error(`[db] ${operation}:`, error instanceof Error ? error.message : error);
    throw new DataError(operation, error);
  }
}
