import type { FileWriterFactory, FormatOptions, LintResult } from '../types/finding.js';
/** The key of our partial fingerprint; the `/v1` is bumped if what goes into the hash ever changes. */
export declare const FINGERPRINT_KEY = "daemonlint/v1";
interface Message {
    text: string;
    markdown?: string;
}
export interface ArtifactLocation {
    uri: string;
    uriBaseId?: string;
    index?: number;
    description?: Message;
}
interface ReportingDescriptor {
    id: string;
    name?: string;
    shortDescription: Message;
    fullDescription: Message;
    help: Message;
    helpUri: string;
    defaultConfiguration: {
        level: SarifLevel;
    };
    properties: {
        tags: string[];
        precision: 'very-high';
        'security-severity'?: string;
    };
}
export interface Region {
    startLine: number;
    startColumn: number;
    endLine: number;
    endColumn: number;
}
/** A fix as SARIF writes it: one replacement in the result's own file (§3.55-3.57). */
interface SarifFix {
    description: Message;
    artifactChanges: [{
        artifactLocation: ArtifactLocation;
        replacements: [{
            deletedRegion: Region;
            insertedContent?: {
                text: string;
            };
        }];
    }];
    /** ruff's applicability: `unsafe` fixes may change what the workload does, and `--fix` leaves them out. */
    properties: {
        safety: 'safe' | 'unsafe';
    };
}
export interface SarifResult {
    ruleId: string;
    ruleIndex: number;
    level: SarifLevel;
    message: Message;
    locations: [
        {
            physicalLocation: {
                artifactLocation: ArtifactLocation;
                region: {
                    startLine: number;
                    startColumn: number;
                    endLine: number;
                    endColumn: number;
                };
            };
            logicalLocations?: {
                name?: string;
                fullyQualifiedName: string;
                kind: 'resource' | 'module';
            }[];
        }
    ];
    relatedLocations?: {
        id: number;
        physicalLocation: {
            artifactLocation: ArtifactLocation;
            region: Region;
        };
        message: Message;
    }[];
    partialFingerprints: Record<string, string>;
    suppressions?: {
        kind: 'inSource' | 'external';
        status: 'accepted';
        justification: string;
    }[];
    properties: {
        path: string;
        documentIndex: number;
        messageId?: string;
        help?: string;
    };
    fixes?: SarifFix[];
}
export interface SarifLog {
    $schema: string;
    version: '2.1.0';
    runs: [
        {
            tool: {
                driver: {
                    name: 'daemonlint';
                    version: string;
                    semanticVersion: string;
                    informationUri: string;
                    rules: ReportingDescriptor[];
                };
            };
            originalUriBaseIds: Record<string, {
                uri: string;
                description?: Message;
            }>;
            artifacts: {
                location: ArtifactLocation;
                roles: ['analysisTarget'];
            }[];
            results: SarifResult[];
            columnKind: 'utf16CodeUnits';
        }
    ];
}
export declare function toSarif(result: LintResult): SarifLog;
export declare function formatSarif(result: LintResult, options?: FormatOptions): string;
/**
 * The results a file at a time; the run's header (rules, artifacts) is written once they are all
 * known, since a result can add a descriptor (a plugin rule without metadata) or an artifact (a
 * related location in a Helm template).
 */
export declare const sarifWriter: FileWriterFactory;
/** Results as a log's `results` holds them (after others unless `first`), for a log written a piece at a time. */
export declare function writeResults(results: readonly SarifResult[], first: boolean, write: (text: string) => void): void;
/** The text of `log` (its results empty) before and after `written` results. */
export declare function logEnds(log: SarifLog, written: number): {
    head: string;
    tail: string;
};
export declare function sarifText(log: SarifLog): string;
export declare function artifactLocation(file: string, cwd: string): ArtifactLocation;
/** SARIF asks for messages that are complete sentences, ending in a period. */
/**
 * The message of the first related location of a result placed in its Helm template (--chart-dir):
 * where the finding is in the file that was linted, which a merge of shares orders it by.
 */
export declare function renderedAt(file: string, start: {
    line: number;
    column: number;
}): string;
type SarifLevel = 'error' | 'warning' | 'note';
export {};
