/** The few `chrome.*` calls the browser tests make inside the extension's worker. */
declare const chrome: {
  runtime: {
    getContexts(filter: object): Promise<Array<{ contextType: string; documentUrl?: string }>>;
  };
  storage: {
    sync: {
      set(items: Record<string, unknown>): Promise<void>;
      get(keys: string | null): Promise<Record<string, unknown>>;
      getBytesInUse(keys: string | null): Promise<number>;
    };
    local: {
      get(keys: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
    session: {
      set(items: Record<string, unknown>): Promise<void>;
      get(keys: string | null): Promise<Record<string, unknown>>;
    };
  };
};
