import { useCallback, useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';

/**
 * A small form or button's problem message: `run` clears the last one, runs the action and keeps
 * the API's message if it fails (resolving to false then).
 */
export function useActionError() {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<unknown>): Promise<boolean> => {
    setError(null);
    try {
      await action();
      return true;
    } catch (thrown) {
      setError(toApiError(thrown).message);
      return false;
    }
  }, []);
  return { error, run };
}
