// `boussole.enable = false` turns every feature off, not only diagnostics, and so does a
// configuration whose `ignore` / `notes` say the file is not a note; configuration files get their
// diagnostics and nothing else. Handlers are wrapped here so none can forget it.
import { isConfigFile } from './config-diagnostics';
import type { NoteSettings, NoteSettingsSource } from './note-settings';

type Handler<P, R> = (params: P, settings: NoteSettings) => R | Promise<R>;

/** `handler` answers for enabled notes; anything else gets `off`. Malformed params reach the handler, which reports them. */
export function gate(source: NoteSettingsSource) {
  return <P, R>(off: R, handler: Handler<P, R>) => async (params: P): Promise<R> => {
    const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
    if (typeof uri !== 'string') return handler(params, await source.of(''));
    if (isConfigFile(uri)) return off;
    const settings = await source.of(uri);
    return settings.enable && !settings.ignored ? handler(params, settings) : off;
  };
}
