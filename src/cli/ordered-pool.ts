/**
 * Runs jobs with up to `concurrency` at once and hands their results on in the order of the
 * jobs, whatever order they finish in, so output is stable however many run together.
 */
export async function runOrdered<T, R>(
  items: Iterable<T>,
  concurrency: number,
  work: (item: T) => Promise<R>,
  emit: (result: R) => void,
): Promise<void> {
  const limit = Math.max(1, concurrency);
  const done = new Map<number, R>();
  const iterator = items[Symbol.iterator]();
  let started = 0;
  let nextToEmit = 0;
  let exhausted = false;
  let running = 0;

  await new Promise<void>((resolve, reject) => {
    const pump = (): void => {
      // bounded look-ahead: a slow head job must not let finished results pile up without end
      while (!exhausted && running < limit && started - nextToEmit < limit * 4) {
        const step = iterator.next();
        if (step.done) {
          exhausted = true;
          break;
        }
        const index = started++;
        running++;
        work(step.value).then(
          (result) => {
            running--;
            done.set(index, result);
            while (done.has(nextToEmit)) {
              const ready = done.get(nextToEmit)!;
              done.delete(nextToEmit++);
              emit(ready);
            }
            pump();
          },
          (error: unknown) => reject(error),
        );
      }
      if (exhausted && running === 0) resolve();
    };
    pump();
  });
}
