import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The CLI's window on the world, so commands can be run in-process by tests too. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** Whether stdout is a terminal (colours in `stylish`). */
  isTty: boolean;
  env: NodeJS.ProcessEnv;
  /** Standard input, read whole (`lint --stdin`); absent: the process's own. */
  stdin?: () => Promise<string>;
}

let pipeGuarded = false;

export function processIo(): Io {
  if (!pipeGuarded) {
    pipeGuarded = true;
    // `scaling-plan lint | head`: a reader that stops early is not a crash.
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY),
    env: process.env,
    stdin: readProcessStdin,
  };
}

/** Colours only on a terminal, and never when NO_COLOR is set (no-color.org). */
export function useColor(io: Io): boolean {
  return io.isTty && !io.env['NO_COLOR'];
}

let cachedVersion: string | undefined;
/** The package version, read once from package.json: three folders up from src/cli and out/cli, one from the bundle in dist/. */
export function packageVersion(): string {
  if (cachedVersion === undefined) {
    cachedVersion = '0.0.0';
    for (const rel of ['../../../package.json', '../package.json']) {
      try {
        const pkg = JSON.parse(readFileSync(join(__dirname, rel), 'utf8')) as { name?: string; version: string };
        if (pkg.name === 'scaling-plan') {
          cachedVersion = pkg.version;
          break;
        }
      } catch { /* not here */ }
    }
  }
  return cachedVersion;
}

function readProcessStdin(): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', fail);
  });
}
