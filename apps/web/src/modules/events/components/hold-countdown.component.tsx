import { Alert, VisuallyHidden } from '@mantine/core';
import { useEffect, useState } from 'react';

/** Minutes and seconds until a pending order's hold runs out (the seats go back on sale then). */
export function HoldCountdown({ until }: { until: string }) {
  const end = Date.parse(until);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = Math.max(0, Math.floor((end - now) / 1000));
  if (left === 0) {
    return (
      <Alert color="red" title="Your hold has run out" role="alert">
        The seats went back on sale. Start again to register.
      </Alert>
    );
  }
  const mm = Math.floor(left / 60);
  const ss = String(left % 60).padStart(2, '0');
  return (
    <Alert color="blue" title="Seats held for you">
      {/* Read out once, not every second. */}
      <span aria-hidden="true">
        {mm}:{ss} left to confirm.
      </span>
      <VisuallyHidden>Held until {new Date(end).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' })}.</VisuallyHidden>
    </Alert>
  );
}
