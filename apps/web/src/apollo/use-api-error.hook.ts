import { useCallback, useState } from 'react';
import { formLevelMessage, toApiError, type ApiError } from './api-error.util';

/**
 * A form's error state: local checks and API errors both become `{ field: message }` shown under
 * the field, and anything not tied to a shown field goes into the form's Alert.
 */
export function useApiError(shownFields: readonly string[]) {
  const [error, setApiError] = useState<ApiError | null>(null);

  const capture = useCallback((thrown: unknown) => setApiError(toApiError(thrown)), []);
  const setFieldErrors = useCallback((fields: Record<string, string>) => {
    setApiError({ code: 'BAD_USER_INPUT', reason: null, message: 'Please correct the highlighted fields.', fields });
  }, []);
  const clear = useCallback(() => setApiError(null), []);

  return {
    error,
    capture,
    setFieldErrors,
    clear,
    fieldError: (name: string): string | undefined => error?.fields[name],
    alertMessage: formLevelMessage(error, shownFields),
  };
}
