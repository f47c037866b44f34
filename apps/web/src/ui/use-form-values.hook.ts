import { useCallback, useState } from 'react';

/** A form's values with a patch setter, and a busy flag around its submit action. */
export function useFormValues<V extends object>(initial: V) {
  const [values, setValues] = useState(initial);
  const [busy, setBusy] = useState(false);
  const set = useCallback((patch: Partial<V>) => setValues((v) => ({ ...v, ...patch })), []);
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }, []);
  return { values, set, busy, run };
}
