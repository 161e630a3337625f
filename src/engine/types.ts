/** A position in a source file: 1-based line and column (UTF-16 code units), 0-based offset. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning';
export type Level = Severity | 'off';

/** A path into a Kubernetes object, as the API server spells field paths: keys and list indexes. */
export type JsonPath = readonly (string | number)[];

/** The Kubernetes object a finding belongs to. */
export interface ObjectRef {
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  name?: string;
}

export interface Suppression {
  kind: 'inSource' | 'external';
  justification: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  messageId?: string;
  /** Path as given by the user (relative to the working directory for files), `<stdin>` for stdin. */
  file: string;
  range: Range;
  /** Index of the YAML document in its file, 0-based. */
  documentIndex: number;
  object?: ObjectRef;
  /** Path from the document root to the reported node. */
  path: JsonPath;
  suppressions?: Suppression[];
}
