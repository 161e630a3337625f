/**
 * Splits a YAML stream into its documents' source ranges without parsing them, so that one
 * document that does not parse leaves the others lintable. A line that starts with `---` or
 * `...` followed by white space or the line end is a document marker wherever it stands (the
 * YAML spec forbids such lines inside scalars: c-forbidden), so this cut is exact.
 */
export interface DocumentChunk {
    start: number;
    end: number;
    /** The document's index in its file: chunks with no content (comments, markers) get none. */
    index: number;
}
export declare function splitDocuments(text: string): DocumentChunk[];
