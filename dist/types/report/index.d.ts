import type { Formatter } from '../engine/types.js';
/** Formats `--format` accepts. New ones are added here and nowhere else. */
export type FormatterName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'gitlab';
export declare const formatters: Record<FormatterName, Formatter>;
/** In the order `--help` and error messages list them, the default first. */
export declare const formatterNames: FormatterName[];
export declare function isFormatterName(name: string): name is FormatterName;
/** The formatter called `name`, or undefined for an unknown name (a usage error for the CLI to report). */
export declare function getFormatter(name: string): Formatter | undefined;
