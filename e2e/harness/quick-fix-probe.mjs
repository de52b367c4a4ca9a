// Asks the bundled language server, over stdio, which quick fixes it offers for a finding.
// The editor scenario runs only when the server offers one, so it turns on with the feature.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './env.mjs';

const PROBE_TIMEOUT_MS = 20_000;

/** @returns {Promise<string[]>} the titles of the quick fixes offered for `ruleId` in `file` */
export async function quickFixTitles(file, ruleId) {
  const serverJs = path.join(repoRoot, 'dist', 'server.js');
  if (!existsSync(serverJs)) return [];
  const server = new StdioPeer(spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] }));
  try {
    const init = await server.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        textDocument: {
          publishDiagnostics: {},
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
      },
    });
    if (!init.capabilities?.codeActionProvider) return [];
    server.notify('initialized', {});
    const uri = pathToFileURL(file).href;
    const published = server.waitFor('textDocument/publishDiagnostics', (params) => params.uri === uri);
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: await readFile(file, 'utf8') },
    });
    const diagnostic = (await published).diagnostics.find((d) => d.code === ruleId);
    if (!diagnostic) return [];
    const actions = await server.request('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    return (actions ?? []).map((action) => action.title);
  } finally {
    server.close();
  }
}

/** Minimal JSON-RPC over the LSP base protocol (Content-Length framing). */
class StdioPeer {
  constructor(child) {
    this.child = child;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = [];
    this.buffer = Buffer.alloc(0);
    child.stdout.on('data', (chunk) => this.receive(chunk));
    this.timer = setTimeout(() => this.failAll(new Error('the language server did not answer in time')), PROBE_TIMEOUT_MS);
    child.on('exit', () => this.failAll(new Error('the language server exited')));
  }

  request(method, params) {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  waitFor(method, accept) {
    return new Promise((resolve, reject) => this.listeners.push({ method, accept, resolve, reject }));
  }

  send(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  dispatch(message) {
    if (message.id !== undefined && this.pending.has(message.id)) {
      const { resolve, reject } = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) reject(new Error(message.error.message));
      else resolve(message.result);
    } else if (message.id !== undefined && message.method) {
      // Server-to-client requests (configuration, registrations): answer with defaults.
      const result = message.method === 'workspace/configuration' ? message.params.items.map(() => null) : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
    } else if (message.method) {
      const listener = this.listeners.find((l) => l.method === message.method && l.accept(message.params));
      if (listener) {
        this.listeners.splice(this.listeners.indexOf(listener), 1);
        listener.resolve(message.params);
      }
    }
  }

  failAll(error) {
    for (const { reject } of [...this.pending.values(), ...this.listeners]) reject(error);
    this.pending.clear();
    this.listeners = [];
  }

  close() {
    clearTimeout(this.timer);
    this.child.kill();
  }
}
