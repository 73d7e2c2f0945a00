export { createDyad, type Dyad, type DyadOptions } from './dyad.js';
export { makeDoc, isIsoDate, type Doc, type DocMeta } from './core/doc.js';
export { DyadError, ERROR_CODES, type ErrorCode } from './core/errors.js';
export type { Span, TextSpan, Evidence } from './core/span.js';
export type * from './contract/types.js';
export { CONTRACT_VERSION } from './contract/types.js';
export { validateCodedDocument, SCHEMA_PATH } from './contract/validate.js';
