import type { Io } from '../io.js';

// STUB: to be written.
export async function run(args: string[], io: Io): Promise<number> {
  void args;
  io.err('scaling-plan diff: not implemented yet\n');
  return 2;
}
