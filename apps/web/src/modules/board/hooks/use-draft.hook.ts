import { useApolloClient } from '@apollo/client/react';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useViewer } from '../../accounts/hooks/use-viewer.hook';
import { forumDraftQuery, saveForumDraftMutation } from '../graphql/board-tools.graphql';

export interface Draft {
  title: string;
  body: string;
  anonymous: boolean;
}

/** Where the draft stands: saved to the account (and when), on its way, or only on this device. */
export type DraftStatus = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: string } | { state: 'device' };

interface Stored extends Draft {
  /** When this device kept it (ISO), to tell whether the account's copy is newer. */
  savedAt: string;
}

const EMPTY: Draft = { title: '', body: '', anonymous: false };
const SAVE_DELAY_MS = 1000;

function storageKey(viewerId: string | null, scope: string): string {
  // Per account, so another person logging in on the same browser never sees it.
  return `confer:draft:${viewerId ?? 'visitor'}:${scope}`;
}

function isEmpty(draft: Draft): boolean {
  return !draft.title.trim() && !draft.body.trim();
}

function loadLocal(key: string): Stored | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Stored>;
    return {
      title: typeof value.title === 'string' ? value.title : '',
      body: typeof value.body === 'string' ? value.body : '',
      anonymous: value.anonymous === true,
      savedAt: typeof value.savedAt === 'string' ? value.savedAt : new Date(0).toISOString(),
    };
  } catch {
    return null;
  }
}

function saveLocal(key: string, draft: Draft): void {
  try {
    if (isEmpty(draft)) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify({ ...draft, savedAt: new Date().toISOString() }));
  } catch {
    // Storage full or disabled: the account's copy still keeps it.
  }
}

/**
 * A composer's text, saved to the member's account about a second after they stop typing (and
 * kept on this device as a backup). Opening the composer loads the newer of the two copies.
 * `scope` names what it belongs to (`thread:<id>` or `category:<id>`); null keeps the text in
 * memory only, starting from `initial` (editing a post).
 */
export function useDraft(scope: string | null, initial: Draft = EMPTY) {
  const client = useApolloClient();
  const { viewer } = useViewer();
  const viewerId = viewer?.id ?? null;
  const key = scope ? storageKey(viewerId, scope) : null;
  const [state, setState] = useState(() => ({ key, draft: (key && loadLocal(key)) || initial }));
  const [status, setStatus] = useState<{ key: string | null; status: DraftStatus }>({ key, status: { state: 'idle' } });
  // The member typed since this scope opened: a late answer from the server must not replace it.
  const typedIn = useRef<string | null>(null);
  // Saves go out one after another, so an older text never lands after a newer one (or after clearing).
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  // Another thread or account: start from what this device kept for it.
  const current = state.key === key ? state.draft : (key && loadLocal(key)) || initial;
  if (state.key !== key) setState({ key, draft: current });

  const saveRemote = (saveKey: string, saveScope: string, draft: Draft) => {
    setStatus({ key: saveKey, status: { state: 'saving' } });
    queue.current = queue.current
      .then(() => client.mutate({ mutation: saveForumDraftMutation, variables: { scope: saveScope, body: draft.body, title: draft.title || null } }))
      .then(
        ({ data }) =>
          setStatus((s) =>
            s.key === saveKey ? { key: saveKey, status: isEmpty(draft) || !data ? { state: 'idle' } : { state: 'saved', at: data.saveForumDraft } } : s,
          ),
        () => setStatus((s) => (s.key === saveKey ? { key: saveKey, status: isEmpty(draft) ? { state: 'idle' } : { state: 'device' } } : s)),
      );
  };

  const persist = useDebouncedCallback(
    (saveKey: string, saveScope: string, draft: Draft) => {
      saveLocal(saveKey, draft);
      if (viewerId) saveRemote(saveKey, saveScope, draft);
    },
    { delay: SAVE_DELAY_MS, flushOnUnmount: true },
  );

  // Opening a scope: the account's copy replaces this device's when it is newer.
  useEffect(() => {
    if (!key || !scope || !viewerId) return;
    let cancelled = false;
    client
      .query({ query: forumDraftQuery, variables: { scope }, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        const remote = data?.forumDraft;
        if (cancelled || !remote || typedIn.current === key) return;
        const local = loadLocal(key);
        if (local && local.savedAt > remote.updatedAt && !isEmpty(local)) return;
        setState({ key, draft: { title: remote.title ?? '', body: remote.body, anonymous: local?.anonymous ?? false } });
        setStatus({ key, status: { state: 'saved', at: remote.updatedAt } });
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      // Leaving for another scope: what was typed here is saved now, not dropped.
      persist.flush();
    };
  }, [client, key, scope, viewerId]);

  const update = (patch: Partial<Draft>) => {
    if (!key || !scope) {
      setState({ key, draft: { ...current, ...patch } });
      return;
    }
    const draft = { ...current, ...patch };
    typedIn.current = key;
    setState({ key, draft });
    persist(key, scope, draft);
  };

  /** After posting: forget the text here and on the account. */
  const clear = () => {
    persist.cancel();
    setState({ key, draft: EMPTY });
    if (!key || !scope) return;
    saveLocal(key, EMPTY);
    if (viewerId) saveRemote(key, scope, EMPTY);
  };

  return { draft: current, update, clear, status: status.key === key ? status.status : ({ state: 'idle' } as DraftStatus) };
}
