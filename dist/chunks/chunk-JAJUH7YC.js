import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  ACROSS_INPUT,
  DEFAULT_MAX_FILE_SIZE,
  FileByFileBaseline,
  InputError,
  addReadProblems,
  baselinePath,
  boundChecked,
  buildShare,
  chartDirKey,
  configKey,
  defaultConcurrency,
  displayPath,
  finishFindings,
  heapLooker,
  inputFiles,
  keepHeapBelow,
  lintSources,
  locateInTemplates,
  prepareRun,
  readAllStdin,
  readBaseline,
  readFileSource,
  readSource,
  ruleInfos,
  runInputRules,
  textHash
} from "./chunk-2EMHMA5Y.js";
import {
  VERSION
} from "./chunk-LLXENIQX.js";
import {
  SourceFile,
  applySuppressions,
  builtinRules,
  compareFindings,
  describeError,
  directiveKey,
  ownString,
  prepareRules,
  setOwn
} from "./chunk-GTJUMAUR.js";
import {
  groupBy
} from "./chunk-K4PH63GC.js";

// src/run/lint-by-file.ts
import path3 from "node:path";

// src/run/compact-copy.ts
var CompactCopier = class {
  strings = /* @__PURE__ */ new Map();
  copy(value) {
    return this.value(value, /* @__PURE__ */ new Map(), 0);
  }
  value(value, copies, depth) {
    if (typeof value === "string") return this.string(value);
    if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
    const copied = copies.get(value);
    if (copied !== void 0) return copied;
    const prototype = Object.getPrototypeOf(value);
    const plain = Array.isArray(value) || value instanceof Map || value instanceof Set || prototype === Object.prototype || prototype === null;
    if (!plain || depth > MAX_DEPTH) {
      const out2 = structuredClone(value);
      copies.set(value, out2);
      return out2;
    }
    const next = depth + 1;
    if (Array.isArray(value)) {
      const out2 = new Array(value.length);
      copies.set(value, out2);
      for (let i = 0; i < value.length; i++) out2[i] = this.value(value[i], copies, next);
      return out2;
    }
    if (value instanceof Map) {
      const out2 = /* @__PURE__ */ new Map();
      copies.set(value, out2);
      for (const [k, v] of value) out2.set(this.value(k, copies, next), this.value(v, copies, next));
      return out2;
    }
    if (value instanceof Set) {
      const out2 = /* @__PURE__ */ new Set();
      copies.set(value, out2);
      for (const v of value) out2.add(this.value(v, copies, next));
      return out2;
    }
    const out = prototype === null ? /* @__PURE__ */ Object.create(null) : {};
    copies.set(value, out);
    for (const key of Object.keys(value)) {
      setOwn(out, this.string(key), this.value(value[key], copies, next));
    }
    return out;
  }
  /** A string to keep: a short one shared with its equals, a longer one copied (a slice keeps its whole text alive). */
  string(value) {
    if (value.length > INTERN_MAX) return ownString(value);
    let shared = this.strings.get(value);
    if (shared === void 0) {
      shared = ownString(value);
      this.strings.set(shared, shared);
    }
    return shared;
  }
};
var INTERN_MAX = 256;
var MAX_DEPTH = 32;

// src/run/finding-codec.ts
var PLAIN_CODEC = {
  encode: (items) => items,
  decode: (raw) => raw
};
var FindingCodec = class {
  constructor(maxTableChars = MAX_TABLE_CHARS) {
    this.maxTableChars = maxTableChars;
  }
  maxTableChars;
  shapes = [];
  shapeIndex = /* @__PURE__ */ new Map();
  lastKeys = [];
  lastShape = -1;
  texts = [];
  textIndex = /* @__PURE__ */ new Map();
  tableChars = 0;
  encode(items) {
    const out = new Array(items.length);
    for (let i = 0; i < items.length; i++) out[i] = this.encodeOne(items[i]);
    return out;
  }
  decode(raw) {
    const out = new Array(raw.length);
    for (let i = 0; i < raw.length; i++) out[i] = this.decodeOne(raw[i]);
    return out;
  }
  encodeOne(finding) {
    const record = finding;
    const keys = [];
    const out = [-1];
    for (const key of Object.keys(record)) {
      const value = jsonValue(record[key], key);
      if (omitted(value)) continue;
      keys.push(key);
      out.push(!TABLED.has(key) ? value : typeof value === "string" ? this.text(value) : [value]);
    }
    out[0] = this.shapeOf(keys);
    return out;
  }
  decodeOne(encoded) {
    const keys = this.shapes[encoded[0]];
    const out = {};
    let at = 1;
    for (const key of keys) {
      const value = encoded[at++];
      setOwn(out, key, TABLED.has(key) ? this.tabled(value) : value);
    }
    return out;
  }
  tabled(value) {
    return typeof value === "number" ? this.texts[value] : typeof value === "string" ? value : value[0];
  }
  /** The shape's number: most findings have the shape of the one before, which costs a comparison of keys. */
  shapeOf(keys) {
    if (sameKeys(keys, this.lastKeys)) return this.lastShape;
    const name = JSON.stringify(keys);
    let shape = this.shapeIndex.get(name);
    if (shape === void 0) {
      shape = this.shapes.length;
      this.shapes.push(keys);
      this.shapeIndex.set(name, shape);
    }
    this.lastKeys = keys;
    this.lastShape = shape;
    return shape;
  }
  /** A text's number in the table, or the text itself once the table is full. */
  text(value) {
    const known = this.textIndex.get(value);
    if (known !== void 0) return known;
    if (this.tableChars + value.length > this.maxTableChars) return value;
    this.tableChars += value.length;
    const own = ownString(value);
    this.texts.push(own);
    this.textIndex.set(own, this.texts.length - 1);
    return this.texts.length - 1;
  }
};
var TABLED = /* @__PURE__ */ new Set(["ruleId", "severity", "messageId", "help", "file", "template", "justifyWith"]);
var MAX_TABLE_CHARS = 2 << 20;
function jsonValue(value, key) {
  return typeof value === "object" && value !== null && typeof value.toJSON === "function" ? value.toJSON(key) : value;
}
function omitted(value) {
  return value === void 0 || typeof value === "function" || typeof value === "symbol";
}
function sameKeys(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// src/run/temp-file.ts
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
var TempFile = class {
  constructor(prefix, name, cutShort, named = false) {
    this.prefix = prefix;
    this.name = name;
    this.cutShort = cutShort;
    this.named = named;
  }
  prefix;
  name;
  cutShort;
  named;
  dir;
  fd;
  /** Bytes written so far. */
  size = 0;
  get opened() {
    return this.fd !== void 0;
  }
  /** Where the file is, once it is made. */
  get path() {
    return this.dir === void 0 ? void 0 : path.join(this.dir, this.name);
  }
  /** Writes the bytes after the others; returns where they start. */
  append(bytes) {
    try {
      if (this.fd === void 0) {
        this.dir = mkdtempSync(path.join(tmpdir(), this.prefix));
        this.fd = openSync(path.join(this.dir, this.name), "w+", 384);
        if (!this.named && process.platform !== "win32") {
          rmSync(this.dir, { recursive: true, force: true });
          this.dir = void 0;
        }
      }
      const at = this.size;
      let done = 0;
      while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, at + done);
      this.size += bytes.length;
      return at;
    } catch (error) {
      throw new InputError(`cannot write a temporary file in ${tmpdir()}: ${describeError(error)}; set TMPDIR to a directory with room that daemonlint can write to`);
    }
  }
  /** Reads up to `length` bytes from `position` into `buffer`; returns how many (at least one). */
  read(buffer, length, position) {
    const n = this.fd === void 0 ? 0 : readSync(this.fd, buffer, 0, length, position);
    if (n === 0) throw new Error(this.cutShort);
    return n;
  }
  close() {
    if (this.fd !== void 0) closeSync(this.fd);
    if (this.dir !== void 0) rmSync(this.dir, { recursive: true, force: true });
    this.fd = void 0;
    this.dir = void 0;
    this.size = 0;
  }
};

// src/run/file-store.ts
var HOLD_FINDINGS = 5e3;
var FileStore = class {
  /** `codec` writes and reads the findings (or what stands for them); checked objects are written as they are. */
  constructor(budget, codec = PLAIN_CODEC) {
    this.budget = budget;
    this.codec = codec;
  }
  budget;
  codec;
  held = /* @__PURE__ */ new Map();
  heldFindings = 0;
  spilled = /* @__PURE__ */ new Map();
  file = new TempFile("daemonlint-", "findings.jsonl", "the findings spilled to a temporary file were cut short");
  writeBuffer;
  readBuffer;
  put(ordinal, file) {
    this.held.set(ordinal, file);
    this.heldFindings += file.findings.length + file.objects.length;
    for (const [oldest, stored] of this.held) {
      if (this.heldFindings <= this.budget || oldest === ordinal) break;
      this.held.delete(oldest);
      this.heldFindings -= stored.findings.length + stored.objects.length;
      this.spilled.set(oldest, { findings: this.append(stored.findings, this.codec), objects: this.append(stored.objects, PLAIN_CODEC) });
    }
  }
  /** A file's findings and objects; each is taken once. */
  take(ordinal) {
    const held = this.held.get(ordinal);
    if (held !== void 0) {
      this.held.delete(ordinal);
      this.heldFindings -= held.findings.length + held.objects.length;
      return held;
    }
    const where = this.spilled.get(ordinal);
    if (where === void 0) return { findings: [], objects: [] };
    this.spilled.delete(ordinal);
    return { findings: this.lines(where.findings, this.codec), objects: this.lines(where.objects, PLAIN_CODEC) };
  }
  close() {
    this.file.close();
    this.writeBuffer = void 0;
    this.readBuffer = void 0;
  }
  append(items, codec) {
    const at = this.file.size;
    for (let start = 0; start < items.length; start += PIECE) this.file.append(this.encode(`${JSON.stringify(codec.encode(items.slice(start, start + PIECE)))}
`));
    return { at, length: this.file.size - at };
  }
  /**
   * A piece's UTF-8 bytes, in a buffer used again for every piece: memory fresh from the system
   * costs a page fault per 4 KiB the first time it is written, which for a new buffer per piece
   * was most of the time of spilling (see spool.ts).
   */
  encode(text) {
    if (this.writeBuffer === void 0 || this.writeBuffer.length < text.length * 3) this.writeBuffer = Buffer.allocUnsafeSlow(Math.max(text.length * 3, 1 << 20));
    return this.writeBuffer.subarray(0, this.writeBuffer.write(text));
  }
  lines(where, codec) {
    const out = [];
    if (where.length === 0) return out;
    let rest = Buffer.alloc(0);
    const bytes = this.readBuffer ??= Buffer.allocUnsafeSlow(READ);
    for (let done = 0; done < where.length; ) {
      const n = this.file.read(bytes, Math.min(READ, where.length - done), where.at + done);
      done += n;
      const cut = bytes.subarray(0, n).lastIndexOf(10);
      if (cut === -1) {
        rest = Buffer.concat([rest, bytes.subarray(0, n)]);
        continue;
      }
      const text = Buffer.concat([rest, bytes.subarray(0, cut)]).toString("utf8");
      rest = Buffer.from(bytes.subarray(cut + 1, n));
      for (const line of text.split("\n")) for (const item of codec.decode(JSON.parse(line))) out.push(item);
    }
    return out;
  }
};
var PIECE = 100;
var READ = 8 << 20;

// src/run/reread.ts
import path2 from "node:path";
var RereadSources = class {
  constructor(hashes, cwd, changed, maxFileSize, held = /* @__PURE__ */ new Map()) {
    this.hashes = hashes;
    this.cwd = cwd;
    this.changed = changed;
    this.maxFileSize = maxFileSize;
    this.held = held;
  }
  hashes;
  cwd;
  changed;
  maxFileSize;
  held;
  recent = /* @__PURE__ */ new Map();
  failure;
  get(file) {
    const held = this.held.get(file);
    if (held !== void 0) return held;
    let source = this.recent.get(file);
    if (source !== void 0) return source;
    try {
      source = readFileSource(path2.resolve(this.cwd, file), this.cwd, { maxFileSize: this.maxFileSize });
      const want = this.hashes.get(file);
      if (want === void 0 || textHash(source) !== want) throw new InputError(this.changed(file));
    } catch (error) {
      this.failure ??= error instanceof InputError ? error : new InputError(String(error));
      throw this.failure;
    }
    if (this.recent.size >= RECENT) this.recent.delete(this.recent.keys().next().value);
    this.recent.set(file, source);
    keepHeapBelow({ growth: ACROSS_INPUT });
    return source;
  }
  throwIfFailed() {
    if (this.failure) throw this.failure;
  }
};
var RECENT = 8;

// src/run/lint-by-file.ts
var BATCH_BYTES = 1 << 20;
var THREADED_BATCH_BYTES = 16 << 20;
var HOLD_TEXT = 4 << 20;
async function lintByFile(options = {}) {
  const { cwd, config, active, settings } = await prepareRun(options);
  await prepareRules(active, settings);
  const { allFiles, files, skippedTemplates } = await inputFiles(options, config, cwd, options.texts?.length ?? 0);
  const maxFileSize = options.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const readStdin = options.readStdin ?? (() => readAllStdin(process.stdin, maxFileSize));
  const exclude = { file: config.file, entries: config.exclude };
  const acrossInput = new Set(active.filter((a) => a.rule.checkAll).map((a) => a.rule.id));
  const judgement = acrossInput.size > 0 ? { defer: acrossInput } : {};
  const collecting = options.collect === true;
  const baselineFile = collecting ? void 0 : baselinePath(options, config, cwd);
  const baseline = baselineFile === void 0 ? void 0 : new FileByFileBaseline(await readBaseline(baselineFile, displayPath(baselineFile, cwd)), displayPath(baselineFile, cwd));
  const store = new FileStore(options.holdFindings ?? HOLD_FINDINGS, new FindingCodec());
  const paths = [];
  const ordinal = /* @__PURE__ */ new Map();
  const hashes = /* @__PURE__ */ new Map();
  const held = /* @__PURE__ */ new Map();
  const holdText = options.holdText ?? HOLD_TEXT;
  let heldText = 0;
  let pending;
  const objects = [];
  const copier = new CompactCopier();
  const letGo = ({ source, objects: { start, end } }) => {
    hashes.set(source.path, textHash(source));
    for (let i = start; i < end; i++) objects[i] = copier.copy(objects[i]);
  };
  const deferred = /* @__PURE__ */ new Map();
  const shareChecked = [];
  const shareDeferred = /* @__PURE__ */ new Map();
  const ruleFailures = [];
  let daemonSets = 0;
  const concurrency = options.concurrency ?? defaultConcurrency();
  const batchBytes = concurrency > 1 && options.workerUrl !== void 0 ? THREADED_BATCH_BYTES : BATCH_BYTES;
  let batch = [];
  let bytes = 0;
  const flush = async () => {
    const results = await lintSources(batch, active, settings, { concurrency, workerUrl: options.workerUrl, builtinRules });
    addReadProblems(results, batch);
    results.forEach((result, i) => {
      const source = batch[i];
      daemonSets += result.daemonSets;
      ruleFailures.push(...result.failures);
      const later = applySuppressions(source, result.findings, exclude, settings, judgement);
      if (later.length > 0) deferred.set(source.path, new Set(later.map((d) => directiveKey(d.range.start))));
      finishFindings(source, result.findings);
      baseline?.count(result.findings);
      const checked = boundChecked(result.checked);
      store.put(ordinal.get(source.path), { findings: result.findings, objects: checked });
      if (collecting) {
        if (result.objects.length > 0 || later.length > 0) hashes.set(source.path, textHash(source));
        for (const o of result.objects) objects.push(copier.copy(o));
        if (later.length > 0) shareDeferred.set(source.path, later);
        for (const c of checked) shareChecked.push(c);
        return;
      }
      const first = objects.length;
      for (const o of result.objects) objects.push(o);
      if (source.absolutePath === void 0) held.set(source.path, source);
      else if (result.objects.length > 0 || later.length > 0) {
        if (heldText + source.text.length <= holdText) {
          held.set(source.path, source);
          heldText += source.text.length;
        } else {
          if (pending !== void 0) letGo(pending);
          pending = { source, objects: { start: first, end: objects.length } };
        }
      }
    });
    batch = [];
    bytes = 0;
    keepHeapBelow();
  };
  const add = async (source) => {
    ordinal.set(source.path, paths.length);
    paths.push(source.path);
    batch.push(source);
    bytes += source.text.length;
    if (bytes >= batchBytes) await flush();
  };
  try {
    for (const t of options.texts ?? []) await add(new SourceFile(t.path, t.text));
    for (const file of files) await add(await readSource(file, cwd, readStdin, { maxFileSize }));
    if (batch.length > 0) await flush();
    if (pending !== void 0) held.set(pending.source.path, pending.source);
    pending = void 0;
    let added = /* @__PURE__ */ new Map();
    let share;
    if (collecting) {
      const texts = options.texts?.length ?? 0;
      const inputOrdinal = new Map(allFiles.map((f, i) => [displayPath(f, cwd), texts + i]));
      share = buildShare({
        shard: options.shard ?? { index: 1, count: 1 },
        configKey: configKey(active, settings, config),
        unsafeFixes: options.unsafeFixes === true,
        toolVersion: VERSION,
        files: paths.map((file, i) => ({ path: file, ordinal: inputOrdinal.get(file) ?? i, sha256: () => hashes.get(file) })),
        daemonSets,
        checked: shareChecked,
        objects,
        deferred: shareDeferred,
        failures: ruleFailures,
        planned: [],
        chartDir: chartDirKey(options.chartDir, cwd),
        skippedTemplates: skippedTemplates.map((dir) => displayPath(dir, cwd))
      });
    } else {
      const sources = new RereadSources(hashes, cwd, (file) => `${file} changed while daemonlint read it: lint it again`, maxFileSize, held);
      const input = await runInputRules(objects, sources, active, settings);
      objects.length = 0;
      keepHeapBelow();
      sources.throwIfFailed();
      ruleFailures.push(...input.failures);
      added = groupBy(input.findings, (f) => f.file);
      for (const file of deferred.keys()) if (!added.has(file)) added.set(file, []);
      for (const [file, list] of added) {
        const source = sources.get(file);
        applySuppressions(source, list, exclude, settings, { only: deferred.get(file) ?? /* @__PURE__ */ new Set() });
        finishFindings(source, list);
        baseline?.count(list);
      }
      sources.throwIfFailed();
    }
    const chartDir = options.chartDir === void 0 ? void 0 : path3.resolve(cwd, options.chartDir);
    const run = {
      ...baseline ? { baseline: baseline.outcome() } : {},
      ...options.unsafeFixes ? { unsafeFixes: true } : {},
      ...skippedTemplates.length > 0 ? { skippedTemplates: skippedTemplates.map((dir) => displayPath(dir, cwd)) } : {},
      files: paths,
      daemonSets,
      rules: ruleInfos(
        active.map((a) => a.rule),
        settings
      ),
      cwd,
      toolVersion: VERSION
    };
    let taken = false;
    return {
      run,
      ruleFailures,
      async *files(order) {
        if (taken) throw new Error("a run is reported once");
        taken = true;
        const list = order === "path" ? [...paths].sort((a, b) => a < b ? -1 : a > b ? 1 : 0) : paths;
        const lookAtHeap = heapLooker();
        for (const file of list) {
          const stored = store.take(ordinal.get(file));
          const more = added.get(file);
          let findings = more ? stored.findings.concat(more) : stored.findings;
          findings.sort(compareFindings);
          if (chartDir !== void 0) await locateInTemplates(findings, chartDir, cwd);
          if (baseline) findings = baseline.apply(file, findings);
          yield { file, findings, objects: stored.objects };
          lookAtHeap(findings.length + stored.objects.length + 1);
        }
      },
      close: () => store.close(),
      ...share ? { share } : {}
    };
  } catch (error) {
    store.close();
    throw error;
  }
}

// src/run/spool.ts
import { StringDecoder } from "node:string_decoder";
var Spool = class {
  /** Bytes held in memory before they go to the temporary file (small in tests, to make it spill). */
  constructor(memory = SPOOL_MEMORY) {
    this.memory = memory;
  }
  memory;
  buffer;
  used = 0;
  file = new TempFile("daemonlint-report-", "report", "the report spooled to a temporary file was cut short");
  write(text) {
    if (text === "") return;
    if (text.length * 3 > this.memory) {
      this.flush();
      this.file.append(Buffer.from(text));
      return;
    }
    const buffer = this.buffer ??= Buffer.allocUnsafeSlow(this.memory);
    if (this.used + text.length * 3 > buffer.length) this.flush();
    this.used += buffer.write(text, this.used);
  }
  /**
   * Gives the text back in order, as bytes when the destination takes them (decoding megabytes
   * only to encode them again costs more than the rest of writing them out).
   */
  drain(to, toBytes) {
    const give = toBytes ?? textOut(to);
    if (!this.file.opened) {
      if (this.buffer !== void 0 && this.used > 0) give(this.buffer.subarray(0, this.used));
    } else {
      this.flush();
      const buffer = this.buffer ??= Buffer.allocUnsafeSlow(this.memory);
      for (let at = 0; at < this.file.size; ) {
        const n = this.file.read(buffer, Math.min(buffer.length, this.file.size - at), at);
        at += n;
        give(buffer.subarray(0, n));
      }
    }
    if (!toBytes) give(END);
  }
  close() {
    this.file.close();
    this.buffer = void 0;
    this.used = 0;
  }
  /** What the buffer holds, to the temporary file. */
  flush() {
    if (this.buffer === void 0 || this.used === 0) return;
    this.file.append(this.buffer.subarray(0, this.used));
    this.used = 0;
  }
};
var END = new Uint8Array(0);
function textOut(to) {
  const decoder = new StringDecoder("utf8");
  return (bytes) => {
    const text = bytes === END ? decoder.end() : decoder.write(bytes);
    if (text !== "") to(text);
  };
}
var SPOOL_MEMORY = 8 << 20;

export {
  RereadSources,
  CompactCopier,
  TempFile,
  HOLD_FINDINGS,
  FileStore,
  Spool,
  lintByFile
};
