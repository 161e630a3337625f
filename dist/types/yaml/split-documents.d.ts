/**
 * Splits a YAML stream into its documents the way `kubectl apply -f` does, without parsing them,
 * so that one document that does not parse leaves the others lintable.
 *
 * kubectl (apimachinery util/yaml YAMLReader) cuts the input at every line whose first three
 * characters are `---`; the rest of such a line may only be blank or a comment, anything else
 * (`--- |`, `--- !!map`, `----`) is an error. Each piece then goes to go-yaml alone, which reads
 * its first document: a `...` line ends it, and everything after it up to the next `---` line is
 * never read (a DaemonSet there is silently not applied). A piece that starts with `...` before
 * any content (and without its `---` line) is an error, and so is a `%` directive, which kubectl
 * cuts off from the document its `---` would start. A byte order mark at the start of a piece is
 * dropped, as go-yaml drops one at the start of its input.
 */
export interface DocumentChunk {
    /** Where the document's text starts and ends in the file (from its `---` line, if any). */
    start: number;
    end: number;
    /** The document's index in its file: pieces with no content (comments, markers) get none. */
    index: number;
    /** What kubectl reads differently here (parse.ts reports them with the document). */
    issues?: StreamIssue[];
    /** Nothing here is a document kubectl reads: only its issues are reported. */
    skip?: true;
}
/** Something in the stream that kubectl does not read as a document; offsets in the file. */
export interface StreamIssue {
    kind: 'separator' | 'directive' | 'leading-end' | 'after-end';
    offset: number;
    /** The rest of a bad separator line. */
    text?: string;
}
export declare function splitDocuments(text: string): DocumentChunk[];
