/** Runs the functions handed to it one after the other (in the order they came), whatever each one's outcome. */
export function createOneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const result = last.then(task, task);
    last = result.catch(() => undefined);
    return result;
  };
}
