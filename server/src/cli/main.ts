/**
 * `scaling-plan` — the command line face. Argument dispatch only; each
 * command lives in cli/commands/. Exit codes: 0 ok, 1 findings, 2 usage.
 */
import { run as lint } from './commands/lint.js';
import { run as render } from './commands/render.js';
import { run as diff } from './commands/diff.js';
import { run as history } from './commands/history.js';
import { run as init } from './commands/init.js';
import type { Io } from './io.js';
import { processIo } from './io.js';

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = { lint, render, diff, history, init };

const USAGE = `Usage: scaling-plan <command> [options]

Commands:
  lint [PATH…]       check plans (*.scaling.yaml) against the scaling canvas
  render PLAN        write the canvas as one self-contained HTML file
  diff PLAN          compare the plan's readiness between two git revisions
  history PLAN       readiness for each commit that touched the plan
  init [FILE]        write a new plan with every canvas part as prompts

Run 'scaling-plan <command> --help' for a command's options.
`;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    io.out(`${version()}\n`);
    return 0;
  }
  const fn = COMMANDS[command];
  if (!fn) {
    io.err(`scaling-plan: unknown command '${command}'\n\n${USAGE}`);
    return 2;
  }
  try {
    return await fn(rest, io);
  } catch (e) {
    // A bug must not look like a finding: say so plainly, exit 2.
    io.err(`scaling-plan: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

function version(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../../../package.json') as { version: string }).version;
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
