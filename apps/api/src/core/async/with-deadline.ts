export class DeadlineExceeded extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
  }
}

/**
 * The promise's outcome, or DeadlineExceeded after `ms` (the promise itself keeps running). For
 * steps that wait on another server and must not hold up what follows, such as shutdown.
 */
export async function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new DeadlineExceeded(ms)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
