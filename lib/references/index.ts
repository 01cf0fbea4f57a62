/**
 * Finds Bible references in plain text: the detector the content script runs
 * on every block of every page. Pure and synchronous; see docs/references.md
 * for the formats, the precision rules and the context rules. The CLI's
 * reader for whole files (paragraphs and headings) is in ./text, outside this
 * bundle.
 */
export { findReferences, type DetectOptions, type ReferenceMatch } from './scan';
export { contextAfter, contextOfHeading, type DetectorContext } from './context';
