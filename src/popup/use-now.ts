import { useEffect, useState } from 'preact/hooks';

/** The current time, re-read every `everyMs` while the view is open, so "5 minutes ago" keeps counting. */
export function useNow(clock: () => number = Date.now, everyMs = 30_000): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), everyMs);
    return () => clearInterval(timer);
  }, [clock, everyMs]);
  return now;
}
