'use strict';
// Headless check of a packed extension: node test/smoke.js EXTENSION_DIR CREEPLINT_COMMAND FILE
// Starts the server exactly as the packed extension would (its server.js: `<creeplint.path> lsp`, plus the `--stdio`
// vscode-languageclient adds), speaks LSP to it with the packed vscode-jsonrpc (the client's own wire layer), opens
// FILE and prints one JSON line: the server options and the diagnostics the server published. No VS Code is involved.
const path = require('path');
const fs = require('fs');
const { spawn } = require('child_process');

const [extensionDir, command, file] = process.argv.slice(2);
const { serverOptions, documentSelector, initializationOptions } = require(path.join(extensionDir, 'server.js'));
const rpc = require(path.join(extensionDir, 'node_modules', 'vscode-jsonrpc', 'node'));

const settings = { get: (name) => ({ path: command, debounceMs: 0 })[name] };
const options = serverOptions(settings);
const child = spawn(options.command, [...options.args, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
const timer = setTimeout(() => { console.error('no diagnostics within 60 s'); process.exit(2); }, 60000);

connection.onRequest(() => null); // client/registerCapability and the like
connection.onNotification('textDocument/publishDiagnostics', async (params) => {
  clearTimeout(timer);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  child.on('exit', (code) => {
    console.log(JSON.stringify({ options, selector: documentSelector(), exitCode: code, diagnostics: params.diagnostics }));
    process.exit(0);
  });
});
connection.listen();

(async () => {
  const uri = 'file://' + path.resolve(file);
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: 'file://' + path.dirname(path.resolve(file)),
    capabilities: {},
    initializationOptions: initializationOptions(settings),
  });
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'html', version: 1, text: fs.readFileSync(file, 'utf8') },
  });
})().catch((error) => { console.error(error); process.exit(3); });
