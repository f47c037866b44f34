import { useCallback, useState, type FormEvent } from 'react';
import { formLevelMessage, toApiError, type ApiError } from './api-error.util';

/** A form's local problems by field; an empty, false or missing entry means that field is fine. */
export type FieldChecks<F extends string> = Partial<Record<F, string | false | null | undefined>>;

/**
 * A form's error state: local checks and API errors both become `{ field: message }` shown under
 * the field, and anything not tied to a shown field goes into the form's Alert.
 */
export function useApiError<F extends string>(shownFields: readonly F[]) {
  const [error, setApiError] = useState<ApiError | null>(null);

  const capture = useCallback((thrown: unknown) => setApiError(toApiError(thrown)), []);
  const setFieldErrors = useCallback((fields: Record<string, string>) => {
    setApiError({ code: 'BAD_USER_INPUT', reason: null, message: 'Please correct the highlighted fields.', fields });
  }, []);
  const clear = useCallback(() => setApiError(null), []);

  /**
   * A form's submit handler: runs the local checks and stops at the first failing ones (shown
   * under their fields); otherwise clears old errors and runs the action, capturing what it throws.
   */
  const handleSubmit = (check: () => FieldChecks<F>, action: () => Promise<unknown>) => async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    for (const [field, message] of Object.entries(check())) {
      if (typeof message === 'string' && message.length > 0) problems[field] = message;
    }
    if (Object.keys(problems).length > 0) {
      setFieldErrors(problems);
      return;
    }
    clear();
    try {
      await action();
    } catch (thrown) {
      capture(thrown);
    }
  };

  return {
    error,
    capture,
    setFieldErrors,
    clear,
    handleSubmit,
    fieldError: (name: F): string | undefined => error?.fields[name],
    alertMessage: formLevelMessage(error, shownFields),
  };
}
