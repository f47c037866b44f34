import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * Brings the post named in the address (`#post-<id>`, e.g. from search) into view once the posts
 * are shown, and moves focus to it for keyboard and screen reader users.
 */
export function usePostAnchor(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash.startsWith('#post-')) return;
    // After the layout's own "new page: back to the top" has run.
    const timer = setTimeout(() => {
      const target = document.getElementById(decodeURIComponent(hash.slice(1)));
      if (!target) return;
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'start' });
    }, 50);
    return () => clearTimeout(timer);
  }, [hash, ready]);
}
