import { useEffect, useRef } from 'react';
import { useMarkThreadRead } from '../hooks/use-mark-thread-read.hook';

/**
 * An invisible marker placed after a thread's last post: once it is on screen (and the tab is in
 * front), the thread counts as read up to `lastSeq`. Live posts move the marker on, so a member
 * reading along is marked as having read them and is not emailed about them.
 */
export function ThreadReadMarker({ threadId, lastSeq }: { threadId: string; lastSeq: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const markRead = useMarkThreadRead(threadId);

  useEffect(() => {
    const element = ref.current;
    if (!element || lastSeq <= 0) return;
    let onScreen = false;
    const send = () => {
      if (onScreen && document.visibilityState === 'visible') markRead(lastSeq);
    };
    const observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => {
            onScreen = entries.some((e) => e.isIntersecting);
            send();
          })
        : null;
    if (observer) observer.observe(element);
    else {
      onScreen = true;
      send();
    }
    document.addEventListener('visibilitychange', send);
    return () => {
      observer?.disconnect();
      document.removeEventListener('visibilitychange', send);
    };
  }, [lastSeq, markRead]);

  return <div ref={ref} aria-hidden style={{ height: 1 }} />;
}
