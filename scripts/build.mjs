// Bundles the entry points: the VS Code client, the language server and its analysis thread, the CLI.
// Everything is bundled so the .vsix and the CLI need no node_modules at run time.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  // ESM dependencies that read import.meta.url get the bundle's own URL in CommonJS.
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
  // jsonc-parser's "main" is a UMD build whose dynamic requires esbuild cannot follow.
  // stopword's "main" is one CommonJS file of 62 languages; its ES modules let only fr and en in.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js', stopword: 'stopword/src/stopword.js' },
  plugins: [withoutLocaleReplacements(), withoutGlobLookup()],
};

/**
 * @sindresorhus/transliterate compiles one large expression per locale it knows as it loads; the
 * analysis calls it without a locale, so its locale tables are left out and nothing else changes.
 */
function withoutLocaleReplacements() {
  return {
    name: 'without-locale-replacements',
    setup(build) {
      build.onResolve({ filter: /^\.\/locale-replacements\.js$/ }, ({ importer }) => (
        /[\\/]@sindresorhus[\\/]transliterate[\\/]/.test(importer) ? { path: 'locale-replacements', namespace: 'without-locales' } : undefined));
      build.onLoad({ filter: /.*/, namespace: 'without-locales' }, () => ({ contents: 'export default {};', loader: 'js' }));
    },
  };
}

/**
 * fdir (under tinyglobby) looks for picomatch with Node's resolver as it loads, for a glob option
 * tinyglobby never uses: that finds and loads node_modules' copy (tens of milliseconds) wherever one
 * is reachable, and searches for it in vain elsewhere. The lookup is left out; nothing else changes.
 */
function withoutGlobLookup() {
  const lookup = /\n\s*__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);/;
  return {
    name: 'without-glob-lookup',
    setup(build) {
      build.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, ({ path }) => {
        const source = readFileSync(path, 'utf8');
        if (!lookup.test(source)) throw new Error(`fdir changed: its picomatch lookup was not found in ${path}`);
        return { contents: source.replace(lookup, ''), loader: 'js' };
      });
    },
  };
}

/** The editor waits for the server to load: half the text to read, and stack traces keep their names. */
const startsFast = { minify: true, keepNames: true };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  // dist/server.js and dist/analysis-worker.js (the thread's script, started from the same folder)
  // are small loaders that run these two bundles through V8's code cache (server/src/lsp/boot/).
  build({ ...common, ...startsFast, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server-bundle.js' }),
  build({ ...common, ...startsFast, entryPoints: ['server/src/lsp/analysis/worker.ts'], outfile: 'dist/analysis-worker-bundle.js' }),
  build({ ...common, ...startsFast, entryPoints: ['server/src/lsp/boot/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, ...startsFast, entryPoints: ['server/src/lsp/boot/analysis-worker.ts'], outfile: 'dist/analysis-worker.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', define: { ...common.define, BOUSSOLE_VERSION: JSON.stringify(version) } }),
]);
