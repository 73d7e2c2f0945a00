import { makeDoc } from '../core/doc.js';
import type { CodedDocument } from '../contract/types.js';
import { splitIntoBatches } from '../dyad.js';
import type { ServerContext } from './context.js';
import type { ApiRoute } from './registry.js';
import { CODE_BODY, DOCUMENTS_BODY } from './schemas.js';

interface DocumentInput {
  text: string;
  date?: string | null;
  id?: string;
  title?: string;
  url?: string;
  source?: string;
}

const CODE_LIMIT = 2 * 1024 * 1024;
const DOCUMENTS_LIMIT = 20 * 1024 * 1024;

/** Coding text on demand, adding documents to the store, and what the coder codes with. */
export function codingRoutes(ctx: ServerContext): ApiRoute[] {
  return [
    {
      method: 'POST', url: '/api/code', summary: 'Code one text; returns the output contract (nothing is stored)', body: CODE_BODY, bodyLimit: CODE_LIMIT,
      handler: async (request) => {
        const input = request.body as DocumentInput;
        return ctx.dyad().code(makeDoc({ id: input.id ?? 'api', text: input.text, date: input.date ?? null }));
      },
    },
    {
      method: 'POST', url: '/api/documents', summary: 'Code and store documents ({documents:[{id, text, date?, title?, url?, source?}]}); idempotent per id and content',
      body: DOCUMENTS_BODY, bodyLimit: DOCUMENTS_LIMIT,
      handler: async (request) => {
        const { documents } = request.body as { documents: DocumentInput[] };
        const dyad = ctx.dyad();
        // Validate every document first, so a bad one rejects the request before anything is written.
        const docs = documents.map((input) =>
          makeDoc({ id: input.id ?? '', text: input.text, date: input.date ?? null, meta: pickMeta(input) }),
        );
        const pending = docs.filter((doc) => ctx.store.status(doc.id, doc, dyad.dataHash) !== 'unchanged');
        const coded: CodedDocument[] = [];
        for (const batch of splitIntoBatches(pending, (doc) => doc.text)) {
          for (const outcome of dyad.codeBatch(batch)) {
            if (!outcome.ok) throw outcome.error;
            coded.push(outcome.coded);
          }
        }
        const summary = ctx.store.writeBatch(pending.map((doc, i) => ({ coded: coded[i] as CodedDocument, meta: doc.meta })));
        return { ...summary, unchanged: summary.unchanged + docs.length - pending.length, ids: docs.map((d) => d.id) };
      },
    },
    {
      method: 'GET', url: '/api/coder', summary: 'What /api/code and /api/documents code with: version, dataHash, lexicons (built-in or petrarch, with the dictionaries\' load report)',
      handler: async () => ctx.coder(),
    },
  ];
}

function pickMeta(input: DocumentInput): { title?: string; url?: string; source?: string } {
  const meta: { title?: string; url?: string; source?: string } = {};
  if (input.title !== undefined) meta.title = input.title;
  if (input.url !== undefined) meta.url = input.url;
  if (input.source !== undefined) meta.source = input.source;
  return meta;
}
