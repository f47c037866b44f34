import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';

export interface LiveSeats {
  ticketTypeId: string;
  seatsLeft: number | null;
  soldOut: boolean;
}

export interface LiveAttendance {
  eventId: string;
  checkedIn: number;
  confirmed: number;
}

export interface LivePlace {
  id: string;
  ticketTypeId: string;
  eventId: string;
  status: string;
  position: number | null;
  offerExpiresAt: string | null;
}

/**
 * One socket for one page: `setup` registers listeners and joins rooms on every (re)connect; the
 * socket closes with the page. The key restarts it (e.g. another event).
 */
function useSocket(key: string | null, setup: (socket: Socket) => void): void {
  const latest = useRef(setup);
  latest.current = setup;
  useEffect(() => {
    if (key === null) return;
    const socket = io({ path: '/socket.io', withCredentials: true, forceNew: true });
    latest.current(socket);
    return () => {
      socket.disconnect();
    };
  }, [key]);
}

/** Seats left per ticket of one event, live (`events:seats`); null until the first count arrives. */
export function useLiveSeats(eventId: string | null): Map<string, LiveSeats> | null {
  const [seats, setSeats] = useState<Map<string, LiveSeats> | null>(null);
  useSocket(eventId, (socket) => {
    const take = (list: LiveSeats[] | undefined) => {
      if (list) setSeats(new Map(list.map((s) => [s.ticketTypeId, s])));
    };
    socket.on('connect', () => socket.emit('events:join', { eventId }, (ack: { ok: boolean; seats?: LiveSeats[] }) => take(ack?.seats)));
    socket.on('events:seats', (payload: { eventId: string; seats: LiveSeats[] }) => {
      if (payload.eventId === eventId) take(payload.seats);
    });
  });
  return seats;
}

/** The signed-in member's waiting-list places as they change (`events:waitlist` to their own room). */
export function useLiveWaitlist(enabled: boolean, onChange: (places: LivePlace[]) => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useSocket(enabled ? 'waitlist' : null, (socket) => {
    socket.on('events:waitlist', (payload: { places: LivePlace[] }) => latest.current(payload.places));
  });
}

/** Staff: how many confirmed attendees are in, live (`events:attendance`). */
export function useLiveAttendance(eventId: string | null): LiveAttendance | null {
  const [attendance, setAttendance] = useState<LiveAttendance | null>(null);
  useSocket(eventId, (socket) => {
    socket.on('connect', () =>
      socket.emit('events:check-in:join', { eventId }, (ack: { ok: boolean; attendance?: LiveAttendance }) => {
        if (ack?.attendance) setAttendance(ack.attendance);
      }),
    );
    socket.on('events:attendance', (payload: LiveAttendance) => {
      if (payload.eventId === eventId) setAttendance(payload);
    });
  });
  return attendance;
}
