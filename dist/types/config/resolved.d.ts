import type { AnyRule } from '../types/rule.js';
import type { Level, Severity } from '../types/finding.js';
import type { Inventory } from '../types/inventory.js';
/** A rule switched on for a run, with the severity and options the configuration gave it. */
export interface ActiveRule {
    rule: AnyRule;
    severity: Severity;
    options: unknown;
    /**
     * The configuration set the level (config file, `--rule`, the `strict` preset): every finding
     * has `severity`. Otherwise a report may give its own (`ReportDescriptor.severity`).
     */
    levelSet?: boolean;
}
export interface RunSettings {
    kubeVersion: string;
    now: Date;
    /** Suppressions (comments, annotations, config excludes) must give a reason to count. */
    requireReason?: boolean;
    /** Level of `unused-suppression` findings (off to not report them). */
    unusedSuppression?: Level;
    /** Level of `duplicate-key` findings (default warning). */
    duplicateKey?: Level;
    /** Level of `content-after-end` findings (default warning). */
    contentAfterEnd?: Level;
    /** Level of `helm-template` findings: a file that does not parse because it is a Helm/Go template (default warning). */
    helmTemplate?: Level;
    /** Attach its edit to each fixable finding (default true); a report that shows no fixes skips the work. */
    fixEdits?: boolean;
    /** The node inventory rules may read (`RuleContext.inventory`). Plain data: workers get a copy. */
    inventory?: Inventory;
}
