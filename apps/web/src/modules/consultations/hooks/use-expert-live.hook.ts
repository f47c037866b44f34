import { useEffect, useRef, useState } from 'react';
import { io } from 'socket.io-client';

export interface TakenRange {
  start: string;
  end: string;
}

interface SlotsChanged {
  expertId: string;
  taken: TakenRange | null;
}

/**
 * Watches one expert's calendar: when anyone books a slot it is reported at once (`taken`, to hide
 * it before the refetch lands), and every change (booked, moved, cancelled) calls `refetch`; once
 * that answer is in, the server's list is the truth again and the local mark goes.
 */
export function useExpertLive(expertId: string | null, refetch: () => Promise<unknown>): TakenRange[] {
  const [taken, setTaken] = useState<TakenRange[]>([]);
  const changed = useRef(refetch);
  changed.current = refetch;

  useEffect(() => {
    if (!expertId) return;
    setTaken([]);
    const socket = io({ path: '/socket.io', withCredentials: true, forceNew: true });
    let watchedBefore = false;
    socket.on('connect', () => {
      socket.emit('consultations:watch-expert', { expertId }, () => {
        // Back after a disconnect: slots may have gone meanwhile.
        if (watchedBefore) void changed.current().catch(() => undefined);
        watchedBefore = true;
      });
    });
    socket.on('consultations:slots-changed', (event: SlotsChanged) => {
      if (event.expertId !== expertId) return;
      const mark = event.taken;
      if (mark) setTaken((list) => [...list, mark]);
      void changed
        .current()
        .catch(() => undefined)
        .finally(() => {
          if (mark) setTaken((list) => list.filter((range) => range !== mark));
        });
    });
    return () => {
      socket.disconnect();
    };
  }, [expertId]);

  return taken;
}

/** Whether a slot overlaps a time someone just took (buffers aside: the refetch settles the rest). */
export function overlapsTaken(slot: TakenRange, taken: readonly TakenRange[]): boolean {
  const s = Date.parse(slot.start);
  const e = Date.parse(slot.end);
  return taken.some((t) => Date.parse(t.start) < e && s < Date.parse(t.end));
}
