/**
 * What GitHub's runner would execute in a step's output (actions/runner ActionCommandManager and
 * ActionCommand): a line is split at CR or LF; `::name ...::` counts at the start of a line after
 * white space, `##[` anywhere. The runner compares with culture-sensitive collation, which ignores
 * zero-width and control characters, so those are removed before looking.
 */
const IGNORABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

export interface WorkflowCommand {
  line: string;
  /** The command's name, lower-cased; `##name` for the legacy form. */
  name: string;
}

/** Every line of `output` that the runner would take for a workflow command, with the command's name. */
export function workflowCommands(output: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  for (const line of output.split(/\r\n|\r|\n/)) {
    const seen = line.replace(IGNORABLE, '');
    const v2 = /^\s*::([^\s:]*)/.exec(seen);
    if (v2) out.push({ line, name: v2[1].toLowerCase() });
    const legacy = /##\[([^\s\]]*)/.exec(seen);
    if (legacy) out.push({ line, name: `##${legacy[1].toLowerCase()}` });
  }
  return out;
}

/** Characters no report line may carry raw: controls but tab and line feed, format and ignorable characters, lone surrogates. */
export const RAW_HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}]/u;
