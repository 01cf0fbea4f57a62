import { useEffect, useState } from 'preact/hooks';

export type Loadable<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T };

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The state of an asynchronous load that restarts whenever `key` changes.
 * A reply to an older key is dropped, so a slow answer never replaces a newer one.
 */
export function useLoadable<T>(key: string, load: () => Promise<T>): Loadable<T> {
  const [state, setState] = useState<{ key: string; value: Loadable<T> }>({ key, value: { status: 'loading' } });
  useEffect(() => {
    let current = true;
    setState({ key, value: { status: 'loading' } });
    load().then(
      (value) => current && setState({ key, value: { status: 'ready', value } }),
      (error: unknown) => current && setState({ key, value: { status: 'error', message: errorMessage(error) } }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return state.key === key ? state.value : { status: 'loading' };
}
