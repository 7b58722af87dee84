import { useEffect, useState } from 'react';

/**
 * Seconds spent on the current item in this meeting: counts while the item is current and
 * still pending. Each item keeps its own count when the team moves back and forth.
 */
export function useItemTimer(itemId: number | null, running: boolean): number {
  const [elapsed, setElapsed] = useState<Record<number, number>>({});
  useEffect(() => {
    if (itemId === null || !running) return;
    const timer = setInterval(() => {
      setElapsed((previous) => ({ ...previous, [itemId]: (previous[itemId] ?? 0) + 1 }));
    }, 1000);
    return () => clearInterval(timer);
  }, [itemId, running]);
  return itemId === null ? 0 : (elapsed[itemId] ?? 0);
}
