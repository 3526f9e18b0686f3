/**
 * Ends the current task so the browser can handle input and paint before the next step of the start-up
 * runs (`scheduler.yield()` where there is one: the continuation keeps its place ahead of other tasks;
 * else a new task).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
