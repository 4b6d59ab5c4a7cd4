'use strict';
// A thin client: vscode-languageclient starts `creeplint lsp` and shows its diagnostics, quick fixes and hovers.
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { serverOptions, documentSelector, initializationOptions } = require('./server');

/** @type {LanguageClient | undefined} */
let client;

function activate(context) {
  const settings = vscode.workspace.getConfiguration('creeplint');
  const server = { ...serverOptions(settings), transport: TransportKind.stdio };
  client = new LanguageClient('creeplint', 'CreepLint', { run: server, debug: server }, {
    documentSelector: documentSelector(),
    initializationOptions: initializationOptions(settings),
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.creeplint.{yaml,yml}') },
  });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
