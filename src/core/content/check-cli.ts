// Entry of `npm run content:check` (run through scripts/run-ts.mjs). Arguments: the content
// directory (default: $FAAS_PREP_CONTENT or the package's content/) and `--stale`, which also
// lists the volatile facts due for re-checking (listing them never changes the exit status).
import { packageContentDir } from '../paths.js';
import { checkContent, formatReport, reportPassed } from './check.js';
import { formatStale } from './stale.js';

const args = process.argv.slice(2);
const stale = args.includes('--stale');
const rest = args.filter((a) => a !== '--stale');
const unknown = rest.find((a) => a.startsWith('-'));
if (unknown !== undefined || rest.length > 1) {
  process.stderr.write(
    `content:check: ${unknown === undefined ? 'give at most one content directory' : `unknown option ${unknown}`} (usage: content:check [DIR] [--stale])\n`,
  );
  process.exit(2);
}
const report = checkContent(rest[0] ?? process.env.FAAS_PREP_CONTENT ?? packageContentDir());
process.stdout.write(formatReport(report));
if (stale) process.stdout.write(`\n${formatStale(report.stale)}`);
process.exitCode = reportPassed(report) ? 0 : 1;
