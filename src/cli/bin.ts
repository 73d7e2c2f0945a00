#!/usr/bin/env node
import { main } from './main.js';

// A closed pipe (`dyad code ... | head`) is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then((status) => {
  process.exitCode = status;
});
