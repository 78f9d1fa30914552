/** A timer that does not keep a Node process alive; browsers' timers have no such notion (and no unref). */
export function background(timer: ReturnType<typeof setTimeout>): ReturnType<typeof setTimeout> {
  (timer as { unref?: () => void }).unref?.();
  return timer;
}
