'use strict';
// What the extension starts and which files it lints: no 'vscode' import, so it runs (and is tested) under plain Node.

/** File name patterns of every input format `creeplint lint` reads (docs/cli.md, "Inputs"). */
const PATTERN = '**/*.{txt,md,markdown,html,htm,mjml,liquid,hbs,handlebars,j2,jinja,jinja2,njk,twig,mustache,erb,cshtml,gotmpl,tmpl,pug,jsonl,ndjson,yaml,yml,json,csv,xml,strings,stringsdict,po,pot,resx,arb}';

/**
 * The language server process: `<path> lsp`. The client adds `--stdio` when it starts it.
 * @param {{ get(name: string): unknown }} settings the `creeplint` settings
 */
function serverOptions(settings) {
  const command = String(settings.get('path') || 'creeplint');
  return { command, args: ['lsp'] };
}

/** The files handed to the server: saved files only (the server lints files; it skips untitled buffers). */
function documentSelector() {
  return [{ scheme: 'file', pattern: PATTERN }];
}

/** Options the server reads in `initialize`. */
function initializationOptions(settings) {
  const debounce = Number(settings.get('debounceMs'));
  return { debounceMs: Number.isFinite(debounce) ? debounce : 150 };
}

module.exports = { PATTERN, serverOptions, documentSelector, initializationOptions };
