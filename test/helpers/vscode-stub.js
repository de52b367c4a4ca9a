// Stands in for the `vscode` module when a test loads the client bundle outside the editor:
// every export is an empty class, enough for the bundle's top-level `extends` and lookups.
module.exports = new Proxy({}, { get: (cache, name) => (cache[name] ??= class {}) });
