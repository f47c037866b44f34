import { useCallback, useEffect, useState } from 'react';

/** Captured emails, from the API's development mailbox (REST, not GraphQL). */
export interface DevMailSummary {
  id: string;
  to: string | string[];
  subject: string;
  date: string | null;
}

export interface DevMailMessage extends DevMailSummary {
  from: string;
  text: string | null;
  html: string | null;
}

interface FetchState<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

const BASE = '/dev/mail/api/messages';

export function useDevMailList(): FetchState<DevMailSummary[]> {
  const state = useJson<DevMailSummary[]>(BASE);
  const data = state.data
    ? // Stable sort: messages sent within the same second keep the server's (newest first) order.
      [...state.data].sort((a, b) => time(b.date) - time(a.date))
    : null;
  return { ...state, data };
}

export function useDevMailMessage(id: string): FetchState<DevMailMessage> {
  return useJson<DevMailMessage>(`${BASE}/${encodeURIComponent(id)}`);
}

function time(iso: string | null): number {
  const value = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(value) ? 0 : value;
}

export function recipients(to: string | string[]): string {
  return Array.isArray(to) ? to.join(', ') : to;
}

function useJson<T>(url: string): FetchState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' }, signal: controller.signal })
      .then(async (response) => {
        if (response.status === 404) throw new Error('Not found. Dev mail is only available when the API captures email (development and tests).');
        if (!response.ok) throw new Error(`The mailbox answered ${response.status}.`);
        setData((await response.json()) as T);
        setError(null);
      })
      .catch((thrown: unknown) => {
        if (controller.signal.aborted) return;
        setError(thrown instanceof Error ? thrown.message : 'Could not load the mailbox.');
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [url, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload };
}
