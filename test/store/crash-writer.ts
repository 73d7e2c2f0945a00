/**
 * Child process for the crash-safety test: writes batches of coded documents with events and
 * prints "committed <n>" after each commit. The parent kills it with SIGKILL mid-run.
 * Usage: node crash-writer.js DB BATCH_SIZE BATCHES
 */
import { openStore } from '../../src/store/index.js';
import { buildCoded, CORPUS } from './coded-fixtures.js';

const [file, batchArg, batchesArg] = process.argv.slice(2);
const batchSize = Number(batchArg);
const batches = Number(batchesArg);
// `node --test dist/test/` also runs this file, without arguments: then there is nothing to do.
if (!file || !(batchSize > 0) || !(batches > 0)) process.exit(0);
const store = openStore(file);
let next = 0;
for (let b = 0; b < batches; b++) {
  const batch = [];
  for (let i = 0; i < batchSize; i++, next++) {
    const base = CORPUS[next % CORPUS.length]!;
    batch.push(buildCoded({ ...base, id: `gen/${next}` }));
  }
  store.writeBatch(batch);
  process.stdout.write(`committed ${next}\n`);
}
store.close();
