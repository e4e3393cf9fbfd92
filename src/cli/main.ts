import { agree } from './commands/agree';
import { annotate } from './commands/annotate';
import { check } from './commands/check';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { stats } from './commands/stats';
import { UsageError, type Command } from './usage';

const COMMANDS: Command[] = [annotate, stats, check, exportCommand, importCommand, agree];

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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`biaozhu: ${(err as Error).stack ?? err}`);
    process.exitCode = 1;
  },
);
