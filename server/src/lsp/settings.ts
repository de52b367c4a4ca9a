// Client settings, read through workspace/configuration when the client supports it.
export interface Settings {
  enable: boolean;
}

export const DEFAULT_SETTINGS: Settings = { enable: true };

export function readSettings(value: unknown): Settings {
  const raw = (value ?? {}) as Partial<Settings>;
  return { enable: typeof raw.enable === 'boolean' ? raw.enable : DEFAULT_SETTINGS.enable };
}
