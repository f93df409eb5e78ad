/**
 * `scaling-plan` — the command line face. Argument dispatch only; each
 * command lives in cli/commands/. Exit codes: 0 ok, 1 findings, 2 usage.
 */
import type { Io } from './io.js';
import { packageVersion, processIo } from './io.js';
import { budgetFromEnv } from '../budgetEnv.js';

type Command = (args: string[], io: Io) => Promise<number>;

// Loaded on demand: `lint` must not pay for the renderer or git at start-up.
const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
  lint: () => import('./commands/lint.js'),
  render: () => import('./commands/render.js'),
  diff: () => import('./commands/diff.js'),
  history: () => import('./commands/history.js'),
  init: () => import('./commands/init.js'),
  report: () => import('./commands/report.js'),
};

const USAGE = `Usage: scaling-plan <command> [options]

Commands:
  lint [PATH…]       check plans (*.scaling.yaml) against the scaling canvas
  render PLAN        write the canvas as one self-contained HTML file
  diff PLAN          compare the plan's readiness between two git revisions
  history PLAN       readiness for each commit that touched the plan
  init [FILE]        write a new plan with every canvas part as prompts
  report [PATH…]     the portfolio: every plan's stage, readiness and findings on one page

Run 'scaling-plan <command> --help' for a command's options.
`;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  budgetFromEnv(io.env); // SCALING_PLAN_BUDGET_MS: the time budget of each analysis
  let [command, ...rest] = argv;
  if (command === 'help' && rest[0] && COMMANDS[rest[0]]) [command, rest] = [rest[0], ['--help']];
  if (!command) {
    io.err(USAGE);
    return 2;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    io.out(`${packageVersion()}\n`);
    return 0;
  }
  const load = COMMANDS[command];
  if (!load) {
    io.err(`scaling-plan: unknown command '${command}'\n\n${USAGE}`);
    return 2;
  }
  try {
    return await (await load()).run(rest, io);
  } catch (e) {
    // A bug must not look like a finding: say so plainly, exit 2.
    io.err(`scaling-plan: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
