import { agree } from './commands/agree';
import { annotate } from './commands/annotate';
import { check } from './commands/check';
import { evalCommand } from './commands/eval';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { stats } from './commands/stats';
import { UsageError, type Command } from './usage';

const COMMANDS: Command[] = [annotate, stats, check, exportCommand, importCommand, agree, evalCommand];

const HELP = `biaozhu — pre-annotate and manage Chinese news entity annotations

Usage: biaozhu COMMAND [options] ...

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run 'biaozhu COMMAND --help' for a command's options.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(HELP);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command '${name}'`);
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`biaozhu ${command?.name ?? ''}: ${err.message}\nRun 'biaozhu ${command?.name ?? ''} --help' for usage.`.replace(/  +/g, ' '));
      return 2;
    }
    throw err;
  }
}

// A reader that stops early (biaozhu annotate --jsonl < corpus.jsonl | head) closes the pipe: the output is
// done, not an error to print a stack for.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`biaozhu: ${(err as Error).stack ?? err}`);
    process.exitCode = 1;
  },
);
