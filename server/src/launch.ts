// How the language server's process is started: one definition for every launcher, so that what
// is measured is what ships. The VS Code client (client/src/extension.ts) passes it to
// vscode-languageclient, bin/news-lens-server.js starts the server with it, and
// `npm run bench:scale` and the protocol test `launch.test.ts` fork the server with it the way the
// client does. Bundled on its own as dist/launch.js (the bench and the bin require it); it imports
// nothing, so the client's bundle gains a few lines.
import { fork, type ChildProcess } from 'node:child_process';

/**
 * Node and V8 flags for the server's process. `--max-semi-space-size=4` (MB) caps the LSP thread's
 * young generation, which V8 otherwise lets grow to two semi-spaces of 16 MB each: a warm start at
 * 10,000 articles is mostly mentions that survive their first scavenge, so the young generation
 * stays at its largest through it (session 13, warm starts from the command line: 369–392 MB of
 * peak RSS against 403–432). Only a flag given at launch sets it (V8 sizes the heap before any
 * code runs). V8's flags are the process's: the flag also overrides the workers' own cap
 * (`resourceLimits.maxYoungGenerationSizeMb`, `WORKER_YOUNG_MB`), so every thread's new space is
 * 8 MB (two semi-spaces of 4) where it was 32 MB on the LSP thread and 16 MB on each worker.
 * Tried and left out: `--optimize-for-size`, which took the bench's peak at 10,000 articles under
 * 400 MB (382–408) but cost an eighth more processor time to analyse and a third more to a warm
 * start's first answer (README, "Memory flags shipped (session 14)").
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4'];

/**
 * Environment the server's process gets on top of its launcher's (never set in the launcher's own
 * environment), for glibc's malloc, which holds what V8 keeps outside its heaps (parsers' and
 * compilers' zones, message buffers, the isolates' own structures). Read when the process starts;
 * ignored by other C libraries (macOS, Windows, musl).
 * - `MALLOC_ARENA_MAX=2`: glibc gives each thread that allocates its own arena (up to 8 per core),
 *   and the server's threads (the LSP thread, the analysis and link workers, V8's and libuv's
 *   helpers) each leave pages behind in theirs; two arenas held a warm start's peak at 382–386 MB
 *   against 410–427 (session 13, from the command line).
 * - `MALLOC_MMAP_THRESHOLD_=1048576`: a block of 1 MB or more (a folder pack read at start, the
 *   kept link, the messages of a relearn, V8's bigger buffers) is a mapping of its own, given back
 *   when freed. glibc otherwise raises the threshold to the largest block freed (up to 32 MB), and
 *   later big blocks come from the arena, whose pages stay. At 10,000 articles the bench's peak RSS
 *   fell from 437–439 MB to 404–407 MB (warm) and 407–410 to 377 MB (cold), the processor time
 *   within the runs' spread (session 23, three settings alternated; 256 KB: 406–426 MB).
 * Tried and left out: `MALLOC_TRIM_THRESHOLD_` and `MALLOC_MMAP_THRESHOLD_` fixed at 128 KB
 * (glibc raises both as big blocks are freed, so freed memory stays in the arenas). The bench's peak
 * at 10,000 articles fell from 456 to 441 MB at the median (eight runs against seven), but the
 * server's processor time to a cold start's first answer rose from 70–79 s to 85–118 s (README,
 * "Memory flags shipped (session 14)").
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '1048576' };

/** `options` for a vscode-languageclient `NodeModule`: its `execArgv` and `env` (merged by the client over its own). */
export function serverProcessOptions(extraExecArgv: readonly string[] = []): { execArgv: string[]; env: Record<string, string> } {
  return { execArgv: [...SERVER_EXEC_ARGV, ...extraExecArgv], env: { ...SERVER_ENV } };
}

/**
 * The client's `ServerOptions`: the bundled server as a node module over IPC, with the flags and
 * environment above when run and when debugged. `transport` is the client's `TransportKind.ipc`
 * (passed in, so that this module does not load vscode-languageclient, which needs `vscode`).
 */
export function serverOptions<T>(serverModule: string, transport: T) {
  return {
    run: { module: serverModule, transport, options: serverProcessOptions() },
    debug: { module: serverModule, transport, options: serverProcessOptions(['--nolazy', '--inspect=6010']) },
  };
}

/** Whether this process was started with the flags above (bin/news-lens-server.js checks before starting the server in-process). */
export function hasServerSettings(execArgv: readonly string[] = process.execArgv, env: NodeJS.ProcessEnv = process.env): boolean {
  return SERVER_EXEC_ARGV.every(f => execArgv.includes(f)) && Object.entries(SERVER_ENV).every(([k, v]) => env[k] === v);
}

/**
 * Forks the server as vscode-languageclient 11 does for a `NodeModule` with `TransportKind.ipc`
 * (`createMessageTransports` in its lib/node/main.js): `--node-ipc --clientProcessId=<pid>`, the
 * module's `options.execArgv` as given, its `options.env` over a copy of this process's environment
 * with ELECTRON_RUN_AS_NODE (which makes VS Code's Electron act as node), and `silent` (stdio piped).
 * For the bench and the tests, which must start the server the way the editor does.
 */
export function forkServer(serverModule: string, extraArgs: readonly string[] = [], options = serverProcessOptions()): ChildProcess {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  env.ELECTRON_RUN_AS_NODE = '1';
  env.ELECTRON_NO_ASAR = '1';
  Object.assign(env, options.env);
  return fork(serverModule, [...extraArgs, '--node-ipc', `--clientProcessId=${process.pid}`], { execArgv: options.execArgv, env, silent: true });
}
