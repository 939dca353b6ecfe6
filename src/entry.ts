// The executable's entry. Kept tiny: --help, --version and argument errors answer without
// loading Ink, React or the content; screens are imported only when one is opened.

import { processIo } from './cli/io.js';
import { main } from './cli/main.js';

// Ink (chalk 5) ignores NO_COLOR; map it, and TERM=dumb, before anything loads chalk.
if (process.env.NO_COLOR || process.env.TERM === 'dumb') process.env.FORCE_COLOR = '0';

// `faas-prep export | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

const code = await main(process.argv.slice(2), processIo(), async (request, io) => {
  const { runApp } = await import('./ui/run.js');
  return runApp(request, io);
});
process.exitCode = code;
