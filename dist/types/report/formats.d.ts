import type { FileWriterFactory, Formatter } from '../types/finding.js';
/** Formats `--format` accepts. New ones are added here (and to `formatters` in index.ts, which the type enforces). */
export type FormatterName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'gitlab' | 'coverage';
/**
 * Each formatter, imported only when a run writes its format: a run needs one, and some are
 * costly to load (stylish's colours probe the terminal, others load a hash function). In the
 * order `--help` and error messages list them, the default first.
 */
export declare const formatterLoaders: Record<FormatterName, () => Promise<Formatter>>;
/** Each format's file writer, for reports written file by file as a large run hands over its files (the CLI's). */
export declare const writerLoaders: Record<FormatterName, () => Promise<FileWriterFactory>>;
export declare const formatterNames: FormatterName[];
export declare function isFormatterName(name: string): name is FormatterName;
/** The formats that show fixes (stylish counts the fixable, SARIF carries the edits); runs in the others skip computing them. */
export declare const formatsWithFixes: ReadonlySet<FormatterName>;
