/** The few `chrome.*` calls the browser tests make inside the extension's worker and pages. */
declare const chrome: {
  runtime: {
    getContexts(filter: object): Promise<Array<{ contextType: string; documentUrl?: string }>>;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies are checked by the test itself
    sendMessage(message: object): Promise<any>;
  };
  extension: {
    getViews(filter?: { type?: 'popup' | 'tab' }): Window[];
  };
  storage: {
    sync: {
      set(items: Record<string, unknown>): Promise<void>;
      get(keys: string | null): Promise<Record<string, unknown>>;
    };
    local: {
      get(keys: string | null): Promise<Record<string, unknown>>;
    };
    session: {
      set(items: Record<string, unknown>): Promise<void>;
      get(keys: string | null): Promise<Record<string, unknown>>;
    };
  };
};
