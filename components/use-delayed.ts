import { useEffect, useState } from 'preact/hooks';

/** Runs `action` `ms` after `key` last changed, unless it changes again first; no action, no timer. */
function useTimeoutOn(key: unknown, ms: number, action: (() => void) | undefined): void {
  useEffect(() => {
    if (!action) return;
    const timer = setTimeout(action, ms);
    return () => clearTimeout(timer);
  }, [key]);
}

/** `value` once it has stayed the same for `ms`: each change restarts the wait. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useTimeoutOn(value, ms, () => setSettled(value));
  return settled;
}

/** A value that goes back to undefined `ms` after it is set. */
export function useExpiring<T>(initial: T | undefined, ms: number): [T | undefined, (value: T | undefined) => void] {
  const [value, setValue] = useState(initial);
  useTimeoutOn(value, ms, value === undefined ? undefined : () => setValue(undefined));
  return [value, setValue];
}
