// Entry of `npm run content:check` (run through scripts/run-ts.mjs). Optional argument: the
// content directory (default: $FAAS_PREP_CONTENT or the package's content/).
import { packageContentDir } from '../paths.js';
import { checkContent, formatReport, reportPassed } from './check.js';

const report = checkContent(
  process.argv[2] ?? process.env.FAAS_PREP_CONTENT ?? packageContentDir(),
);
process.stdout.write(formatReport(report));
process.exitCode = reportPassed(report) ? 0 : 1;
