import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useViewer } from '../../accounts/hooks/use-viewer.hook';

export interface Draft {
  title: string;
  body: string;
  anonymous: boolean;
}

const EMPTY: Draft = { title: '', body: '', anonymous: false };

function storageKey(viewerId: string | null, scope: string): string {
  // Per account, so another person logging in on the same browser never sees it.
  return `confer:draft:${viewerId ?? 'visitor'}:${scope}`;
}

function load(key: string): Draft {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return EMPTY;
    const value = JSON.parse(raw) as Partial<Draft>;
    return {
      title: typeof value.title === 'string' ? value.title : '',
      body: typeof value.body === 'string' ? value.body : '',
      anonymous: value.anonymous === true,
    };
  } catch {
    return EMPTY;
  }
}

function save(key: string, draft: Draft): void {
  try {
    if (!draft.title.trim() && !draft.body.trim()) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the draft simply is not kept.
  }
}

/**
 * A composer's text, kept on this device while it is written (server drafts come later).
 * `scope` names what it belongs to, e.g. `thread:<id>` or `category:<id>`.
 */
export function useDraft(scope: string) {
  const { viewer } = useViewer();
  const key = storageKey(viewer?.id ?? null, scope);
  const [state, setState] = useState(() => ({ key, draft: load(key) }));
  const persist = useDebouncedCallback(save, { delay: 400, flushOnUnmount: true });
  // Another thread or account: start from what was kept for it.
  const current = state.key === key ? state.draft : load(key);
  if (state.key !== key) setState({ key, draft: current });

  const update = (patch: Partial<Draft>) => {
    const draft = { ...current, ...patch };
    setState({ key, draft });
    persist(key, draft);
  };

  const clear = () => {
    persist.cancel();
    save(key, EMPTY);
    setState({ key, draft: EMPTY });
  };

  return { draft: current, update, clear, saved: current.body.trim().length > 0 || current.title.trim().length > 0 };
}
