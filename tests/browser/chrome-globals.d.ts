/** The few `chrome.*` calls the browser tests make inside the extension's worker and pages. */
declare const chrome: {
  runtime: {
    getContexts(filter: object): Promise<Array<{ contextType: string; documentUrl?: string }>>;
    // biome-ignore lint/suspicious/noExplicitAny: a reply's shape depends on the message; each test checks what it reads.
    sendMessage(message: object): Promise<any>;
    getManifest(): { permissions?: string[]; commands?: Record<string, { suggested_key?: { default?: string }; description?: string }> };
  };
  tabs: {
    query(filter: object): Promise<Array<{ id?: number; active: boolean }>>;
    sendMessage(tabId: number, message: object, options?: { frameId?: number }): Promise<unknown>;
  };
  extension: {
    getViews(filter?: { type?: 'popup' | 'tab' }): Window[];
  };
  storage: {
    onChanged: { addListener(listener: (changes: Record<string, { newValue?: never }>, area: string) => void): void };
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
