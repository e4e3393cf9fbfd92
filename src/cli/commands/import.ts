import { existsSync } from 'node:fs';
import { ImportError, importCorpus, IMPORT_FORMATS } from '../../corpus/importCorpus';
import { choice } from '../options';
import { parse, UsageError, type Command } from '../usage';

export const importCommand: Command = {
  name: 'import',
  summary: 'bring doccano, label-studio, brat or conll annotations into sidecars',
  help: `Usage: biaozhu import --format doccano|label-studio|brat|conll [--into DIR] [--create-articles] PATH...

Reads the annotation files at PATH (or, in a folder, every .jsonl / .json / .ann / .conll file)
and adds their spans to the sidecars of the articles under DIR (default: the current folder),
as accepted spans with source import:FORMAT.

Each document is matched to articles by its text: the exact text for doccano, label-studio
(data.text) and brat (the .txt beside the .ann); the text without whitespace for conll, which
does not keep it. A document matching no article is an error, unless --create-articles, which
writes its text as a new article (named from brat's file name or label-studio's data.path,
else imported/HASH.txt).

Merging: a span already accepted is not duplicated; a matching suggestion becomes accepted;
a span that overlaps an accepted span, or repeats a rejected one, is a conflict: it is listed
and left out (exit code 1).

Everything is read and checked first: a malformed record (bad JSON, offsets outside the text,
text not matching the offsets, bad tags) is reported with its file and line, and then nothing
is written. Sidecars are written atomically.

Options:
  --into DIR           the corpus folder (default .)
  --create-articles    create articles for documents that match none
  --offsets codepoint|utf16
                       doccano only: the file counts UTF-16 code units (doccano's web UI)
  --ext .txt           article file extension`,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      format: { type: 'string', short: 'f' },
      into: { type: 'string' },
      'create-articles': { type: 'boolean' },
      ext: { type: 'string' },
      offsets: { type: 'string' },
    });
    if (values.help) return (console.log(this.help), 0);
    if (values.offsets !== undefined && values.format !== 'doccano') throw new UsageError('--offsets applies to doccano only');
    const format = choice('--format', values.format, IMPORT_FORMATS);
    if (!positionals.length) throw new UsageError('no PATH given');
    for (const p of positionals) if (!existsSync(p)) throw new UsageError(`${p}: no such file or folder`);
    const into = values.into ?? '.';
    if (!existsSync(into) && !values['create-articles']) throw new UsageError(`--into ${into}: no such folder`);
    try {
      const report = await importCorpus({
        format,
        paths: positionals,
        into,
        ext: values.ext,
        createArticles: values['create-articles'],
        offsets: choice('--offsets', values.offsets, ['codepoint', 'utf16'] as const, 'codepoint'),
      });
      for (const u of report.unreadable) console.error(`skipped ${u}`);
      for (const c of report.conflicts) {
        console.error(
          `conflict ${c.where}: ${c.span.label} ${c.span.start}-${c.span.end} ${JSON.stringify(c.span.text)} vs ${c.existing.status} ${c.existing.label} ${c.existing.start}-${c.existing.end} ${JSON.stringify(c.existing.text)} in ${c.file}`,
        );
      }
      console.log(
        `${report.documents} documents: ${report.imported} spans imported, ${report.duplicates} already there, ${report.conflicts.length} conflicts; ` +
          `${report.written.length} sidecars written` +
          (report.created.length ? `, ${report.created.length} articles created` : ''),
      );
      return report.conflicts.length ? 1 : 0;
    } catch (err) {
      if (!(err instanceof ImportError)) throw err;
      console.error(err.message);
      return 1;
    }
  },
};
