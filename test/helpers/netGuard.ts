// Preloaded with `node --require out/test/helpers/netGuard.js …` into the language server (every
// protocol test) and into CLI runs: any attempt to open a network connection through Node's net,
// tls, http, https, dgram or fetch throws, and leaves a line starting with NETWORK_GUARD_MARK on
// stderr that the test harness turns into a failure (an exception alone could be swallowed).
import { writeSync } from 'node:fs';
// The modules themselves (require), not the read-only namespace copies an `import * as` makes.
/* eslint-disable @typescript-eslint/no-require-imports */
const net = require('node:net') as typeof import('node:net');
const tls = require('node:tls') as typeof import('node:tls');
const http = require('node:http') as typeof import('node:http');
const https = require('node:https') as typeof import('node:https');
const dgram = require('node:dgram') as typeof import('node:dgram');

import { NETWORK_GUARD_MARK } from './netGuardMark';

function trip(what: string, args: unknown[]): never {
  let detail = '';
  try { detail = JSON.stringify(args.filter(a => typeof a !== 'function')).slice(0, 200); } catch { detail = String(args[0]); }
  const message = `${NETWORK_GUARD_MARK}: ${what} ${detail} in process ${process.pid}`;
  try { writeSync(2, message + '\n'); } catch { /* stderr closed */ }
  throw new Error(message);
}

type Fn = (...args: unknown[]) => unknown;
function guard(owner: object, name: string, what: string): void {
  const o = owner as Record<string, Fn>;
  if (typeof o[name] !== 'function') return;
  Object.defineProperty(owner, name, { configurable: true, writable: true, value: function guarded(...args: unknown[]) { return trip(what, args); } });
}

guard(net.Socket.prototype, 'connect', 'net.Socket#connect');
guard(net, 'connect', 'net.connect');
guard(net, 'createConnection', 'net.createConnection');
guard(tls, 'connect', 'tls.connect');
guard(http, 'request', 'http.request');
guard(http, 'get', 'http.get');
guard(https, 'request', 'https.request');
guard(https, 'get', 'https.get');
guard(dgram.Socket.prototype, 'connect', 'dgram.Socket#connect');
guard(dgram.Socket.prototype, 'send', 'dgram.Socket#send');
if (typeof globalThis.fetch === 'function') guard(globalThis, 'fetch', 'fetch');
