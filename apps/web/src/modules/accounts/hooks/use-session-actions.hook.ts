import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { logOutEverywhereMutation, logOutMutation } from '../graphql/auth.graphql';

/**
 * Ending a session: after the API drops the cookie, the cached data of the previous person is
 * thrown away and "who am I" is asked again.
 */
export function useSessionActions() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logOut, logOutState] = useMutation(logOutMutation);
  const [logOutEverywhere, everywhereState] = useMutation(logOutEverywhereMutation);

  const finish = useCallback(async () => {
    navigate('/', { replace: true });
    await client.resetStore();
  }, [client, navigate]);

  return {
    logOut: useCallback(async () => {
      await logOut();
      await finish();
    }, [logOut, finish]),
    logOutEverywhere: useCallback(async () => {
      await logOutEverywhere();
      await finish();
    }, [logOutEverywhere, finish]),
    pending: logOutState.loading || everywhereState.loading,
  };
}
