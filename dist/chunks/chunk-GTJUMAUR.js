import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result = {};
  for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd2, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd2 - position > maxHalfLength) {
    tail = " ...";
    lineEnd2 = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd2).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where2 = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where2 += `in "${exception.mark.name}" `;
  where2 += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where2 += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where2}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column2 = 0;
    while (column2 < textIndent && line.charCodeAt(column2) === 32) column2++;
    if (indent < 0 || column2 >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current2 = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current2);
    if (current2 === 43 || current2 === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current2 === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column2 = 0;
    while (state.input.charCodeAt(linePosition + column2) === 32) column2++;
    const first = state.input.charCodeAt(linePosition + column2);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column2 > contentIndent) valueEnd = linePosition + column2;
      } else if (column2 > 0) valueEnd = linePosition + column2;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column2);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column2 < parentIndent) {
        state.position = linePosition + column2;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column2 >= parentIndent && column2 < maxLeadingIndent) {
        state.position = linePosition + column2;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column2 < parentIndent) {
      state.lineIndent = column2;
      state.position = linePosition + column2;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column2;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column2 < requiredIndent) {
      state.lineIndent = column2;
      state.position = linePosition + column2;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping3 = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping3 ? 125 : 93;
  if (isMapping3) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping3 || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping3) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping3) addPopEvent(state);
    } else if (isMapping3 && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping3) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent2 = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent2, props) || readBlockMapping(state, blockIndent2, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent2, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
  const opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  };
  const source = String(input);
  const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
  const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function load(input, options) {
  const documents = loadDocuments(input, options);
  if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
  if (documents.length === 1) return documents[0];
  throw new YAMLException("expected a single document in the stream, but found more");
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd2 = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd2 = nextLineBreak;
    const line = value.slice(position, lineEnd2);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/types/errors.ts
var ERRNO_WORDS = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOENT: "no such file or directory",
  ENOTDIR: "not a directory",
  EISDIR: "is a directory",
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  EROFS: "read-only file system",
  ELOOP: "too many levels of symbolic links",
  EMFILE: "too many open files",
  ENAMETOOLONG: "file name too long",
  EIO: "input/output error",
  EBUSY: "device or resource busy",
  ETXTBSY: "text file busy",
  EXDEV: "cross-device link",
  EPIPE: "broken pipe"
};
function describeError(error) {
  const code = error?.code;
  if (typeof code === "string") return ERRNO_WORDS[code] ? `${code} (${ERRNO_WORDS[code]})` : code;
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0];
}

// src/config/plugin-host.ts
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
var DEFAULT_RULE_TIMEOUT = 1e4;
var PluginError = class extends Error {
};
var PluginTimeoutError = class extends PluginError {
};
var IMPORT = ["im", "port"].join("");
var WORKER_SOURCE = `
'use strict';
const { workerData } = require('node:worker_threads');
const { port, flag, plugins, out } = workerData;
const rules = [];
// What plugin code prints goes to the process's stdout and stderr at once, with write(2), as the
// CLI writes its report: a worker's own streams reach them only as messages to the main thread,
// whose event loop a run keeps blocked (each call waits in Atomics.wait) and the CLI leaves once
// its report is out, so most of it was lost. Windows keeps the streams, which know the console's
// encoding. A reader that has gone (EPIPE) takes nothing more, quietly, as the report does. What
// goes to stdout goes to stderr instead where stdout is a protocol (the language server's).
if (process.platform !== 'win32') {
  const { writeSync } = require('node:fs');
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const direct = (fd) => {
    let open = true;
    return (chunk, encoding, callback) => {
      const done = typeof encoding === 'function' ? encoding : callback;
      let bytes = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      while (open && bytes.length > 0) {
        try {
          bytes = bytes.subarray(writeSync(fd, bytes));
        } catch (error) {
          // A non-blocking pipe that is full: its reader empties it (a reader that never does
          // holds the call until ruleTimeout, as it would hold the report).
          if (error && error.code === 'EAGAIN') Atomics.wait(pause, 0, 0, 1);
          else open = false;
        }
      }
      if (typeof done === 'function') process.nextTick(done);
      return true;
    };
  };
  process.stdout.write = direct(out);
  process.stderr.write = direct(2);
} else if (out === 2) {
  process.stdout.write = process.stderr.write.bind(process.stderr);
}
/** The call being answered: an exception thrown later by its code (a callback, a timer) fails it. */
let current = 0;
const answer = (id, reply) => {
  try {
    port.postMessage({ ...reply, id });
  } catch (error) {
    port.postMessage({ ok: false, error: 'the answer cannot be copied out of the plugin: ' + (error && error.message), id });
  }
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
};
const message = (error) => (error instanceof Error ? error.message : String(error));
process.on('uncaughtException', (error) => answer(current, { ok: false, error: 'uncaught: ' + message(error) }));
process.on('unhandledRejection', () => {});

function describe(rule) {
  const isObject = typeof rule === 'object' && rule !== null;
  const r = isObject ? rule : {};
  const out = { isObject, id: typeof r.id === 'string' ? r.id : undefined, meta: undefined,
    kinds: { check: typeof r.check, checkAll: typeof r.checkAll, collect: typeof r.collect, prepare: typeof r.prepare } };
  try {
    out.meta = structuredClone(r.meta);
  } catch (error) {
    out.metaError = message(error);
  }
  return out;
}

async function load() {
  const described = [];
  for (const plugin of plugins) {
    let module;
    try {
      module = await ${IMPORT}(plugin.url);
    } catch (error) {
      // An ES module saved as .js in a package without "type": "module" (a CommonJS project): say how to make it load.
      const esmInCommonJs = /import statement outside a module|Unexpected token 'export'/.test(message(error));
      const hint = esmInCommonJs ? ' (it is an ES module in a CommonJS package: save it as .mjs, or write it as CommonJS: module.exports = { rules: [...] })' : '';
      return { ok: false, error: 'plugin "' + plugin.specifier + '": cannot be loaded: ' + message(error) + hint };
    }
    const declaredName = (module.default && module.default.name) ?? module.name;
    const exported = (module.default && module.default.rules) ?? module.rules ?? module.default;
    const isList = Array.isArray(exported);
    const list = isList ? exported : [];
    const first = rules.length;
    rules.push(...list);
    described.push({ specifier: plugin.specifier, declaredName: typeof declaredName === 'string' ? declaredName : undefined, isList,
      rules: list.map(describe), first });
  }
  return { ok: true, value: described };
}

async function handle(call) {
  const rule = rules[call.rule];
  const reports = [];
  try {
    if (call.op === 'prepare') {
      await rule.prepare(call.settings);
      return { ok: true, reports };
    }
    if (call.op === 'check') {
      const context = { options: call.options, object: call.object, now: new Date(call.now), kubeVersion: call.kubeVersion, report: (d) => reports.push(d) };
      rule.check(call.daemonSet, context);
      return { ok: true, reports };
    }
    if (call.op === 'collect') return { ok: true, value: rule.collect(call.object, call.options) };
    if (call.op === 'checkAll') {
      const index = new Map(call.objects.map((o, i) => [o, i]));
      const context = { options: call.options, kubeVersion: call.kubeVersion, report: (d) => reports.push({ ...d,
        object: index.has(d.object) ? index.get(d.object) : -1,
        related: d.related && d.related.map((r) => ({ ...r, object: index.has(r.object) ? index.get(r.object) : -1 })) }) };
      await rule.checkAll(call.objects, context);
      return { ok: true, reports };
    }
    return { ok: false, error: 'unknown call ' + call.op };
  } catch (error) {
    return { ok: false, error: message(error), reports };
  }
}

port.on('message', async (call) => {
  current = call.id;
  answer(call.id, await handle(call));
});
load().then((reply) => answer(0, reply), (error) => answer(0, { ok: false, error: message(error) }));
`;
var started = false;
var pluginStdout = 1;
function pluginStdoutToStderr() {
  pluginStdout = 2;
}
function pluginsStarted() {
  return started;
}
var PluginHost = class {
  constructor(plugins, timeout) {
    this.timeout = timeout;
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.flag = new Int32Array(new SharedArrayBuffer(4));
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { port: port2, flag: this.flag, plugins, out: pluginStdout }, transferList: [port2] });
    started = true;
    this.worker.unref();
    const names = plugins.map((p) => `"${p.specifier}"`).join(", ");
    const loaded2 = this.wait(0, `loading the ${plugins.length === 1 ? "plugin" : "plugins"} ${names}`);
    if (!loaded2.ok) {
      this.stop();
      throw new PluginError(loaded2.error ?? "the plugins could not be loaded");
    }
    this.plugins = loaded2.value;
  }
  timeout;
  worker;
  port;
  flag;
  /** Why the worker was stopped: every later call fails with it. */
  stopped;
  /** Calls are numbered (loading is 0): an answer of an earlier call still queued is skipped. */
  calls = 0;
  /** The plugins as the worker loaded them. */
  plugins;
  /** Sends a call and waits for its answer, at most `timeout` ms; `what` names it in errors. */
  call(call, what) {
    if (this.stopped !== void 0) throw new PluginTimeoutError(this.stopped);
    const id = ++this.calls;
    Atomics.store(this.flag, 0, 0);
    this.port.postMessage({ ...call, id });
    return this.wait(id, what);
  }
  wait(id, what) {
    const deadline = Date.now() + this.timeout;
    for (; ; ) {
      const left = deadline - Date.now();
      if (left <= 0 || Atomics.wait(this.flag, 0, 0, left) === "timed-out") {
        this.stopped = `${what} did not finish within ${this.timeout} ms (ruleTimeout): the run was stopped`;
        this.stop();
        throw new PluginTimeoutError(this.stopped);
      }
      Atomics.store(this.flag, 0, 0);
      for (let received = receiveMessageOnPort(this.port); received !== void 0; received = receiveMessageOnPort(this.port)) {
        const reply = received.message;
        if (reply.id === id) return reply;
      }
    }
  }
  get isStopped() {
    return this.stopped !== void 0;
  }
  stop() {
    this.port.close();
    void this.worker.terminate();
  }
};

// src/config/plugins.ts
import { statSync as statSync2 } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

// src/types/read-limited.ts
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
function readLimited(path2, limit, options = {}) {
  if (options.regularOnly) {
    const seen = statSync(path2);
    if (!seen.isFile()) return refused(seen);
  }
  const fd = openSync(path2, options.regularOnly ? constants.O_RDONLY | constants.O_NONBLOCK : "r");
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path2}'`), { code: "EISDIR" });
    if (options.regularOnly && !stat.isFile()) return refused(stat);
    if (stat.isFile() && stat.size > limit) return { bytes: Buffer.alloc(0), stat, tooLarge: true, size: stat.size };
    const chunks = [];
    let total2 = 0;
    let chunkSize = stat.isFile() && stat.size > 0 ? stat.size + 1 : 64 * 1024;
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(Math.min(chunkSize, limit + 1 - total2));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total2 += n;
      if (total2 > limit) return { bytes: Buffer.alloc(0), stat, tooLarge: true, size: total2 };
      chunkSize = Math.min(chunkSize * 2, 8 * 1024 * 1024);
    }
    return { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total2), stat, tooLarge: false, size: total2 };
  } finally {
    closeSync(fd);
  }
}
function refused(stat) {
  return { bytes: Buffer.alloc(0), stat, tooLarge: false, size: 0, notRegular: kindOf(stat) };
}
function kindOf(stat) {
  if (stat.isFile()) return "a regular file";
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a FIFO";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  if (stat.isSocket()) return "a socket";
  return "not a regular file";
}
function formatSize(bytes) {
  const units = ["bytes", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  return `${Number(value.toFixed(1))} ${units[unit]}`;
}
function formatBytes(bytes) {
  return `${bytes.toLocaleString("en-US")} ${bytes === 1 ? "byte" : "bytes"}`;
}
function parseSize(text2) {
  if (typeof text2 === "number") return Number.isSafeInteger(text2) && text2 > 0 ? text2 : void 0;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|bytes?|kb|kib|k|mb|mib|m|gb|gib|g)?\s*$/i.exec(text2);
  if (!m) return void 0;
  const factor = { b: 1, byte: 1, bytes: 1, k: 1024, kb: 1e3, kib: 1024, m: 1024 ** 2, mb: 1e3 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1e3 ** 3, gib: 1024 ** 3 };
  const bytes = Math.floor(Number(m[1]) * factor[(m[2] ?? "b").toLowerCase()]);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : void 0;
}

// src/config/plugins.ts
async function loadPlugins(specifiers, baseDir, options = {}) {
  const located = specifiers.map((specifier) => {
    const isPath = specifier.startsWith(".") || path.isAbsolute(specifier);
    let resolved2;
    try {
      resolved2 = isPath ? path.resolve(baseDir, specifier) : createRequire(path.join(baseDir, "noop.js")).resolve(specifier);
    } catch {
      throw new PluginError(`plugin "${specifier}": cannot be found from ${baseDir} (install the package, or give a path starting with ./)`);
    }
    checkPluginFile(resolved2, specifier);
    return { specifier, isPath, url: pathToFileURL(resolved2).href };
  });
  const timeout = options.ruleTimeout ?? DEFAULT_RULE_TIMEOUT;
  const host = hostFor(located, timeout);
  return located.map(({ specifier, isPath }, p) => {
    const described = host.plugins[p];
    const declared = described.declaredName;
    const name = typeof declared === "string" && RULE_ID.test(declared) ? declared : isPath ? path.basename(specifier).replace(/\.[cm]?js$/, "") : specifier.replace(/^daemonlint-plugin-/, "");
    if (!described.isList) {
      throw new PluginError(`plugin "${specifier}": must export its rules as a list (export default [rule, ...] or export const rules = [...])`);
    }
    return { name, specifier, rules: described.rules.map((rule, i) => hostedRule(host, described.first + i, checkedRule(rule, name, specifier, i))) };
  });
}
var hosts = /* @__PURE__ */ new Map();
function hostFor(plugins, timeout) {
  const key = JSON.stringify([plugins.map((p) => p.url), timeout]);
  const known = hosts.get(key);
  if (known && !known.isStopped) return known;
  const host = new PluginHost(plugins, timeout);
  hosts.set(key, host);
  return host;
}
function hostedRule(host, index, rule) {
  const failed = (reply) => {
    if (!reply.ok) throw new Error(reply.error ?? "the rule failed");
  };
  const out = { id: rule.id, meta: rule.meta };
  if (rule.kinds.prepare === "function") {
    out.prepare = async (settings) => failed(host.call({ op: "prepare", rule: index, settings }, `rule ${rule.id}: prepare()`));
  }
  if (rule.kinds.check === "function") {
    out.check = (daemonSet, context) => {
      const reply = host.call(
        { op: "check", rule: index, daemonSet, options: context.options, object: context.object, now: context.now.getTime(), kubeVersion: context.kubeVersion },
        `rule ${rule.id}`
      );
      for (const report2 of reply.reports ?? []) context.report(report2);
      failed(reply);
    };
  }
  if (rule.kinds.collect === "function") {
    out.collect = (object, options) => {
      const reply = host.call({ op: "collect", rule: index, object, options }, `rule ${rule.id}: collect()`);
      failed(reply);
      return reply.value;
    };
  }
  if (rule.kinds.checkAll === "function") {
    out.checkAll = (objects, context) => {
      const reply = host.call({ op: "checkAll", rule: index, objects, options: context.options, kubeVersion: context.kubeVersion }, `rule ${rule.id} on the whole input`);
      for (const report2 of reply.reports ?? []) {
        context.report({ ...report2, object: objects[report2.object] ?? { ref: {}, value: void 0, file: "", documentIndex: -1 }, related: report2.related?.map((r) => ({ ...r, object: objects[r.object] })) });
      }
      failed(reply);
    };
  }
  return out;
}
var MAX_PLUGIN_SIZE = 16 * 1024 * 1024;
function checkPluginFile(file, specifier) {
  let stat;
  try {
    stat = statSync2(file);
  } catch (error) {
    throw new PluginError(`plugin "${specifier}": cannot be read (${describeError(error)})`);
  }
  if (!stat.isFile()) throw new PluginError(`plugin "${specifier}": is ${kindOf(stat)}, not a regular file`);
  if (stat.size > MAX_PLUGIN_SIZE) throw new PluginError(`plugin "${specifier}": is ${formatBytes(stat.size)}, more than the ${formatSize(MAX_PLUGIN_SIZE)} a plugin may be`);
}
var RULE_ID = /^[a-z][a-z0-9-]*$/;
var PLUGIN_META_DEFAULTS = { fixable: false, tags: [], defaultOptions: {} };
function checkedRule(rule, plugin, specifier, index) {
  const where2 = (id2) => `plugin "${specifier}", rule ${id2}`;
  if (!rule.isObject) throw new PluginError(`plugin "${specifier}": rule #${index + 1} is not a rule object (use defineRule)`);
  const id = typeof rule.id === "string" ? rule.id : `#${index + 1}`;
  if (!RULE_ID.test(id)) throw new PluginError(`${where2(id)}: id must be lowercase words joined by hyphens`);
  if (rule.metaError !== void 0) throw new PluginError(`${where2(id)}: meta must be plain data (${rule.metaError})`);
  const meta = rule.meta;
  if (!meta || typeof meta !== "object" || typeof meta.description !== "string") throw new PluginError(`${where2(id)}: meta.description is missing`);
  if (meta.severity !== "error" && meta.severity !== "warning" && meta.severity !== "info") throw new PluginError(`${where2(id)}: meta.severity must be "error", "warning" or "info"`);
  if (!meta.messages || typeof meta.messages !== "object") throw new PluginError(`${where2(id)}: meta.messages is missing`);
  for (const [messageId, template] of Object.entries(meta.messages)) {
    const ok = typeof template === "string" || typeof template === "object" && template !== null && typeof template.message === "string" && typeof template.help === "string";
    if (!ok) throw new PluginError(`${where2(id)}: meta.messages.${messageId} must be a string or { message, help } (two strings)`);
  }
  const { kinds } = rule;
  if (kinds.check !== "function" && kinds.checkAll !== "function") throw new PluginError(`${where2(id)}: check (or checkAll) must be a function`);
  for (const key of ["check", "checkAll", "collect", "prepare"]) {
    if (kinds[key] !== "undefined" && kinds[key] !== "function") throw new PluginError(`${where2(id)}: ${key} must be a function`);
  }
  if (kinds.collect === "function" && kinds.checkAll !== "function") throw new PluginError(`${where2(id)}: collect is only for a rule with checkAll`);
  return { id: `${plugin}/${id}`, meta: { ...PLUGIN_META_DEFAULTS, ...meta }, kinds };
}

// src/types/bounded-text.ts
var MAX_QUOTED = 400;
var MAX_TEXT = 2e3;
function bounded(text2, max = MAX_QUOTED) {
  if (text2.length <= max) return text2;
  let cut = max - 1;
  const last = text2.charCodeAt(cut - 1);
  if (last >= 55296 && last <= 56319) cut--;
  return `${text2.slice(0, cut)}\u2026`;
}
function boundFinding(f) {
  if (f.message.length > MAX_TEXT) f.message = bounded(f.message, MAX_TEXT);
  if (f.help !== void 0 && f.help.length > MAX_TEXT) f.help = bounded(f.help, MAX_TEXT);
  if (f.template !== void 0 && f.template.length > MAX_QUOTED) f.template = bounded(f.template, MAX_QUOTED);
  if (f.object) f.object = boundedRef(f.object);
  if (f.path.some((s) => typeof s === "string" && s.length > MAX_QUOTED)) f.path = f.path.map((s) => typeof s === "string" ? bounded(s) : s);
  for (const s of f.suppressions ?? []) if (s.justification.length > MAX_TEXT) s.justification = bounded(s.justification, MAX_TEXT);
  for (const r of f.related ?? []) if (r.message.length > MAX_TEXT) r.message = bounded(r.message, MAX_TEXT);
}
function boundedRef(ref) {
  const long = (value) => value !== void 0 && value.length > MAX_QUOTED;
  if (!long(ref.name) && !long(ref.namespace) && !long(ref.kind) && !long(ref.apiVersion)) return ref;
  const out = { ...ref };
  for (const key of ["apiVersion", "kind", "namespace", "name"]) {
    const value = out[key];
    if (value !== void 0) out[key] = bounded(value);
  }
  return out;
}

// src/types/own-string.ts
function ownString(value) {
  return value.length < 13 ? value : JSON.parse(JSON.stringify(value));
}

// src/types/rule.ts
function defineRule(rule) {
  return rule;
}
function formatMessage(template, data) {
  let compiled = compiledTemplates.get(template);
  if (compiled === void 0) {
    compiled = { id: compiledTemplates.size, parts: template.split(PLACEHOLDER) };
    compiledTemplates.set(template, compiled);
  }
  const { id, parts } = compiled;
  if (parts.length === 1) return template;
  const values = [];
  let key = `${id}`;
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i + 1];
    const value = data && name in data ? bounded(String(data[name])) : void 0;
    values.push(value);
    key += value === void 0 ? "-" : `:${value.length}:${value}`;
  }
  const known = renderedTexts.get(key);
  if (known !== void 0) return known;
  let out = parts[0];
  for (let i = 1, v = 0; i < parts.length; i += 3, v++) out += (values[v] ?? parts[i]) + parts[i + 2];
  if (renderedTexts.size >= MAX_SHARED) renderedTexts.clear();
  const own = ownString(out);
  renderedTexts.set(ownString(key), own);
  return own;
}
var renderedTexts = /* @__PURE__ */ new Map();
var MAX_SHARED = 4096;
var PLACEHOLDER = /(\{\{\s*(\w+)\s*\}\})/;
var compiledTemplates = /* @__PURE__ */ new Map();
function renderMessage(rule, messageId, data) {
  const template = rule.meta.messages[messageId];
  if (template === void 0) throw new Error(`rule "${rule.id}" reported unknown messageId "${messageId}"`);
  return formatMessage(typeof template === "string" ? template : template.message, data);
}
function renderHelp(rule, messageId, data) {
  const template = rule.meta.messages[messageId];
  return template === void 0 || typeof template === "string" ? void 0 : formatMessage(template.help, data);
}

// src/schema/generated/versions.ts
var bundledKubeVersions = ["1.29", "1.30", "1.31", "1.32", "1.33", "1.34", "1.35", "1.36"];
var validatorModules = {
  "1.29": () => import("./v1.29-YJWMMOGL.js"),
  "1.30": () => import("./v1.30-FEARVG7X.js"),
  "1.31": () => import("./v1.31-LGHHRRXC.js"),
  "1.32": () => import("./v1.32-OIJDWMK5.js"),
  "1.33": () => import("./v1.33-SEW7IDUY.js"),
  "1.34": () => import("./v1.34-NDKL7BF2.js"),
  "1.35": () => import("./v1.35-RAYTVCFG.js"),
  "1.36": () => import("./v1.36-S74AJLRH.js")
};

// src/schema/validators.ts
var supportedKubeVersions = [...bundledKubeVersions];
var defaultKubeVersion = supportedKubeVersions[supportedKubeVersions.length - 1];
var loaded = /* @__PURE__ */ new Map();
var loading = /* @__PURE__ */ new Map();
function schemaVersionFor(kubeVersion) {
  if (resolvedVersions.has(kubeVersion)) return resolvedVersions.get(kubeVersion);
  const resolved2 = resolveSchemaVersion(kubeVersion);
  resolvedVersions.set(kubeVersion, resolved2);
  return resolved2;
}
var resolvedVersions = /* @__PURE__ */ new Map();
function resolveSchemaVersion(kubeVersion) {
  const wanted = parseMinor(kubeVersion);
  if (!wanted) return void 0;
  const oldest = parseMinor(supportedKubeVersions[0]);
  if (compare(wanted, oldest) < 0) return void 0;
  for (const version of supportedKubeVersions) {
    if (compare(parseMinor(version), wanted) >= 0) return version;
  }
  return defaultKubeVersion;
}
function loadValidator(kubeVersion = defaultKubeVersion) {
  const version = schemaVersionFor(kubeVersion);
  if (version === void 0) return Promise.reject(new Error(unsupportedMessage(kubeVersion)));
  const ready = loaded.get(version);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(version);
  if (!pending) {
    pending = validatorModules[version]().then((module) => {
      loaded.set(version, module.default);
      loading.delete(version);
      return module.default;
    });
    loading.set(version, pending);
  }
  return pending;
}
async function preloadValidator(kubeVersion = defaultKubeVersion) {
  await loadValidator(kubeVersion);
}
function loadedValidator(kubeVersion) {
  const version = schemaVersionFor(kubeVersion);
  return version === void 0 ? void 0 : loaded.get(version);
}
var targetableKubeVersions = (() => {
  const [major, oldest] = parseMinor(supportedKubeVersions[0]);
  const newest = parseMinor(defaultKubeVersion)[1];
  return Array.from({ length: newest - oldest + 1 }, (_, i) => `${major}.${oldest + i}`);
})();
function unsupportedKubeVersion(kubeVersion) {
  if (targetableKubeVersions.includes(kubeVersion)) return void 0;
  return `"${kubeVersion}" is not a supported Kubernetes version; supported: ${targetableKubeVersions.join(", ")}`;
}
function unsupportedMessage(kubeVersion) {
  return `no bundled Kubernetes schema for version "${kubeVersion}"; supported: ${supportedKubeVersions[0]} and newer (bundled: ${supportedKubeVersions.join(", ")})`;
}
function parseMinor(version) {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2])] : void 0;
}
function compare(a, b) {
  return a[0] - b[0] || a[1] - b[1];
}

// src/k8s/values.ts
function asRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function asArray(value) {
  return Array.isArray(value) ? value : [];
}
function jsonText(value) {
  if (typeof value === "bigint") return String(value);
  const text2 = JSON.stringify(value, (_key, v) => typeof v === "bigint" ? `${BIGINT_MARK}${v}` : v);
  if (text2 === void 0) return String(value);
  return text2.includes(BIGINT_MARK) ? text2.replace(BIGINT_PATTERN, "$1") : text2;
}
var BIGINT_MARK = "\0bigint:";
var BIGINT_PATTERN = /"\u0000bigint:(-?\d+)"/g;
function wholeNumber(value) {
  if (typeof value === "bigint") return value;
  return typeof value === "number" && Number.isInteger(value) ? value : void 0;
}

// src/policy/model.ts
var ADMISSION_GROUP = "admissionregistration.k8s.io";
var POLICY_KIND = "ValidatingAdmissionPolicy";
var BINDING_KIND = "ValidatingAdmissionPolicyBinding";
var VERSIONS = ["v1", "v1beta1", "v1alpha1"];
function isAdmissionObject(apiVersion, kind) {
  if (kind !== POLICY_KIND && kind !== BINDING_KIND) return false;
  if (typeof apiVersion !== "string") return false;
  const [group, version] = apiVersion.split("/");
  return group === ADMISSION_GROUP && VERSIONS.includes(version);
}
var REASONS = ["Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge"];
var ACTIONS = ["Deny", "Warn", "Audit"];
function text(value) {
  return typeof value === "string" ? value : void 0;
}
function strings(value) {
  return asArray(value).filter((v) => typeof v === "string");
}
function readRules(value) {
  return asArray(value).flatMap((entry) => {
    const rule = asRecord(entry);
    if (!rule) return [];
    return [
      {
        apiGroups: strings(rule.apiGroups),
        apiVersions: strings(rule.apiVersions),
        resources: strings(rule.resources),
        operations: strings(rule.operations),
        scope: text(rule.scope) ?? "*",
        resourceNames: strings(rule.resourceNames)
      }
    ];
  });
}
function readMatchResources(value) {
  const match = asRecord(value);
  if (!match) return void 0;
  const out = { resourceRules: readRules(match.resourceRules), excludeResourceRules: readRules(match.excludeResourceRules) };
  const namespaceSelector = asRecord(match.namespaceSelector);
  if (namespaceSelector) out.namespaceSelector = namespaceSelector;
  const objectSelector = asRecord(match.objectSelector);
  if (objectSelector) out.objectSelector = objectSelector;
  return out;
}
function readNamed(value, field2, key, issues) {
  return asArray(value).flatMap((entry, i) => {
    const item = asRecord(entry);
    const expression = text(item?.[key]);
    if (expression === void 0 || expression.trim() === "") {
      issues.push({ path: ["spec", field2, i], message: `spec.${field2}[${i}].${key}: Required value` });
      return [];
    }
    return [{ name: text(item?.name) ?? text(item?.key) ?? "", expression, path: ["spec", field2, i, key] }];
  });
}
function readPolicy(value, issues) {
  const metadata = asRecord(value.metadata) ?? {};
  const spec = asRecord(value.spec) ?? {};
  const failurePolicy = spec.failurePolicy ?? "Fail";
  if (failurePolicy !== "Fail" && failurePolicy !== "Ignore") {
    issues.push({ path: ["spec", "failurePolicy"], message: `spec.failurePolicy: Unsupported value: ${JSON.stringify(failurePolicy)}: supported values: "Fail", "Ignore"` });
  }
  const policy = {
    name: text(metadata.name) ?? "",
    failurePolicy: failurePolicy === "Ignore" ? "Ignore" : "Fail",
    matchConditions: readNamed(spec.matchConditions, "matchConditions", "expression", issues),
    variables: readNamed(spec.variables, "variables", "expression", issues),
    validations: [],
    auditAnnotations: readNamed(spec.auditAnnotations, "auditAnnotations", "valueExpression", issues).map((a) => ({ ...a, key: a.name }))
  };
  const paramKind = asRecord(spec.paramKind);
  if (paramKind) {
    const apiVersion = text(paramKind.apiVersion);
    const kind = text(paramKind.kind);
    if (apiVersion && kind) policy.paramKind = { apiVersion, kind };
    else issues.push({ path: ["spec", "paramKind"], message: "spec.paramKind: apiVersion and kind are required" });
  }
  const matchConstraints = readMatchResources(spec.matchConstraints);
  if (matchConstraints) policy.matchConstraints = matchConstraints;
  else issues.push({ path: ["spec"], message: "spec.matchConstraints: Required value" });
  if (matchConstraints && matchConstraints.resourceRules.length === 0) {
    issues.push({ path: ["spec", "matchConstraints"], message: "spec.matchConstraints.resourceRules: Required value" });
  }
  asArray(spec.validations).forEach((entry, index) => {
    const item = asRecord(entry) ?? {};
    const expression = text(item.expression);
    if (expression === void 0 || expression.trim() === "") {
      issues.push({ path: ["spec", "validations", index], message: `spec.validations[${index}].expression: Required value` });
      return;
    }
    const reason = text(item.reason) ?? "Invalid";
    if (!REASONS.includes(reason)) {
      issues.push({ path: ["spec", "validations", index, "reason"], message: `spec.validations[${index}].reason: Unsupported value: ${JSON.stringify(reason)}: supported values: ${REASONS.map((r) => `"${r}"`).join(", ")}` });
    }
    const validation = { index, expression, path: ["spec", "validations", index, "expression"], reason };
    const message = text(item.message);
    if (message !== void 0) {
      if (/[\r\n]/.test(message)) issues.push({ path: ["spec", "validations", index, "message"], message: `spec.validations[${index}].message: Invalid value: message must not contain line breaks` });
      validation.message = message;
    }
    const messageExpression = text(item.messageExpression);
    if (messageExpression !== void 0 && messageExpression.trim() !== "") {
      validation.messageExpression = { expression: messageExpression, path: ["spec", "validations", index, "messageExpression"] };
    }
    policy.validations.push(validation);
  });
  if (policy.validations.length === 0 && policy.auditAnnotations.length === 0) {
    issues.push({ path: ["spec"], message: "spec: Required value: validations or auditAnnotations must contain at least one item" });
  }
  return policy;
}
function readBinding(value, issues) {
  const metadata = asRecord(value.metadata) ?? {};
  const spec = asRecord(value.spec) ?? {};
  const binding = { name: text(metadata.name) ?? "", policyName: text(spec.policyName) ?? "", validationActions: [] };
  if (binding.policyName === "") issues.push({ path: ["spec"], message: "spec.policyName: Required value" });
  const actions = strings(spec.validationActions);
  for (const action of actions) {
    if (!ACTIONS.includes(action)) {
      issues.push({ path: ["spec", "validationActions"], message: `spec.validationActions: Unsupported value: ${JSON.stringify(action)}: supported values: "Audit", "Deny", "Warn"` });
    } else if (!binding.validationActions.includes(action)) binding.validationActions.push(action);
  }
  if (actions.length === 0) issues.push({ path: ["spec"], message: "spec.validationActions: Required value: at least one validation action is required" });
  else if (new Set(actions).size !== actions.length) issues.push({ path: ["spec", "validationActions"], message: "spec.validationActions: Duplicate value" });
  if (binding.validationActions.includes("Deny") && binding.validationActions.includes("Warn")) {
    issues.push({ path: ["spec", "validationActions"], message: "spec.validationActions: Invalid value: must not contain both Deny and Warn (repeating the same validation failure information in the API response and headers serves no purpose)" });
  }
  const paramRef = asRecord(spec.paramRef);
  if (paramRef) {
    const action = paramRef.parameterNotFoundAction ?? "Deny";
    const ref = { parameterNotFoundAction: action === "Allow" ? "Allow" : "Deny" };
    const name = text(paramRef.name);
    if (name) ref.name = name;
    const namespace = text(paramRef.namespace);
    if (namespace) ref.namespace = namespace;
    const selector = asRecord(paramRef.selector);
    if (selector) ref.selector = selector;
    if (name && selector) issues.push({ path: ["spec", "paramRef"], message: "spec.paramRef: Forbidden: name and selector are mutually exclusive" });
    if (!name && !selector) issues.push({ path: ["spec", "paramRef"], message: "spec.paramRef: Required value: one of name or selector must be set" });
    binding.paramRef = ref;
  }
  const matchResources = readMatchResources(spec.matchResources);
  if (matchResources) binding.matchResources = matchResources;
  return binding;
}
var NAMESPACE_FIELDS = ["name", "generateName", "labels", "annotations", "uid", "creationTimestamp", "resourceVersion", "generation", "finalizers"];
function collectForPolicies(value) {
  const { apiVersion, kind } = value;
  if (kind === "DaemonSet") return DAEMON_SET;
  if (isAdmissionObject(apiVersion, kind)) {
    const issues = [];
    return kind === POLICY_KIND ? { role: "policy", policy: readPolicy(value, issues), issues } : { role: "binding", binding: readBinding(value, issues), issues };
  }
  const metadata = asRecord(value.metadata);
  const labels = stringMap(metadata?.labels);
  if (kind === "Namespace" && apiVersion === "v1" && typeof metadata?.name === "string") {
    const kept = { apiVersion, kind, metadata: Object.fromEntries(NAMESPACE_FIELDS.filter((f) => metadata[f] !== void 0).map((f) => [f, metadata[f]])) };
    if (value.spec !== void 0) kept.spec = value.spec;
    if (value.status !== void 0) kept.status = value.status;
    return { role: "namespace", namespace: { name: metadata.name, labels: labels ?? {}, value: kept } };
  }
  return labels ? { role: "other", labels } : OTHER;
}
var DAEMON_SET = Object.freeze({ role: "daemonSet" });
var OTHER = Object.freeze({ role: "other" });
function stringMap(value) {
  const record = asRecord(value);
  if (!record) return void 0;
  const out = {};
  for (const key of Object.keys(record)) if (typeof record[key] === "string") out[key] = record[key];
  return out;
}

// src/rules/admission-policy.ts
var DEFAULT_USER = { username: "daemonlint", groups: ["system:authenticated"] };
var admission_policy_default = defineRule({
  id: "admission-policy",
  meta: {
    description: "The DaemonSet passes the cluster's ValidatingAdmissionPolicies that are in the input (CEL, evaluated as the API server does); the policies and bindings themselves are valid.",
    severity: "error",
    fixable: false,
    messages: {
      deny: {
        message: "{{policy}} denies: {{message}}",
        help: `The API server would refuse this DaemonSet: "ValidatingAdmissionPolicy '{{policy}}' with binding '{{binding}}' denied request: {{fullMessage}}" (reason {{reason}}), from {{source}}. Change the DaemonSet to satisfy it; if the policy should not apply here, change the binding's match rules.`
      },
      warn: {
        message: "{{policy}} warns: {{message}}",
        help: `kubectl would print the warning "Validation failed for ValidatingAdmissionPolicy '{{policy}}' with binding '{{binding}}': {{fullMessage}}" and create the DaemonSet (the binding's validationActions say Warn). It comes from {{source}}.`
      },
      audit: {
        message: "{{policy}} audits: {{message}}",
        help: "The API server would create this DaemonSet and record the failure in its audit log (validation.policy.admission.k8s.io/validation_failure: {{fullMessage}}), as binding '{{binding}}' only audits. It comes from {{source}}."
      },
      errorIgnored: {
        message: "{{policy}} fails on this DaemonSet and lets it through: {{message}}",
        help: 'The policy\'s failurePolicy is Ignore, so the API server admits the DaemonSet when an expression fails: "{{fullMessage}}". The policy does not protect this DaemonSet. Make the expression handle it (has(), optional fields `.?x.orValue(...)`), or fix the DaemonSet.'
      },
      notEvaluable: {
        message: "{{policy}} cannot be evaluated offline: {{field}} needs the cluster",
        help: "{{reason}}. Whether binding {{binding}} admits this DaemonSet is decided in the cluster; daemonlint does not guess."
      },
      namespaceUnknown: {
        message: "binding {{binding}} may apply: the labels of namespace {{namespace}} are unknown",
        help: "Binding {{binding}} of policy {{policy}} selects namespaces by labels, and no Namespace {{namespace}} is in the input. Add the Namespace manifest to the input (or to the config's policies: paths), or its labels to this rule's `namespaces` option, so the policy can be evaluated."
      },
      paramsAbsent: {
        message: "binding {{binding}} needs {{kind}} params, and none are in the input",
        help: "Policy {{policy}} reads its settings from {{kind}} objects (paramKind), and the input has none, so the policy is not evaluated. Add the param objects to the input (or to the policies: paths)."
      },
      compileError: {
        message: "{{field}} does not compile: {{message}}",
        help: "The API server refuses to create ValidatingAdmissionPolicy {{policy}}: its expressions are compiled and type checked on create, against Kubernetes' CEL environment of the target version. {{message}}. The policy is not evaluated until it compiles."
      },
      invalidPolicy: {
        message: "{{kind}} {{name}} is invalid: {{issue}}",
        help: "The API server refuses to create this {{kind}}: {{issue}}. It is not evaluated."
      },
      invalidBinding: {
        message: "{{kind}} {{name}} is invalid: {{issue}}",
        help: "The API server refuses to create this {{kind}}: {{issue}}. It binds nothing."
      },
      unknownPolicy: {
        message: "binding {{binding}} names policy {{policy}}, which is not in the input",
        help: "A binding applies the ValidatingAdmissionPolicy it names; {{policy}} is in neither the files linted nor the config's policies: paths, so nothing is evaluated for it. Add the policy's file, or fix the name."
      },
      unbound: {
        message: "policy {{policy}} has no binding in the input and checks nothing",
        help: "A ValidatingAdmissionPolicy takes effect only through a ValidatingAdmissionPolicyBinding that names it. Add the binding's file to the input (or to the config's policies: paths)."
      }
    },
    optionsSchema: {
      type: "object",
      properties: {
        namespaces: {
          type: "object",
          description: "Labels of namespaces the input has no Namespace object for, by namespace name.",
          additionalProperties: { type: "object", additionalProperties: { type: "string" } }
        },
        defaultNamespace: { type: "string", minLength: 1, description: "The namespace of a DaemonSet without metadata.namespace (kubectl applies it to the current one)." },
        userInfo: {
          type: "object",
          description: "The user request.userInfo names (policies may match on it).",
          properties: { username: { type: "string" }, uid: { type: "string" }, groups: { type: "array", items: { type: "string" } } },
          additionalProperties: false
        }
      },
      additionalProperties: false
    },
    defaultOptions: { namespaces: {}, defaultNamespace: "default", userInfo: DEFAULT_USER },
    tags: ["api"]
  },
  collectKinds: "*",
  collect: (object) => collectForPolicies(object.value),
  async checkAll(objects, context) {
    if (!objects.some((o) => o.value.role === "policy" || o.value.role === "binding")) return;
    const { checkPolicies } = await import("./policy-engine-BXXL3SIQ.js");
    const userInfo = { ...DEFAULT_USER, ...context.options.userInfo };
    checkPolicies(objects, { ...context, options: { ...context.options, userInfo } });
  }
});

// src/k8s/containers.ts
var POD_SPEC_PATH = ["spec", "template", "spec"];
function podSpecOf(daemonSet) {
  if (daemonSet !== current.daemonSet) remember(daemonSet);
  return current.podSpec;
}
function podTemplateMetadataOf(daemonSet) {
  if (daemonSet !== current.daemonSet) remember(daemonSet);
  return current.templateMetadata;
}
var ALL_CONTAINER_LISTS = ["initContainers", "containers", "ephemeralContainers"];
var POD_CONTAINER_LISTS = ["initContainers", "containers"];
var current = { daemonSet: void 0, templateMetadata: void 0, podSpec: void 0, all: void 0, pod: void 0 };
function remember(daemonSet) {
  const template = asRecord(asRecord(asRecord(daemonSet)?.spec)?.template);
  current.daemonSet = daemonSet;
  current.templateMetadata = asRecord(template?.metadata);
  current.podSpec = asRecord(template?.spec);
  current.all = void 0;
  current.pod = void 0;
}
var Ref = class {
  constructor(container, list, index, sidecar, longRunning) {
    this.container = container;
    this.list = list;
    this.index = index;
    this.sidecar = sidecar;
    this.longRunning = longRunning;
  }
  container;
  list;
  index;
  sidecar;
  longRunning;
  builtPath;
  get path() {
    return this.builtPath ??= [...POD_SPEC_PATH, this.list, this.index];
  }
};
function containersOf(daemonSet, lists = ALL_CONTAINER_LISTS) {
  if (daemonSet !== current.daemonSet) remember(daemonSet);
  if (lists === ALL_CONTAINER_LISTS) return current.all ??= readContainers(current.podSpec, lists);
  if (lists === POD_CONTAINER_LISTS) return current.pod ??= containersOf(daemonSet).filter((ref) => ref.list !== "ephemeralContainers");
  return readContainers(current.podSpec, lists);
}
function readContainers(podSpec, lists) {
  const out = [];
  if (!podSpec) return out;
  for (let l = 0; l < lists.length; l++) {
    const list = lists[l];
    const items = podSpec[list];
    if (!Array.isArray(items)) continue;
    for (let index = 0; index < items.length; index++) {
      const container = asRecord(items[index]);
      if (!container) continue;
      const sidecar = list === "initContainers" && container.restartPolicy === "Always";
      out.push(new Ref(container, list, index, sidecar, list === "containers" || sidecar));
    }
  }
  return out;
}
function containerAnchor(ref) {
  return typeof ref.container.name === "string" ? [...ref.path, "name"] : ref.path;
}
function containerName(ref) {
  return typeof ref.container.name === "string" ? ref.container.name : `${ref.list}[${ref.index}]`;
}

// src/k8s/features.ts
var cache = /* @__PURE__ */ new Map();
function featuresFor(kubeVersion) {
  let features = cache.get(kubeVersion);
  if (!features) {
    const minor = Number(/^\d+\.(\d+)/.exec(kubeVersion)?.[1] ?? 36);
    features = Object.freeze({
      minor,
      appArmorFields: minor >= 30,
      sleepAction: minor >= 30,
      sleepZero: minor >= 33,
      relaxedEnvNames: minor >= 32,
      relaxedDnsSearch: minor >= 33,
      recursiveReadOnly: minor >= 31,
      resizePolicy: minor >= 33,
      procMount: minor >= 33,
      hostUsers: minor >= 33,
      supplementalGroupsPolicy: minor >= 33,
      seLinuxChangePolicy: minor >= 33,
      podLevelResources: minor >= 34,
      resourceClaims: minor >= 34,
      imageVolumes: minor >= 35,
      matchLabelKeysInPodAffinity: minor >= 31,
      containerRestartRulesGate: minor >= 34,
      containerRestartRules: minor >= 35,
      envFiles: minor >= 35,
      requiredNodeAffinityLabelValues: minor >= 32,
      tooLongInBytes: minor >= 32
    });
    cache.set(kubeVersion, features);
  }
  return features;
}

// src/k8s/names.ts
var DNS1123_LABEL_MAX_LENGTH = 63;
var DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
var DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var DNS1123_LABEL_ERR_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
var DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
var DNS1123_SUBDOMAIN_ERR_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
var dns1123LabelRegexp = new RegExp(`^${DNS1123_LABEL_FMT}$`);
var dns1123SubdomainRegexp = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);
function maxLenError(length) {
  return `must be no more than ${length} characters`;
}
function regexError(message, format, ...examples) {
  if (examples.length === 0) return `${message} (regex used for validation is '${format}')`;
  return `${message} (e.g. ${examples.map((e) => `'${e}', `).join(" or ")}regex used for validation is '${format}')`;
}
function inclusiveRangeError(lo, hi) {
  return `must be between ${lo} and ${hi}, inclusive`;
}
function byteLength(value) {
  return NON_ASCII.test(value) ? encoder.encode(value).length : value.length;
}
var NON_ASCII = /[^\x00-\x7f]/;
var encoder = new TextEncoder();
var NO_ERRORS = Object.freeze([]);
function isDNS1123Label(value) {
  if (value.length <= DNS1123_LABEL_MAX_LENGTH && dns1123LabelRegexp.test(value)) return NO_ERRORS;
  const errors = [];
  if (byteLength(value) > DNS1123_LABEL_MAX_LENGTH) errors.push(maxLenError(DNS1123_LABEL_MAX_LENGTH));
  if (!dns1123LabelRegexp.test(value)) {
    if (dns1123SubdomainRegexp.test(value)) errors.push("must not contain dots");
    else errors.push(regexError(DNS1123_LABEL_ERR_MSG, DNS1123_LABEL_FMT, "my-name", "123-abc"));
  }
  return errors;
}
function isDNS1123Subdomain(value) {
  if (value.length <= DNS1123_SUBDOMAIN_MAX_LENGTH && dns1123SubdomainRegexp.test(value)) return NO_ERRORS;
  const errors = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) errors.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!dns1123SubdomainRegexp.test(value)) {
    errors.push(regexError(DNS1123_SUBDOMAIN_ERR_MSG, DNS1123_SUBDOMAIN_FMT, "example.com"));
  }
  return errors;
}
function maskTrailingDash(name) {
  return name.length > 1 && name.endsWith("-") ? `${name.slice(0, -2)}a` : name;
}
function nameIsDNSSubdomain(name, prefix = false) {
  return isDNS1123Subdomain(prefix ? maskTrailingDash(name) : name);
}
function nameIsDNSLabel(name, prefix = false) {
  return isDNS1123Label(prefix ? maskTrailingDash(name) : name);
}
var portNameCharset = /^[-a-z0-9]+$/;
var portNameOneLetter = /[a-z]/;
var validPortName = /^(?=[-a-z0-9]*[a-z])(?![-a-z0-9]*--)[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
function isValidPortName(port) {
  if (port.length <= 15 && validPortName.test(port)) return NO_ERRORS;
  const errors = [];
  if (byteLength(port) > 15) errors.push(maxLenError(15));
  if (!portNameCharset.test(port)) errors.push("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
  if (!portNameOneLetter.test(port)) errors.push("must contain at least one letter (a-z)");
  if (port.includes("--")) errors.push("must not contain consecutive hyphens");
  if (port.length > 0 && (port.startsWith("-") || port.endsWith("-"))) errors.push("must not begin or end with a hyphen");
  return errors;
}
function isValidPortNum(port) {
  return port >= 1 && port <= 65535 ? NO_ERRORS : [inclusiveRangeError(1, 65535)];
}
function isValidIP(value) {
  return parseIPv4(value) || isIPv6(value) ? NO_ERRORS : ["must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"];
}
function parseIPv4(value) {
  const parts = value.split(".");
  return parts.length === 4 && parts.every((p) => /^[0-9]{1,3}$/.test(p) && Number(p) <= 255);
}
function isIPv6(value) {
  if (!/^[0-9A-Fa-f:.]+$/.test(value) || !value.includes(":")) return false;
  let head = value;
  const lastColon = value.lastIndexOf(":");
  const tail = value.slice(lastColon + 1);
  if (tail.includes(".")) {
    if (!parseIPv4(tail)) return false;
    head = value.slice(0, lastColon + 1) + "0:0";
  }
  const halves = head.split("::");
  if (halves.length > 2) return false;
  const groups = (s) => {
    if (s === "") return [];
    const g = s.split(":");
    return g.every((x) => /^[0-9A-Fa-f]{1,4}$/.test(x)) ? g : void 0;
  };
  const left = groups(halves[0]);
  const right = halves.length === 2 ? groups(halves[1]) : [];
  if (!left || !right) return false;
  const count = left.length + right.length;
  return halves.length === 2 ? count < 8 : count === 8;
}
var ENV_VAR_NAME_FMT = "[-._a-zA-Z][-._a-zA-Z0-9]*";
var envVarName = new RegExp(`^${ENV_VAR_NAME_FMT}$`);
function isEnvVarName(value) {
  const errors = [];
  if (!envVarName.test(value)) {
    errors.push(
      regexError(
        "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit",
        ENV_VAR_NAME_FMT,
        "my.env-name",
        "MY_ENV.NAME",
        "MyEnvName1"
      )
    );
  }
  errors.push(...hasChDirPrefix(value));
  return errors;
}
function hasChDirPrefix(value) {
  if (value === ".") return ["must not be '.'"];
  if (value === "..") return ["must not be '..'"];
  if (value.startsWith("..")) return ["must not start with '..'"];
  return [];
}
function isRelaxedEnvVarName(value) {
  const errors = [];
  if (!/^[\x20-\x7e]*$/.test(value) || value.includes("=")) {
    errors.push("a valid environment variable name must consist only of printable ASCII characters other than '='");
  }
  return errors;
}
var CONFIG_MAP_KEY_FMT = "[-._a-zA-Z0-9]+";
var configMapKey = new RegExp(`^${CONFIG_MAP_KEY_FMT}$`);
function isConfigMapKey(value) {
  const errors = [];
  if (value.length > DNS1123_SUBDOMAIN_MAX_LENGTH) errors.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!configMapKey.test(value)) {
    errors.push(regexError("a valid config key must consist of alphanumeric characters, '-', '_' or '.'", CONFIG_MAP_KEY_FMT, "key.name", "KEY_NAME", "key-name"));
  }
  errors.push(...hasChDirPrefix(value));
  return errors;
}
var HTTP_HEADER_NAME_FMT = "[-A-Za-z0-9]+";
var httpHeaderName = new RegExp(`^${HTTP_HEADER_NAME_FMT}$`);
function isHTTPHeaderName(value) {
  return httpHeaderName.test(value) ? NO_ERRORS : [regexError("a valid HTTP header must consist of alphanumeric characters or '-'", HTTP_HEADER_NAME_FMT, "X-Header-Name")];
}
function isValidID(value) {
  return value >= 0 && value <= MAX_ID ? NO_ERRORS : [inclusiveRangeError(0, MAX_ID)];
}
var MAX_ID = 2147483647;
var DNS_SEARCH_LABEL_FMT = "_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?";
var DNS_SEARCH_FMT = `${DNS_SEARCH_LABEL_FMT}(\\.${DNS_SEARCH_LABEL_FMT})*`;
var dnsSearch = new RegExp(`^${DNS_SEARCH_FMT}$`);
function isRelaxedSearchPath(value) {
  if (value === ".") return NO_ERRORS;
  const errors = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) errors.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!dnsSearch.test(value)) {
    errors.push(
      regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character",
        DNS_SEARCH_FMT,
        "example.com"
      )
    );
  }
  return errors;
}

// src/k8s/selector.ts
var SELECTOR_OPERATORS = ["In", "NotIn", "Exists", "DoesNotExist"];
var LABEL_KEY_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
var LABEL_KEY_MESSAGE = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
var LABEL_KEY_MAX_BYTES = 63;
var LABEL_VALUE_FMT = `(${LABEL_KEY_FMT})?`;
var LABEL_VALUE_MESSAGE = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
var LABEL_VALUE_MAX_BYTES = 63;
var DNS1123_LABEL_FMT2 = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var DNS1123_SUBDOMAIN_FMT2 = `${DNS1123_LABEL_FMT2}(\\.${DNS1123_LABEL_FMT2})*`;
var DNS1123_SUBDOMAIN_MESSAGE = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
var DNS1123_SUBDOMAIN_MAX_BYTES = 253;
var labelKeyPattern = new RegExp(`^${LABEL_KEY_FMT}$`);
var labelValuePattern = new RegExp(`^${LABEL_VALUE_FMT}$`);
var dns1123SubdomainPattern = new RegExp(`^${DNS1123_SUBDOMAIN_FMT2}$`);
var validLabelKeyPattern = new RegExp(`^(?:${DNS1123_SUBDOMAIN_FMT2}/)?${LABEL_KEY_FMT}$`);
var VALID_KEY_MAX_LENGTH = DNS1123_SUBDOMAIN_MAX_BYTES + 1 + LABEL_KEY_MAX_BYTES;
var NO_ERRORS2 = Object.freeze([]);
var NO_KEYS = /* @__PURE__ */ new Set();
var NO_ISSUES = Object.freeze([]);
function byteLength2(value) {
  return Buffer.byteLength(value, "utf8");
}
function maxBytes(limit) {
  return `must be no more than ${limit} bytes`;
}
function regexError2(message, format, ...examples) {
  const shown = examples.map((e) => `'${e}', `).join(" or ");
  return `${message} (e.g. ${shown}regex used for validation is '${format}')`;
}
function labelKeyErrors(key) {
  if (key.length <= VALID_KEY_MAX_LENGTH && validLabelKeyPattern.test(key)) {
    const slash = key.indexOf("/");
    if (slash <= DNS1123_SUBDOMAIN_MAX_BYTES && key.length - slash - 1 <= LABEL_KEY_MAX_BYTES) return NO_ERRORS2;
  }
  const errors = [];
  const parts = key.split("/");
  if (parts.length > 2) {
    return [
      `a valid label key ${regexError2(LABEL_KEY_MESSAGE, LABEL_KEY_FMT, "MyName", "my.name", "123-abc")} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`
    ];
  }
  const name = parts.length === 2 ? parts[1] : parts[0];
  if (parts.length === 2) {
    const prefix = parts[0];
    if (prefix === "") errors.push("prefix part must be non-empty");
    else errors.push(...dns1123SubdomainErrors(prefix).map((e) => `prefix part ${e}`));
  }
  if (name === "") errors.push("name part must be non-empty");
  else if (byteLength2(name) > LABEL_KEY_MAX_BYTES) errors.push(`name part ${maxBytes(LABEL_KEY_MAX_BYTES)}`);
  if (!labelKeyPattern.test(name)) errors.push(`name part ${regexError2(LABEL_KEY_MESSAGE, LABEL_KEY_FMT, "MyName", "my.name", "123-abc")}`);
  return errors;
}
function labelValueErrors(value) {
  if (value.length <= LABEL_VALUE_MAX_BYTES && labelValuePattern.test(value)) return NO_ERRORS2;
  const errors = [];
  if (byteLength2(value) > LABEL_VALUE_MAX_BYTES) errors.push(maxBytes(LABEL_VALUE_MAX_BYTES));
  if (!labelValuePattern.test(value)) errors.push(regexError2(LABEL_VALUE_MESSAGE, LABEL_VALUE_FMT, "MyValue", "my_value", "12345"));
  return errors;
}
function dns1123SubdomainErrors(value) {
  const errors = [];
  if (byteLength2(value) > DNS1123_SUBDOMAIN_MAX_BYTES) errors.push(maxBytes(DNS1123_SUBDOMAIN_MAX_BYTES));
  if (!dns1123SubdomainPattern.test(value)) errors.push(regexError2(DNS1123_SUBDOMAIN_MESSAGE, DNS1123_SUBDOMAIN_FMT2, "example.com"));
  return errors;
}
function isSelectorOperator(value) {
  return typeof value === "string" && SELECTOR_OPERATORS.includes(value);
}
var UNREADABLE = /* @__PURE__ */ Symbol("unreadable");
function readLabelValue(key, value, parent, last) {
  if (value === null || value === void 0) return "";
  if (typeof value === "string") {
    const reasons = labelValueErrors(value);
    return reasons.length === 0 ? value : { kind: "invalidValue", key, value, reasons, path: [...parent, last], at: "value" };
  }
  if (typeof value === "number" || typeof value === "boolean") {
    return { kind: "nonStringValue", key, value, path: [...parent, last], at: "value" };
  }
  return UNREADABLE;
}
function keyIssue(key, parent, last, at2) {
  const reasons = labelKeyErrors(key);
  return reasons.length === 0 ? void 0 : { kind: "invalidKey", key, reasons, path: [...parent, last], at: at2 };
}
var ROOT = [];
var MATCH_LABELS = ["matchLabels"];
function readLabels(labels) {
  const read = {};
  let unreadable;
  let issues;
  for (const key in labels) {
    if (!Object.hasOwn(labels, key)) continue;
    const invalidKey = keyIssue(key, ROOT, key, "key");
    if (invalidKey) (issues ??= []).push(invalidKey);
    const value = readLabelValue(key, labels[key], ROOT, key);
    if (typeof value === "string") read[key] = value;
    else {
      (unreadable ??= /* @__PURE__ */ new Set()).add(key);
      if (value !== UNREADABLE) (issues ??= []).push(value);
    }
  }
  return { labels: read, unreadable: unreadable ?? NO_KEYS, issues: issues ?? NO_ISSUES };
}
function readSelector(selector) {
  const out = { requirements: [], issues: [], empty: true, malformed: false };
  const matchLabels = selector.matchLabels;
  if (matchLabels !== void 0 && matchLabels !== null) {
    const record = asRecord(matchLabels);
    if (!record) out.malformed = true;
    else {
      for (const key in record) {
        if (!Object.hasOwn(record, key)) continue;
        out.empty = false;
        const invalidKey = keyIssue(key, MATCH_LABELS, key, "key");
        const value = readLabelValue(key, record[key], MATCH_LABELS, key);
        if (invalidKey) out.issues.push(invalidKey);
        if (typeof value !== "string") {
          if (value !== UNREADABLE) out.issues.push(value);
          else out.malformed = true;
        } else if (!invalidKey) {
          out.requirements.push({ requirement: { key, operator: "Equals", values: [value] }, path: ["matchLabels", key] });
        }
      }
    }
  }
  const matchExpressions = selector.matchExpressions;
  if (matchExpressions !== void 0 && matchExpressions !== null) {
    if (!Array.isArray(matchExpressions)) out.malformed = true;
    else {
      for (let index = 0; index < matchExpressions.length; index++) {
        out.empty = false;
        const expression = asRecord(matchExpressions[index]);
        const requirement = expression && readExpression(expression, index, out.issues);
        if (requirement === "malformed" || !expression) out.malformed = true;
        else if (requirement) out.requirements.push({ requirement, path: ["matchExpressions", index] });
      }
    }
  }
  return out;
}
function readExpression(expression, index, issues) {
  const base = ["matchExpressions", index];
  const before = issues.length;
  const { key: rawKey, operator, values: rawValues } = expression;
  let key;
  if (rawKey === void 0 || rawKey === null) issues.push({ kind: "missingKey", index, path: base, at: "key" });
  else if (typeof rawKey !== "string") return "malformed";
  else {
    key = rawKey;
    const invalidKey = keyIssue(rawKey, base, "key", "value");
    if (invalidKey) issues.push(invalidKey);
  }
  if (operator !== void 0 && operator !== null && typeof operator !== "string") return "malformed";
  if (rawValues !== void 0 && rawValues !== null && !Array.isArray(rawValues)) return "malformed";
  const values = [];
  let malformed = false;
  if (Array.isArray(rawValues)) {
    let valuesPath;
    for (let i = 0; i < rawValues.length; i++) {
      const value = readLabelValue(key ?? "", rawValues[i], valuesPath ??= [...base, "values"], i);
      if (typeof value === "string") values.push(value);
      else if (value !== UNREADABLE) issues.push(value);
      else malformed = true;
    }
  }
  if (malformed) return "malformed";
  const given = Array.isArray(rawValues) ? rawValues.length : 0;
  if (operator === void 0 || operator === null || operator === "") {
    issues.push({ kind: "missingOperator", index, path: base, at: "key" });
  } else if (!isSelectorOperator(operator)) {
    issues.push({ kind: "badOperator", index, operator, path: [...base, "operator"], at: "value" });
  } else if ((operator === "In" || operator === "NotIn") && given === 0) {
    issues.push({ kind: "valuesRequired", index, key: key ?? "", operator, path: [...base, "values"], at: "key" });
  } else if ((operator === "Exists" || operator === "DoesNotExist") && given > 0) {
    issues.push({ kind: "valuesForbidden", index, key: key ?? "", operator, path: [...base, "values"], at: "key" });
  }
  if (issues.length > before || key === void 0 || !isSelectorOperator(operator)) return void 0;
  return { key, operator, values };
}
function requirementMatches(requirement, labels) {
  const present = Object.hasOwn(labels, requirement.key);
  switch (requirement.operator) {
    case "Equals":
    case "In":
      return present && requirement.values.includes(labels[requirement.key]);
    case "NotIn":
      return !present || !requirement.values.includes(labels[requirement.key]);
    case "Exists":
      return present;
    case "DoesNotExist":
      return !present;
  }
}
function formatLabel(key, value) {
  return `${key}=${value === "" ? '""' : value}`;
}
function describeRequirement(requirement) {
  const values = requirement.values.map((v) => v === "" ? '""' : v).join(", ");
  switch (requirement.operator) {
    case "Equals":
      return formatLabel(requirement.key, requirement.values[0] ?? "");
    case "In":
      return `${requirement.key} in (${values})`;
    case "NotIn":
      return `${requirement.key} notin (${values})`;
    case "Exists":
      return `${requirement.key} to exist`;
    case "DoesNotExist":
      return `${requirement.key} not to exist`;
  }
}

// src/rules/api-validation/field-errors.ts
var API = "kubectl apply fails with: {{api}}";
var FIELD_ERROR_MESSAGES = {
  required: { message: "{{field}}: Required value{{detail}}", help: `{{why}}${API}` },
  invalid: { message: "{{field}}: Invalid value{{value}}{{detail}}", help: `{{why}}${API}` },
  duplicate: { message: "{{field}}: Duplicate value{{value}}", help: `{{why}}${API}` },
  notFound: { message: "{{field}}: Not found{{value}}{{detail}}", help: `{{why}}${API}` },
  notSupported: { message: "{{field}}: Unsupported value{{value}}{{detail}}", help: `{{why}}${API}` },
  forbidden: { message: "{{field}}: Forbidden{{detail}}", help: `{{why}}${API}` },
  tooLong: { message: "{{field}}: Too long{{detail}}", help: `{{why}}${API}` },
  tooMany: { message: "{{field}}: Too many{{value}}{{detail}}", help: `{{why}}${API}` }
};
function fieldPath(path2) {
  let out = "";
  for (const segment of path2) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (segment.startsWith(MAP_KEY)) out += `[${segment.slice(MAP_KEY.length)}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}
var MAP_KEY = "\0[";
function mapKey(path2, key) {
  return [...path2, `${MAP_KEY}${key}`];
}
var POD_SPEC_PREFIX = "spec.template.spec.";
function shortPath(path2) {
  const short = path2.startsWith(POD_SPEC_PREFIX) ? path2.slice(POD_SPEC_PREFIX.length) : path2;
  return short.includes("DuringSchedulingIgnoredDuringExecution") ? short.replace(/DuringSchedulingIgnoredDuringExecution/g, "\u2026") : short;
}
function goValue(value, max = 200) {
  if (value === null || value === void 0) return "null";
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (typeof value === "string") {
    const text3 = JSON.stringify(value.length > max ? value.slice(0, max) : value);
    return value.length > max ? `${text3.slice(0, -1)}..."` : text3;
  }
  const text2 = jsonText(value);
  return text2.length > max ? `${text2.slice(0, max)}...` : text2;
}
var SHORT_DETAILS = [
  ["a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_'", "must be a valid DNS search path"],
  ["a lowercase RFC 1123 subdomain must consist of", "must be a lowercase RFC 1123 subdomain"],
  ["a lowercase RFC 1123 label must consist of", "must be a lowercase RFC 1123 label"],
  ["prefix part a lowercase RFC 1123 subdomain", "prefix part must be a lowercase RFC 1123 subdomain"],
  ["name part must consist of", "name part must be alphanumerics, '-', '_' or '.'"],
  ["a valid label key must consist of", "must be a valid label key (one / at most)"],
  ["a qualified name must consist of", "must be a qualified name (one / at most)"],
  ["a valid label must be an empty string or consist of", "must be a valid label value"],
  ["a valid environment variable name must consist of alphabetic", "must be a valid environment variable name"],
  ["a valid environment variable name must consist only of printable", "must be printable ASCII other than '='"],
  ["a valid config key must consist of", "must be a valid config key"],
  ["a valid HTTP header must consist of", "must be a valid HTTP header name"],
  ["a valid percent string must be", "must be a percent such as 10%"],
  ["a valid C identifier must", "must be a C identifier"],
  ["must have at most 253 characters and match regex", "must be a valid sysctl name"],
  ["must specify one of: `fieldRef`", "must specify one source"],
  ["can only use volume source type of PersistentVolumeClaim", "must be a persistentVolumeClaim or ephemeral volume"],
  ["name is neither a standard finalizer name nor", "not a standard finalizer, nor domain-qualified"],
  ["Only one reference can have Controller set to true", "only one reference can have Controller set to true"],
  ["If pod contains any hostProcess containers", "all containers must be HostProcess containers"],
  ["operator must be Exists when `key` is empty", "operator must be Exists when `key` is empty"]
];
function shortDetail(detail) {
  if (detail.length <= 60) return detail;
  for (const [prefix, short] of SHORT_DETAILS) if (detail.startsWith(prefix)) return short;
  const cut = detail.indexOf(" (");
  return cut > 0 && cut <= 60 ? detail.slice(0, cut).replace(/[,;]$/, "") : detail;
}
var HEADLINE_LIMIT = 100;
var DETAIL_ONLY_LIMIT = 120;
function headlineOf(field2, type, value, detail, preferValue = false) {
  const length = (v, d) => field2.length + 2 + type.length + (v ? v.length + 2 : 0) + (d ? d.length + 2 : 0);
  const out = (v, d) => ({ field: field2, value: v ? `: ${v}` : "", detail: d ? `: ${d}` : "" });
  if (length(value, detail) <= HEADLINE_LIMIT) return out(value, detail);
  if (value && detail && !preferValue && length("", detail) <= HEADLINE_LIMIT) return out("", detail);
  if (!value && length("", detail) <= DETAIL_ONLY_LIMIT) return out("", detail);
  return out(value, "");
}
var DEFAULT_WHY = {
  required: "The API server requires this field (an empty or null value counts as missing). ",
  invalid: "",
  duplicate: "The API server requires each of these to be unique. ",
  notFound: "",
  notSupported: "The API server accepts only the values it lists. ",
  forbidden: "",
  tooLong: "",
  tooMany: ""
};
var FieldErrors = class {
  constructor(context, features) {
    this.context = context;
    this.features = features;
  }
  context;
  features;
  /** How many errors were reported so far: a check can tell whether its part was valid. */
  count = 0;
  required(field2, detail = "", options = {}) {
    this.emit("required", field2, void 0, detail, "key", options);
  }
  invalid(field2, value, detail, options = {}) {
    this.emit("invalid", field2, value, detail, "value", options);
  }
  duplicate(field2, value, options = {}) {
    this.emit("duplicate", field2, value, "", "value", options);
  }
  notFound(field2, value, options = {}, detail = "") {
    this.emit("notFound", field2, value, detail, "value", options);
  }
  notSupported(field2, value, supported, options = {}) {
    const list = `supported values: ${supported.map((s) => JSON.stringify(s)).join(", ")}`;
    this.emit("notSupported", field2, value, list, "value", options);
  }
  forbidden(field2, detail, options = {}) {
    this.emit("forbidden", field2, void 0, detail, "key", options);
  }
  /** `Too long`: `must have at most N bytes` (1.32 on), `may not be longer than N` before. */
  tooLong(field2, limit, options = {}) {
    const detail = this.features.tooLongInBytes ? `must have at most ${limit} bytes` : `may not be longer than ${limit}`;
    this.emit("tooLong", field2, void 0, detail, "value", options);
  }
  tooMany(field2, count, limit, options = {}) {
    this.emit("tooMany", field2, count, `must have at most ${limit} items`, "value", options);
  }
  emit(type, field2, value, detail, defaultAt, options) {
    this.count++;
    const path2 = fieldPath(field2);
    const shownValue = type === "required" || type === "forbidden" || type === "tooLong" ? "" : goValue(value);
    const api = `${path2}: ${TYPE_WORDS[type]}${shownValue === "" ? "" : `: ${shownValue}`}${detail === "" ? "" : `: ${detail}`}`;
    const headline = headlineOf(shortPath(path2), TYPE_WORDS[type], shownValue === "" ? "" : goValue(value, 40), detail === "" ? "" : shortDetail(detail), type === "notSupported");
    this.context.report({
      path: options.node ?? field2,
      at: options.at ?? defaultAt,
      messageId: type,
      data: { field: headline.field, value: headline.value, detail: headline.detail, why: options.why ? `${options.why} ` : DEFAULT_WHY[type], api }
    });
  }
};
var TYPE_WORDS = {
  required: "Required value",
  invalid: "Invalid value",
  duplicate: "Duplicate value",
  notFound: "Not found",
  notSupported: "Unsupported value",
  forbidden: "Forbidden",
  tooLong: "Too long",
  tooMany: "Too many"
};
function stringOf(value) {
  return typeof value === "string" ? value : void 0;
}
var INT32_MIN = -2147483648;
var INT32_MAX = 2147483647;
function int32Of(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX ? value : void 0;
}
var INT64_MIN = -(2n ** 63n);
var INT64_MAX = 2n ** 63n - 1n;
function int64Of(value) {
  const n = wholeNumber(value);
  if (typeof n === "bigint") return n >= INT64_MIN && n <= INT64_MAX ? n : void 0;
  return n !== void 0 && Math.abs(n) < 2 ** 63 ? n : void 0;
}
function isSet(record, key) {
  return record !== void 0 && record[key] !== void 0 && record[key] !== null;
}
var IS_NEGATIVE_ERROR_MSG = "must be greater than or equal to 0";

// src/rules/api-validation/labels.ts
var TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;
var LABEL_WHY = "Label keys are a DNS subdomain prefix and / (optional) and a name of up to 63 alphanumerics, -, _ or .; values up to 63 of the same (or empty).";
function checkLabels(labels, path2, errors, why = LABEL_WHY) {
  const record = asRecord(labels);
  if (!record) return;
  for (const key of Object.keys(record)) {
    for (const message of labelKeyErrors(key)) errors.invalid(path2, key, message, { node: [...path2, key], at: "key", why });
    const value = record[key];
    if (typeof value !== "string") continue;
    for (const message of labelValueErrors(value)) errors.invalid(path2, value, message, { node: [...path2, key], why });
  }
}
function checkAnnotations(annotations, path2, errors) {
  const record = asRecord(annotations);
  if (!record) return;
  let size = 0;
  for (const key of Object.keys(record)) {
    for (const message of labelKeyErrors(key.toLowerCase())) {
      errors.invalid(path2, key, message, {
        node: [...path2, key],
        at: "key",
        why: "Annotation keys follow the label key rules (a DNS subdomain prefix and /, then a name of up to 63 characters), compared in lower case."
      });
    }
    const value = record[key];
    size += byteLength3(key) + (typeof value === "string" ? byteLength3(value) : 0);
  }
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT) {
    errors.tooLong(path2, TOTAL_ANNOTATION_SIZE_LIMIT, {
      at: "key",
      why: `All annotations together take ${size} bytes; the API stores at most 256 KiB of them in one object. Move large data to a ConfigMap.`
    });
  }
}
function byteLength3(value) {
  return /^[\x00-\x7f]*$/.test(value) ? value.length : Buffer.byteLength(value, "utf8");
}
function checkQualifiedName(value, path2, errors, node, why) {
  for (const message of labelKeyErrors(value)) errors.invalid(path2, value, message, { node, why });
}
var SELECTOR_OPERATORS2 = ["In", "NotIn", "Exists", "DoesNotExist"];
function checkLabelSelector(selector, path2, errors) {
  const record = asRecord(selector);
  if (!record) return;
  checkLabels(record.matchLabels, [...path2, "matchLabels"], errors);
  asArray(record.matchExpressions).forEach((raw, index) => {
    const expression = asRecord(raw);
    if (!expression) return;
    const at2 = [...path2, "matchExpressions", index];
    const operator = stringOf(expression.operator) ?? "";
    const values = asArray(expression.values);
    if (operator === "In" || operator === "NotIn") {
      if (values.length === 0) errors.required([...at2, "values"], "must be specified when `operator` is 'In' or 'NotIn'", { node: "values" in expression ? [...at2, "values"] : at2 });
    } else if (operator === "Exists" || operator === "DoesNotExist") {
      if (values.length > 0) errors.forbidden([...at2, "values"], "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
    } else {
      errors.invalid([...at2, "operator"], operator, "not a valid selector operator", {
        node: "operator" in expression ? [...at2, "operator"] : at2,
        why: `A label selector's operator is one of ${SELECTOR_OPERATORS2.join(", ")}.`
      });
    }
    checkQualifiedName(stringOf(expression.key) ?? "", [...at2, "key"], errors, "key" in expression ? [...at2, "key"] : at2);
    values.forEach((value, j) => {
      if (typeof value !== "string") return;
      for (const message of labelValueErrors(value)) errors.invalid([...at2, "values", j], value, message);
    });
  });
}

// src/rules/api-validation/affinity.ts
var NODE_OPERATORS = ["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"];
var WEIGHT_WHY = "A preferred term weighs 1 to 100 against the others.";
function checkAffinity(podSpec, errors) {
  const affinity = asRecord(podSpec.affinity);
  if (!affinity) return;
  const path2 = [...POD_SPEC_PATH, "affinity"];
  const nodeAffinity = asRecord(affinity.nodeAffinity);
  if (nodeAffinity) checkNodeAffinity(nodeAffinity, [...path2, "nodeAffinity"], errors);
  for (const kind of ["podAffinity", "podAntiAffinity"]) {
    const podAffinity = asRecord(affinity[kind]);
    if (podAffinity) checkPodAffinity(podAffinity, [...path2, kind], errors);
  }
}
function checkNodeAffinity(nodeAffinity, path2, errors) {
  const required = asRecord(nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution);
  if (required) {
    const at2 = [...path2, "requiredDuringSchedulingIgnoredDuringExecution"];
    const terms = asArray(required.nodeSelectorTerms);
    if (terms.length === 0) {
      errors.required([...at2, "nodeSelectorTerms"], "must have at least one node selector term", {
        node: "nodeSelectorTerms" in required ? [...at2, "nodeSelectorTerms"] : at2,
        why: "A required node affinity with no term matches no node: the pods would never schedule."
      });
    }
    terms.forEach((term, index) => checkNodeSelectorTerm(term, [...at2, "nodeSelectorTerms", index], errors.features.requiredNodeAffinityLabelValues, errors));
  }
  asArray(nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution).forEach((raw, index) => {
    const term = asRecord(raw);
    if (!term) return;
    const at2 = [...path2, "preferredDuringSchedulingIgnoredDuringExecution", index];
    checkWeight(term, at2, errors);
    checkNodeSelectorTerm(term.preference, [...at2, "preference"], false, errors);
  });
}
function checkWeight(term, at2, errors) {
  const weight = term.weight === void 0 ? 0 : int32Of(term.weight);
  if (weight !== void 0 && (weight <= 0 || weight > 100)) {
    errors.invalid([...at2, "weight"], weight, "must be in the range 1-100", { node: "weight" in term ? [...at2, "weight"] : at2, why: WEIGHT_WHY });
  }
}
function checkNodeSelectorTerm(raw, path2, labelValues, errors) {
  const term = asRecord(raw);
  if (!term) return;
  asArray(term.matchExpressions).forEach((item, index) => {
    const expression = asRecord(item);
    if (!expression) return;
    const at2 = [...path2, "matchExpressions", index];
    const operator = stringOf(expression.operator) ?? "";
    const values = asArray(expression.values);
    const valuesNode = "values" in expression ? [...at2, "values"] : at2;
    if (operator === "In" || operator === "NotIn") {
      if (values.length === 0) errors.required([...at2, "values"], "must be specified when `operator` is 'In' or 'NotIn'", { node: valuesNode });
    } else if (operator === "Exists" || operator === "DoesNotExist") {
      if (values.length > 0) errors.forbidden([...at2, "values"], "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
    } else if (operator === "Gt" || operator === "Lt") {
      if (values.length !== 1) errors.required([...at2, "values"], "must be specified single value when `operator` is 'Lt' or 'Gt'", { node: valuesNode });
    } else {
      errors.invalid([...at2, "operator"], operator, "not a valid selector operator", {
        node: "operator" in expression ? [...at2, "operator"] : at2,
        why: `A node selector's operator is one of ${NODE_OPERATORS.join(", ")}.`
      });
    }
    checkQualifiedName(stringOf(expression.key) ?? "", [...at2, "key"], errors, "key" in expression ? [...at2, "key"] : at2);
    if (labelValues) {
      values.forEach((value, j) => {
        if (typeof value !== "string") return;
        for (const message of labelValueErrors(value)) errors.invalid([...at2, "values", j], value, message, { why: "Node labels hold label values: a value that is not one matches no node." });
      });
    }
  });
  asArray(term.matchFields).forEach((item, index) => {
    const field2 = asRecord(item);
    if (!field2) return;
    const at2 = [...path2, "matchFields", index];
    const operator = stringOf(field2.operator) ?? "";
    const values = asArray(field2.values);
    if (operator === "In" || operator === "NotIn") {
      if (values.length !== 1) errors.required([...at2, "values"], "must be only one value when `operator` is 'In' or 'NotIn' for node field selector", { node: "values" in field2 ? [...at2, "values"] : at2 });
    } else {
      errors.invalid([...at2, "operator"], operator, "not a valid selector operator", { node: "operator" in field2 ? [...at2, "operator"] : at2 });
    }
    const key = stringOf(field2.key) ?? "";
    if (key !== "metadata.name") {
      errors.invalid([...at2, "key"], key, "not a valid field selector key", { node: "key" in field2 ? [...at2, "key"] : at2, why: "Node fields can be matched by metadata.name only." });
      return;
    }
    values.forEach((value, j) => {
      if (typeof value !== "string") return;
      for (const message of nameIsDNSSubdomain(value)) errors.invalid([...at2, "values", j], value, message);
    });
  });
}
function checkPodAffinity(podAffinity, path2, errors) {
  asArray(podAffinity.requiredDuringSchedulingIgnoredDuringExecution).forEach((term, index) => {
    checkPodAffinityTerm(term, [...path2, "requiredDuringSchedulingIgnoredDuringExecution", index], errors);
  });
  asArray(podAffinity.preferredDuringSchedulingIgnoredDuringExecution).forEach((raw, index) => {
    const weighted = asRecord(raw);
    if (!weighted) return;
    const at2 = [...path2, "preferredDuringSchedulingIgnoredDuringExecution", index];
    checkWeight(weighted, at2, errors);
    checkPodAffinityTerm(weighted.podAffinityTerm ?? {}, [...at2, "podAffinityTerm"], errors, "podAffinityTerm" in weighted ? void 0 : at2);
  });
}
function checkPodAffinityTerm(raw, path2, errors, missingAt) {
  const term = asRecord(raw);
  if (!term) return;
  checkLabelSelector(term.labelSelector, [...path2, "labelSelector"], errors);
  checkLabelSelector(term.namespaceSelector, [...path2, "namespaceSelector"], errors);
  asArray(term.namespaces).forEach((namespace, index) => {
    if (typeof namespace !== "string") return;
    for (const message of isDNS1123Label(namespace)) errors.invalid([...path2, "namespace"], namespace, message, { node: [...path2, "namespaces", index] });
  });
  const topologyKey = stringOf(term.topologyKey) ?? "";
  const keyNode = missingAt ?? ("topologyKey" in term ? [...path2, "topologyKey"] : path2);
  const why = "topologyKey names the node label that groups nodes (kubernetes.io/hostname, topology.kubernetes.io/zone).";
  if (topologyKey === "") errors.required([...path2, "topologyKey"], "can not be empty", { node: keyNode, why });
  checkQualifiedName(topologyKey, [...path2, "topologyKey"], errors, keyNode, why);
  if (errors.features.matchLabelKeysInPodAffinity) checkMatchLabelKeys(term, path2, errors);
}
function checkMatchLabelKeys(term, path2, errors) {
  const match = asArray(term.matchLabelKeys).filter((k) => typeof k === "string");
  const mismatch = asArray(term.mismatchLabelKeys).filter((k) => typeof k === "string");
  if (match.length === 0 && mismatch.length === 0) return;
  const selector = asRecord(term.labelSelector);
  if (!selector) {
    const why = "matchLabelKeys and mismatchLabelKeys add to the term's labelSelector, so they need one.";
    if (match.length > 0) errors.forbidden([...path2, "matchLabelKeys"], "must not be specified when labelSelector is not set", { why });
    if (mismatch.length > 0) errors.forbidden([...path2, "mismatchLabelKeys"], "must not be specified when labelSelector is not set", { why });
    return;
  }
  match.forEach((key, index) => checkQualifiedName(key, [...path2, "matchLabelKeys", index], errors));
  mismatch.forEach((key, index) => checkQualifiedName(key, [...path2, "mismatchLabelKeys", index], errors));
  const labelKeys = new Set(Object.keys(asRecord(selector.matchLabels) ?? {}));
  const seenInExpressions = /* @__PURE__ */ new Set();
  const expressionKeys = /* @__PURE__ */ new Set();
  for (const raw of asArray(selector.matchExpressions)) {
    const key = stringOf(asRecord(raw)?.key);
    if (key === void 0) continue;
    if (labelKeys.has(key) || seenInExpressions.has(key)) expressionKeys.add(key);
    seenInExpressions.add(key);
  }
  match.forEach((key, index) => {
    if (expressionKeys.has(key)) errors.invalid([...path2, index], key, "exists in both matchLabelKeys and labelSelector", { node: [...path2, "matchLabelKeys", index] });
    if (mismatch.includes(key)) errors.invalid([...path2, "matchLabelKeys", index], key, "exists in both matchLabelKeys and mismatchLabelKeys");
  });
}
var WHEN_UNSATISFIABLE = ["DoNotSchedule", "ScheduleAnyway"];
var INCLUSION_POLICIES = ["Honor", "Ignore"];
function checkTopologySpread(podSpec, errors) {
  const constraints = asArray(podSpec.topologySpreadConstraints);
  const pairs = [];
  constraints.forEach((raw, index) => {
    const constraint = asRecord(raw) ?? {};
    const at2 = [...POD_SPEC_PATH, "topologySpreadConstraints", index];
    const node = (field2) => field2 in constraint ? [...at2, field2] : at2;
    const maxSkew = constraint.maxSkew === void 0 ? 0 : int32Of(constraint.maxSkew);
    if (maxSkew !== void 0 && maxSkew <= 0) errors.invalid([...at2, "maxSkew"], maxSkew, "must be greater than zero", { node: node("maxSkew"), why: "maxSkew is how many more pods one topology domain may have than another: at least 1." });
    const topologyKey = stringOf(constraint.topologyKey) ?? "";
    if (topologyKey === "") errors.required([...at2, "topologyKey"], "can not be empty", { node: node("topologyKey") });
    const when = stringOf(constraint.whenUnsatisfiable) ?? "";
    if (!WHEN_UNSATISFIABLE.includes(when)) errors.notSupported([...at2, "whenUnsatisfiable"], when, WHEN_UNSATISFIABLE, { node: node("whenUnsatisfiable") });
    pairs.push(`${topologyKey}\0${when}`);
    if (isSet(constraint, "minDomains")) {
      const minDomains = int32Of(constraint.minDomains);
      if (minDomains !== void 0 && minDomains <= 0) errors.invalid([...at2, "minDomains"], minDomains, "must be greater than zero");
      if (when !== "DoNotSchedule") errors.invalid([...at2, "minDomains"], minDomains ?? constraint.minDomains, `can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ${when}`);
    }
    for (const field2 of ["nodeAffinityPolicy", "nodeTaintsPolicy"]) {
      const policy = stringOf(constraint[field2]);
      if (policy !== void 0 && !INCLUSION_POLICIES.includes(policy)) errors.notSupported([...at2, field2], policy, INCLUSION_POLICIES);
    }
    checkLabelSelector(constraint.labelSelector, [...at2, "labelSelector"], errors);
    const keys = asArray(constraint.matchLabelKeys).filter((k) => typeof k === "string");
    if (keys.length > 0) {
      const selector = asRecord(constraint.labelSelector);
      if (!selector) errors.forbidden([...at2, "matchLabelKeys"], "must not be specified when labelSelector is not set");
      else {
        const inSelector = /* @__PURE__ */ new Set([...Object.keys(asRecord(selector.matchLabels) ?? {}), ...asArray(selector.matchExpressions).map((e) => stringOf(asRecord(e)?.key)).filter((k) => k !== void 0)]);
        keys.forEach((key, k) => {
          checkQualifiedName(key, [...at2, "matchLabelKeys", k], errors);
          if (labelKeyErrors(key).length === 0 && inSelector.has(key)) errors.invalid([...at2, "matchLabelKeys", k], key, "exists in both matchLabelKeys and labelSelector");
        });
      }
    }
  });
  pairs.forEach((pair, i) => {
    if (pairs.indexOf(pair, i + 1) === -1) return;
    const [key, when] = pair.split("\0");
    const at2 = [...POD_SPEC_PATH, "topologySpreadConstraints", i];
    errors.duplicate([...at2, "{topologyKey, whenUnsatisfiable}"], `{${key}, ${when}}`, { node: at2, why: "Two constraints on the same topologyKey and whenUnsatisfiable: merge them." });
  });
}

// src/rules/api-validation/containers.ts
var PULL_POLICIES = ["Always", "IfNotPresent", "Never"];
var TERMINATION_MESSAGE_POLICIES = ["File", "FallbackToLogsOnError"];
var INIT_CONTAINER_RESTART_POLICIES = ["Always"];
var CONTAINER_RESTART_POLICIES = ["Always", "OnFailure", "Never"];
var HTTP_SCHEMES = ["HTTP", "HTTPS"];
var PROBES = ["livenessProbe", "readinessProbe", "startupProbe"];
var PROBE_HANDLERS = ["exec", "httpGet", "tcpSocket", "grpc"];
var RESIZE_RESOURCES = ["cpu", "memory"];
var RESIZE_RESTART_POLICIES = ["NotRequired", "RestartContainer"];
var DEFAULT_TERMINATION_GRACE_PERIOD = 30;
function checkContainerNames(containers, errors) {
  for (const ref of containers) {
    const name = ref.container.name;
    if (name === void 0 || name === "") {
      errors.required([...ref.path, "name"], "", { node: containerAnchor(ref), why: "Every container needs a name, unique in the pod." });
      continue;
    }
    if (typeof name !== "string") continue;
    for (const message of isDNS1123Label(name)) {
      errors.invalid([...ref.path, "name"], name, message, { why: "A container name is a DNS label: lower case letters, digits and -, at most 63." });
    }
  }
  if (containers.length < 2) return;
  const regular = /* @__PURE__ */ new Set();
  const all = /* @__PURE__ */ new Set();
  for (const ref of containers) {
    if (ref.list !== "containers") continue;
    const name = nameOf(ref);
    if (name === void 0) continue;
    if (regular.has(name)) errors.duplicate([...ref.path, "name"], name, { node: containerAnchor(ref) });
    regular.add(name);
    all.add(name);
  }
  for (const list of ["initContainers", "ephemeralContainers"]) {
    for (const ref of containers) {
      if (ref.list !== list) continue;
      const name = nameOf(ref);
      if (name === void 0) continue;
      if (all.has(name)) errors.duplicate([...ref.path, "name"], name, { node: containerAnchor(ref) });
      if (name !== "") all.add(name);
    }
  }
}
function nameOf(ref) {
  const name = ref.container.name;
  if (name === void 0) return "";
  return typeof name === "string" ? name : void 0;
}
function below(ref, prefix, ...rest) {
  return [...ref.path, ...prefix, ...rest];
}
function checkContainer(ref, podSpec, errors) {
  const container = ref.container;
  const image = container.image;
  if (image === void 0 || image === "") {
    errors.required([...ref.path, "image"], "", { node: "image" in container ? [...ref.path, "image"] : containerAnchor(ref), why: "Every container needs an image to run." });
  }
  const pullPolicy = stringOf(container.imagePullPolicy);
  if (pullPolicy && !PULL_POLICIES.includes(pullPolicy)) errors.notSupported([...ref.path, "imagePullPolicy"], pullPolicy, PULL_POLICIES);
  const terminationPolicy = stringOf(container.terminationMessagePolicy);
  if (terminationPolicy && !TERMINATION_MESSAGE_POLICIES.includes(terminationPolicy)) {
    errors.notSupported([...ref.path, "terminationMessagePolicy"], terminationPolicy, TERMINATION_MESSAGE_POLICIES);
  }
  if (errors.features.resizePolicy) checkResizePolicy(container.resizePolicy, ref, errors);
  if (ref.list === "containers") {
    checkRegularRestartPolicy(container, ref, errors);
    checkHooksAndProbes(container, ref, podSpec, errors);
  } else if (ref.list === "initContainers") {
    checkInitRestartPolicy(container, ref, errors);
    if (ref.sidecar) {
      checkHooksAndProbes(container, ref, podSpec, errors);
    } else {
      for (const key of INIT_CONTAINER_FORBIDDEN) {
        if (isSet(container, key)) {
          errors.forbidden([...ref.path, key], "may not be set for init containers without restartPolicy=Always", {
            why: "An init container runs to completion before the others start: it has no lifecycle hooks or probes, unless it is a sidecar (`restartPolicy: Always`)."
          });
        }
      }
    }
  }
}
var INIT_CONTAINER_FORBIDDEN = ["lifecycle", ...PROBES];
function checkInitRestartPolicy(container, ref, errors) {
  const restartPolicy = stringOf(container.restartPolicy);
  if (restartPolicy === void 0 || restartPolicy === "Always") return;
  const { containerRestartRulesGate, containerRestartRules } = errors.features;
  if (containerRestartRulesGate && !containerRestartRules) return;
  const supported = containerRestartRules ? CONTAINER_RESTART_POLICIES : INIT_CONTAINER_RESTART_POLICIES;
  if (supported.includes(restartPolicy)) return;
  errors.notSupported([...ref.path, "restartPolicy"], restartPolicy, supported, {
    why: containerRestartRules ? "An init container takes Always (a sidecar), OnFailure or Never." : "On an init container, `restartPolicy: Always` makes it a sidecar; nothing else is accepted before Kubernetes 1.35."
  });
}
function checkRegularRestartPolicy(container, ref, errors) {
  if (errors.features.containerRestartRulesGate && !errors.features.containerRestartRules) return;
  if (!errors.features.containerRestartRules) {
    if (isSet(container, "restartPolicy")) {
      errors.forbidden([...ref.path, "restartPolicy"], "may not be set for non-init containers", {
        why: "Before Kubernetes 1.34 only init containers take a restartPolicy (Always, for a sidecar); a DaemonSet restarts its containers anyway. Remove it."
      });
    }
    return;
  }
  const policy = stringOf(container.restartPolicy);
  if (policy !== void 0 && !CONTAINER_RESTART_POLICIES.includes(policy)) errors.notSupported([...ref.path, "restartPolicy"], policy, CONTAINER_RESTART_POLICIES);
  const rules = asArray(container.restartPolicyRules);
  if (rules.length > 20) errors.tooMany([...ref.path, "restartPolicyRules"], rules.length, 20);
  rules.forEach((raw, index) => {
    const rule = asRecord(raw);
    if (!rule) return;
    const at2 = [...ref.path, "restartPolicyRules", index];
    const action = stringOf(rule.action) ?? "";
    if (action !== "Restart") errors.notSupported([...at2, "action"], action, ["Restart"], { node: "action" in rule ? [...at2, "action"] : at2 });
    const exitCodes = asRecord(rule.exitCodes);
    if (!exitCodes) {
      errors.required([...at2, "exitCodes"], "must be specified", { node: at2 });
      return;
    }
    const operator = stringOf(exitCodes.operator) ?? "";
    if (operator !== "In" && operator !== "NotIn") errors.notSupported([...at2, "exitCodes", "operator"], operator, ["In", "NotIn"], { node: "operator" in exitCodes ? [...at2, "exitCodes", "operator"] : [...at2, "exitCodes"] });
    const values = asArray(exitCodes.values);
    if (values.length > 255) errors.tooMany([...at2, "exitCodes", "values"], values.length, 255);
  });
}
function checkResizePolicy(raw, ref, errors) {
  const policies = asArray(raw);
  if (policies.length === 0) return;
  const path2 = [...ref.path, "resizePolicy"];
  const seen = /* @__PURE__ */ new Set();
  policies.forEach((item, index) => {
    const policy = asRecord(item);
    if (!policy) return;
    const name = stringOf(policy.resourceName) ?? "";
    const node = [...path2, index];
    if (seen.has(name)) errors.duplicate([...path2, index], name, { node });
    seen.add(name);
    if (name === "") errors.required(path2, "", { node });
    else if (!RESIZE_RESOURCES.includes(name)) errors.notSupported(path2, name, RESIZE_RESOURCES, { node: [...node, "resourceName"] });
    const restart = stringOf(policy.restartPolicy) ?? "";
    if (restart === "") errors.required(path2, "", { node });
    else if (!RESIZE_RESTART_POLICIES.includes(restart)) errors.notSupported(path2, restart, RESIZE_RESTART_POLICIES, { node: [...node, "restartPolicy"] });
  });
}
var HOOKS = ["postStart", "preStop"];
var PROBE_COUNTS = ["initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"];
function checkHooksAndProbes(container, ref, podSpec, errors) {
  const lifecycle = asRecord(container.lifecycle);
  if (lifecycle) {
    for (const hook of HOOKS) {
      const handler = asRecord(lifecycle[hook]);
      if (!handler) continue;
      if (!errors.features.sleepAction && isSet(handler, "sleep") && Object.keys(handler).filter((k) => isSet(handler, k)).length === 1) continue;
      const types = errors.features.sleepAction ? ["exec", "httpGet", "tcpSocket", "sleep"] : ["exec", "httpGet", "tcpSocket"];
      checkHandler(handler, types, ref, ["lifecycle", hook], podSpec, errors);
    }
  }
  for (const kind of PROBES) {
    const probe = asRecord(container[kind]);
    if (probe) checkProbe(probe, kind, ref, podSpec, errors);
  }
}
function checkProbe(probe, kind, ref, podSpec, errors) {
  const prefix = [kind];
  checkHandler(probe, PROBE_HANDLERS, ref, prefix, podSpec, errors);
  for (const key of PROBE_COUNTS) {
    const value = int32Of(probe[key]);
    if (value !== void 0 && value < 0) errors.invalid(below(ref, prefix, key), value, IS_NEGATIVE_ERROR_MSG);
  }
  const gracePeriod = int64Of(probe.terminationGracePeriodSeconds);
  if (gracePeriod !== void 0 && gracePeriod <= 0) errors.invalid(below(ref, prefix, "terminationGracePeriodSeconds"), gracePeriod, "must be greater than 0");
  if (kind === "readinessProbe") {
    if (gracePeriod !== void 0) {
      errors.invalid(below(ref, prefix, "terminationGracePeriodSeconds"), gracePeriod, "must not be set for readinessProbes", {
        why: "A failed readiness probe takes the pod out of service without killing it, so no grace period applies."
      });
    }
  } else {
    const successThreshold = int32Of(probe.successThreshold);
    if (successThreshold !== void 0 && successThreshold !== 0 && successThreshold !== 1) {
      errors.invalid(below(ref, prefix, "successThreshold"), successThreshold, "must be 1", { why: `A ${kind} passes on its first success: successThreshold can only be 1.` });
    }
  }
}
function checkHandler(handler, types, ref, prefix, podSpec, errors) {
  let count = 0;
  for (const type of types) {
    if (!isSet(handler, type)) continue;
    if (count > 0) {
      errors.forbidden(below(ref, prefix, type), "may not specify more than 1 handler type", { why: "A probe or hook runs one action: keep one of exec, httpGet, tcpSocket, grpc or sleep." });
      continue;
    }
    count++;
    const action = asRecord(handler[type]);
    if (!action) continue;
    if (type === "exec") {
      if (asArray(action.command).length === 0) errors.required(below(ref, prefix, type, "command"), "", { node: "command" in action ? below(ref, prefix, type, "command") : below(ref, prefix, type) });
    } else if (type === "httpGet" || type === "tcpSocket" || type === "grpc") {
      checkPortNumOrName(action, ref, prefix, type, errors);
      if (type === "httpGet") {
        const scheme = stringOf(action.scheme);
        if (scheme && !HTTP_SCHEMES.includes(scheme)) errors.notSupported(below(ref, prefix, type, "scheme"), scheme, HTTP_SCHEMES);
        asArray(action.httpHeaders).forEach((raw, index) => {
          const header = asRecord(raw);
          if (!header) return;
          const name = stringOf(header.name) ?? "";
          for (const message of isHTTPHeaderName(name)) {
            errors.invalid(below(ref, prefix, type, "httpHeaders"), name, message, { node: "name" in header ? below(ref, prefix, type, "httpHeaders", index, "name") : below(ref, prefix, type, "httpHeaders", index) });
          }
        });
      }
    } else if (type === "sleep") {
      checkSleep(action, ref, prefix, podSpec, errors);
    }
  }
  if (count === 0) errors.required(below(ref, prefix), "must specify a handler type", { why: "A probe or hook needs one action: exec, httpGet, tcpSocket, grpc (probes) or sleep (hooks)." });
}
function checkSleep(action, ref, prefix, podSpec, errors) {
  const seconds = int64Of(action.seconds) ?? 0;
  const grace = int64Of(podSpec.terminationGracePeriodSeconds) ?? DEFAULT_TERMINATION_GRACE_PERIOD;
  const why = "A preStop or postStart sleep must end within the pod's terminationGracePeriodSeconds (30 unless set), or the kubelet kills it first.";
  if (errors.features.sleepZero) {
    if (seconds < 0 || seconds > grace) errors.invalid(below(ref, prefix, "sleep"), seconds, `must be non-negative and less than terminationGracePeriodSeconds (${grace})`, { node: below(ref, prefix, "sleep", "seconds"), why });
  } else if (seconds <= 0 || seconds > grace) {
    const extra = errors.features.minor >= 32 ? ". Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep." : "";
    errors.invalid(below(ref, prefix, "sleep"), seconds, `must be greater than 0 and less than terminationGracePeriodSeconds (${grace})${extra}`, {
      node: "seconds" in action ? below(ref, prefix, "sleep", "seconds") : below(ref, prefix, "sleep"),
      why
    });
  }
}
function checkPortNumOrName(action, ref, prefix, type, errors) {
  const port = action.port;
  const path2 = below(ref, prefix, type, "port");
  const node = "port" in action ? path2 : below(ref, prefix, type);
  if (typeof port === "string" && type !== "grpc") {
    for (const message of isValidPortName(port)) errors.invalid(path2, port, message, { node });
    return;
  }
  const number = port === void 0 ? 0 : int32Of(port);
  if (number === void 0) return;
  for (const message of isValidPortNum(number)) errors.invalid(path2, number, message, { node });
}

// src/k8s/memoize.ts
function memoize(compute, max = 1024) {
  const results = /* @__PURE__ */ new Map();
  return (key) => {
    const cached = results.get(key);
    if (cached !== void 0) return cached ?? void 0;
    const own = typeof key === "string" ? ownString(key) : key;
    const value = compute(own);
    if (results.size >= max) results.clear();
    results.set(own, value === void 0 ? null : value);
    return value;
  };
}
function memoizeByObject(compute) {
  const results = /* @__PURE__ */ new WeakMap();
  return (key) => {
    let entry = results.get(key);
    if (entry === void 0) results.set(key, entry = { value: compute(key) });
    return entry.value;
  };
}

// src/k8s/quantity.ts
var ZERO = Object.freeze({ sign: 0, coefficient: 0n, exponent: 0 });
var NANO_EXPONENT = -9;
var MAX_BINARY = 2n ** 63n - 1n;
var DECIMAL_SUFFIXES = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
var BINARY_SUFFIXES = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
var QUANTITY = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(.*)$/s;
var EXPONENT_SUFFIX = /^[eE]([+-]?[0-9]+)$/;
var INT64_MIN2 = -(2n ** 63n);
var INT64_MAX2 = 2n ** 63n - 1n;
var GO_SPACE = "[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
var SURROUNDING_SPACE = new RegExp(`^${GO_SPACE}+|${GO_SPACE}+$`, "g");
function parseQuantity(value) {
  if (typeof value !== "string" && typeof value !== "number") {
    return typeof value === "bigint" ? parseQuantityText(String(value)) : void 0;
  }
  return parseWritten(value);
}
var parseWritten = memoize((value) => {
  if (typeof value === "string") return parseQuantityText(value.replace(SURROUNDING_SPACE, ""));
  return Number.isFinite(value) ? parseQuantityText(String(value)) : void 0;
});
function parseQuantityText(text2) {
  const match = QUANTITY.exec(text2);
  if (!match) return void 0;
  const [, signText, whole, fraction = "", suffix] = match;
  if (whole.length + fraction.length === 0) return void 0;
  const digits = BigInt(`${whole}${fraction}` || "0");
  const negative = signText === "-";
  const binary = BINARY_SUFFIXES[suffix];
  if (binary !== void 0) return binaryQuantity(negative, digits, fraction.length, binary);
  let exponent = DECIMAL_SUFFIXES[suffix];
  if (exponent === void 0) {
    const e = EXPONENT_SUFFIX.exec(suffix);
    if (!e) return void 0;
    const parsed = BigInt(e[1]);
    if (parsed < INT64_MIN2 || parsed > INT64_MAX2) return void 0;
    exponent = Number(BigInt.asIntN(32, parsed));
  }
  return decimalQuantity(negative, digits, exponent - fraction.length);
}
function decimalQuantity(negative, digits, exponent) {
  if (digits === 0n) return ZERO;
  if (exponent < NANO_EXPONENT) {
    const shift = NANO_EXPONENT - exponent;
    digits = digitCount(digits) <= shift ? 1n : ceilDiv(digits, 10n ** BigInt(shift));
    exponent = NANO_EXPONENT;
  }
  return normalized(negative, digits, exponent);
}
function binaryQuantity(negative, digits, fractionDigits, power) {
  if (digits === 0n) return ZERO;
  let nanos = ceilDiv(digits * (1n << BigInt(power)) * 10n ** 9n, 10n ** BigInt(fractionDigits));
  if (nanos > MAX_BINARY * 10n ** 9n) nanos = MAX_BINARY * 10n ** 9n;
  return normalized(negative, nanos, NANO_EXPONENT);
}
function normalized(negative, coefficient, exponent) {
  while (coefficient % 10n === 0n) {
    coefficient /= 10n;
    exponent++;
  }
  return Object.freeze({ sign: negative ? -1 : 1, coefficient, exponent });
}
function compareQuantities(a, b) {
  if (a.sign !== b.sign) return a.sign < b.sign ? -1 : 1;
  if (a.sign === 0) return 0;
  const magnitude = compareMagnitudes(a, b);
  return a.sign === 1 || magnitude === 0 ? magnitude : magnitude === 1 ? -1 : 1;
}
function compareMagnitudes(a, b) {
  if (a.exponent === b.exponent) return a.coefficient === b.coefficient ? 0 : a.coefficient < b.coefficient ? -1 : 1;
  const aLead = digitCount(a.coefficient) + a.exponent;
  const bLead = digitCount(b.coefficient) + b.exponent;
  if (aLead !== bLead) return aLead < bLead ? -1 : 1;
  const shift = a.exponent - b.exponent;
  const aAligned = shift > 0 ? a.coefficient * 10n ** BigInt(shift) : a.coefficient;
  const bAligned = shift < 0 ? b.coefficient * 10n ** BigInt(-shift) : b.coefficient;
  return aAligned === bAligned ? 0 : aAligned < bAligned ? -1 : 1;
}
function digitCount(n) {
  return n.toString().length;
}
function ceilDiv(n, d) {
  return (n + d - 1n) / d;
}
function scaledValue(quantity, scale) {
  if (quantity.sign === 0) return 0n;
  const exponent = quantity.exponent + scale;
  const limit = scale > 3 ? INT64_MAX2 * 10n ** BigInt(scale) : INT64_MAX2;
  let magnitude;
  if (exponent >= 0) {
    magnitude = digitCount(quantity.coefficient) + exponent > 40 ? limit : quantity.coefficient * 10n ** BigInt(exponent);
  } else {
    const divisor = 10n ** BigInt(-exponent);
    magnitude = quantity.sign === 1 ? ceilDiv(quantity.coefficient, divisor) : quantity.coefficient / divisor;
  }
  if (magnitude > limit) magnitude = limit;
  return quantity.sign === -1 ? -magnitude : magnitude;
}
function schedulerUnits(nanos, resource) {
  const divisor = countsInMilli(resource) ? 1000000n : 1000000000n;
  return nanos <= 0n ? -(-nanos / divisor) : ceilDiv(nanos, divisor);
}
function countsInMilli(resource) {
  return resource === "cpu";
}
var BINARY_DISPLAY = [
  [2n ** 60n, "Ei"],
  [2n ** 50n, "Pi"],
  [2n ** 40n, "Ti"],
  [2n ** 30n, "Gi"],
  [2n ** 20n, "Mi"],
  [2n ** 10n, "Ki"]
];
var DECIMAL_DISPLAY = [
  [10n ** 18n, "E"],
  [10n ** 15n, "P"],
  [10n ** 12n, "T"],
  [10n ** 9n, "G"],
  [10n ** 6n, "M"],
  [10n ** 3n, "k"]
];
function formatAmount(amount, resource) {
  if (countsInMilli(resource)) return amount % 1000n === 0n ? String(amount / 1000n) : `${amount}m`;
  if (amount === 0n) return "0";
  const magnitude = amount < 0n ? -amount : amount;
  for (const table of [BINARY_DISPLAY, DECIMAL_DISPLAY]) {
    for (const [unit, suffix] of table) {
      if (magnitude >= unit && magnitude % unit === 0n) return `${amount / unit}${suffix}`;
    }
  }
  return String(amount);
}
function percentOf(part, whole) {
  return whole <= 0n ? 0 : Number(part * 100n / whole);
}

// src/rules/api-validation/quantities.ts
function canonicalQuantity(q, written) {
  const format = formatOf(written);
  const sign = q.sign < 0 ? "-" : "";
  if (q.sign === 0) return "0";
  if (format === "binary" && q.exponent >= 0) {
    const value = q.coefficient * 10n ** BigInt(q.exponent);
    if (value >= 1024n) {
      let mantissa2 = value;
      let power = 0;
      while (power < BINARY_SUFFIXES2.length - 1 && mantissa2 % 1024n === 0n) {
        mantissa2 /= 1024n;
        power++;
      }
      return `${sign}${mantissa2}${BINARY_SUFFIXES2[power]}`;
    }
  }
  let mantissa = q.coefficient;
  let exponent = q.exponent;
  while (exponent % 3 !== 0) {
    mantissa *= 10n;
    exponent--;
  }
  if (format === "exponent") return exponent === 0 ? `${sign}${mantissa}` : `${sign}${mantissa}e${exponent}`;
  while (exponent < 18 && mantissa % 1000n === 0n) {
    mantissa /= 1000n;
    exponent += 3;
  }
  while (exponent > 18) {
    mantissa *= 1000n;
    exponent -= 3;
  }
  return `${sign}${mantissa}${DECIMAL_SUFFIXES2[exponent]}`;
}
var BINARY_SUFFIXES2 = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"];
var DECIMAL_SUFFIXES2 = { [-9]: "n", [-6]: "u", [-3]: "m", 0: "", 3: "k", 6: "M", 9: "G", 12: "T", 15: "P", 18: "E" };
function formatOf(written) {
  if (typeof written !== "string") return "decimal";
  const text2 = written.trim();
  if (/[KMGTPE]i$/.test(text2)) return "binary";
  if (/[0-9.][eE][+-]?[0-9]+$/.test(text2)) return "exponent";
  return "decimal";
}

// src/rules/api-validation/env.ts
var ENV_FIELD_PATHS = ["metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"];
var VOLUME_FIELD_PATHS = ["metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid"];
var CONVERTIBLE_FIELD_PATHS = /* @__PURE__ */ new Set([
  "metadata.annotations",
  "metadata.labels",
  "metadata.name",
  "metadata.namespace",
  "metadata.uid",
  "spec.nodeName",
  "spec.restartPolicy",
  "spec.serviceAccountName",
  "spec.schedulerName",
  "status.phase",
  "status.hostIP",
  "status.hostIPs",
  "status.podIP",
  "status.podIPs",
  "spec.host"
]);
var RESOURCE_FIELDS = ["limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage", "requests.memory"];
var CPU_DIVISORS = /* @__PURE__ */ new Set(["1m", "1"]);
var MEMORY_DIVISORS = /* @__PURE__ */ new Set(["1", "1k", "1M", "1G", "1T", "1P", "1E", "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei"]);
var MEMORY_DIVISOR_LIST = "1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei";
function envNameErrors(name, errors) {
  return errors.features.relaxedEnvNames ? isRelaxedEnvVarName(name) : isEnvVarName(name);
}
var ENV_NAME_WHY_STRICT = "Before Kubernetes 1.32 an environment variable name may hold letters, digits, _, - and . only, and not start with a digit.";
var ENV_NAME_WHY_RELAXED = "An environment variable name may hold any printable ASCII character but =.";
function checkEnv(ref, errors) {
  asArray(ref.container.env).forEach((raw, index) => {
    const env = asRecord(raw);
    if (!env) return;
    const at2 = [...ref.path, "env", index];
    const name = stringOf(env.name) ?? "";
    if (name === "") errors.required([...at2, "name"], "", { node: "name" in env ? [...at2, "name"] : at2 });
    else {
      const why = errors.features.relaxedEnvNames ? ENV_NAME_WHY_RELAXED : ENV_NAME_WHY_STRICT;
      for (const message of envNameErrors(name, errors)) errors.invalid([...at2, "name"], name, message, { why });
    }
    const valueFrom = asRecord(env.valueFrom);
    if (valueFrom) checkValueFrom(valueFrom, stringOf(env.value) ?? "", [...at2, "valueFrom"], errors);
  });
}
function checkValueFrom(valueFrom, value, path2, errors) {
  const sources = ["fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef", ...errors.features.envFiles ? ["fileKeyRef"] : []];
  let count = 0;
  for (const source of sources) {
    const record = asRecord(valueFrom[source]);
    if (!record) continue;
    count++;
    const at2 = [...path2, source];
    if (source === "fieldRef") checkObjectFieldSelector(record, at2, ENV_FIELD_PATHS, errors);
    else if (source === "resourceFieldRef") checkResourceFieldSelector(record, at2, false, errors);
    else if (source === "fileKeyRef") checkFileKeySelector(record, at2, errors);
    else checkKeySelector(record, at2, errors);
  }
  const why = "valueFrom takes exactly one source (fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef), and then no value.";
  if (value !== "" && count !== 0) errors.invalid(path2, "", "may not be specified when `value` is not empty", { why });
  else if (count === 0) {
    const list = errors.features.envFiles ? "`fieldRef`, `resourceFieldRef`, `configMapKeyRef`, `secretKeyRef` or `fileKeyRef`" : "`fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`";
    errors.invalid(path2, "", `must specify one of: ${list}`, { why });
  } else if (count > 1) errors.invalid(path2, "", "may not have more than one field specified at a time", { why });
}
function checkObjectFieldSelector(selector, path2, supported, errors, reportedAt = path2) {
  const fieldPath3 = stringOf(selector.fieldPath) ?? "";
  const node = "fieldPath" in selector ? [...path2, "fieldPath"] : path2;
  if (fieldPath3 === "") {
    errors.required([...reportedAt, "fieldPath"], "", { node });
    return;
  }
  const apiVersion = stringOf(selector.apiVersion) || "v1";
  if (apiVersion !== "v1") {
    errors.invalid([...reportedAt, "fieldPath"], fieldPath3, `error converting fieldPath: unsupported pod version: ${apiVersion}`, { node });
    return;
  }
  const subscript = /^([^[]+)\['([^']*)'\]$/.exec(fieldPath3) ?? /^([^[]+)\[([^\]]*)\]$/.exec(fieldPath3);
  let base = fieldPath3;
  if (subscript) {
    base = subscript[1];
    if (base !== "metadata.annotations" && base !== "metadata.labels") {
      errors.invalid([...reportedAt, "fieldPath"], fieldPath3, `error converting fieldPath: field label does not support subscript: ${fieldPath3}`, { node });
      return;
    }
    const key = base === "metadata.annotations" ? subscript[2].toLowerCase() : subscript[2];
    for (const message of labelKeyErrors(key)) errors.invalid(reportedAt, subscript[2], message, { node });
    return;
  }
  if (!CONVERTIBLE_FIELD_PATHS.has(fieldPath3)) {
    errors.invalid([...reportedAt, "fieldPath"], fieldPath3, `error converting fieldPath: field label not supported: ${fieldPath3}`, { node });
    return;
  }
  const converted = fieldPath3 === "spec.host" ? "spec.nodeName" : fieldPath3;
  if (!supported.includes(converted)) errors.notSupported([...reportedAt, "fieldPath"], fieldPath3, supported, { node });
}
function checkResourceFieldSelector(selector, path2, volume, errors) {
  if (volume && (stringOf(selector.containerName) ?? "") === "") {
    errors.required([...path2, "containerName"], "", { node: "containerName" in selector ? [...path2, "containerName"] : path2 });
    return;
  }
  const resource = stringOf(selector.resource) ?? "";
  const node = "resource" in selector ? [...path2, "resource"] : path2;
  if (resource === "") {
    errors.required([...path2, "resource"], "", { node });
    return;
  }
  const hugepages = resource.startsWith("requests.hugepages-") || resource.startsWith("limits.hugepages-");
  if (!RESOURCE_FIELDS.includes(resource) && !hugepages) {
    errors.notSupported([...path2, "resource"], resource, RESOURCE_FIELDS, { node });
    return;
  }
  const divisor = parseQuantity(selector.divisor);
  if (divisor === void 0 || divisor.sign === 0) return;
  const canonical2 = canonicalQuantity(divisor, selector.divisor);
  const kind = resource.endsWith(".cpu") ? "cpu" : resource.endsWith(".memory") ? "memory" : hugepages ? "hugepages" : "local ephemeral storage";
  const allowed = kind === "cpu" ? CPU_DIVISORS : MEMORY_DIVISORS;
  if (allowed.has(canonical2)) return;
  const detail = kind === "cpu" ? "only divisor's values 1m and 1 are supported with the cpu resource" : `only divisor's values ${MEMORY_DIVISOR_LIST} are supported with the ${kind} resource`;
  errors.invalid([...path2, "divisor"], resource, detail);
}
function checkKeySelector(selector, path2, errors) {
  const name = stringOf(selector.name) ?? "";
  for (const message of nameIsDNSSubdomain(name)) errors.invalid([...path2, "name"], name, message, { node: "name" in selector ? [...path2, "name"] : path2 });
  const key = stringOf(selector.key) ?? "";
  const node = "key" in selector ? [...path2, "key"] : path2;
  if (key === "") errors.required([...path2, "key"], "", { node });
  else for (const message of isConfigMapKey(key)) errors.invalid([...path2, "key"], key, message, { node });
}
function checkFileKeySelector(selector, path2, errors) {
  for (const field2 of ["volumeName", "path", "key"]) {
    const value = stringOf(selector[field2]) ?? "";
    if (value === "") errors.required([...path2, field2], "", { node: field2 in selector ? [...path2, field2] : path2 });
  }
  const target = stringOf(selector.path) ?? "";
  if (target.startsWith("/")) errors.invalid([...path2, "path"], target, "must be a relative path");
  if (target.split("/").includes("..")) errors.invalid([...path2, "path"], target, "must not contain '..'");
}
function checkEnvFrom(ref, errors) {
  const path2 = [...ref.path, "envFrom"];
  asArray(ref.container.envFrom).forEach((raw, index) => {
    const source = asRecord(raw);
    if (!source) return;
    const at2 = [...path2, index];
    const prefix = stringOf(source.prefix) ?? "";
    if (prefix !== "") for (const message of envNameErrors(prefix, errors)) errors.invalid([...at2, "prefix"], prefix, message);
    const refs = ["configMapRef", "secretRef"].filter((k) => asRecord(source[k]));
    const why = "Each envFrom entry takes exactly one of configMapRef and secretRef.";
    if (refs.length === 0) errors.invalid(path2, "", "must specify one of: `configMapRef` or `secretRef`", { node: at2, why });
    else if (refs.length > 1) errors.invalid(path2, "", "may not have more than one field specified at a time", { node: at2, why });
    for (const key of refs) {
      const record = asRecord(source[key]);
      const name = stringOf(record.name) ?? "";
      const node = "name" in record ? [...at2, key, "name"] : [...at2, key];
      if (name === "") errors.required([...at2, key, "name"], "", { node });
      else for (const message of nameIsDNSSubdomain(name, true)) errors.invalid([...at2, key, "name"], name, message, { node });
    }
  });
}

// src/rules/api-validation/metadata.ts
var STANDARD_FINALIZERS = /* @__PURE__ */ new Set(["kubernetes", "orphan", "foregroundDeletion"]);
var MANAGED_FIELDS_OPERATIONS = /* @__PURE__ */ new Set(["Apply", "Update"]);
function checkMetadata(daemonSet, errors) {
  const root = asRecord(daemonSet);
  const rawMetadata = root?.metadata;
  if (rawMetadata !== void 0 && !asRecord(rawMetadata)) return;
  const metadata = asRecord(rawMetadata) ?? {};
  const generateName = stringOf(metadata.generateName);
  if (generateName) {
    for (const message of nameIsDNSSubdomain(generateName, true)) errors.invalid(["metadata", "generateName"], generateName, message, { why: NAME_WHY });
  }
  const name = metadata.name;
  if (name === void 0 || name === "") {
    if (!generateName) {
      errors.required(["metadata", "name"], "name or generateName is required", {
        node: "name" in metadata ? ["metadata", "name"] : rawMetadata !== void 0 ? ["metadata"] : ["kind"],
        why: "Every object needs a name: set metadata.name (or metadata.generateName, for `kubectl create` only)."
      });
    }
  } else if (typeof name === "string") {
    for (const message of nameIsDNSSubdomain(name)) errors.invalid(["metadata", "name"], name, message, { why: NAME_WHY });
  }
  const namespace = stringOf(metadata.namespace);
  if (namespace) {
    for (const message of nameIsDNSLabel(namespace)) {
      errors.invalid(["metadata", "namespace"], namespace, message, { why: "Namespace names are DNS labels: lower case letters, digits and -, at most 63." });
    }
  }
  checkLabels(metadata.labels, ["metadata", "labels"], errors);
  checkAnnotations(metadata.annotations, ["metadata", "annotations"], errors);
  checkFinalizers(metadata.finalizers, errors);
  checkOwnerReferences(metadata.ownerReferences, errors);
  checkManagedFields(metadata.managedFields, errors);
}
var NAME_WHY = "A DaemonSet name is a DNS subdomain: lower case letters, digits, - and ., starting and ending with a letter or digit, at most 253.";
function checkFinalizers(finalizers, errors) {
  const list = asArray(finalizers);
  if (list.length === 0) return;
  const path2 = ["metadata", "finalizers"];
  const names = /* @__PURE__ */ new Set();
  list.forEach((raw, index) => {
    if (typeof raw !== "string") return;
    names.add(raw);
    const messages2 = labelKeyErrors(raw);
    for (const message of messages2) errors.invalid(path2, raw, message, { node: [...path2, index] });
    if (messages2.length === 0 && !raw.includes("/") && !STANDARD_FINALIZERS.has(raw)) {
      errors.invalid([...path2, index], raw, "name is neither a standard finalizer name nor is it fully qualified", {
        why: "A finalizer is one of kubernetes, orphan, foregroundDeletion, or a domain-qualified name such as example.com/cleanup."
      });
    }
  });
  if (names.has("orphan") && names.has("foregroundDeletion")) {
    errors.invalid(path2, list, "finalizer orphan and foregroundDeletion cannot be both set", { node: path2 });
  }
}
function checkOwnerReferences(references, errors) {
  const list = asArray(references);
  if (list.length === 0) return;
  const path2 = ["metadata", "ownerReferences"];
  const controllers = [];
  list.forEach((raw, index) => {
    const reference = asRecord(raw);
    if (!reference) return;
    const at2 = [...path2, index];
    const apiVersion = stringOf(reference.apiVersion) ?? "";
    const kind = stringOf(reference.kind) ?? "";
    const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
    const version = apiVersion.includes("/") ? apiVersion.slice(apiVersion.indexOf("/") + 1) : apiVersion;
    if (version === "") errors.invalid([...path2, "apiVersion"], apiVersion, "version must not be empty", { node: nodeOf(reference, at2, "apiVersion") });
    if (kind === "") errors.invalid([...path2, "kind"], kind, "must not be empty", { node: nodeOf(reference, at2, "kind") });
    const name = stringOf(reference.name) ?? "";
    if (name === "") errors.invalid([...path2, "name"], name, "must not be empty", { node: nodeOf(reference, at2, "name") });
    const uid = stringOf(reference.uid) ?? "";
    if (uid === "") errors.invalid([...path2, "uid"], uid, "must not be empty", { node: nodeOf(reference, at2, "uid") });
    if (group === "" && version === "v1" && kind === "Event") {
      errors.invalid(path2, reference, "/v1, Kind=Event is disallowed from being an owner", { node: at2 });
    }
    if (reference.controller === true) controllers.push(`${kind}/${name}`);
  });
  if (controllers.length > 1) {
    errors.invalid(path2, list, `Only one reference can have Controller set to true. Found "true" in references for ${controllers[0]} and ${controllers[1]}`, {
      node: path2
    });
  }
}
function nodeOf(record, at2, key) {
  return key in record ? [...at2, key] : at2;
}
function checkManagedFields(managedFields, errors) {
  asArray(managedFields).forEach((raw, index) => {
    const entry = asRecord(raw);
    if (!entry) return;
    const at2 = ["metadata", "managedFields", index];
    const operation = stringOf(entry.operation) ?? "";
    if (!MANAGED_FIELDS_OPERATIONS.has(operation)) errors.invalid([...at2, "operation"], operation, "must be `Apply` or `Update`", { node: nodeOf(entry, at2, "operation") });
    const fieldsType = stringOf(entry.fieldsType) ?? "";
    if (fieldsType !== "FieldsV1") errors.invalid([...at2, "fieldsType"], fieldsType, "must be `FieldsV1`", { node: nodeOf(entry, at2, "fieldsType") });
    const manager = stringOf(entry.manager) ?? "";
    if (manager.length > 128) errors.tooLong([...at2, "manager"], 128);
    const unprintable = [...manager].findIndex((c) => /[\p{C}]/u.test(c));
    if (unprintable !== -1) {
      const c = [...manager][unprintable];
      const code = c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0");
      errors.invalid([...at2, "manager"], manager, `invalid character U+${code} (at position ${unprintable})`);
    }
    const subresource = stringOf(entry.subresource) ?? "";
    if (subresource.length > 256) errors.tooLong([...at2, "subresource"], 256);
  });
}

// src/rules/api-validation/tolerations.ts
var OPERATORS = ["Equal", "Exists"];
var EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"];
function checkTolerations(podSpec, errors) {
  const tolerations = podSpec.tolerations;
  if (Array.isArray(tolerations)) checkTolerationList(tolerations, [...POD_SPEC_PATH, "tolerations"], errors);
}
function checkTolerationList(tolerations, base, errors, node) {
  const path2 = (index, field2) => field2 === void 0 ? [...base, index] : [...base, index, field2];
  const where2 = (p) => node ?? p;
  for (let index = 0; index < tolerations.length; index++) {
    const toleration = asRecord(tolerations[index]);
    if (!toleration) continue;
    const key = toleration.key;
    const operator = toleration.operator;
    const value = toleration.value;
    const effect = toleration.effect;
    if (!stringOrUnset(key) || !stringOrUnset(operator) || !stringOrUnset(value) || !stringOrUnset(effect)) continue;
    const operatorText = stringOf(operator) ?? "";
    const effectText = stringOf(effect) ?? "";
    if (typeof key === "string" && key !== "") {
      for (const message of labelKeyErrors(key)) errors.invalid(path2(index, "key"), key, message, { node: where2(path2(index, "key")) });
    }
    if (!key && operatorText !== "Exists") {
      errors.invalid(path2(index, "operator"), operatorText, 'operator must be Exists when `key` is empty, which means "match all values and all keys"', {
        node: where2(operator === void 0 ? path2(index) : path2(index, "operator")),
        why: "A toleration without a key matches every taint, which only `operator: Exists` can express. Name the taint's key, or use Exists."
      });
    }
    if (isSet(toleration, "tolerationSeconds") && effectText !== "NoExecute") {
      errors.invalid(path2(index, "effect"), effectText, "effect must be 'NoExecute' when `tolerationSeconds` is set", {
        node: where2(effect === void 0 ? path2(index, "tolerationSeconds") : path2(index, "effect")),
        at: node || effect !== void 0 ? "value" : "key",
        why: "tolerationSeconds is how long a pod stays on a node after a NoExecute taint appears; with another effect it means nothing."
      });
    }
    if (operatorText === "" || operatorText === "Equal") {
      const valueText = stringOf(value) ?? "";
      const messages2 = labelValueErrors(valueText);
      if (messages2.length > 0) errors.invalid(path2(index, "operator"), valueText, messages2.join(";"), { node: where2(path2(index, "value")) });
    } else if (operatorText === "Exists") {
      if (value) {
        errors.invalid(path2(index, "operator"), value, "value must be empty when `operator` is 'Exists'", {
          node: where2(path2(index, "value")),
          why: "With `operator: Exists` the toleration matches any value of the key: remove the value, or use `operator: Equal`."
        });
      }
    } else {
      errors.notSupported(path2(index, "operator"), operatorText, OPERATORS, { node: where2(path2(index, "operator")) });
    }
    if (effectText && !EFFECTS.includes(effectText)) errors.notSupported(path2(index, "effect"), effectText, EFFECTS, { node: where2(path2(index, "effect")) });
  }
}
function stringOrUnset(field2) {
  return field2 === void 0 || field2 === null || typeof field2 === "string";
}

// src/rules/api-validation/pod-annotations.ts
var ANNOTATIONS = ["spec", "template", "metadata", "annotations"];
var MIRROR = "kubernetes.io/config.mirror";
var TOLERATIONS = "scheduler.alpha.kubernetes.io/tolerations";
var DELETION_COST = "controller.kubernetes.io/pod-deletion-cost";
var SECCOMP_POD = "seccomp.security.alpha.kubernetes.io/pod";
var SECCOMP_CONTAINER = "container.seccomp.security.alpha.kubernetes.io/";
var APPARMOR_CONTAINER = "container.apparmor.security.beta.kubernetes.io/";
function checkTemplateAnnotations(metadata, podSpec, containers, errors) {
  const annotations = asRecord(metadata?.annotations);
  if (!annotations) return;
  checkAnnotations(annotations, ANNOTATIONS, errors);
  const value = (key) => stringOf(annotations[key]);
  const node = (key) => [...ANNOTATIONS, key];
  const mirror = value(MIRROR);
  if (mirror !== void 0 && (stringOf(podSpec.nodeName) ?? "") === "") {
    errors.invalid(mapKey(ANNOTATIONS, MIRROR), mirror, "must set spec.nodeName if mirror pod annotation is set", { node: node(MIRROR) });
  }
  const tolerations = value(TOLERATIONS);
  if (tolerations) {
    let parsed;
    try {
      parsed = JSON.parse(tolerations);
    } catch (error) {
      errors.invalid(ANNOTATIONS, TOLERATIONS, error.message, { node: node(TOLERATIONS) });
    }
    if (Array.isArray(parsed)) checkTolerationList(parsed, [...ANNOTATIONS, TOLERATIONS], errors, node(TOLERATIONS));
  }
  const cost = value(DELETION_COST);
  if (cost !== void 0 && !isInt32Text(cost)) {
    errors.invalid(mapKey(ANNOTATIONS, DELETION_COST), cost, "must be a 32bit integer", { node: node(DELETION_COST), why: "The pod deletion cost is a whole number from -2147483648 to 2147483647, written without a + or leading zeros." });
  }
  const names = new Set(containers.map((ref) => ref.container.name).filter((n) => typeof n === "string"));
  for (const key of Object.keys(annotations)) {
    const text2 = value(key);
    if (text2 === void 0) continue;
    if (key === SECCOMP_POD || key.startsWith(SECCOMP_CONTAINER)) {
      for (const message of seccompAnnotationErrors(text2)) errors.invalid([...ANNOTATIONS, key], text2, message, { node: node(key) });
    } else if (key.startsWith(APPARMOR_CONTAINER)) {
      const container = key.slice(APPARMOR_CONTAINER.length);
      if (!names.has(container)) errors.invalid(mapKey(ANNOTATIONS, key), container, "container not found", { node: node(key), at: "key" });
      if (!isAppArmorProfile(text2)) errors.invalid(mapKey(ANNOTATIONS, key), text2, `invalid AppArmor profile name: ${JSON.stringify(text2)}`, { node: node(key) });
    }
  }
  checkSeccompAgreement(annotations, podSpec, containers, errors);
  if (errors.features.appArmorFields) checkAppArmorAgreement(annotations, podSpec, containers, errors);
}
function isInt32Text(text2) {
  if (!/^-?(0|[1-9][0-9]*)$/.test(text2)) return false;
  const n = Number(text2);
  return n >= -2147483648 && n <= 2147483647 && text2 !== "-0";
}
function seccompAnnotationErrors(value) {
  if (value === "runtime/default" || value === "docker/default" || value === "unconfined") return [];
  if (!value.startsWith("localhost/")) return ["must be a valid seccomp profile"];
  const profile = value.slice("localhost/".length);
  const out = [];
  if (profile.startsWith("/")) out.push("must be a relative path");
  if (profile.split("/").includes("..")) out.push("must not contain '..'");
  return out;
}
function isAppArmorProfile(value) {
  return value === "" || value === "runtime/default" || value === "unconfined" || value.startsWith("localhost/");
}
function seccompTypeOf(annotation) {
  if (annotation === "unconfined") return "Unconfined";
  if (annotation === "runtime/default" || annotation === "docker/default") return "RuntimeDefault";
  if (annotation.startsWith("localhost/")) return "Localhost";
  return void 0;
}
function checkSeccompAgreement(annotations, podSpec, containers, errors) {
  const compare2 = (annotation, profile, path2) => {
    if (annotation === void 0 || !profile) return;
    const type = stringOf(profile.type);
    const expected = seccompTypeOf(annotation);
    if (type === void 0 || expected === void 0) return;
    const why = "The deprecated seccomp annotation and the seccompProfile field disagree; delete the annotation.";
    if (type !== expected) errors.forbidden([...path2, "type"], "seccomp type in annotation and field must match", { why });
    else if (type === "Localhost" && stringOf(profile.localhostProfile) !== annotation.slice("localhost/".length)) {
      errors.forbidden([...path2, "localhostProfile"], "seccomp profile in annotation and field must match", { why });
    }
  };
  compare2(stringOf(annotations[SECCOMP_POD]), asRecord(asRecord(podSpec.securityContext)?.seccompProfile), [...POD_SPEC_PATH, "securityContext", "seccompProfile"]);
  for (const ref of containers) {
    if (typeof ref.container.name !== "string") continue;
    compare2(stringOf(annotations[`${SECCOMP_CONTAINER}${ref.container.name}`]), asRecord(asRecord(ref.container.securityContext)?.seccompProfile), [...ref.path, "securityContext", "seccompProfile"]);
  }
}
function appArmorTypeOf(annotation) {
  if (annotation === "unconfined") return "Unconfined";
  if (annotation === "runtime/default") return "RuntimeDefault";
  if (annotation.startsWith("localhost/")) return "Localhost";
  return void 0;
}
function checkAppArmorAgreement(annotations, podSpec, containers, errors) {
  if (stringOf(asRecord(podSpec.os)?.name) === "windows") return;
  const podProfile = asRecord(asRecord(podSpec.securityContext)?.appArmorProfile);
  for (const ref of containers) {
    if (typeof ref.container.name !== "string") continue;
    const annotation = stringOf(annotations[`${APPARMOR_CONTAINER}${ref.container.name}`]);
    if (annotation === void 0) continue;
    const own = asRecord(asRecord(ref.container.securityContext)?.appArmorProfile);
    const profile = own ?? podProfile;
    if (!profile) continue;
    const path2 = own ? [...ref.path, "securityContext", "appArmorProfile"] : [...POD_SPEC_PATH, "securityContext", "appArmorProfile"];
    const type = stringOf(profile.type);
    const expected = appArmorTypeOf(annotation);
    if (type === void 0 || expected === void 0) continue;
    const reported = [...ref.path, "securityContext", "appArmorProfile"];
    const why = "The deprecated AppArmor annotation and the appArmorProfile field disagree; delete the annotation.";
    if (type !== expected) errors.forbidden([...reported, "type"], "apparmor type in annotation and field must match", { node: [...path2, "type"], why });
    else if (type === "Localhost" && stringOf(profile.localhostProfile) !== annotation.slice("localhost/".length)) {
      errors.forbidden([...reported, "localhostProfile"], "apparmor profile in annotation and field must match", { node: [...path2, "type"], why });
    }
  }
}
function checkEphemeralContainers(podSpec, containers, errors) {
  const ephemeral = containers.filter((ref) => ref.list === "ephemeralContainers");
  if (asArray(podSpec.ephemeralContainers).length === 0) return;
  errors.forbidden([...POD_SPEC_PATH, "ephemeralContainers"], "ephemeral containers not allowed in pod template", {
    why: "Ephemeral containers are added to running pods for debugging (`kubectl debug`), never written in a template. Remove them."
  });
  const targets = new Set(containers.filter((ref) => ref.list !== "ephemeralContainers").map((ref) => ref.container.name));
  for (const ref of ephemeral) {
    const container = ref.container;
    for (const field2 of EPHEMERAL_FORBIDDEN) {
      const value = container[field2];
      if (value === void 0 || Array.isArray(value) && value.length === 0) continue;
      errors.forbidden([...ref.path, field2], "cannot be set for an Ephemeral Container");
    }
    const target = stringOf(container.targetContainerName);
    if (target && !targets.has(target)) errors.notFound([...ref.path, "targetContainerName"], target);
    asArray(container.volumeMounts).forEach((raw, index) => {
      const mount = asRecord(raw);
      for (const field2 of ["subPath", "subPathExpr"]) {
        if (mount && stringOf(mount[field2])) errors.forbidden([...ref.path, "volumeMounts", index, field2], "cannot be set for an Ephemeral Container");
      }
    });
  }
}
var EPHEMERAL_FORBIDDEN = ["lifecycle", "livenessProbe", "ports", "readinessProbe", "resources", "resizePolicy", "startupProbe"];

// src/rules/api-validation/pod-spec.ts
var DNS_POLICIES = ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"];
var PREEMPTION_POLICIES = ["PreemptLowerPriority", "Never"];
var NON_NEGATIVE_SPEC_FIELDS = ["minReadySeconds", "revisionHistoryLimit"];
var SUBDOMAIN_NAME_FIELDS = ["serviceAccountName", "nodeName", "priorityClassName"];
var LABEL_NAME_FIELDS = ["hostname", "subdomain"];
var OS_NAMES = ["linux", "windows"];
var MAX_DNS_NAMESERVERS = 3;
var MAX_DNS_SEARCH_PATHS = 32;
var MAX_DNS_SEARCH_LIST_CHARS = 2048;
function at(...rest) {
  return [...POD_SPEC_PATH, ...rest];
}
function checkDaemonSetSpec(daemonSet, errors) {
  const root = asRecord(daemonSet);
  const spec = asRecord(root?.spec);
  for (const key of NON_NEGATIVE_SPEC_FIELDS) {
    const value = int32Of(spec?.[key]);
    if (value !== void 0 && value < 0) errors.invalid(["spec", key], value, IS_NEGATIVE_ERROR_MSG);
  }
  const template = spec?.template;
  if (template !== void 0 && !asRecord(template)) return;
  const podSpec = asRecord(template)?.spec;
  if (podSpec === void 0) {
    errors.required(at("containers"), "", { node: spec && "template" in spec ? ["spec", "template"] : spec ? ["spec"] : ["kind"], why: CONTAINERS_WHY });
    return;
  }
  const record = asRecord(podSpec);
  if (!record) return;
  if (isSet(record, "activeDeadlineSeconds")) {
    errors.forbidden(at("activeDeadlineSeconds"), "activeDeadlineSeconds in DaemonSet is not Supported", {
      why: "A DaemonSet pod runs as long as its node: the API refuses a deadline after which it would be killed. Remove the field."
    });
    const deadline = int64Of(record.activeDeadlineSeconds);
    if (deadline !== void 0 && (deadline < 1 || deadline > 2147483647)) {
      errors.invalid(at("activeDeadlineSeconds"), deadline, "must be between 1 and 2147483647, inclusive");
    }
  }
}
var CONTAINERS_WHY = "A pod template needs at least one container.";
function checkPodSpecFields(podSpec, errors) {
  const containers = podSpec.containers;
  if (containers === void 0 || Array.isArray(containers) && containers.length === 0) {
    errors.required(at("containers"), "", { node: containers === void 0 ? [...POD_SPEC_PATH] : at("containers"), why: CONTAINERS_WHY });
  }
  const dnsPolicy = stringOf(podSpec.dnsPolicy);
  if (dnsPolicy && !DNS_POLICIES.includes(dnsPolicy)) errors.notSupported(at("dnsPolicy"), dnsPolicy, DNS_POLICIES);
  checkDNSConfig(podSpec, dnsPolicy, errors);
  checkLabels(podSpec.nodeSelector, at("nodeSelector"), errors, "nodeSelector keys and values are node labels: keys a qualified name, values a label value.");
  checkHostAliases(podSpec.hostAliases, errors);
  asArray(podSpec.readinessGates).forEach((raw, index) => {
    const gate = asRecord(raw);
    if (!gate) return;
    const type = stringOf(gate.conditionType) ?? "";
    for (const message of labelKeyErrors(type)) {
      errors.invalid(at("readinessGates", index, "conditionType"), type, message, { node: "conditionType" in gate ? at("readinessGates", index, "conditionType") : at("readinessGates", index) });
    }
  });
  const gates = /* @__PURE__ */ new Set();
  asArray(podSpec.schedulingGates).forEach((raw, index) => {
    const gate = asRecord(raw);
    if (!gate) return;
    const name = stringOf(gate.name) ?? "";
    const node = "name" in gate ? at("schedulingGates", index, "name") : at("schedulingGates", index);
    for (const message of labelKeyErrors(name)) errors.invalid(at("schedulingGates", index), name, message, { node });
    if (gates.has(name)) errors.duplicate(at("schedulingGates", index), name, { node });
    gates.add(name);
  });
  for (const key of SUBDOMAIN_NAME_FIELDS) {
    const value = stringOf(podSpec[key]);
    if (!value) continue;
    for (const message of nameIsDNSSubdomain(value)) errors.invalid(at(key), value, message);
  }
  for (const key of LABEL_NAME_FIELDS) {
    const value = stringOf(podSpec[key]);
    if (!value) continue;
    for (const message of isDNS1123Label(value)) errors.invalid(at(key), value, message);
  }
  const runtimeClassName = stringOf(podSpec.runtimeClassName);
  if (runtimeClassName !== void 0) {
    for (const message of nameIsDNSSubdomain(runtimeClassName)) errors.invalid(at("runtimeClassName"), runtimeClassName, message);
  }
  const preemptionPolicy = stringOf(podSpec.preemptionPolicy);
  if (preemptionPolicy === "") errors.required(at("preemptionPolicy"));
  else if (preemptionPolicy !== void 0 && !PREEMPTION_POLICIES.includes(preemptionPolicy)) {
    errors.notSupported(at("preemptionPolicy"), preemptionPolicy, PREEMPTION_POLICIES);
  }
  const os = asRecord(podSpec.os);
  if (os) {
    const name = stringOf(os.name) ?? "";
    if (name === "") errors.required(at("os", "name"), "cannot be empty", { node: "name" in os ? at("os", "name") : at("os") });
    else if (!OS_NAMES.includes(name)) errors.notSupported(at("os"), name, OS_NAMES, { node: at("os", "name") });
  }
}
function checkDNSConfig(podSpec, dnsPolicy, errors) {
  const dnsConfig = asRecord(podSpec.dnsConfig);
  if (dnsPolicy === "None") {
    if (!dnsConfig) {
      errors.required(at("dnsConfig"), "must provide `dnsConfig` when `dnsPolicy` is None", { node: at("dnsPolicy") });
      return;
    }
    if (asArray(dnsConfig.nameservers).length === 0) {
      errors.required(at("dnsConfig", "nameservers"), "must provide at least one DNS nameserver when `dnsPolicy` is None", {
        node: "nameservers" in dnsConfig ? at("dnsConfig", "nameservers") : at("dnsConfig")
      });
      return;
    }
  }
  if (!dnsConfig) return;
  const nameservers = asArray(dnsConfig.nameservers);
  if (nameservers.length > MAX_DNS_NAMESERVERS) {
    errors.invalid(at("dnsConfig", "nameservers"), nameservers, `must not have more than ${MAX_DNS_NAMESERVERS} nameservers`, {
      why: "The resolver of a pod (resolv.conf) takes at most three nameservers."
    });
  }
  nameservers.forEach((server, index) => {
    if (typeof server !== "string") return;
    for (const message of isValidIP(server)) errors.invalid(at("dnsConfig", "nameservers", index), server, message, { why: "A nameserver is an IP address, not a host name." });
  });
  const searches = asArray(dnsConfig.searches).filter((s) => typeof s === "string");
  if (searches.length > MAX_DNS_SEARCH_PATHS) {
    errors.invalid(at("dnsConfig", "searches"), searches, `must not have more than ${MAX_DNS_SEARCH_PATHS} search paths`);
  }
  if (searches.join(" ").length > MAX_DNS_SEARCH_LIST_CHARS) {
    errors.invalid(at("dnsConfig", "searches"), searches, `must not have more than ${MAX_DNS_SEARCH_LIST_CHARS} characters (including spaces) in the search list`);
  }
  asArray(dnsConfig.searches).forEach((search, index) => {
    if (typeof search !== "string") return;
    if (errors.features.relaxedDnsSearch) {
      const trimmed = search !== "." && search.endsWith(".") ? search.slice(0, -1) : search;
      for (const message of isRelaxedSearchPath(trimmed)) errors.invalid(at("dnsConfig", "searches", index), trimmed, message);
    } else {
      const trimmed = search.endsWith(".") ? search.slice(0, -1) : search;
      for (const message of isDNS1123Subdomain(trimmed)) errors.invalid(at("dnsConfig", "searches", index), trimmed, message);
    }
  });
  asArray(dnsConfig.options).forEach((raw, index) => {
    const option = asRecord(raw);
    if (option && (stringOf(option.name) ?? "") === "") {
      errors.required(at("dnsConfig", "options", index, "name"), "must not be empty", { node: "name" in option ? at("dnsConfig", "options", index, "name") : at("dnsConfig", "options", index) });
    }
  });
}
function checkHostAliases(hostAliases, errors) {
  asArray(hostAliases).forEach((raw, index) => {
    const alias = asRecord(raw);
    if (!alias) return;
    const ip = stringOf(alias.ip) ?? "";
    for (const message of isValidIP(ip)) errors.invalid(at("hostAliases", index, "ip"), ip, message, { node: "ip" in alias ? at("hostAliases", index, "ip") : at("hostAliases", index) });
    asArray(alias.hostnames).forEach((hostname, j) => {
      if (typeof hostname !== "string") return;
      for (const message of isDNS1123Subdomain(hostname)) errors.invalid(at("hostAliases", index, "hostnames", j), hostname, message);
    });
  });
}
function checkHostUsers(podSpec, errors) {
  if (!errors.features.hostUsers || podSpec.hostUsers !== false) return;
  const why = "A pod in its own user namespace (`hostUsers: false`) cannot use a host namespace. Drop `hostUsers: false` or the host namespace.";
  if (podSpec.hostNetwork === true) errors.forbidden(at("hostNetwork"), "when `pod.Spec.HostUsers` is false", { why });
  if (podSpec.hostPID === true) errors.forbidden(at("HostPID"), "when `pod.Spec.HostUsers` is false", { node: at("hostPID"), why });
  if (podSpec.hostIPC === true) errors.forbidden(at("HostIPC"), "when `pod.Spec.HostUsers` is false", { node: at("hostIPC"), why });
}

// src/rules/api-validation/ports.ts
var PROTOCOLS = ["SCTP", "TCP", "UDP"];
function portsOf(ref) {
  const ports = ref.container.ports;
  return Array.isArray(ports) ? ports : void 0;
}
function portPath(ref, index, field2) {
  return [...ref.path, "ports", index, field2];
}
function checkContainerPorts(ref, errors) {
  const ports = portsOf(ref);
  if (!ports) return;
  let names;
  for (let index = 0; index < ports.length; index++) {
    const record = asRecord(ports[index]);
    if (!record) continue;
    const name = stringOf(record.name);
    if (name) {
      const messages2 = isValidPortName(name);
      for (const message of messages2) errors.invalid(portPath(ref, index, "name"), name, message);
      if (messages2.length === 0) {
        names ??= /* @__PURE__ */ new Set();
        if (names.has(name)) errors.duplicate(portPath(ref, index, "name"), name);
        names.add(name);
      }
    }
    const containerPort = record.containerPort === void 0 ? 0 : int32Of(record.containerPort);
    if (containerPort === 0) {
      errors.required(portPath(ref, index, "containerPort"), "", {
        node: "containerPort" in record ? portPath(ref, index, "containerPort") : [...ref.path, "ports", index],
        why: "Every port entry needs its containerPort, 1 to 65535."
      });
    } else if (containerPort !== void 0) {
      for (const message of isValidPortNum(containerPort)) errors.invalid(portPath(ref, index, "containerPort"), containerPort, message);
    }
    const hostPort = int32Of(record.hostPort);
    if (hostPort !== void 0 && hostPort !== 0) {
      for (const message of isValidPortNum(hostPort)) errors.invalid(portPath(ref, index, "hostPort"), hostPort, message);
    }
    const protocol = stringOf(record.protocol);
    if (protocol && !PROTOCOLS.includes(protocol)) errors.notSupported(portPath(ref, index, "protocol"), protocol, PROTOCOLS);
  }
}
function checkHostNetworkPorts(containers, hostNetwork, errors) {
  if (!hostNetwork) return;
  for (const ref of containers) {
    if (ref.list !== "containers") continue;
    const ports = portsOf(ref);
    if (!ports) continue;
    for (let index = 0; index < ports.length; index++) {
      const record = asRecord(ports[index]);
      if (!record) continue;
      const hostPort = int32Of(record.hostPort);
      const containerPort = int32Of(record.containerPort);
      if (hostPort === void 0 || hostPort === 0 || containerPort === void 0 || hostPort === containerPort) continue;
      errors.invalid(portPath(ref, index, "hostPort"), hostPort, "must match `containerPort` when `hostNetwork` is true", {
        why: "With hostNetwork the container listens on the node itself, so its hostPort is its containerPort: make them equal, or leave hostPort out."
      });
    }
  }
}
function checkHostPortConflicts(containers, errors) {
  let claimed;
  for (const ref of containers) {
    if (ref.list === "ephemeralContainers") continue;
    const ports = portsOf(ref);
    if (!ports) continue;
    let ownClaims;
    for (let index = 0; index < ports.length; index++) {
      const record = asRecord(ports[index]);
      if (!record) continue;
      const hostPort = int32Of(record.hostPort);
      if (hostPort === void 0 || hostPort === 0) continue;
      const protocol = stringOf(record.protocol) || "TCP";
      const hostIP = stringOf(record.hostIP) ?? "";
      const key = `${protocol}/${hostIP}/${hostPort}`;
      const seen = ref.list === "containers" ? claimed ??= /* @__PURE__ */ new Set() : ownClaims ??= /* @__PURE__ */ new Set();
      if (seen.has(key)) {
        const reportedPath = ref.list === "containers" ? ref.path : [...ref.path.slice(0, -1), 0];
        errors.duplicate([...reportedPath, "ports", index, "hostPort"], key, {
          node: portPath(ref, index, "hostPort"),
          why: "Two ports of the pod claim the same protocol, host IP and host port; on one node only one can have it."
        });
      } else {
        seen.add(key);
      }
    }
  }
}

// src/rules/api-validation/resources.ts
var STANDARD_RESOURCES = /* @__PURE__ */ new Set([
  "cpu",
  "memory",
  "ephemeral-storage",
  "requests.cpu",
  "requests.memory",
  "requests.ephemeral-storage",
  "limits.cpu",
  "limits.memory",
  "limits.ephemeral-storage",
  "pods",
  "services",
  "replicationcontrollers",
  "resourcequotas",
  "secrets",
  "configmaps",
  "persistentvolumeclaims",
  "storage",
  "requests.storage",
  "services.nodeports",
  "services.loadbalancers"
]);
var INTEGER_RESOURCES = /* @__PURE__ */ new Set(["pods", "services", "replicationcontrollers", "resourcequotas", "secrets", "configmaps", "persistentvolumeclaims", "services.nodeports", "services.loadbalancers"]);
function isHugePages(name) {
  return name.startsWith("hugepages-");
}
function isStandardResource(name) {
  return STANDARD_RESOURCES.has(name) || isHugePages(name) || name.startsWith("requests.hugepages-");
}
function isStandardContainerResource(name) {
  return name === "cpu" || name === "memory" || name === "ephemeral-storage" || isHugePages(name);
}
function isNative(name) {
  return !name.includes("/") || name.includes("kubernetes.io/");
}
function isExtended(name) {
  return !isNative(name) && !name.startsWith("requests.") && labelKeyErrors(`requests.${name}`).length === 0;
}
function isOvercommitAllowed(name) {
  return isNative(name) && !isHugePages(name);
}
var RESOURCE_NAME_WHY = "A container asks for cpu, memory, ephemeral-storage, hugepages-<size>, or an extended resource named with a domain (example.com/gpu).";
function checkResourceName(name, path2, node, container, errors) {
  const before = errors.count;
  const options = { node, at: "key", why: RESOURCE_NAME_WHY };
  const messages2 = labelKeyErrors(name);
  for (const message of messages2) errors.invalid(path2, name, message, options);
  if (messages2.length > 0) return false;
  if (!name.includes("/")) {
    if (!isStandardResource(name)) errors.invalid(path2, name, "must be a standard resource type or fully qualified", options);
    if (container && !isStandardContainerResource(name)) errors.invalid(path2, name, "must be a standard resource for containers", options);
  } else if (container && !isNative(name) && !isExtended(name)) {
    errors.invalid(path2, name, "doesn't follow extended resource name standard", options);
  }
  return errors.count === before;
}
function checkQuantityValue(name, raw, q, path2, node, errors) {
  if (q.sign < 0) errors.invalid(path2, canonicalQuantity(q, raw), "must be greater than or equal to 0", { node, why: "A resource amount cannot be negative." });
  if ((INTEGER_RESOURCES.has(name) || isExtended(name)) && q.exponent < 0) {
    errors.invalid(path2, canonicalQuantity(q, raw), "must be an integer", { node, why: "Extended resources (devices) are counted in whole units." });
  }
}
function readList(list, path2, container, errors, hugepageMultiples) {
  const out = /* @__PURE__ */ new Map();
  const record = asRecord(list);
  if (!record) return out;
  for (const name of Object.keys(record)) {
    const field2 = mapKey(path2, name);
    const node = [...path2, name];
    if (!checkResourceName(name, field2, node, container, errors)) continue;
    const raw = record[name];
    const q = parseQuantity(raw);
    if (!q) continue;
    checkQuantityValue(name, raw, q, field2, node, errors);
    if (hugepageMultiples && isHugePages(name)) checkHugePageValue(name, raw, q, field2, node, errors);
    out.set(name, { q, raw });
  }
  return out;
}
function checkHugePageValue(name, raw, q, path2, node, errors) {
  const size = parseQuantity(name.slice("hugepages-".length));
  if (!size || size.sign <= 0) return;
  const value = asNanos(q);
  const page = asNanos(size);
  if (value <= 0n || value % page !== 0n) {
    errors.invalid(path2, canonicalQuantity(q, raw), `${canonicalQuantity(q, raw)} is not positive integer multiple of ${name}`, {
      node,
      why: "Huge pages are allocated in whole pages of the size the resource names."
    });
  }
}
function asNanos(q) {
  const shift = q.exponent + 9;
  const magnitude = shift >= 0 ? q.coefficient * 10n ** BigInt(shift) : q.coefficient / 10n ** BigInt(-shift);
  return q.sign < 0 ? -magnitude : magnitude;
}
function checkContainerResources(ref, podClaims, errors) {
  const resources = asRecord(ref.container.resources);
  if (!resources) return;
  const path2 = [...ref.path, "resources"];
  const limits = readList(resources.limits, [...path2, "limits"], true, errors, true);
  const requests = readList(resources.requests, [...path2, "requests"], true, errors, true);
  for (const name of requests.keys()) {
    if (!isOvercommitAllowed(name) && !limits.has(name)) {
      errors.required([...path2, "limits"], "Limit must be set for non overcommitable resources", {
        node: [...path2, "requests", name],
        at: "key",
        why: `${name} cannot be overcommitted: set its limit, equal to the request.`
      });
    }
  }
  const names = [...limits.keys(), ...requests.keys()];
  if (names.some(isHugePages) && !names.some((n) => n === "cpu" || n === "memory")) {
    errors.forbidden(path2, "HugePages require cpu or memory", { node: path2, why: "A container that asks for huge pages must also ask for cpu or memory." });
  }
  if (errors.features.resourceClaims) checkContainerClaims(resources.claims, [...path2, "claims"], podClaims, errors);
}
function checkContainerClaims(raw, path2, podClaims, errors) {
  const seen = /* @__PURE__ */ new Set();
  asArray(raw).forEach((item, index) => {
    const claim = asRecord(item);
    if (!claim) return;
    const name = stringOf(claim.name) ?? "";
    const request = stringOf(claim.request) ?? "";
    const at2 = [...path2, index];
    if (name === "") {
      errors.required(at2, "", { node: at2 });
      return;
    }
    const key = `${name}/${request}`;
    if (seen.has(key) || request === "" && [...seen].some((s) => s.startsWith(`${name}/`))) errors.duplicate(at2, name);
    seen.add(key);
    if (request !== "") for (const message of isDNS1123Label(request)) errors.invalid([...at2, "request"], request, message);
    if (!podClaims.has(name)) {
      const detail = podClaims.size === 0 ? "must be one of the names in pod.spec.resourceClaims which is empty" : `must be one of the names in pod.spec.resourceClaims: ${[...podClaims].join(", ")}`;
      errors.notFound(at2, name, { node: "name" in claim ? [...at2, "name"] : at2 }, detail);
    }
  });
}
function checkPodResourceClaims(podSpec, errors) {
  const names = /* @__PURE__ */ new Set();
  if (!errors.features.resourceClaims) return names;
  asArray(podSpec.resourceClaims).forEach((raw, index) => {
    const claim = asRecord(raw);
    if (!claim) return;
    const at2 = [...POD_SPEC_PATH, "resourceClaims", index];
    const name = stringOf(claim.name) ?? "";
    if (name === "") errors.required([...at2, "name"], "", { node: "name" in claim ? [...at2, "name"] : at2 });
    else {
      if (names.has(name)) errors.duplicate([...at2, "name"], name);
      for (const message of isDNS1123Label(name)) errors.invalid([...at2, "name"], name, message);
      names.add(name);
    }
    const claimName = stringOf(claim.resourceClaimName);
    const templateName = stringOf(claim.resourceClaimTemplateName);
    if (claimName !== void 0 && templateName !== void 0) {
      errors.invalid(at2, claim, "at most one of `resourceClaimName` or `resourceClaimTemplateName` may be specified", { node: at2 });
    } else if (claimName === void 0 && templateName === void 0) {
      errors.invalid(at2, claim, "must specify one of: `resourceClaimName`, `resourceClaimTemplateName`", { node: at2 });
    }
    for (const [field2, value] of [["resourceClaimName", claimName], ["resourceClaimTemplateName", templateName]]) {
      if (value !== void 0) for (const message of nameIsDNSSubdomain(value)) errors.invalid([...at2, field2], value, message);
    }
  });
  return names;
}
var POD_LEVEL_RESOURCES = ["cpu", "memory"];
function checkPodResources(podSpec, containers, errors) {
  if (!errors.features.podLevelResources) return;
  const resources = asRecord(podSpec.resources);
  if (!resources) return;
  const path2 = [...POD_SPEC_PATH, "resources"];
  if (asArray(resources.claims).length > 0) errors.forbidden([...path2, "claims"], "claims cannot be set for Resources at pod-level");
  const read = (key) => {
    const out = /* @__PURE__ */ new Map();
    const record = asRecord(resources[key]);
    if (!record) return out;
    for (const name of Object.keys(record)) {
      const field2 = mapKey([...path2, key], name);
      const node = [...path2, key, name];
      if (!checkResourceName(name, field2, node, false, errors)) continue;
      if (!POD_LEVEL_RESOURCES.includes(name) && !isHugePages(name)) {
        errors.notSupported(field2, name, POD_LEVEL_RESOURCES, { node, at: "key" });
        continue;
      }
      const q = parseQuantity(record[name]);
      if (!q) continue;
      checkQuantityValue(name, record[name], q, field2, node, errors);
      out.set(name, { q, raw: record[name] });
    }
    return out;
  };
  const limits = read("limits");
  const requests = read("requests");
  const aggregate = /* @__PURE__ */ new Map();
  for (const name of requests.keys()) {
    let running;
    let sidecars;
    let initPeak;
    for (const ref of containers) {
      if (ref.list === "ephemeralContainers") continue;
      const q = parseQuantity(asRecord(asRecord(ref.container.resources)?.requests)?.[name]);
      if (ref.longRunning) {
        if (q) running = running ? add(running, q) : q;
        if (q && ref.sidecar) sidecars = sidecars ? add(sidecars, q) : q;
      } else if (q) {
        const alone = sidecars ? add(sidecars, q) : q;
        if (!initPeak || compareQuantities(alone, initPeak) > 0) initPeak = alone;
      }
    }
    const total2 = running && initPeak ? compareQuantities(running, initPeak) >= 0 ? running : initPeak : running ?? initPeak;
    if (total2) aggregate.set(name, total2);
  }
  for (const [name, { q, raw }] of requests) {
    const total2 = aggregate.get(name);
    if (total2 && compareQuantities(total2, q) > 0) {
      errors.invalid(mapKey([...path2, "requests"], name), canonicalQuantity(q, raw), `must be greater than or equal to aggregate container requests of ${canonicalQuantity(total2)}`, {
        node: [...path2, "requests", name],
        why: "The pod-level request is the pod's total: it cannot be less than what its containers request together."
      });
    }
    const limit = limits.get(name);
    if (limit && compareQuantities(q, limit.q) > 0) {
      errors.invalid(mapKey([...path2, "requests"], name), canonicalQuantity(q, raw), `must be less than or equal to ${name} limit of ${canonicalQuantity(limit.q, limit.raw)}`, { node: [...path2, "requests", name] });
    }
  }
  for (const ref of containers) {
    if (ref.list === "ephemeralContainers") continue;
    const own = asRecord(asRecord(ref.container.resources)?.limits);
    if (!own) continue;
    for (const [name, limit] of limits) {
      const q = parseQuantity(own[name]);
      if (q && compareQuantities(q, limit.q) > 0) {
        errors.invalid([...mapKey([...path2, "containers", ref.index], name), "limits"], canonicalQuantity(q, own[name]), `must be less than or equal to pod limits of ${canonicalQuantity(limit.q, limit.raw)}`, {
          node: [...ref.path, "resources", "limits", name]
        });
      }
    }
  }
}
function add(a, b) {
  const exponent = Math.min(a.exponent, b.exponent);
  const value = (x) => BigInt(x.sign) * x.coefficient * 10n ** BigInt(x.exponent - exponent);
  const sum = value(a) + value(b);
  return { sign: sum < 0n ? -1 : sum > 0n ? 1 : 0, coefficient: sum < 0n ? -sum : sum, exponent };
}
function checkOverhead(podSpec, errors) {
  readList(podSpec.overhead, [...POD_SPEC_PATH, "overhead"], false, errors, false);
}

// src/rules/pod-security/policy.ts
function policyInput(podSpec, podMetadata, containers, minor, level) {
  const securityContexts = [];
  for (let i = 0; i < containers.length; i++) securityContexts.push(asRecord(containers[i].container.securityContext));
  return {
    podSpec,
    podMetadata,
    containers,
    minor,
    level,
    podSecurityContext: asRecord(podSpec.securityContext),
    securityContexts,
    userNamespace: podSpec.hostUsers === false,
    windows: asRecord(podSpec.os)?.name === "windows"
  };
}
function controlMessage(control) {
  return {
    message: "{{summary}}",
    help: `Pod Security Standards, ${control.level} profile, "${control.name}" control: {{detail}}. In a namespace that enforces ${control.level}, the PodSecurity admission controller rejects the DaemonSet's pods. Change the pod template as said, or, where the node agent needs the privilege, run it in a namespace with a lower profile and set this rule's level option to match.`
  };
}
var HEADLINE_LENGTH = 80;
var PARENTHESIS = / \((?:allowed|only)[^)]*\)/g;
var NAME_LIST = /\b(containers|volumes|sysctls) ("(?:[^"\\]|\\.)*"(?:, "(?:[^"\\]|\\.)*")+)/g;
function summarize(detail) {
  return summaries(detail) ?? shorten(detail);
}
var summaries = memoize(shorten);
function shorten(detail) {
  const clauses = detail.split("; ");
  const more = clauses.length > 1 ? ` (+${clauses.length - 1} more)` : "";
  const first = clauses[0].replaceAll("securityContext.", "").replace(PARENTHESIS, "");
  const room = HEADLINE_LENGTH - more.length;
  if (first.length <= room) return first + more;
  const counted = first.replace(NAME_LIST, (_, noun, list) => `${list.split('", "').length} ${noun}`);
  if (counted.length <= room) return counted + more;
  const named = counted.replace(/^pod or /, "");
  const shortened = shortenLongestName(named, named.length - room);
  if (shortened.length <= room) return shortened + more;
  return bounded(named + more, HEADLINE_LENGTH);
}
function shortenLongestName(text2, excess) {
  if (excess <= 0) return text2;
  let longest;
  for (const match of text2.matchAll(QUOTED)) if (!longest || match[0].length > longest[0].length) longest = match;
  if (!longest) return text2;
  const keep = Math.max(6, longest[1].length - excess - 1);
  if (keep >= longest[1].length) return text2;
  return `${text2.slice(0, longest.index)}"${longest[1].slice(0, keep)}\u2026"${text2.slice(longest.index + longest[0].length)}`;
}
var QUOTED = /"((?:[^"\\]|\\.)*)"/g;
var POD_SPEC = ["spec", "template", "spec"];
var POD_SECURITY_CONTEXT = [...POD_SPEC, "securityContext"];
var OLDEST_POLICY_MINOR = 25;
var NEWEST_POLICY_MINOR = 36;
function policyMinor(kubeVersion) {
  if (kubeVersion === lastKubeVersion) return lastMinor;
  lastMinor = readPolicyMinor(kubeVersion);
  lastKubeVersion = kubeVersion;
  return lastMinor;
}
var lastKubeVersion;
var lastMinor = NEWEST_POLICY_MINOR;
function readPolicyMinor(kubeVersion) {
  const match = /^v?(\d+)\.(\d+)/.exec(kubeVersion.trim());
  if (!match || Number(match[1]) !== 1) return NEWEST_POLICY_MINOR;
  return Math.min(NEWEST_POLICY_MINOR, Math.max(OLDEST_POLICY_MINOR, Number(match[2])));
}
function containerFieldPath(ref, field2) {
  const first = ref.container[field2[0]];
  return first === void 0 || first === null ? containerAnchor(ref) : [...ref.path, ...field2];
}
var Offenders = class {
  firstPath = void 0;
  firstAt = void 0;
  pod = false;
  names = [];
  addPod(path2, at2) {
    this.pod = true;
    this.note(path2, at2);
  }
  addContainer(ref, path2, at2) {
    const name = containerName(ref);
    if (!this.names.includes(name)) this.names.push(name);
    this.note(path2, at2);
  }
  /** An offending field that belongs to neither the pod's nor a container's securityContext. */
  addField(path2, at2) {
    this.note(path2, at2);
  }
  /** Whether the pod or a container was added. */
  get hasSetters() {
    return this.pod || this.names.length > 0;
  }
  /** `pod and containers "a", "b"` */
  setters() {
    if (this.names.length === 0) return this.pod ? "pod" : "";
    return this.pod ? `pod and ${containersPhrase(this.names)}` : containersPhrase(this.names);
  }
  /** `containers "a", "b"` (without the pod). */
  containers() {
    return containersPhrase(this.names);
  }
  violation(detail) {
    if (!this.firstPath) return void 0;
    return { path: this.firstPath, at: this.firstAt, detail };
  }
  note(path2, at2) {
    if (this.firstPath) return;
    this.firstPath = path2;
    this.firstAt = at2;
  }
};
function containersPhrase(names) {
  return `${plural(names.length, "container", "containers")} ${quoteList(names)}`;
}
function plural(count, singular, pluralForm) {
  return count === 1 ? singular : pluralForm;
}
function quoteList(items) {
  if (items.length === 0) return "";
  let out = JSON.stringify(items[0]);
  for (let i = 1; i < items.length; i++) out += `, ${JSON.stringify(items[i])}`;
  return out;
}
function distinct(items) {
  return [...new Set(items)];
}
function joinAnd(words) {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
function stringField(record, key) {
  const value = record?.[key];
  if (value === void 0 || value === null) return "";
  if (typeof value === "string") return value;
  return typeof value === "object" ? jsonText(value) : String(value);
}
function isSet2(value) {
  return value !== void 0 && value !== null;
}

// src/rules/pod-security/baseline.ts
var hostProcess = {
  id: "hostProcess",
  name: "HostProcess",
  level: "baseline",
  check(input) {
    let offenders;
    if (asRecord(input.podSecurityContext?.windowsOptions)?.hostProcess === true) {
      (offenders = new Offenders()).addPod([...POD_SECURITY_CONTEXT, "windowsOptions", "hostProcess"]);
    }
    const { containers, securityContexts } = input;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      if (asRecord(securityContexts[i]?.windowsOptions)?.hostProcess === true) {
        (offenders ??= new Offenders()).addContainer(ref, [...ref.path, "securityContext", "windowsOptions", "hostProcess"]);
      }
    }
    if (!offenders) return void 0;
    return offenders.violation(`${offenders.setters()} must not set securityContext.windowsOptions.hostProcess=true`);
  }
};
var HOST_NAMESPACES = ["hostNetwork", "hostPID", "hostIPC"];
var hostNamespaces = {
  id: "hostNamespaces",
  name: "Host Namespaces",
  level: "baseline",
  check({ podSpec }) {
    if (podSpec.hostNetwork !== true && podSpec.hostPID !== true && podSpec.hostIPC !== true) return void 0;
    const set2 = HOST_NAMESPACES.filter((key) => podSpec[key] === true);
    return {
      path: [...POD_SPEC, set2[0]],
      detail: `pod must not set ${joinAnd(set2.map((key) => `${key}=true`))}`
    };
  }
};
var privileged = {
  id: "privileged",
  name: "Privileged Containers",
  level: "baseline",
  check({ containers, securityContexts }) {
    let offenders;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      if (securityContexts[i]?.privileged === true) (offenders ??= new Offenders()).addContainer(ref, [...ref.path, "securityContext", "privileged"]);
    }
    if (!offenders) return void 0;
    return offenders.violation(`${offenders.containers()} must not set securityContext.privileged=true`);
  }
};
var BASELINE_CAPABILITIES = /* @__PURE__ */ new Set([
  "AUDIT_WRITE",
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "MKNOD",
  "NET_BIND_SERVICE",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT"
]);
var capabilitiesBaseline = {
  id: "capabilitiesBaseline",
  name: "Capabilities",
  level: "baseline",
  check({ containers, securityContexts }) {
    let offenders;
    const forbidden = [];
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const add3 = asRecord(securityContexts[i]?.capabilities)?.add;
      if (!Array.isArray(add3)) continue;
      for (let index = 0; index < add3.length; index++) {
        const item = add3[index];
        if (typeof item !== "string" || BASELINE_CAPABILITIES.has(item)) continue;
        forbidden.push(item);
        (offenders ??= new Offenders()).addContainer(ref, [...ref.path, "securityContext", "capabilities", "add", index]);
      }
    }
    if (!offenders) return void 0;
    return offenders.violation(
      `${offenders.containers()} must not include ${quoteList(distinct(forbidden))} in securityContext.capabilities.add (only the container runtime's default capabilities may be added)`
    );
  }
};
var hostPathVolumes = {
  id: "hostPathVolumes",
  name: "HostPath Volumes",
  level: "baseline",
  check({ podSpec }) {
    const volumes = podSpec.volumes;
    if (!Array.isArray(volumes)) return void 0;
    const names = [];
    let first;
    for (let index = 0; index < volumes.length; index++) {
      const volume = asRecord(volumes[index]);
      if (!volume || !isSet2(volume.hostPath)) continue;
      names.push(stringField(volume, "name"));
      first ??= [...POD_SPEC, "volumes", index, "hostPath"];
    }
    if (!first) return void 0;
    return { path: first, detail: `${plural(names.length, "volume", "volumes")} ${quoteList(names)} must not use hostPath` };
  }
};
var hostPorts = {
  id: "hostPorts",
  name: "Host Ports",
  level: "baseline",
  check({ containers }) {
    let offenders;
    const ports = [];
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const items = ref.container.ports;
      if (!Array.isArray(items)) continue;
      for (let index = 0; index < items.length; index++) {
        const hostPort = asRecord(items[index])?.hostPort;
        if (typeof hostPort !== "number" || hostPort === 0) continue;
        ports.push(hostPort);
        (offenders ??= new Offenders()).addContainer(ref, [...ref.path, "ports", index, "hostPort"]);
      }
    }
    if (!offenders) return void 0;
    const list = distinct(ports).sort((a, b) => a - b);
    return offenders.violation(
      `${offenders.containers()} must not set ${plural(list.length, "hostPort", "hostPorts")} ${list.join(", ")}`
    );
  }
};
var PROBES2 = ["livenessProbe", "readinessProbe", "startupProbe"];
var LIFECYCLE_HANDLERS = ["postStart", "preStop"];
var HOST_ACTIONS = ["httpGet", "tcpSocket"];
var PROBE_PATHS = PROBES2.map((probe) => [probe]);
var LIFECYCLE_PATHS = LIFECYCLE_HANDLERS.map((hook) => ["lifecycle", hook]);
function handlerHosts(handler, ref, handlerPath, found) {
  for (const action of HOST_ACTIONS) {
    const host = stringField(asRecord(handler[action]), "host");
    if (host === "") continue;
    found ??= { offenders: new Offenders(), hosts: [] };
    found.hosts.push(host);
    found.offenders.addContainer(ref, [...ref.path, ...handlerPath, action, "host"]);
  }
  return found;
}
var hostProbes = {
  id: "hostProbes",
  name: "Probes / Lifecycle Hooks",
  level: "baseline",
  check({ containers, minor }) {
    if (minor < 34) return void 0;
    let found;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const container = ref.container;
      for (let p = 0; p < PROBES2.length; p++) {
        const handler = asRecord(container[PROBES2[p]]);
        if (handler) found = handlerHosts(handler, ref, PROBE_PATHS[p], found);
      }
      const lifecycle = asRecord(container.lifecycle);
      if (!lifecycle) continue;
      for (let h = 0; h < LIFECYCLE_HANDLERS.length; h++) {
        const handler = asRecord(lifecycle[LIFECYCLE_HANDLERS[h]]);
        if (handler) found = handlerHosts(handler, ref, LIFECYCLE_PATHS[h], found);
      }
    }
    if (!found) return void 0;
    const { offenders, hosts: hosts2 } = found;
    const list = distinct(hosts2);
    return offenders.violation(
      `${offenders.containers()} must not set ${plural(list.length, "host", "hosts")} ${quoteList(list)} in probes or lifecycle handlers`
    );
  }
};
var APPARMOR_ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";
var APPARMOR_TYPES = /* @__PURE__ */ new Set(["RuntimeDefault", "Localhost"]);
var appArmor = {
  id: "appArmor",
  name: "AppArmor",
  level: "baseline",
  check(input) {
    let offenders;
    const types = [];
    const podProfile = asRecord(input.podSecurityContext?.appArmorProfile);
    if (podProfile && !APPARMOR_TYPES.has(stringField(podProfile, "type"))) {
      types.push(stringField(podProfile, "type"));
      (offenders = new Offenders()).addPod([...POD_SECURITY_CONTEXT, "appArmorProfile", "type"], "value");
    }
    const { containers, securityContexts } = input;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const profile = asRecord(securityContexts[i]?.appArmorProfile);
      if (!profile || APPARMOR_TYPES.has(stringField(profile, "type"))) continue;
      types.push(stringField(profile, "type"));
      (offenders ??= new Offenders()).addContainer(ref, [...ref.path, "securityContext", "appArmorProfile", "type"], "value");
    }
    const annotations = asRecord(input.podMetadata?.annotations);
    let badAnnotations;
    if (annotations) {
      for (const key in annotations) {
        if (Object.hasOwn(annotations, key) && key.startsWith(APPARMOR_ANNOTATION_PREFIX) && !allowedAppArmorAnnotation(annotations[key])) {
          (badAnnotations ??= []).push(key);
        }
      }
    }
    if (!offenders && !badAnnotations) return void 0;
    offenders ??= new Offenders();
    const parts = [];
    if (offenders.hasSetters) {
      parts.push(`${offenders.setters()} must not set appArmorProfile.type to ${quoteList(distinct(types))} (allowed: RuntimeDefault, Localhost)`);
    }
    if (!badAnnotations) return offenders.violation(parts.join("; "));
    badAnnotations.sort();
    for (const key of badAnnotations) offenders.addField(["spec", "template", "metadata", "annotations", key], "value");
    if (badAnnotations.length > 0) {
      const listed = badAnnotations.map((key) => `${key}=${JSON.stringify(stringField(annotations, key))}`).join(", ");
      parts.push(`${plural(badAnnotations.length, "annotation", "annotations")} ${listed} must be runtime/default or localhost/<profile>`);
    }
    return offenders.violation(parts.join("; "));
  }
};
function allowedAppArmorAnnotation(value) {
  if (value === null || value === void 0 || value === "") return true;
  return value === "runtime/default" || typeof value === "string" && value.startsWith("localhost/");
}
var SELINUX_TYPES = ["", "container_t", "container_init_t", "container_kvm_t"];
var SELINUX_TYPES_BEFORE_31 = new Set(SELINUX_TYPES);
var SELINUX_TYPES_FROM_31 = /* @__PURE__ */ new Set([...SELINUX_TYPES, "container_engine_t"]);
function hasSeLinuxOptions(securityContext) {
  return asRecord(securityContext?.seLinuxOptions) !== void 0;
}
var seLinux = {
  id: "seLinux",
  name: "SELinux",
  level: "baseline",
  check(input) {
    const podOptions = asRecord(input.podSecurityContext?.seLinuxOptions);
    if (!podOptions && !input.securityContexts.some(hasSeLinuxOptions)) return void 0;
    const allowedTypes = input.minor >= 31 ? SELINUX_TYPES_FROM_31 : SELINUX_TYPES_BEFORE_31;
    const offenders = new Offenders();
    const badTypes = [];
    let setUser = false;
    let setRole = false;
    const inspect = (options, path2, add3) => {
      const type = stringField(options, "type");
      if (!allowedTypes.has(type)) {
        badTypes.push(type);
        add3([...path2, "type"]);
      }
      if (stringField(options, "user") !== "") {
        setUser = true;
        add3([...path2, "user"]);
      }
      if (stringField(options, "role") !== "") {
        setRole = true;
        add3([...path2, "role"]);
      }
    };
    if (podOptions) inspect(podOptions, [...POD_SECURITY_CONTEXT, "seLinuxOptions"], (path2) => offenders.addPod(path2, "value"));
    for (let i = 0; i < input.containers.length; i++) {
      const ref = input.containers[i];
      const options = asRecord(input.securityContexts[i]?.seLinuxOptions);
      if (options) inspect(options, [...ref.path, "securityContext", "seLinuxOptions"], (path2) => offenders.addContainer(ref, path2, "value"));
    }
    const problems = [];
    const types = distinct(badTypes);
    if (types.length > 0) problems.push(`${plural(types.length, "type", "types")} ${quoteList(types)}`);
    if (setUser) problems.push("user may not be set");
    if (setRole) problems.push("role may not be set");
    return offenders.violation(
      `${offenders.setters()} set forbidden securityContext.seLinuxOptions: ${problems.join("; ")} (allowed types: ${[...allowedTypes].filter(Boolean).join(", ")})`
    );
  }
};
var procMount = {
  id: "procMount",
  name: "/proc Mount Type",
  level: "baseline",
  check(input) {
    if (input.level === "baseline" && input.minor >= 35 && input.userNamespace) return void 0;
    let offenders;
    const values = [];
    const { containers, securityContexts } = input;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const securityContext = securityContexts[i];
      if (!isSet2(securityContext?.procMount)) continue;
      const value = stringField(securityContext, "procMount");
      if (value === "Default") continue;
      values.push(value);
      (offenders ??= new Offenders()).addContainer(ref, [...ref.path, "securityContext", "procMount"], "value");
    }
    if (!offenders) return void 0;
    return offenders.violation(`${offenders.containers()} must not set securityContext.procMount to ${quoteList(distinct(values))}`);
  }
};
var SECCOMP_TYPES = /* @__PURE__ */ new Set(["RuntimeDefault", "Localhost"]);
var seccompBaseline = {
  id: "seccompBaseline",
  name: "Seccomp",
  level: "baseline",
  check(input) {
    let offenders;
    const values = [];
    const podProfile = asRecord(input.podSecurityContext?.seccompProfile);
    if (podProfile && !SECCOMP_TYPES.has(stringField(podProfile, "type"))) {
      values.push(stringField(podProfile, "type"));
      (offenders = new Offenders()).addPod([...POD_SECURITY_CONTEXT, "seccompProfile", "type"], "value");
    }
    const { containers, securityContexts } = input;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const profile = asRecord(securityContexts[i]?.seccompProfile);
      if (!profile || SECCOMP_TYPES.has(stringField(profile, "type"))) continue;
      values.push(stringField(profile, "type"));
      (offenders ??= new Offenders()).addContainer(ref, [...ref.path, "securityContext", "seccompProfile", "type"], "value");
    }
    if (!offenders) return void 0;
    return offenders.violation(
      `${offenders.setters()} must not set securityContext.seccompProfile.type to ${quoteList(distinct(values))} (allowed: RuntimeDefault, Localhost)`
    );
  }
};
var SAFE_SYSCTLS = [
  { name: "kernel.shm_rmid_forced", since: 0 },
  { name: "net.ipv4.ip_local_port_range", since: 0 },
  { name: "net.ipv4.tcp_syncookies", since: 0 },
  { name: "net.ipv4.ping_group_range", since: 0 },
  { name: "net.ipv4.ip_unprivileged_port_start", since: 0 },
  { name: "net.ipv4.ip_local_reserved_ports", since: 27 },
  { name: "net.ipv4.tcp_keepalive_time", since: 29 },
  { name: "net.ipv4.tcp_fin_timeout", since: 29 },
  { name: "net.ipv4.tcp_keepalive_intvl", since: 29 },
  { name: "net.ipv4.tcp_keepalive_probes", since: 29 },
  { name: "net.ipv4.tcp_rmem", since: 32 },
  { name: "net.ipv4.tcp_wmem", since: 32 }
];
function safeSysctls(minor) {
  return new Set(SAFE_SYSCTLS.filter((s) => minor >= s.since).map((s) => s.name));
}
var safeSysctlsByMinor = /* @__PURE__ */ new Map();
var sysctls = {
  id: "sysctls",
  name: "Sysctls",
  level: "baseline",
  check(input) {
    const items = input.podSecurityContext?.sysctls;
    if (!Array.isArray(items)) return void 0;
    let safe = safeSysctlsByMinor.get(input.minor);
    if (!safe) safeSysctlsByMinor.set(input.minor, safe = safeSysctls(input.minor));
    const names = [];
    let first;
    for (let index = 0; index < items.length; index++) {
      const sysctl = asRecord(items[index]);
      if (!sysctl) continue;
      const name = stringField(sysctl, "name");
      if (safe.has(name)) continue;
      names.push(name);
      first ??= [...POD_SECURITY_CONTEXT, "sysctls", index, "name"];
    }
    if (!first) return void 0;
    const list = distinct(names);
    return {
      path: first,
      at: "value",
      detail: `pod must not set ${plural(list.length, "sysctl", "sysctls")} ${quoteList(list)} (only the safe sysctls are allowed)`
    };
  }
};
var BASELINE_CONTROLS = [
  hostProcess,
  hostNamespaces,
  privileged,
  capabilitiesBaseline,
  hostPathVolumes,
  hostPorts,
  appArmor,
  seLinux,
  procMount,
  seccompBaseline,
  sysctls,
  hostProbes
];

// src/rules/api-validation/security-context.ts
var PROFILE_TYPES = ["Localhost", "RuntimeDefault", "Unconfined"];
var FS_GROUP_CHANGE_POLICIES = ["Always", "OnRootMismatch"];
var SUPPLEMENTAL_GROUPS_POLICIES = ["Merge", "Strict"];
var PROC_MOUNT_TYPES = ["Default", "Unmasked"];
var SYSCTL_FMT = "^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$";
var sysctlName = new RegExp(SYSCTL_FMT);
var APP_ARMOR_LOCALHOST_MAX = 4095;
var PS = [...POD_SPEC_PATH, "securityContext"];
function isIpcSysctl(name) {
  return name.startsWith("kernel.shm") || name.startsWith("kernel.msg") || name === "kernel.sem" || name.startsWith("fs.mqueue.");
}
function checkPodSecurityContext(podSpec, errors, reportUnsafeSysctl) {
  const context = asRecord(podSpec.securityContext);
  if (podSpec.shareProcessNamespace === true && podSpec.hostPID === true) {
    errors.invalid([...PS, "shareProcessNamespace"], true, "ShareProcessNamespace and HostPID cannot both be enabled", {
      node: [...POD_SPEC_PATH, "shareProcessNamespace"],
      why: "A pod that shares the host PID namespace cannot also share a PID namespace of its own among its containers. Choose one."
    });
  }
  if (!context) return;
  for (const key of ["fsGroup", "runAsUser", "runAsGroup"]) checkID(context[key], [...PS, key], errors);
  asArray(context.supplementalGroups).forEach((group, index) => checkID(group, [...PS, "supplementalGroups", index], errors));
  const seen = /* @__PURE__ */ new Set();
  asArray(context.sysctls).forEach((raw, index) => {
    const sysctl = asRecord(raw);
    if (!sysctl) return;
    const path2 = [...PS, "sysctls", index, "name"];
    const name = stringOf(sysctl.name) ?? "";
    const node = "name" in sysctl ? path2 : [...PS, "sysctls", index];
    if (name === "") {
      errors.required(path2, "", { node });
      return;
    }
    if (name.length > 253 || !sysctlName.test(name)) {
      errors.invalid(path2, name, `must have at most 253 characters and match regex ${SYSCTL_FMT}`);
      return;
    }
    if (seen.has(name)) errors.duplicate(path2, name);
    seen.add(name);
    if (podSpec.hostNetwork === true && name.startsWith("net.")) {
      errors.invalid(path2, name, "may not be specified when 'hostNetwork' is true", {
        why: "With hostNetwork the pod shares the host network namespace, so a net.* sysctl would change the node itself."
      });
    }
    if (podSpec.hostIPC === true && isIpcSysctl(name)) {
      errors.invalid(path2, name, "may not be specified when 'hostIPC' is true", { why: "With hostIPC the pod shares the host IPC namespace, so this sysctl would change the node itself." });
    }
    if (!safeSysctls(errors.features.minor).has(name.replace(/\//g, "."))) reportUnsafeSysctl(path2, name);
  });
  const fsGroupChangePolicy = stringOf(context.fsGroupChangePolicy);
  if (fsGroupChangePolicy !== void 0 && !FS_GROUP_CHANGE_POLICIES.includes(fsGroupChangePolicy)) {
    errors.notSupported([...PS, "fsGroupChangePolicy"], fsGroupChangePolicy, FS_GROUP_CHANGE_POLICIES);
  }
  checkSeccompProfile(context.seccompProfile, [...PS, "seccompProfile"], errors);
  if (errors.features.appArmorFields) checkAppArmorProfile(context.appArmorProfile, [...PS, "appArmorProfile"], errors);
  checkWindowsOptions(context.windowsOptions, [...PS, "windowsOptions"], errors);
  if (errors.features.supplementalGroupsPolicy) {
    const policy = stringOf(context.supplementalGroupsPolicy);
    if (policy !== void 0 && !SUPPLEMENTAL_GROUPS_POLICIES.includes(policy)) errors.notSupported([...PS, "supplementalGroupsPolicy"], policy, SUPPLEMENTAL_GROUPS_POLICIES);
  }
  if (errors.features.seLinuxChangePolicy) {
    const policy = stringOf(context.seLinuxChangePolicy);
    if (policy !== void 0 && policy !== "Recursive") errors.notSupported([...PS, "seLinuxChangePolicy"], policy, ["Recursive"]);
  }
}
function checkID(value, path2, errors) {
  const id = int64Of(value);
  if (id === void 0) return;
  for (const message of isValidID(id)) errors.invalid(path2, id, message);
}
function checkSeccompProfile(raw, path2, errors) {
  const profile = asRecord(raw);
  if (!profile) return;
  const type = stringOf(profile.type) ?? "";
  if (type === "") {
    errors.required([...path2, "type"], "type is required when seccompProfile is set", { node: "type" in profile ? [...path2, "type"] : path2 });
    return;
  }
  if (!PROFILE_TYPES.includes(type)) {
    errors.notSupported([...path2, "type"], type, PROFILE_TYPES);
    return;
  }
  const localhost = stringOf(profile.localhostProfile);
  if (type === "Localhost") {
    if (localhost === void 0) errors.required([...path2, "localhostProfile"], "must be set when seccomp type is Localhost", { node: [...path2, "type"] });
    else checkLocalPath(localhost, [...path2, "localhostProfile"], errors);
  } else if (localhost !== void 0) {
    errors.invalid([...path2, "localhostProfile"], profile, "can only be set when seccomp type is Localhost", { node: [...path2, "localhostProfile"] });
  }
}
function checkAppArmorProfile(raw, path2, errors) {
  const profile = asRecord(raw);
  if (!profile) return;
  const type = stringOf(profile.type) ?? "";
  if (type === "") {
    errors.required([...path2, "type"], "type is required when appArmorProfile is set", { node: "type" in profile ? [...path2, "type"] : path2 });
    return;
  }
  if (!PROFILE_TYPES.includes(type)) {
    errors.notSupported([...path2, "type"], type, PROFILE_TYPES);
    return;
  }
  const localhost = stringOf(profile.localhostProfile);
  const field2 = [...path2, "localhostProfile"];
  if (type === "Localhost") {
    if (localhost === void 0 || localhost.trim() === "") {
      errors.required(field2, "must be set when AppArmor type is Localhost", { node: localhost === void 0 ? [...path2, "type"] : field2 });
    } else {
      if (localhost !== localhost.trim()) errors.invalid(field2, localhost, "must not be padded with whitespace");
      if (Buffer.byteLength(localhost, "utf8") > APP_ARMOR_LOCALHOST_MAX) errors.tooLong(field2, APP_ARMOR_LOCALHOST_MAX);
    }
  } else if (localhost !== void 0) {
    errors.invalid(field2, localhost, "can only be set when AppArmor type is Localhost");
  }
}
function checkLocalPath(target, path2, errors, node) {
  if (target.startsWith("/")) errors.invalid(path2, target, "must be a relative path", { node });
  if (target.split("/").includes("..")) errors.invalid(path2, target, "must not contain '..'", { node });
}
function checkWindowsOptions(raw, path2, errors) {
  const options = asRecord(raw);
  if (!options) return;
  const specName = stringOf(options.gmsaCredentialSpecName);
  if (specName) for (const message of isDNS1123Subdomain(specName)) errors.invalid([...path2, "gmsaCredentialSpecName"], specName, message);
  const spec = stringOf(options.gmsaCredentialSpec);
  if (spec !== void 0) {
    if (spec === "") errors.invalid([...path2, "gmsaCredentialSpec"], spec, "gmsaCredentialSpec cannot be an empty string");
    else if (Buffer.byteLength(spec, "utf8") > 64 * 1024) errors.invalid([...path2, "gmsaCredentialSpec"], spec, "gmsaCredentialSpec size must be under 64 KiB");
  }
  const userName = stringOf(options.runAsUserName);
  if (userName !== void 0) for (const message of runAsUserNameErrors(userName)) errors.invalid([...path2, "runAsUserName"], userName, message);
}
var NETBIOS = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/;
var DNS_DOMAIN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)*[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;
function runAsUserNameErrors(name) {
  if (name === "") return ["runAsUserName cannot be an empty string"];
  if (/[\x00-\x1f\x7f]/.test(name)) return ["runAsUserName cannot contain control characters"];
  const parts = name.split("\\");
  if (parts.length > 2) return ["runAsUserName cannot contain more than one backslash"];
  const [domain, user] = parts.length === 2 ? parts : ["", parts[0]];
  const out = [];
  if (domain !== "") {
    if (domain.length >= 256) out.push("runAsUserName's Domain length must be under 256 characters");
    else if (!NETBIOS.test(domain) && !DNS_DOMAIN.test(domain)) out.push("runAsUserName's Domain doesn't match the NetBios nor the DNS format");
  }
  if (user === "") out.push("runAsUserName's User cannot be empty");
  else if (user.length > 104) out.push("runAsUserName's User length must not be longer than 104 characters");
  else if (/^[. ]+$/.test(user)) out.push("runAsUserName's User cannot contain only periods or spaces");
  else if (/["/\\:;|=,+*?<>@[\]]/.test(user)) out.push(`runAsUserName's User cannot contain the following characters: "/\\:;|=,+*?<>@[]`);
  return out;
}
function checkContainerSecurityContext(ref, podSpec, errors) {
  const context = asRecord(ref.container.securityContext);
  if (!context) return;
  const path2 = [...ref.path, "securityContext"];
  if (context.allowPrivilegeEscalation === false) {
    const why = "`allowPrivilegeEscalation: false` sets no_new_privs, which a privileged container or CAP_SYS_ADMIN would defeat. Drop one of them.";
    if (context.privileged === true) {
      errors.invalid(path2, context, "cannot set `allowPrivilegeEscalation` to false and `privileged` to true", { node: [...path2, "allowPrivilegeEscalation"], why });
    }
    for (const capability of asArray(asRecord(context.capabilities)?.add)) {
      if (capability === "CAP_SYS_ADMIN") {
        errors.invalid(path2, context, "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN", { node: [...path2, "allowPrivilegeEscalation"], why });
      }
    }
  }
  checkID(context.runAsUser, [...path2, "runAsUser"], errors);
  checkID(context.runAsGroup, [...path2, "runAsGroup"], errors);
  if (errors.features.procMount) {
    const procMount2 = stringOf(context.procMount);
    if (procMount2 !== void 0) {
      if (!PROC_MOUNT_TYPES.includes(procMount2)) errors.notSupported([...path2, "procMount"], procMount2, PROC_MOUNT_TYPES);
      else if (procMount2 === "Unmasked" && podSpec.hostUsers !== false) {
        errors.invalid([...path2, "procMount"], procMount2, "`hostUsers` must be false to use `Unmasked`", {
          why: "An unmasked /proc is only safe in a user namespace of the pod's own: set `hostUsers: false` in the pod spec, or drop procMount."
        });
      }
    }
  }
  checkSeccompProfile(context.seccompProfile, [...path2, "seccompProfile"], errors);
  if (errors.features.appArmorFields) checkAppArmorProfile(context.appArmorProfile, [...path2, "appArmorProfile"], errors);
  checkWindowsOptions(context.windowsOptions, [...path2, "windowsOptions"], errors);
}
var WINDOWS_POD_FIELDS = [
  ["appArmorProfile", isPresent],
  ["seLinuxOptions", isPresent],
  ["seccompProfile", isPresent],
  ["fsGroup", isPresent],
  ["fsGroupChangePolicy", isPresent],
  ["sysctls", (v) => Array.isArray(v) && v.length > 0],
  ["runAsUser", isPresent],
  ["runAsGroup", isPresent],
  ["supplementalGroups", isPresent],
  ["supplementalGroupsPolicy", isPresent],
  ["seLinuxChangePolicy", isPresent]
];
var WINDOWS_CONTAINER_FIELDS = ["appArmorProfile", "seLinuxOptions", "seccompProfile", "capabilities", "readOnlyRootFilesystem", "privileged", "allowPrivilegeEscalation", "procMount", "runAsUser", "runAsGroup"];
function isPresent(value) {
  return value !== void 0 && value !== null;
}
function checkOSFields(podSpec, containers, errors) {
  const os = stringOf(asRecord(podSpec.os)?.name);
  const context = asRecord(podSpec.securityContext);
  if (os === "linux") {
    const why2 = "A pod with `os.name: linux` runs on Linux nodes only: Windows options mean nothing there. Remove them, or set os.name to windows.";
    if (context && isPresent(context.windowsOptions)) errors.forbidden([...PS, "windowsOptions"], "windows options cannot be set for a linux pod", { why: why2 });
    for (const ref of containers) {
      if (isPresent(asRecord(ref.container.securityContext)?.windowsOptions)) {
        errors.forbidden([...ref.path, "securityContext", "windowsOptions"], "windows options cannot be set for a linux pod", { why: why2 });
      }
    }
    return;
  }
  if (os !== "windows") return;
  const detail = "cannot be set for a windows pod";
  const why = "A pod with `os.name: windows` runs on Windows nodes, which have none of these Linux features. Remove the field, or set os.name to linux.";
  const enabled = errors.features;
  for (const [field2, when] of WINDOWS_POD_FIELDS) {
    if (!context || !when(context[field2])) continue;
    if (field2 === "appArmorProfile" && !enabled.appArmorFields) continue;
    if (field2 === "supplementalGroupsPolicy" && !enabled.supplementalGroupsPolicy) continue;
    if (field2 === "seLinuxChangePolicy" && !enabled.seLinuxChangePolicy) continue;
    errors.forbidden([...PS, field2], detail, { why });
  }
  if (enabled.hostUsers && isPresent(podSpec.hostUsers)) errors.forbidden([...POD_SPEC_PATH, "hostUsers"], detail, { why });
  for (const field2 of ["hostPID", "hostIPC"]) if (podSpec[field2] === true) errors.forbidden([...POD_SPEC_PATH, field2], detail, { why });
  if (isPresent(podSpec.shareProcessNamespace)) errors.forbidden([...POD_SPEC_PATH, "shareProcessNamespace"], detail, { why });
  for (const ref of containers) {
    const sc = asRecord(ref.container.securityContext);
    if (!sc) continue;
    for (const field2 of WINDOWS_CONTAINER_FIELDS) {
      if (!isPresent(sc[field2])) continue;
      if (field2 === "appArmorProfile" && !enabled.appArmorFields) continue;
      if (field2 === "procMount" && !enabled.procMount) continue;
      errors.forbidden([...ref.path, "securityContext", field2], detail, { why });
    }
  }
}
function checkHostProcess(podSpec, containers, errors) {
  const podValue = asRecord(asRecord(asRecord(podSpec.securityContext)?.windowsOptions))?.hostProcess;
  const podHostProcess = typeof podValue === "boolean" ? podValue : void 0;
  let any = false;
  let all = true;
  for (const ref of containers) {
    const value = asRecord(asRecord(ref.container.securityContext)?.windowsOptions)?.hostProcess;
    const own = typeof value === "boolean" ? value : void 0;
    if (own !== void 0 && podHostProcess !== void 0 && own !== podHostProcess) {
      errors.invalid([...ref.path, "securityContext", "windowsOptions", "hostProcess"], own, `pod hostProcess value must be identical if both are specified, was ${podHostProcess}`);
    }
    const effective = own ?? podHostProcess ?? false;
    any ||= effective;
    all &&= effective;
  }
  if (!any) return;
  if (!all) {
    errors.invalid([...POD_SPEC_PATH], "", "If pod contains any hostProcess containers then all containers must be HostProcess containers", {
      why: "A Windows HostProcess pod runs on the host: its containers must all be HostProcess containers."
    });
  }
  if (podSpec.hostNetwork !== true) {
    errors.invalid([...POD_SPEC_PATH, "hostNetwork"], false, "hostNetwork must be true if pod contains any hostProcess containers", {
      node: isSet(podSpec, "hostNetwork") ? [...POD_SPEC_PATH, "hostNetwork"] : [...POD_SPEC_PATH]
    });
  }
}

// src/rules/api-validation/volumes.ts
var VOLUME_SOURCES = [
  ["emptyDir", "emptyDir"],
  ["hostPath", "hostPath"],
  ["gitRepo", "gitRepo"],
  ["gcePersistentDisk", "gcePersistentDisk"],
  ["awsElasticBlockStore", "awsElasticBlockStore"],
  ["secret", "secret"],
  ["nfs", "nfs"],
  ["iscsi", "iscsi"],
  ["glusterfs", "glusterfs"],
  ["flocker", "flocker"],
  ["persistentVolumeClaim", "persistentVolumeClaim"],
  ["rbd", "rbd"],
  ["cinder", "cinder"],
  ["cephfs", "cephFS"],
  ["quobyte", "quobyte"],
  ["downwardAPI", "downwarAPI"],
  ["fc", "fc"],
  ["flexVolume", "flexVolume"],
  ["configMap", "configMap"],
  ["azureFile", "azureFile"],
  ["vsphereVolume", "vsphereVolume"],
  ["photonPersistentDisk", "photonPersistentDisk"],
  ["portworxVolume", "portworxVolume"],
  ["azureDisk", "azureDisk"],
  ["storageos", "storageos"],
  ["projected", "projected"],
  ["scaleIO", "scaleIO"],
  ["csi", "csi"],
  ["ephemeral", "ephemeral"],
  ["image", "image"]
];
var VOLUME_SOURCE_ORDER = new Map(VOLUME_SOURCES.map(([field2], order) => [field2, order]));
var HOST_PATH_TYPES = ["", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"];
var MOUNT_PROPAGATIONS = ["Bidirectional", "HostToContainer", "None"];
var RECURSIVE_READ_ONLY = ["Disabled", "Enabled", "IfPossible"];
var PULL_POLICIES2 = ["Always", "IfNotPresent", "Never"];
var ACCESS_MODES = ["ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"];
var VOLUME_MODES = ["Block", "Filesystem"];
var AZURE_CACHING_MODES = ["None", "ReadOnly", "ReadWrite"];
var AZURE_KINDS = ["Dedicated", "Managed", "Shared"];
var FILE_MODE_ERROR_MSG = "must be a number between 0 and 0777 (octal), both inclusive";
var MIN_TOKEN_SECONDS = 600;
var MAX_TOKEN_SECONDS = 4294967296;
function volumePath(index, ...rest) {
  return [...POD_SPEC_PATH, "volumes", index, ...rest];
}
function checkVolumes(podSpec, errors) {
  const volumes = podSpec.volumes;
  const dropped = /* @__PURE__ */ new Set();
  if (volumes !== void 0 && !Array.isArray(volumes)) return { accepted: "unknown", dropped };
  const accepted = /* @__PURE__ */ new Map();
  if (!Array.isArray(volumes)) return { accepted, dropped };
  const seen = /* @__PURE__ */ new Set();
  let unknown = false;
  for (let index = 0; index < volumes.length; index++) {
    const volume = asRecord(volumes[index]);
    const name = volume?.name;
    if (!volume || name !== void 0 && typeof name !== "string") {
      unknown = true;
      continue;
    }
    if (!errors.features.imageVolumes && isSet(volume, "image")) {
      if (typeof name === "string") dropped.add(name);
      continue;
    }
    const before = errors.count;
    const source = checkVolumeSource(volume, index, errors);
    if (name === void 0 || name === "") {
      errors.required(volumePath(index, "name"), "", { node: name === void 0 ? volumePath(index) : volumePath(index, "name"), why: "Every volume needs a name, which its mounts refer to." });
      continue;
    }
    for (const message of isDNS1123Label(name)) errors.invalid(volumePath(index, "name"), name, message, { why: "A volume name is a DNS label: lower case letters, digits and -, at most 63." });
    let valid = true;
    if (seen.has(name)) {
      errors.duplicate(volumePath(index, "name"), name);
      valid = false;
    }
    seen.add(name);
    if (valid && errors.count === before) accepted.set(name, source ?? "emptyDir");
  }
  return { accepted: unknown ? "unknown" : accepted, dropped };
}
function checkVolumeSource(volume, index, errors) {
  let firstOrder;
  let sources = 0;
  for (const key in volume) {
    const order = VOLUME_SOURCE_ORDER.get(key);
    if (order === void 0 || !isSet(volume, key)) continue;
    sources++;
    if (firstOrder === void 0 || order < firstOrder) firstOrder = order;
  }
  if (firstOrder === void 0) return void 0;
  if (sources > 1) {
    for (let i = firstOrder + 1; i < VOLUME_SOURCES.length; i++) {
      const [field2, reportedAs] = VOLUME_SOURCES[i];
      if (isSet(volume, field2)) {
        errors.forbidden(volumePath(index, reportedAs), "may not specify more than 1 volume type", { node: volumePath(index, field2), why: "A volume has one source: keep one of them." });
      }
    }
  }
  const first = VOLUME_SOURCES[firstOrder][0];
  const source = asRecord(volume[first]);
  if (!source) return first;
  const at2 = volumePath(index, first);
  const check = SOURCE_CHECKS[first];
  if (check) check(source, at2, errors);
  return first;
}
function requireField(source, at2, field2, errors, detail = "", reportedAt = [...at2, field2]) {
  const value = source[field2];
  const empty = value === void 0 || value === "" || Array.isArray(value) && value.length === 0;
  if (empty) errors.required(reportedAt, detail, { node: field2 in source ? [...at2, field2] : at2 });
  return !empty;
}
var SOURCE_CHECKS = {
  hostPath(source, at2, errors) {
    if (!requireField(source, at2, "path", errors)) return;
    const hostPath = stringOf(source.path) ?? "";
    if (hostPath.split("/").includes("..")) errors.invalid([...at2, "path"], hostPath, "must not contain '..'");
    const type = stringOf(source.type);
    if (type !== void 0 && !HOST_PATH_TYPES.includes(type)) errors.notSupported([...at2, "type"], type, HOST_PATH_TYPES);
  },
  emptyDir(source, at2, errors) {
    const size = parseQuantity(source.sizeLimit);
    if (size && size.sign < 0) errors.forbidden([...at2, "sizeLimit"], "SizeLimit field must be a valid resource quantity", { node: [...at2, "sizeLimit"], at: "value" });
  },
  secret(source, at2, errors) {
    requireField(source, at2, "secretName", errors);
    checkFileMode(source.defaultMode, [...at2, "defaultMode"], errors);
    checkKeyToPaths(source.items, [...at2, "items"], errors);
  },
  configMap(source, at2, errors) {
    requireField(source, at2, "name", errors);
    checkFileMode(source.defaultMode, [...at2, "defaultMode"], errors);
    checkKeyToPaths(source.items, [...at2, "items"], errors);
  },
  persistentVolumeClaim(source, at2, errors) {
    requireField(source, at2, "claimName", errors);
  },
  downwardAPI(source, at2, errors) {
    checkFileMode(source.defaultMode, [...at2, "defaultMode"], errors);
    checkDownwardAPIItems(source.items, at2, at2, errors);
  },
  projected(source, at2, errors) {
    checkFileMode(source.defaultMode, [...at2, "defaultMode"], errors);
    checkProjectedSources(source, at2, errors);
  },
  ephemeral(source, at2, errors) {
    checkEphemeral(source, at2, errors);
  },
  csi(source, at2, errors) {
    if (!requireField(source, at2, "driver", errors)) return;
    const driver = stringOf(source.driver) ?? "";
    if (driver.length > 63) errors.tooLong([...at2, "driver"], 63);
    for (const message of isDNS1123Subdomain(driver.toLowerCase())) errors.invalid([...at2, "driver"], driver, message);
    const secret = asRecord(source.nodePublishSecretRef);
    if (secret) {
      const name = stringOf(secret.name) ?? "";
      if (name === "") errors.required([...at2, "nodePublishSecretRef", "name"], "", { node: [...at2, "nodePublishSecretRef"] });
      else for (const message of nameIsDNSSubdomain(name)) errors.invalid([...at2, "name"], name, message, { node: [...at2, "nodePublishSecretRef", "name"] });
    }
  },
  image(source, at2, errors) {
    const policy = stringOf(source.pullPolicy) ?? "";
    if (policy === "") errors.required([...at2, "pullPolicy"], "", { node: "pullPolicy" in source ? [...at2, "pullPolicy"] : at2 });
    else if (!PULL_POLICIES2.includes(policy)) errors.notSupported([...at2, "pullPolicy"], policy, PULL_POLICIES2);
  },
  nfs(source, at2, errors) {
    requireField(source, at2, "server", errors);
    const path2 = stringOf(source.path) ?? "";
    if (path2 === "") errors.required([...at2, "path"], "", { node: "path" in source ? [...at2, "path"] : at2 });
    if (!path2.startsWith("/")) errors.invalid([...at2, "path"], path2, "must be an absolute path", { node: "path" in source ? [...at2, "path"] : at2 });
  },
  iscsi(source, at2, errors) {
    requireField(source, at2, "targetPortal", errors);
    if (requireField(source, at2, "iqn", errors)) for (const message of iqnErrors(stringOf(source.iqn) ?? "")) errors.invalid([...at2, "iqn"], source.iqn, message);
    const lun = int32Of(source.lun);
    if (lun !== void 0 && (lun < 0 || lun > 255)) errors.invalid([...at2, "lun"], lun, "must be between 0 and 255, inclusive");
    if ((source.chapAuthDiscovery === true || source.chapAuthSession === true) && !isSet(source, "secretRef")) errors.required([...at2, "secretRef"], "", { node: at2 });
    const initiator = stringOf(source.initiatorName);
    if (initiator !== void 0) for (const message of iqnErrors(initiator)) errors.invalid([...at2, "initiatorname"], initiator, message, { node: [...at2, "initiatorName"] });
  },
  gitRepo(source, at2, errors) {
    requireField(source, at2, "repository", errors);
    const directory = stringOf(source.directory);
    if (directory) {
      if (directory.startsWith("/")) errors.invalid([...at2, "directory"], directory, "must be a relative path");
      if (directory.split("/").includes("..")) errors.invalid([...at2, "directory"], directory, "must not contain '..'");
    }
  },
  gcePersistentDisk(source, at2, errors) {
    const reported = [...at2.slice(0, -1), "persistentDisk"];
    requireField(source, at2, "pdName", errors, "", [...reported, "pdName"]);
    checkPartition(source, at2, reported, errors);
  },
  awsElasticBlockStore(source, at2, errors) {
    requireField(source, at2, "volumeID", errors);
    checkPartition(source, at2, at2, errors);
  },
  glusterfs(source, at2, errors) {
    requireField(source, at2, "endpoints", errors);
    requireField(source, at2, "path", errors);
  },
  flocker(source, at2, errors) {
    const name = stringOf(source.datasetName) ?? "";
    const uuid = stringOf(source.datasetUUID) ?? "";
    if (name === "" && uuid === "") errors.required(at2, "one of datasetName and datasetUUID is required", { node: at2 });
    if (name !== "" && uuid !== "") errors.invalid(at2, "resource", "datasetName and datasetUUID can not be specified simultaneously", { node: at2 });
    if (name.includes("/")) errors.invalid([...at2, "datasetName"], name, "must not contain '/'");
  },
  rbd(source, at2, errors) {
    requireField(source, at2, "monitors", errors);
    requireField(source, at2, "image", errors);
  },
  cinder(source, at2, errors) {
    requireField(source, at2, "volumeID", errors);
    const secret = asRecord(source.secretRef);
    if (secret && (stringOf(secret.name) ?? "") === "") errors.required([...at2, "secretRef", "name"], "", { node: [...at2, "secretRef"] });
  },
  cephfs(source, at2, errors) {
    requireField(source, at2, "monitors", errors);
  },
  quobyte(source, at2, errors) {
    const registry = stringOf(source.registry) ?? "";
    const detail = "must be a host:port pair or multiple pairs separated by commas";
    if (registry === "") errors.required([...at2, "registry"], detail, { node: "registry" in source ? [...at2, "registry"] : at2 });
    else for (const pair of registry.split(",")) if (!/^[^:]+:[0-9]+$/.test(pair.trim())) errors.invalid([...at2, "registry"], registry, detail);
    const tenant = stringOf(source.tenant) ?? "";
    if (tenant.length >= 65) errors.required([...at2, "tenant"], "must be a UUID and may not exceed a length of 64 characters");
    requireField(source, at2, "volume", errors);
  },
  fc(source, at2, errors) {
    const wwns = asArray(source.targetWWNs);
    const wwids = asArray(source.wwids);
    if (wwns.length === 0 && wwids.length === 0) errors.required([...at2, "targetWWNs"], "must specify either targetWWNs or wwids, but not both", { node: at2 });
    if (wwns.length > 0 && wwids.length > 0) errors.invalid([...at2, "targetWWNs"], wwns, "targetWWNs and wwids can not be specified simultaneously");
    if (wwns.length > 0) {
      const lun = int32Of(source.lun);
      if (!isSet(source, "lun")) errors.required([...at2, "lun"], "lun is required if targetWWNs is specified", { node: at2 });
      else if (lun !== void 0 && (lun < 0 || lun > 255)) errors.invalid([...at2, "lun"], lun, "must be between 0 and 255, inclusive");
    }
  },
  flexVolume(source, at2, errors) {
    requireField(source, at2, "driver", errors);
    const options = asRecord(source.options);
    for (const key of Object.keys(options ?? {})) {
      const prefix = key.includes("/") ? key.slice(0, key.indexOf("/")).toLowerCase() : "";
      if (prefix === "kubernetes.io" || prefix === "k8s.io" || prefix.endsWith(".kubernetes.io") || prefix.endsWith(".k8s.io")) {
        errors.invalid(mapKey([...at2, "options"], key), key, "kubernetes.io and k8s.io namespaces are reserved", { node: [...at2, "options", key], at: "key" });
      }
    }
  },
  azureFile(source, at2, errors) {
    requireField(source, at2, "secretName", errors);
    requireField(source, at2, "shareName", errors);
  },
  vsphereVolume(source, at2, errors) {
    requireField(source, at2, "volumePath", errors);
  },
  photonPersistentDisk(source, at2, errors) {
    requireField(source, at2, "pdID", errors);
  },
  portworxVolume(source, at2, errors) {
    requireField(source, at2, "volumeID", errors);
  },
  azureDisk(source, at2, errors) {
    requireField(source, at2, "diskName", errors);
    requireField(source, at2, "diskURI", errors);
    const caching = stringOf(source.cachingMode);
    if (caching !== void 0 && !AZURE_CACHING_MODES.includes(caching)) errors.notSupported([...at2, "cachingMode"], caching, AZURE_CACHING_MODES);
    const kind = stringOf(source.kind);
    if (kind !== void 0 && !AZURE_KINDS.includes(kind)) errors.notSupported([...at2, "kind"], kind, AZURE_KINDS);
    const uri = stringOf(source.diskURI);
    if (uri && kind === "Managed" && !uri.startsWith("/subscriptions/")) {
      errors.notSupported([...at2, "diskURI"], uri, ["/subscriptions/{sub-id}/resourcegroups/{group-name}/providers/microsoft.compute/disks/{disk-id}"]);
    } else if (uri && kind !== void 0 && kind !== "Managed" && !uri.startsWith("https://")) {
      errors.notSupported([...at2, "diskURI"], uri, ["https://{account-name}.blob.core.windows.net/{container-name}/{disk-name}.vhd"]);
    }
  },
  scaleIO(source, at2, errors) {
    requireField(source, at2, "gateway", errors);
    requireField(source, at2, "system", errors);
    requireField(source, at2, "volumeName", errors);
  },
  storageos(source, at2, errors) {
    const name = stringOf(source.volumeName) ?? "";
    if (name === "") errors.required([...at2, "volumeName"], "", { node: "volumeName" in source ? [...at2, "volumeName"] : at2 });
    else for (const message of isDNS1123Label(name)) errors.invalid([...at2, "volumeName"], name, message);
    const namespace = stringOf(source.volumeNamespace);
    if (namespace) for (const message of isDNS1123Label(namespace)) errors.invalid([...at2, "volumeNamespace"], namespace, message);
    const secret = asRecord(source.secretRef);
    if (secret && (stringOf(secret.name) ?? "") === "") errors.required([...at2, "secretRef", "name"], "", { node: [...at2, "secretRef"] });
  }
};
function iqnErrors(value) {
  if (value.startsWith("iqn.")) return /^iqn\.\d{4}-\d{2}\.[^:]+(:.*)?$/.test(value) ? [] : ["must be valid format"];
  if (value.startsWith("eui.")) return /^eui\.[0-9A-Fa-f]{16}$/.test(value) ? [] : ["must be valid format"];
  if (value.startsWith("naa.")) return /^naa\.[0-9A-Fa-f]{32}$/.test(value) ? [] : ["must be valid format"];
  return ["must be valid format starting with iqn, eui, or naa"];
}
function checkPartition(source, at2, reported, errors) {
  const partition = int32Of(source.partition);
  if (partition !== void 0 && (partition < 0 || partition > 255)) {
    errors.invalid([...reported, "partition"], partition, "must be between 1 and 255, inclusive", { node: [...at2, "partition"] });
  }
}
function checkFileMode(mode, path2, errors, reportedAt = path2) {
  const value = int32Of(mode);
  if (value !== void 0 && (value < 0 || value > 511)) {
    errors.invalid(reportedAt, value, FILE_MODE_ERROR_MSG, { node: path2, why: "A file mode is an octal permission such as 0644 (write it with a leading 0: Kubernetes reads 0644 as octal, 644 as decimal)." });
  }
}
function checkKeyToPaths(items, path2, errors) {
  asArray(items).forEach((item, index) => {
    const record = asRecord(item);
    if (!record) return;
    const at2 = [...path2, index];
    requireField(record, at2, "key", errors);
    const itemPath = stringOf(record.path) ?? "";
    if (itemPath === "") errors.required([...at2, "path"], "", { node: "path" in record ? [...at2, "path"] : at2 });
    checkLocalNonReservedPath(itemPath, [...at2, "path"], errors);
    checkFileMode(record.mode, [...at2, "mode"], errors);
  });
}
function checkLocalDescendingPath(target, path2, errors, node) {
  if (target.startsWith("/")) errors.invalid(path2, target, "must be a relative path", { node });
  if (target.split("/").includes("..")) errors.invalid(path2, target, "must not contain '..'", { node });
}
function checkLocalNonReservedPath(target, path2, errors, node) {
  checkLocalDescendingPath(target, path2, errors, node);
  if (target.startsWith("..") && !target.startsWith("../")) errors.invalid(path2, target, "must not start with '..'", { node });
}
function checkDownwardAPIItems(items, at2, reportedAt, errors) {
  asArray(items).forEach((raw, index) => {
    const item = asRecord(raw);
    if (!item) return;
    const itemAt = [...at2, "items", index];
    const path2 = stringOf(item.path) ?? "";
    if (path2 === "") errors.required([...reportedAt, "path"], "", { node: "path" in item ? [...itemAt, "path"] : itemAt });
    checkLocalNonReservedPath(path2, [...reportedAt, "path"], errors, [...itemAt, "path"]);
    const fieldRef = asRecord(item.fieldRef);
    const resourceFieldRef = asRecord(item.resourceFieldRef);
    if (fieldRef) checkObjectFieldSelector(fieldRef, [...itemAt, "fieldRef"], VOLUME_FIELD_PATHS, errors, [...reportedAt, "fieldRef"]);
    if (fieldRef && resourceFieldRef) errors.invalid(reportedAt, "resource", "fieldRef and resourceFieldRef can not be specified simultaneously", { node: itemAt });
    else if (!fieldRef && !resourceFieldRef) errors.required(reportedAt, "one of fieldRef and resourceFieldRef is required", { node: itemAt });
    if (resourceFieldRef) checkResourceFieldSelector(resourceFieldRef, [...itemAt, "resourceFieldRef"], true, errors);
    checkFileMode(item.mode, [...itemAt, "mode"], errors, [...reportedAt, "mode"]);
  });
}
var PROJECTION_KINDS = ["secret", "configMap", "downwardAPI", "serviceAccountToken", "clusterTrustBundle", "podCertificate"];
function checkProjectedSources(source, at2, errors) {
  const paths = /* @__PURE__ */ new Set();
  const claim = (path2, value, node) => {
    if (path2 === "") return;
    if (paths.has(path2)) errors.invalid(at2, value, "conflicting duplicate paths", { node, why: "Two projections write the same file: give each its own path." });
    paths.add(path2);
  };
  asArray(source.sources).forEach((raw, index) => {
    const projection = asRecord(raw);
    if (!projection) return;
    const sourceAt = [...at2, "sources", index];
    const kinds = PROJECTION_KINDS.filter((k) => isSet(projection, k) && k !== "clusterTrustBundle" && k !== "podCertificate");
    if (kinds.length > 1) {
      for (const kind of kinds.slice(1)) errors.forbidden(sourceAt, "may not specify more than 1 volume type per source", { node: [...sourceAt, kind] });
    }
    for (const kind of ["secret", "configMap"]) {
      const ref = asRecord(projection[kind]);
      if (!ref) continue;
      const refAt = [...sourceAt, kind];
      requireField(ref, refAt, "name", errors);
      checkKeyToPaths(ref.items, [...refAt, "items"], errors);
      asArray(ref.items).forEach((rawItem, i) => {
        const item = asRecord(rawItem);
        if (item) claim(stringOf(item.path) ?? "", stringOf(ref.name) ?? "", [...refAt, "items", i, "path"]);
      });
    }
    const downward = asRecord(projection.downwardAPI);
    if (downward) {
      const downAt = [...sourceAt, "downwardAPI"];
      checkDownwardAPIItems(downward.items, downAt, downAt, errors);
      asArray(downward.items).forEach((rawItem, i) => {
        const item = asRecord(rawItem);
        const path2 = stringOf(item?.path) ?? "";
        if (item) claim(path2, path2, [...downAt, "items", i, "path"]);
      });
    }
    const token = asRecord(projection.serviceAccountToken);
    if (token) {
      const tokenAt = [...sourceAt, "serviceAccountToken"];
      const seconds = int64Of(token.expirationSeconds) ?? 3600;
      if (seconds < MIN_TOKEN_SECONDS) errors.invalid([...tokenAt, "expirationSeconds"], seconds, "may not specify a duration less than 10 minutes", { why: "The kubelet refreshes projected tokens; the API refuses lifetimes under 10 minutes." });
      else if (seconds > MAX_TOKEN_SECONDS) errors.invalid([...tokenAt, "expirationSeconds"], seconds, "may not specify a duration larger than 2^32 seconds");
      const path2 = stringOf(token.path) ?? "";
      if (path2 === "") errors.required([...at2, "path"], "", { node: "path" in token ? [...tokenAt, "path"] : tokenAt });
      checkLocalNonReservedPath(path2, [...at2, "path"], errors, [...tokenAt, "path"]);
    }
  });
}
function checkEphemeral(source, at2, errors) {
  const template = asRecord(source.volumeClaimTemplate);
  const templateAt = [...at2, "volumeClaimTemplate"];
  if (!template) {
    errors.required(templateAt, "", { node: at2, why: "An ephemeral volume is made from its volumeClaimTemplate." });
    return;
  }
  const metadata = asRecord(template.metadata);
  if (metadata) {
    checkLabels(metadata.labels, [...templateAt, "metadata", "labels"], errors);
    checkAnnotations(metadata.annotations, [...templateAt, "metadata", "annotations"], errors);
    for (const key of Object.keys(metadata)) {
      if (key === "labels" || key === "annotations" || !isSet(metadata, key)) continue;
      errors.forbidden([...templateAt, "metadata", key], "cannot be set", { why: "The claim's name and namespace come from the pod and the volume; only labels and annotations may be set." });
    }
  }
  const spec = asRecord(template.spec) ?? {};
  const specAt = [...templateAt, "spec"];
  const modes = asArray(spec.accessModes).filter((m) => typeof m === "string");
  if (modes.length === 0) errors.required([...specAt, "accessModes"], "at least 1 access mode is required", { node: "accessModes" in spec ? [...specAt, "accessModes"] : "spec" in template ? specAt : templateAt });
  for (const mode of modes) if (!ACCESS_MODES.includes(mode)) errors.notSupported([...specAt, "accessModes"], mode, ACCESS_MODES);
  if (modes.includes("ReadWriteOncePod") && modes.length > 1) errors.forbidden([...specAt, "accessModes"], "may not use ReadWriteOncePod with other access modes");
  checkLabelSelector(spec.selector, [...specAt, "selector"], errors);
  const storage = parseQuantity(asRecord(asRecord(spec.resources)?.requests)?.storage);
  const storageAt = mapKey([...specAt, "resources"], "storage");
  if (!storage) {
    if (asRecord(asRecord(spec.resources)?.requests)?.storage === void 0) errors.required(storageAt, "", { node: "resources" in spec ? [...specAt, "resources"] : specAt });
  } else if (storage.sign <= 0) {
    errors.invalid(storageAt, asRecord(asRecord(spec.resources)?.requests)?.storage, "must be greater than zero", { node: [...specAt, "resources", "requests", "storage"] });
  }
  const className = stringOf(spec.storageClassName);
  if (className) for (const message of nameIsDNSSubdomain(className)) errors.invalid([...specAt, "storageClassName"], className, message);
  const volumeMode = stringOf(spec.volumeMode);
  if (volumeMode !== void 0 && !VOLUME_MODES.includes(volumeMode)) errors.notSupported([...specAt, "volumeMode"], volumeMode, VOLUME_MODES);
  for (const field2 of ["dataSource", "dataSourceRef"]) {
    const ref = asRecord(spec[field2]);
    if (!ref) continue;
    const refAt = [...specAt, field2];
    requireField(ref, refAt, "name", errors);
    requireField(ref, refAt, "kind", errors);
    const group = stringOf(ref.apiGroup) ?? "";
    if (group === "" && (stringOf(ref.kind) ?? "") !== "" && ref.kind !== "PersistentVolumeClaim" && field2 === "dataSource") {
      errors.invalid(refAt, ref.kind, "must be 'PersistentVolumeClaim' when referencing the default apiGroup", { node: [...refAt, "kind"] });
    }
    if (group !== "") for (const message of isDNS1123Subdomain(group)) errors.invalid([...refAt, "apiGroup"], group, message);
    const namespace = stringOf(ref.namespace);
    if (field2 === "dataSourceRef" && namespace) for (const message of isDNS1123Label(namespace)) errors.invalid([...refAt, "namespace"], namespace, message);
  }
  const vac = stringOf(spec.volumeAttributesClassName);
  if (vac && errors.features.minor >= 34) for (const message of nameIsDNSSubdomain(vac)) errors.invalid([...specAt, "volumeAttributesClassName"], vac, message);
}
function checkVolumeMounts(ref, volumes, errors) {
  const devices = checkVolumeDevices(ref, volumes, errors);
  const mounts = asArray(ref.container.volumeMounts);
  const mountPaths = /* @__PURE__ */ new Set();
  const privileged2 = asRecord(ref.container.securityContext)?.privileged;
  const accepted = volumes.accepted;
  for (let index = 0; index < mounts.length; index++) {
    const mount = asRecord(mounts[index]);
    if (!mount) continue;
    const name = stringOf(mount.name) ?? (mount.name === void 0 ? "" : void 0);
    if (name !== void 0 && volumes.dropped.has(name)) continue;
    const at2 = [...ref.path, "volumeMounts", index];
    if (name === "") errors.required([...at2, "name"], "", { node: "name" in mount ? [...at2, "name"] : at2 });
    if (name !== void 0 && accepted !== "unknown" && !accepted.has(name)) {
      errors.notFound([...at2, "name"], name, { node: "name" in mount ? [...at2, "name"] : at2, why: "A mount names one of the pod's volumes (a volume with an error of its own counts as missing)." });
    }
    if (name && devices.names.has(name)) errors.invalid([...at2, "name"], name, "must not already exist in volumeDevices");
    const target = stringOf(mount.mountPath) ?? (mount.mountPath === void 0 ? "" : void 0);
    if (target !== void 0) {
      if (target === "") errors.required([...at2, "mountPath"], "", { node: "mountPath" in mount ? [...at2, "mountPath"] : at2 });
      if (mountPaths.has(target)) errors.invalid([...at2, "mountPath"], target, "must be unique", { node: "mountPath" in mount ? [...at2, "mountPath"] : at2, why: "Two mounts of one container cannot share a mountPath." });
      mountPaths.add(target);
      if (target !== "" && devices.paths.has(target)) errors.invalid([...at2, "mountPath"], target, "must not already exist as a path in volumeDevices");
    }
    const subPath = stringOf(mount.subPath) ?? "";
    const subPathExpr = stringOf(mount.subPathExpr) ?? "";
    if (subPath || subPathExpr || mount.mountPropagation !== void 0 || mount.recursiveReadOnly !== void 0) {
      checkMountOptions(ref, index, mount, subPath, subPathExpr, privileged2, errors);
    }
  }
}
function checkMountOptions(ref, index, mount, subPath, subPathExpr, privileged2, errors) {
  const listPath = [...ref.path, "volumeMounts"];
  const at2 = [...listPath, index];
  if (subPath) checkLocalDescendingPath(subPath, [...listPath, "subPath"], errors, [...at2, "subPath"]);
  if (subPathExpr) {
    if (subPath) errors.invalid([...at2, "subPathExpr"], subPathExpr, "subPathExpr and subPath are mutually exclusive");
    checkLocalDescendingPath(subPathExpr, [...listPath, "subPathExpr"], errors, [...at2, "subPathExpr"]);
  }
  const propagation = stringOf(mount.mountPropagation);
  if (propagation !== void 0) {
    const anchor = { node: [...at2, "mountPropagation"], at: "value" };
    if (!MOUNT_PROPAGATIONS.includes(propagation)) errors.notSupported([...listPath, "mountPropagation"], propagation, MOUNT_PROPAGATIONS, anchor);
    if (propagation === "Bidirectional" && privileged2 !== true && (privileged2 === void 0 || typeof privileged2 === "boolean")) {
      errors.forbidden([...listPath, "mountPropagation"], "Bidirectional mount propagation is available only to privileged containers", {
        ...anchor,
        why: "Mounts made inside the container propagate back to the host only from a privileged container: set `privileged: true` (and justify it) or use HostToContainer."
      });
    }
  }
  const recursiveReadOnly = stringOf(mount.recursiveReadOnly);
  if (errors.features.recursiveReadOnly && recursiveReadOnly !== void 0 && recursiveReadOnly !== "Disabled") {
    const field2 = [...listPath, "recursiveReadOnly"];
    const anchor = { node: [...at2, "recursiveReadOnly"], at: "value" };
    if (recursiveReadOnly === "Enabled" || recursiveReadOnly === "IfPossible") {
      if (mount.readOnly !== true) errors.forbidden(field2, "may only be specified when readOnly is true", anchor);
      if (propagation !== void 0 && propagation !== "None") errors.forbidden(field2, "may only be specified when mountPropagation is None or not specified", anchor);
    } else {
      errors.notSupported(field2, recursiveReadOnly, RECURSIVE_READ_ONLY, anchor);
    }
  }
}
function checkVolumeDevices(ref, volumes, errors) {
  const names = /* @__PURE__ */ new Set();
  const paths = /* @__PURE__ */ new Set();
  const devices = asArray(ref.container.volumeDevices);
  if (devices.length === 0) return { names, paths };
  const mounts = asArray(ref.container.volumeMounts).map(asRecord);
  const mountNames = new Set(mounts.map((m) => stringOf(m?.name)).filter(Boolean));
  const mountPaths = new Set(mounts.map((m) => stringOf(m?.mountPath)).filter(Boolean));
  devices.forEach((raw, index) => {
    const device = asRecord(raw);
    if (!device) return;
    const at2 = [...ref.path, "volumeDevices", index];
    const name = stringOf(device.name) ?? "";
    if (name === "") errors.required([...at2, "name"], "", { node: "name" in device ? [...at2, "name"] : at2 });
    else {
      if (names.has(name)) errors.invalid([...at2, "name"], name, "must be unique");
      names.add(name);
      const accepted = volumes.accepted;
      if (accepted !== "unknown") {
        const source = accepted.get(name);
        if (source === void 0) errors.notFound([...at2, "name"], name);
        else if (source !== "persistentVolumeClaim" && source !== "ephemeral") {
          errors.invalid([...at2, "name"], name, "can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode");
        }
      }
      if (mountNames.has(name)) errors.invalid([...at2, "name"], name, "must not already exist in volumeMounts");
    }
    const devicePath = stringOf(device.devicePath) ?? "";
    if (devicePath === "") errors.required([...at2, "devicePath"], "", { node: "devicePath" in device ? [...at2, "devicePath"] : at2 });
    else if (devicePath.split("/").includes("..")) errors.invalid([...at2, "devicePath"], devicePath, "can not contain backsteps ('..')");
    else {
      if (paths.has(devicePath)) errors.invalid([...at2, "devicePath"], devicePath, "must be unique");
      paths.add(devicePath);
    }
    if (devicePath !== "" && mountPaths.has(devicePath)) errors.invalid([...at2, "devicePath"], devicePath, "must not already exist as a path in volumeMounts");
  });
  return { names, paths };
}

// src/rules/api-validation.ts
var api_validation_default = defineRule({
  id: "api-validation",
  meta: {
    description: "The DaemonSet passes the API server's create-time validation for the target version: metadata, names, containers, env, resources, probes, security contexts, scheduling, volumes, mounts, tolerations.",
    severity: "error",
    fixable: false,
    messages: {
      ...FIELD_ERROR_MESSAGES,
      unsafeSysctl: {
        message: "{{field}}: {{name}} is not a safe sysctl: the kubelet refuses the pod",
        help: "The API server accepts any sysctl, but the kubelet of every node refuses a pod with a sysctl outside its safe set (SysctlForbidden) unless the node runs with --allowed-unsafe-sysctls listing it, so the DaemonSet's pods fail wherever that is not set. Allow it on the nodes (and keep this finding as a reminder with a suppression), or drop the sysctl."
      }
    },
    defaultOptions: {},
    tags: ["api"]
  },
  check(daemonSet, context) {
    const errors = new FieldErrors(context, featuresFor(context.kubeVersion));
    checkMetadata(daemonSet, errors);
    checkDaemonSetSpec(daemonSet, errors);
    const podSpec = podSpecOf(daemonSet);
    if (!podSpec) return;
    const containers = containersOf(daemonSet);
    checkTemplateAnnotations(podTemplateMetadataOf(daemonSet), podSpec, containers, errors);
    checkEphemeralContainers(podSpec, containers, errors);
    const volumes = checkVolumes(podSpec, errors);
    const claims = checkPodResourceClaims(podSpec, errors);
    checkContainerNames(containers, errors);
    for (const ref of containers) {
      if (ref.list === "ephemeralContainers") continue;
      checkContainer(ref, podSpec, errors);
      checkContainerPorts(ref, errors);
      checkEnv(ref, errors);
      checkEnvFrom(ref, errors);
      checkVolumeMounts(ref, volumes, errors);
      checkContainerResources(ref, claims, errors);
      checkContainerSecurityContext(ref, podSpec, errors);
    }
    checkPodResources(podSpec, containers, errors);
    checkHostPortConflicts(containers, errors);
    checkHostNetworkPorts(containers, podSpec.hostNetwork === true, errors);
    checkPodSecurityContext(podSpec, errors, (path2, name) => {
      context.report({ path: path2, at: "value", messageId: "unsafeSysctl", severity: "warning", data: { field: fieldPath(path2).replace("spec.template.spec.", ""), name: JSON.stringify(name) } });
    });
    checkAffinity(podSpec, errors);
    checkPodSpecFields(podSpec, errors);
    checkTopologySpread(podSpec, errors);
    checkHostProcess(podSpec, containers, errors);
    checkHostUsers(podSpec, errors);
    checkTolerations(podSpec, errors);
    checkOverhead(podSpec, errors);
    checkOSFields(podSpec, containers, errors);
  }
});

// src/rules/automount-service-account-token.ts
var HELP = "Kubernetes mounts the API token of the pod's service account into every container unless told not to. This pod runs as its namespace's default service account, so the token is one the agent was never given on purpose: an agent that does not call the API server does not need it, and one that does should have a service account of its own with only the permissions it needs. Set automountServiceAccountToken: false in the pod spec, or set serviceAccountName to the agent's own service account.";
var automount_service_account_token_default = defineRule({
  id: "automount-service-account-token",
  meta: {
    description: "A pod that runs as the default service account does not mount its API token (automountServiceAccountToken: false).",
    severity: "warning",
    fixable: false,
    recommended: false,
    messages: {
      defaultAccount: { message: "pod mounts the default service account's API token", help: HELP },
      explicitDefault: { message: 'pod mounts the API token of serviceAccountName "default"', help: HELP },
      explicitTrue: { message: "automountServiceAccountToken: true for the default service account", help: HELP }
    },
    defaultOptions: {},
    tags: ["security"],
    securitySeverity: 4
  },
  check(daemonSet, context) {
    const podSpec = podSpecOf(daemonSet);
    if (!podSpec) return;
    const automount = podSpec.automountServiceAccountToken;
    if (automount === false || automount !== void 0 && automount !== null && typeof automount !== "boolean") return;
    const name = typeof podSpec.serviceAccountName === "string" && podSpec.serviceAccountName !== "" ? podSpec.serviceAccountName : podSpec.serviceAccount;
    const named = typeof name === "string" && name !== "";
    if (named && name !== "default") return;
    if (automount === true) {
      context.report({ path: [...POD_SPEC_PATH, "automountServiceAccountToken"], at: "value", messageId: "explicitTrue" });
    } else if (named) {
      const key = podSpec.serviceAccountName === name ? "serviceAccountName" : "serviceAccount";
      context.report({ path: [...POD_SPEC_PATH, key], at: "value", messageId: "explicitDefault" });
    } else {
      context.report({ path: POD_SPEC_PATH, messageId: "defaultAccount" });
    }
  }
});

// src/rules/default-namespace.ts
var WHY = "The default namespace is where everything lands that nobody placed: its RBAC, quotas, network policies and Pod Security level are shared with whatever else ends up there. A node agent belongs in a namespace of its own (or kube-system, for cluster components).";
var default_namespace_default = defineRule({
  id: "default-namespace",
  meta: {
    description: "A DaemonSet names its namespace, and it is not `default`.",
    severity: "warning",
    fixable: false,
    recommended: false,
    messages: {
      missing: {
        message: "DaemonSet has no metadata.namespace",
        help: `Without one, it goes to whatever namespace kubectl, Helm or the pipeline applies it in, often default. ${WHY} Set metadata.namespace, or, if your tooling always sets it, the rule's allowMissing option.`
      },
      default: { message: "DaemonSet is in the default namespace", help: `${WHY} Move it to a namespace of its own.` }
    },
    optionsSchema: { type: "object", additionalProperties: false, properties: { allowMissing: { type: "boolean" } } },
    defaultOptions: { allowMissing: false },
    tags: ["best-practice"]
  },
  check(daemonSet, context) {
    const metadata = asRecord(asRecord(daemonSet)?.metadata);
    const namespace = metadata?.namespace;
    if (namespace === "default") {
      context.report({ path: ["metadata", "namespace"], at: "value", messageId: "default" });
    } else if ((namespace === void 0 || namespace === null || namespace === "") && !context.options.allowMissing) {
      context.report({ path: metadata && "name" in metadata ? ["metadata", "name"] : ["metadata"], messageId: "missing" });
    }
  }
});

// src/k8s/wildcard.ts
var wildcardMatcher = memoizeByObject((patterns) => {
  const expressions = patterns.map((pattern) => new RegExp(`^${pattern.split("*").map(escapeRegExp).join(".*")}$`, "s"));
  return (text2) => expressions.some((expression) => expression.test(text2));
});
function escapeRegExp(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/rules/env-secrets.ts
var env_secrets_default = defineRule({
  id: "env-secrets",
  meta: {
    description: "Secrets come from Secrets, not literal env values; a container sets each env variable once.",
    severity: "warning",
    fixable: false,
    messages: {
      literal: {
        message: 'container "{{container}}" sets {{name}} to a literal value',
        help: "{{name}} looks like a secret, and its value is written in the manifest: it is in the repository's history, readable by anyone who can read the DaemonSet, and in every node's container runtime metadata. Put it in a Secret and use valueFrom.secretKeyRef (or mount the Secret as a file); a name that only looks like a secret goes in the rule's ignoreNames option."
      },
      duplicate: {
        message: 'container "{{container}}" sets env {{name}} twice',
        help: "When a name appears twice the kubelet keeps the later value: the earlier entry is dead, and a reader who finds it first is misled. Remove one of them."
      }
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        secretNames: { type: "array", items: { type: "string", minLength: 1 } },
        ignoreNames: { type: "array", items: { type: "string", minLength: 1 } }
      }
    },
    defaultOptions: { secretNames: [], ignoreNames: [] },
    tags: ["security"],
    securitySeverity: 5
  },
  check(daemonSet, context) {
    const extra = wildcardMatcher(context.options.secretNames);
    const ignored = wildcardMatcher(context.options.ignoreNames);
    const containers = containersOf(daemonSet);
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const env = ref.container.env;
      if (!Array.isArray(env)) continue;
      const seen = /* @__PURE__ */ new Set();
      for (let index = 0; index < env.length; index++) {
        const entry = asRecord(env[index]);
        const name = entry?.name;
        if (typeof name !== "string") continue;
        const container = containerName(ref);
        if (seen.has(name)) context.report({ path: [...ref.path, "env", index, "name"], at: "value", messageId: "duplicate", data: { container, name } });
        seen.add(name);
        if (!ignored(name) && (extra(name) || isSecretName(name)) && isLiteralSecret(entry?.value)) {
          context.report({ path: [...ref.path, "env", index, "value"], at: "value", messageId: "literal", data: { container, name } });
        }
      }
    }
  }
});
var SECRET_WORDS = /* @__PURE__ */ new Set([
  "PASSWORD",
  "PASSWD",
  "PASS",
  "PASSPHRASE",
  "SECRET",
  "TOKEN",
  "CREDENTIAL",
  "CREDENTIALS",
  // Written as one word: apikey, AUTHTOKEN, writeKey.
  "APIKEY",
  "PRIVATEKEY",
  "ACCESSKEY",
  "SECRETKEY",
  "AUTHTOKEN",
  "ACCESSTOKEN",
  "WRITEKEY",
  "LICENSEKEY"
]);
var KEY_QUALIFIERS = /* @__PURE__ */ new Set([
  "API",
  "APP",
  "ACCESS",
  "SECRET",
  "PRIVATE",
  "ENCRYPTION",
  "SIGNING",
  "AUTH",
  "LICENSE",
  "MASTER",
  "CLIENT",
  "SHARED",
  "SESSION",
  "INGESTION",
  "INGEST",
  "WRITE",
  "AGENT",
  "DOWNLOAD",
  "SSH",
  "TLS",
  "HMAC",
  "SERVICE",
  "ROUTING",
  "INTEGRATION"
]);
var NOT_THE_SECRET = /* @__PURE__ */ new Set([
  "FILE",
  "PATH",
  "DIR",
  "NAME",
  "REF",
  "ID",
  "URL",
  "URI",
  "ENDPOINT",
  "HEADER",
  "TYPE",
  "TTL",
  "EXPIRY",
  "TIMEOUT",
  "LENGTH",
  "SIZE",
  "ENABLED",
  "ENABLE",
  "DISABLED",
  "MODE",
  "FORMAT",
  "AUDIENCE",
  "FIELD",
  "VERSION",
  "PREFIX",
  "LOCATION",
  "NAMESPACE",
  "INTERVAL",
  "PERIOD",
  "DURATION",
  "RETRIES",
  "LIMIT",
  "PORT",
  "HOST",
  "USER",
  "USERNAME",
  "ALGORITHM",
  "KIND",
  "POLICY",
  "SOURCE",
  "MOUNT"
]);
function isSecretName(name) {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
  if (words.length === 0 || NOT_THE_SECRET.has(words[words.length - 1])) return false;
  for (let i = 0; i < words.length; i++) {
    if (SECRET_WORDS.has(words[i])) return true;
    if (words[i] === "KEY" && (words.length === 1 || i > 0 && KEY_QUALIFIERS.has(words[i - 1]))) return true;
  }
  return false;
}
var SWITCH = /^(true|false|yes|no|on|off|enabled?|disabled?)$/i;
function isLiteralSecret(value) {
  if (typeof value !== "string" && typeof value !== "number") return false;
  const text2 = String(value).trim();
  if (text2 === "" || SWITCH.test(text2)) return false;
  return !/\$\(|\$\{|\{\{/.test(text2) && !/^(\/|\.\/|[A-Za-z]:\\)/.test(text2);
}

// src/k8s/image-reference.ts
var DEFAULT_DOMAIN = "docker.io";
var LEGACY_DEFAULT_DOMAIN = "index.docker.io";
var OFFICIAL_REPOSITORY_PREFIX = "library/";
var DEFAULT_TAG = "latest";
var NAME_MAX_LENGTH = 255;
var ALPHANUMERIC = "[a-z0-9]+";
var SEPARATOR = "(?:[._]|__|-+)";
var PATH_COMPONENT = `${ALPHANUMERIC}(?:${SEPARATOR}${ALPHANUMERIC})*`;
var REMOTE_NAME = `${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
var DOMAIN_NAME_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var IPV6_ADDRESS = "\\[[a-fA-F0-9:]+\\]";
var HOST = `(?:${DOMAIN_NAME_COMPONENT}(?:\\.${DOMAIN_NAME_COMPONENT})*|${IPV6_ADDRESS})`;
var DOMAIN_AND_PORT = `${HOST}(?::[0-9]+)?`;
var TAG = "[\\w][\\w.-]{0,127}";
var DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
var REFERENCE = new RegExp(`^(?:(${DOMAIN_AND_PORT})/)?(${REMOTE_NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
var IDENTIFIER = /^[a-f0-9]{64}$/;
var DIGEST_HEX_LENGTHS = /* @__PURE__ */ new Map([
  ["sha256", 64],
  ["sha384", 96],
  ["sha512", 128]
]);
var REFERENCE_MAX_LENGTH = NAME_MAX_LENGTH + 1 + 128 + 1 + "sha512:".length + 128;
var parseImageReference = memoize((text2) => {
  const reference = readImageReference(text2);
  return reference && Object.freeze(reference);
});
function readImageReference(text2) {
  if (text2.length > REFERENCE_MAX_LENGTH || IDENTIFIER.test(text2)) return void 0;
  const [domain, remainder] = splitDomain(text2);
  const colon = remainder.indexOf(":");
  const repository = colon === -1 ? remainder : remainder.slice(0, colon);
  if (repository !== repository.toLowerCase()) return void 0;
  const match = REFERENCE.exec(`${domain}/${remainder}`);
  if (!match) return void 0;
  const [, parsedDomain = "", path2, tag, digest] = match;
  const nameLength = (parsedDomain === "" ? 0 : parsedDomain.length + 1) + path2.length;
  if (nameLength > NAME_MAX_LENGTH) return void 0;
  if (digest !== void 0 && !isSupportedDigest(digest)) return void 0;
  return { domain: parsedDomain, path: path2, tag, digest };
}
function splitDomain(text2) {
  const slash = text2.indexOf("/");
  if (slash === -1) return [DEFAULT_DOMAIN, OFFICIAL_REPOSITORY_PREFIX + text2];
  const first = text2.slice(0, slash);
  const rest = text2.slice(slash + 1);
  let domain;
  let remainder;
  if (first === LEGACY_DEFAULT_DOMAIN) {
    [domain, remainder] = [DEFAULT_DOMAIN, rest];
  } else if (first === "localhost" || HOST_MARK.test(first) || first !== first.toLowerCase()) {
    [domain, remainder] = [first, rest];
  } else {
    [domain, remainder] = [DEFAULT_DOMAIN, text2];
  }
  if (domain === DEFAULT_DOMAIN && !remainder.includes("/")) remainder = OFFICIAL_REPOSITORY_PREFIX + remainder;
  return [domain, remainder];
}
var HOST_MARK = /[.:]/;
var LOWER_HEX = /^[a-f0-9]*$/;
function isSupportedDigest(digest) {
  const colon = digest.indexOf(":");
  const hexLength = DIGEST_HEX_LENGTHS.get(digest.slice(0, colon));
  const hex = digest.slice(colon + 1);
  return hexLength !== void 0 && hex.length === hexLength && LOWER_HEX.test(hex);
}
function repositoryName(reference) {
  return reference.domain === "" ? reference.path : `${reference.domain}/${reference.path}`;
}

// src/k8s/placeholder.ts
function placeholderReason(container) {
  const image = container.image;
  if (typeof image === "string" && isPauseImage(image)) return `its image ${image} is a pause image`;
  const command = container.command;
  const args = container.args;
  const argv = [...Array.isArray(command) ? command : [], ...Array.isArray(args) ? args : []];
  if (argv.length === 0 || !argv.every((a) => typeof a === "string")) return void 0;
  return onlyWaits(argv) ? `its command only waits (${argv.join(" ")})` : void 0;
}
function isPauseImage(image) {
  const reference = parseImageReference(image);
  if (!reference) return false;
  const last = reference.path.slice(reference.path.lastIndexOf("/") + 1);
  return /^(mirrored-)?pause(-[a-z0-9]+)?$/.test(last);
}
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "zsh", "busybox"]);
function onlyWaits(argv) {
  const program = basename(argv[0]);
  if (program === "pause") return argv.length === 1;
  if (SHELLS.has(program)) {
    if (program === "busybox" && argv.length > 1 && !argv[1].startsWith("-")) return onlyWaits(argv.slice(1));
    const c = argv.findIndex((a, i) => i > 0 && /^-[a-z]*c$/.test(a));
    return c > 0 && c + 1 < argv.length && scriptOnlyWaits(argv[c + 1]);
  }
  return isWait(argv);
}
function isWait(words) {
  const program = basename(words[0] ?? "");
  if (program === "sleep") return words.length > 1 && words.slice(1).every((w) => DURATION.test(w));
  if (program === "tail") return words.length === 3 && (words[1] === "-f" || words[1] === "-F") && words[2] === "/dev/null";
  if (program === "pause") return words.length === 1;
  return false;
}
var DURATION = /^(infinity|inf|\d+(\.\d+)?[smhd]?)$/;
function scriptOnlyWaits(script) {
  let waits = 0;
  for (const raw of script.split(/[;&|\n]+/)) {
    let words = raw.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    if (words[0] === "do" || words[0] === "exec") words = words.slice(1);
    if (words.length === 0) continue;
    const statement = words.join(" ");
    if (statement === "done" || statement === "wait" || statement === "true" || statement === ":" || words[0] === "trap") continue;
    if (/^while (true|:)$/.test(statement)) continue;
    if (!isWait(words)) return false;
    waits++;
  }
  return waits > 0;
}
function basename(path2) {
  return path2.slice(path2.lastIndexOf("/") + 1);
}

// src/k8s/int-or-percent.ts
var INT32_MIN2 = -(2 ** 31);
var INT32_MAX2 = 2 ** 31 - 1;
var PERCENT = /^[0-9]+%$/;
var INVALID_PERCENT_MESSAGE = "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%' or '93%', regex used for validation is '[0-9]+%')";
function parseIntOrString(value) {
  if (typeof value === "string") return { kind: "string", value };
  if (typeof value === "number" && Number.isInteger(value) && value >= INT32_MIN2 && value <= INT32_MAX2) {
    return { kind: "int", value };
  }
  return void 0;
}
function isValidPercent(text2) {
  return PERCENT.test(text2);
}
function percentValue(value) {
  if (value.kind !== "string" || !isValidPercent(value.value)) return void 0;
  return Number(value.value.slice(0, -1));
}
function intOrPercentValue(value) {
  const percent = percentValue(value);
  if (percent !== void 0) return percent;
  if (value.kind === "int") return value.value;
  return /^[+-]?[0-9]+$/.test(value.value) ? Number(value.value) : 0;
}
function formatIntOrString(value) {
  return value.kind === "int" ? String(value.value) : JSON.stringify(value.value);
}

// src/k8s/rollout.ts
var STRATEGY_PATH = ["spec", "updateStrategy"];
function rolloutOf(daemonSet) {
  const strategy = asRecord(asRecord(asRecord(daemonSet)?.spec)?.updateStrategy);
  const type = strategy?.type;
  const rollingUpdate = asRecord(strategy?.rollingUpdate);
  return {
    type: typeof type === "string" && type !== "" ? type : "RollingUpdate",
    ...typeof type === "string" && type !== "" ? { typePath: [...STRATEGY_PATH, "type"] } : {},
    maxUnavailable: field(rollingUpdate, "maxUnavailable", 1),
    maxSurge: field(rollingUpdate, "maxSurge", 0)
  };
}
function field(rollingUpdate, name, fallback) {
  const raw = rollingUpdate?.[name];
  const value = raw === void 0 || raw === null ? void 0 : parseIntOrString(raw);
  if (value === void 0) return { value: { kind: "int", value: fallback }, kind: "count", amount: fallback };
  const percent = percentValue(value);
  const path2 = [...STRATEGY_PATH, "rollingUpdate", name];
  return percent !== void 0 ? { value, path: path2, kind: "percent", amount: percent } : { value, path: path2, kind: "count", amount: intOrPercentValue(value) };
}
function minReadySecondsOf(daemonSet) {
  const value = asRecord(asRecord(daemonSet)?.spec)?.minReadySeconds;
  if (value === void 0 || value === null) return 0;
  return typeof value === "number" && Number.isInteger(value) ? value : void 0;
}
function formatRolloutField(field2) {
  return field2.kind === "percent" ? `${field2.amount}%` : formatIntOrString(field2.value);
}

// src/rules/min-ready-seconds.ts
var min_ready_seconds_default = defineRule({
  id: "min-ready-seconds",
  meta: {
    description: "A rolling update waits a while after a pod turns ready before it moves on: minReadySeconds is set, so a crash shortly after start stops the rollout.",
    severity: "warning",
    fixable: false,
    recommended: false,
    messages: {
      zero: {
        message: 'minReadySeconds is 0: rollout moves on once container "{{container}}" is ready',
        help: "The DaemonSet controller counts a new pod as available once it has been ready for minReadySeconds (0 when absent), and then moves the rolling update on to the next nodes (pkg/controller/daemon/update.go). With 0, an agent whose readinessProbe passes once and that crashes a few seconds later counts as available: a broken version rolls on to every node. Set spec.minReadySeconds to the time the agent needs to prove itself (the rule asks for at least {{minimum}}; 10 to 60 seconds is common)."
      },
      tooShort: {
        message: "minReadySeconds {{value}} is below {{minimum}}: a crash after that still rolls on",
        help: "The DaemonSet controller counts a new pod as available once it has been ready for minReadySeconds, and then moves the rolling update on to the next nodes (pkg/controller/daemon/update.go): an agent that crashes later than that after starting rolls on to every node. Raise spec.minReadySeconds to at least {{minimum}} (the rule's minimum option)."
      }
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { minimum: { type: "integer", minimum: 1 } }
    },
    defaultOptions: { minimum: 1 },
    tags: ["reliability"]
  },
  check(daemonSet, context) {
    if (rolloutOf(daemonSet).type !== "RollingUpdate") return;
    const value = minReadySecondsOf(daemonSet);
    const { minimum } = context.options;
    if (value === void 0 || value < 0 || value >= minimum) return;
    const probed = containersOf(daemonSet, POD_CONTAINER_LISTS).find(
      (ref) => ref.longRunning && isSet3(ref.container.readinessProbe) && placeholderReason(ref.container) === void 0
    );
    if (!probed) return;
    const written = daemonSet.spec?.minReadySeconds;
    const place = written === void 0 || written === null ? { path: ["spec"] } : { path: ["spec", "minReadySeconds"], at: "value" };
    if (value === 0) context.report({ ...place, messageId: "zero", data: { container: containerName(probed), minimum } });
    else context.report({ ...place, messageId: "tooShort", data: { value, minimum } });
  }
});
function isSet3(value) {
  return value !== void 0 && value !== null;
}

// src/k8s/tolerations.ts
var CONTROL_PLANE_TAINT = { key: "node-role.kubernetes.io/control-plane", value: "", effect: "NoSchedule" };
var LEGACY_MASTER_TAINT = { key: "node-role.kubernetes.io/master", value: "", effect: "NoSchedule" };
function tolerationsOf(daemonSet) {
  const list = podSpecOf(daemonSet)?.tolerations;
  const out = [];
  if (!Array.isArray(list)) return out;
  for (let index = 0; index < list.length; index++) {
    const toleration = asRecord(list[index]);
    if (toleration) out.push({ toleration, path: [...POD_SPEC_PATH, "tolerations", index], index });
  }
  return out;
}
function tolerates(tolerations, taint) {
  if (!Array.isArray(tolerations)) return false;
  for (let i = 0; i < tolerations.length; i++) {
    if (toleratesTaint(tolerations[i], taint)) return true;
  }
  return false;
}
function toleratesTaint(toleration, taint) {
  return tolerationMismatch(toleration, taint) === void 0;
}
function tolerationMismatch(toleration, taint) {
  const record = asRecord(toleration);
  if (!record) return "malformed";
  const key = fieldText(record.key);
  const operator = fieldText(record.operator);
  const value = fieldText(record.value);
  const effect = fieldText(record.effect);
  if (key === void 0 || operator === void 0 || value === void 0 || effect === void 0) return "malformed";
  if (effect !== "" && effect !== taint.effect) return "effect";
  if (key !== "" && key !== taint.key) return "key";
  switch (operator) {
    case "":
    case "Equal":
      return value === taint.value ? void 0 : "value";
    case "Exists":
      return void 0;
    case "Lt":
    case "Gt":
      return compareIntegers(operator, value, taint.value) ? void 0 : "comparison";
    default:
      return "operator";
  }
}
function isCatchAll(toleration) {
  const record = asRecord(toleration);
  return record !== void 0 && fieldText(record.key) === "" && fieldText(record.operator) === "Exists";
}
function fieldText(value) {
  if (value === void 0 || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return void 0;
}
var INT64_MIN3 = -(2n ** 63n);
var INT64_MAX3 = 2n ** 63n - 1n;
var INTEGER = /^[+-]?\d+$/;
function parseInt64(text2) {
  if (!INTEGER.test(text2)) return void 0;
  const n = BigInt(text2);
  return n < INT64_MIN3 || n > INT64_MAX3 ? void 0 : n;
}
function compareIntegers(operator, tolerationValue, taintValue) {
  const limit = parseInt64(tolerationValue);
  const actual = parseInt64(taintValue);
  if (limit === void 0 || actual === void 0) return false;
  return operator === "Lt" ? actual < limit : actual > limit;
}

// src/k8s/node-selection.ts
var EVERY_NODE = Object.freeze({ alternatives: Object.freeze([Object.freeze([])]) });
var REQUIRED_AFFINITY_PATH = [...POD_SPEC_PATH, "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution"];
function nodeSelectionOf(daemonSet) {
  const podSpec = podSpecOf(daemonSet);
  if (podSpec === void 0 || podSpec.nodeSelector === void 0 && podSpec.nodeName === void 0 && podSpec.affinity === void 0) {
    return EVERY_NODE;
  }
  const common = [];
  const nodeSelector = asRecord(podSpec?.nodeSelector);
  for (const [key, value] of Object.entries(nodeSelector ?? {})) {
    common.push({ on: "label", key, operator: "In", values: textValues([value]), path: [...POD_SPEC_PATH, "nodeSelector", key] });
  }
  if (typeof podSpec?.nodeName === "string" && podSpec.nodeName !== "") {
    common.push({ on: "field", key: "metadata.name", operator: "In", values: [podSpec.nodeName], path: [...POD_SPEC_PATH, "nodeName"] });
  }
  const required = asRecord(asRecord(asRecord(podSpec?.affinity)?.nodeAffinity)?.requiredDuringSchedulingIgnoredDuringExecution);
  const terms = asArray(required?.nodeSelectorTerms);
  if (terms.length === 0) return { alternatives: [common] };
  const alternatives = [];
  terms.forEach((item, termIndex) => {
    const term = asRecord(item);
    const termPath = [...REQUIRED_AFFINITY_PATH, "nodeSelectorTerms", termIndex];
    const own = [
      ...requirementsOf(term?.matchExpressions, "label", [...termPath, "matchExpressions"]),
      ...requirementsOf(term?.matchFields, "field", [...termPath, "matchFields"])
    ];
    if (own.length > 0) alternatives.push([...common, ...own]);
  });
  return { alternatives };
}
function requirementsOf(list, on, listPath) {
  const out = [];
  asArray(list).forEach((item, index) => {
    const expression = asRecord(item);
    const path2 = [...listPath, index];
    const key = typeof expression?.key === "string" ? expression.key : "";
    const operator = typeof expression?.operator === "string" ? expression.operator : "";
    out.push({ on, key, operator, values: textValues(asArray(expression?.values)), path: path2 });
  });
  return out;
}
function textValues(values) {
  return values.flatMap((v) => {
    if (v === null || v === void 0) return [""];
    if (typeof v === "string") return [v];
    if (typeof v === "number" || typeof v === "boolean") return [String(v)];
    return [];
  });
}
var ANY_VALUE = /* @__PURE__ */ Symbol("any value");
function alternativeMatches(alternative, labels) {
  let answer = true;
  for (const requirement of alternative) {
    const match = requirementMatches2(requirement, labels);
    if (match === false) return false;
    if (match === void 0) answer = void 0;
  }
  return answer;
}
function requirementMatches2(requirement, labels) {
  if (!KNOWN_OPERATORS.has(requirement.operator)) return false;
  if (requirement.on === "field" || !Object.hasOwn(labels, requirement.key)) return void 0;
  const value = labels[requirement.key];
  const { operator, values } = requirement;
  if (value === null) return operator === "NotIn" || operator === "DoesNotExist";
  if (value === ANY_VALUE) {
    switch (operator) {
      case "In":
        return values.length > 0;
      case "DoesNotExist":
        return false;
      default:
        return true;
    }
  }
  switch (operator) {
    case "In":
      return values.includes(value);
    case "NotIn":
      return !values.includes(value);
    case "Exists":
      return true;
    case "DoesNotExist":
      return false;
    default: {
      const label = integer(value);
      const bound = values.length === 1 ? integer(values[0]) : void 0;
      if (label === void 0 || bound === void 0) return false;
      return operator === "Gt" ? label > bound : label < bound;
    }
  }
}
var INTEGER2 = /^[+-]?\d+$/;
function integer(text2) {
  return INTEGER2.test(text2) ? BigInt(text2) : void 0;
}
var KNOWN_OPERATORS = /* @__PURE__ */ new Set(["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"]);
var CONTROL_PLANE_LABEL = "node-role.kubernetes.io/control-plane";
var CONTROL_PLANE_NODE = {
  [CONTROL_PLANE_LABEL]: "",
  "kubernetes.io/os": "linux",
  "beta.kubernetes.io/os": "linux",
  "kubernetes.io/arch": ANY_VALUE,
  "beta.kubernetes.io/arch": ANY_VALUE
};
function controlPlaneTargeting(selection) {
  let unknown = false;
  let matched;
  for (const alternative of selection.alternatives) {
    const match = alternativeMatches(alternative, CONTROL_PLANE_NODE);
    if (match === false) continue;
    if (alternative.some(asksForControlPlane)) return "control-plane";
    if (match === void 0) unknown = true;
    else matched = "every-node";
  }
  return matched ?? (unknown ? "subset" : "excluded");
}
function asksForControlPlane(requirement) {
  return requirement.on === "label" && requirement.key === CONTROL_PLANE_LABEL && (requirement.operator === "In" || requirement.operator === "Exists");
}
var KUBELET_LABELS = {
  "kubernetes.io/os": "kubernetes.io/os",
  "beta.kubernetes.io/os": "kubernetes.io/os",
  "kubernetes.io/arch": "kubernetes.io/arch",
  "beta.kubernetes.io/arch": "kubernetes.io/arch",
  "kubernetes.io/hostname": "kubernetes.io/hostname"
};
function requirementsSatisfiable(requirements) {
  const groups = /* @__PURE__ */ new Map();
  for (const requirement of requirements) {
    const key = requirement.on === "field" ? `field:${requirement.key}` : `label:${KUBELET_LABELS[requirement.key] ?? requirement.key}`;
    const group = groups.get(key);
    if (group) group.push(requirement);
    else groups.set(key, [requirement]);
  }
  for (const [key, group] of groups) {
    const alwaysPresent = key.startsWith("field:") || Object.hasOwn(KUBELET_LABELS, key.slice("label:".length));
    if (!groupSatisfiable(group, alwaysPresent)) return false;
  }
  return true;
}
function groupSatisfiable(group, alwaysPresent) {
  if (group.some((r) => !KNOWN_OPERATORS.has(r.operator))) return false;
  if (!alwaysPresent && group.every((r) => r.operator === "NotIn" || r.operator === "DoesNotExist")) return true;
  if (group.some((r) => r.operator === "DoesNotExist")) return false;
  const inSets = group.filter((r) => r.operator === "In");
  if (inSets.length > 0) {
    return inSets[0].values.some((value) => group.every((r) => valueMatches(r, value)));
  }
  let low;
  let high;
  for (const r of group) {
    if (r.operator !== "Gt" && r.operator !== "Lt") continue;
    const bound = r.values.length === 1 ? integer(r.values[0]) : void 0;
    if (bound === void 0) return false;
    if (r.operator === "Gt") low = low === void 0 || bound > low ? bound : low;
    else high = high === void 0 || bound < high ? bound : high;
  }
  return low === void 0 || high === void 0 || high - low >= 2n;
}
function valueMatches(requirement, value) {
  switch (requirement.operator) {
    case "In":
      return requirement.values.includes(value);
    case "NotIn":
      return !requirement.values.includes(value);
    case "Exists":
      return true;
    case "Gt":
    case "Lt": {
      const label = integer(value);
      const bound = requirement.values.length === 1 ? integer(requirement.values[0]) : void 0;
      if (label === void 0 || bound === void 0) return false;
      return requirement.operator === "Gt" ? label > bound : label < bound;
    }
    default:
      return false;
  }
}
function placementOf(daemonSet) {
  return { selection: nodeSelectionOf(daemonSet), tolerations: podSpecOf(daemonSet)?.tolerations };
}
function mayShareNode(a, b) {
  const bothTolerate = tolerates(a.tolerations, CONTROL_PLANE_TAINT) && tolerates(b.tolerations, CONTROL_PLANE_TAINT);
  return a.selection.alternatives.some(
    (x) => b.selection.alternatives.some((y) => {
      const both = [...x, ...y];
      if (!requirementsSatisfiable(both)) return false;
      return bothTolerate || !both.some(asksForControlPlaneNode);
    })
  );
}
function asksForControlPlaneNode(requirement) {
  return requirement.on === "label" && requirement.key === CONTROL_PLANE_LABEL && ONLY_WITH_LABEL.has(requirement.operator);
}
var ONLY_WITH_LABEL = /* @__PURE__ */ new Set(["In", "Exists", "Gt", "Lt"]);

// src/k8s/windows.ts
function hostProcessOf(securityContext) {
  return asRecord(asRecord(securityContext)?.windowsOptions)?.hostProcess;
}
function hostProcessSettings(daemonSet) {
  const out = [];
  const podSpec = podSpecOf(daemonSet);
  if (hostProcessOf(podSpec?.securityContext) === true) out.push({ path: [...POD_SPEC_PATH, "securityContext", "windowsOptions", "hostProcess"] });
  const containers = containersOf(daemonSet);
  for (let i = 0; i < containers.length; i++) {
    const ref = containers[i];
    if (hostProcessOf(ref.container.securityContext) === true) out.push({ path: [...ref.path, "securityContext", "windowsOptions", "hostProcess"], container: ref });
  }
  return out;
}
function isHostProcessContainer(daemonSet, ref) {
  const own = hostProcessOf(ref.container.securityContext);
  if (typeof own === "boolean") return own;
  return hostProcessOf(podSpecOf(daemonSet)?.securityContext) === true;
}
var LINUX_NODE = { "kubernetes.io/os": "linux", "beta.kubernetes.io/os": "linux" };
function runsOnWindowsOnly(daemonSet) {
  const podSpec = podSpecOf(daemonSet);
  if (asRecord(podSpec?.os)?.name === "windows") return true;
  if (hostProcessSettings(daemonSet).length > 0) return true;
  const alternatives = nodeSelectionOf(daemonSet).alternatives;
  for (let i = 0; i < alternatives.length; i++) {
    if (alternativeMatches(alternatives[i], LINUX_NODE) !== false) return false;
  }
  return true;
}

// src/rules/readonly-root-filesystem.ts
var HELP2 = "A writable root filesystem lets an intruder, or a bug, change the container's binaries and configuration and keep files outside any volume. With securityContext.readOnlyRootFilesystem: true the image stays as it was built; mount an emptyDir where the agent writes (/tmp, a cache, its state). Set readOnlyRootFilesystem: true.";
var readonly_root_filesystem_default = defineRule({
  id: "readonly-root-filesystem",
  meta: {
    description: "Every container mounts its root filesystem read-only (securityContext.readOnlyRootFilesystem: true).",
    severity: "warning",
    fixable: false,
    recommended: false,
    messages: {
      missing: { message: 'container "{{container}}" has a writable root filesystem', help: HELP2 },
      notTrue: { message: 'container "{{container}}" sets readOnlyRootFilesystem: false', help: HELP2 }
    },
    defaultOptions: {},
    tags: ["security"],
    securitySeverity: 4
  },
  check(daemonSet, context) {
    if (runsOnWindowsOnly(daemonSet)) return;
    const containers = containersOf(daemonSet, POD_CONTAINER_LISTS);
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const securityContext = asRecord(ref.container.securityContext);
      const value = securityContext?.readOnlyRootFilesystem;
      if (value === true || value !== void 0 && value !== null && typeof value !== "boolean") continue;
      const container = containerName(ref);
      if (value === void 0 || value === null) {
        context.report({ path: containerAnchor(ref), messageId: "missing", data: { container } });
      } else {
        context.report({ path: [...ref.path, "securityContext", "readOnlyRootFilesystem"], at: "value", messageId: "notTrue", data: { container } });
      }
    }
  }
});

// src/k8s/host-ports.ts
function hostPortsOf(daemonSet) {
  const podSpec = podSpecOf(daemonSet);
  const out = [];
  if (!podSpec) return out;
  const hostNetwork = podSpec.hostNetwork === true;
  for (const ref of containersOf(daemonSet, POD_CONTAINER_LISTS)) {
    const ports = ref.container.ports;
    if (!ref.longRunning || !Array.isArray(ports)) continue;
    for (let index = 0; index < ports.length; index++) {
      const entry = asRecord(ports[index]);
      if (!entry) continue;
      const hostPort = portNumber(entry.hostPort);
      let port;
      let at2;
      if (hostPort !== void 0) {
        port = hostPort;
        at2 = "hostPort";
      } else {
        const containerPort = hostNetwork ? portNumber(entry.containerPort) : void 0;
        if (containerPort === void 0) continue;
        port = containerPort;
        at2 = "containerPort";
      }
      const protocol = entry.protocol === void 0 || entry.protocol === null || entry.protocol === "" ? "TCP" : entry.protocol;
      const hostIP = entry.hostIP === void 0 || entry.hostIP === null ? "" : entry.hostIP;
      if (typeof protocol !== "string" || typeof hostIP !== "string") continue;
      out.push({ port, protocol, hostIP, container: ref.path, index, at: at2 });
    }
  }
  return out;
}
function hostPortPath(port) {
  return [...port.container, "ports", port.index, port.at];
}
function portNumber(value) {
  return typeof value === "number" && Number.isInteger(value) && value > 0 && value < 65536 ? value : void 0;
}
function hostPortsConflict(a, b) {
  return a.port === b.port && a.protocol === b.protocol && (allAddresses(a) || allAddresses(b) || a.hostIP === b.hostIP);
}
function allAddresses(port) {
  return port.hostIP === "" || port.hostIP === "0.0.0.0";
}
function formatHostPort(port) {
  const address = allAddresses(port) ? "" : port.hostIP.includes(":") ? `[${port.hostIP}]:` : `${port.hostIP}:`;
  return `${address}${port.port}/${port.protocol}`;
}

// src/rules/rollout-hostport-surge.ts
var rollout_hostport_surge_default = defineRule({
  id: "rollout-hostport-surge",
  meta: {
    description: "A DaemonSet that claims host ports does not surge during a rolling update: the new pod cannot start next to the old one.",
    severity: "error",
    fixable: false,
    messages: {
      surge: {
        message: 'maxSurge {{surge}} with host port {{port}} (container "{{container}}"): the rollout stalls',
        help: "With maxSurge the DaemonSet controller creates the new pod on a node while the old one still runs, and deletes the old pod only once the new one is available (rollingUpdate in pkg/controller/daemon/update.go). A host port is held by one pod per node{{hostNetwork}}: the scheduler cannot place the new pod beside the old one, it stays Pending, the old pod is never deleted, and the rollout stops once maxSurge nodes wait. Set maxSurge: 0 and a maxUnavailable (the default is 1): the old pod is deleted first, then replaced."
      }
    },
    defaultOptions: {},
    tags: ["reliability"]
  },
  check(daemonSet, context) {
    const rollout = rolloutOf(daemonSet);
    const surge = rollout.maxSurge;
    if (rollout.type !== "RollingUpdate" || surge.path === void 0 || surge.amount <= 0) return;
    const ports = hostPortsOf(daemonSet);
    if (ports.length === 0) return;
    const first = ports[0];
    const ref = containersOf(daemonSet).find((c) => c.list === first.container[3] && c.index === first.container[4]);
    context.report({
      path: surge.path,
      at: "value",
      messageId: "surge",
      data: {
        surge: formatRolloutField(surge),
        port: `${first.port}/${first.protocol}`,
        container: ref ? containerName(ref) : String(first.container.join(".")),
        hostNetwork: first.at === "containerPort" ? " (under hostNetwork every container port is a host port)" : ""
      }
    });
  }
});

// src/rules/rollout-max-unavailable.ts
var CONTROLLER = "The DaemonSet controller replaces old pods on at most maxUnavailable nodes at a time, counting every node whose pod is not available (ready for minReadySeconds); a percentage is of the nodes that should run the pod, rounded up (pkg/controller/daemon/update.go).";
var rollout_max_unavailable_default = defineRule({
  id: "rollout-max-unavailable",
  meta: {
    description: "A rolling update takes down a bounded share of nodes at once: never all of them, and little of a critical DaemonSet; OnDelete is noted as a manual rollout.",
    severity: "warning",
    fixable: false,
    messages: {
      all: {
        message: "maxUnavailable {{value}}: an update takes the agent down on every node at once",
        help: `${CONTROLLER} With 100% every old pod is deleted at the start of an update, so a broken version reaches every node before one of them has shown it works, and nodes run without the agent meanwhile. Set maxUnavailable to a count or a small percentage (the default is 1).`
      },
      critical: {
        message: "maxUnavailable {{value}} on a critical DaemonSet ({{why}}): above {{bound}}",
        help: `${CONTROLLER} This DaemonSet is critical ({{why}}): while its pod is replaced the node lacks it, and a broken version reaches {{value}} of the nodes before the rollout can stop. Lower maxUnavailable to {{bound}} or less (the rule's criticalMaxPercent and criticalMaxCount options), or set maxSurge with maxUnavailable: 0 so that the old pod runs until the new one is available.`
      },
      onDelete: {
        message: "updateStrategy OnDelete: pods are updated only when deleted by hand",
        help: "With OnDelete the DaemonSet controller does not replace pods when the template changes: each node keeps the old version until someone deletes its pod, so nodes drift apart. That can be deliberate (a CNI upgraded node by node with drains); otherwise use RollingUpdate."
      }
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        criticalMaxPercent: { type: "integer", minimum: 0, maximum: 100 },
        criticalMaxCount: { type: ["integer", "null"], minimum: 0 },
        criticalPriorityClasses: { type: "array", items: { type: "string", minLength: 1 } }
      }
    },
    defaultOptions: { criticalMaxPercent: 25, criticalMaxCount: null, criticalPriorityClasses: ["system-node-critical", "system-cluster-critical"] },
    tags: ["reliability"]
  },
  check(daemonSet, context) {
    const rollout = rolloutOf(daemonSet);
    if (rollout.type === "OnDelete") {
      context.report({ path: rollout.typePath ?? ["spec", "updateStrategy"], at: "value", messageId: "onDelete", severity: "info" });
      return;
    }
    const field2 = rollout.maxUnavailable;
    if (rollout.type !== "RollingUpdate" || field2.path === void 0) return;
    const value = formatRolloutField(field2);
    if (field2.kind === "percent" && field2.amount >= 100) {
      context.report({ path: field2.path, at: "value", messageId: "all", data: { value } });
      return;
    }
    const why = criticalBecause(daemonSet, context.options.criticalPriorityClasses);
    if (why === void 0) return;
    const { criticalMaxPercent, criticalMaxCount } = context.options;
    if (field2.kind === "percent" && field2.amount > criticalMaxPercent) {
      context.report({ path: field2.path, at: "value", messageId: "critical", data: { value, why, bound: `${criticalMaxPercent}%` } });
    } else if (field2.kind === "count" && criticalMaxCount !== null && field2.amount > criticalMaxCount) {
      context.report({ path: field2.path, at: "value", messageId: "critical", data: { value, why, bound: String(criticalMaxCount) } });
    }
  }
});
function criticalBecause(daemonSet, classes) {
  const podSpec = podSpecOf(daemonSet);
  const priorityClassName = podSpec?.priorityClassName;
  if (typeof priorityClassName === "string" && classes.includes(priorityClassName)) return priorityClassName;
  const tolerations = podSpec?.tolerations;
  if (Array.isArray(tolerations) && tolerations.some((t) => isCatchAll(t) && isEmpty(asRecord(t)?.effect))) return "it tolerates every taint";
  return void 0;
}
function isEmpty(value) {
  return value === void 0 || value === null || value === "";
}

// src/rules/run-as-high-uid.ts
var WHY2 = "IDs below {{bound}} are the range the node's own accounts use: a process that escapes the container acts, and owns files, as a real user or group of the node. An ID above every host account's matches none of them.";
var run_as_high_uid_default = defineRule({
  id: "run-as-high-uid",
  meta: {
    description: "Containers run as a user and group above the range of host accounts (10000 by default), and never in group 0.",
    severity: "warning",
    fixable: false,
    recommended: false,
    messages: {
      lowUid: {
        message: "{{who}} runs as UID {{id}}, below {{bound}}",
        help: `${WHY2} Set runAsUser to {{bound}} or more (the rule's minUid option), with runAsNonRoot: true.`
      },
      rootUid: {
        message: "{{who}} runs as UID 0 (root)",
        help: `Root in the container is root on the node once anything lets it out (a kernel bug, a host mount, a capability). ${WHY2} Set runAsUser to {{bound}} or more, with runAsNonRoot: true.`
      },
      lowGid: {
        message: "{{who}} runs with GID {{id}}, below {{bound}}",
        help: `${WHY2} Set runAsGroup to {{bound}} or more (the rule's minGid option).`
      },
      rootGid: {
        message: "{{who}} runs with group 0 (root) as {{field}}",
        help: "Group 0 owns much of the node's and the image's system files: a process in it can read, and often write, what root's group may. Use a group of the agent's own, {{bound}} or more."
      },
      unset: {
        message: 'container "{{container}}" sets no runAsUser: the image decides',
        help: `Neither the container nor the pod sets securityContext.runAsUser, so the process runs as the image's USER, often root, and a new image can change it unreviewed. ${WHY2} Set runAsUser to {{bound}} or more, with runAsNonRoot: true (this finding comes from the rule's requireRunAsUser option).`
      }
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        minUid: { type: "integer", minimum: 1 },
        minGid: { type: "integer", minimum: 1 },
        requireRunAsUser: { type: "boolean" }
      }
    },
    defaultOptions: { minUid: 1e4, minGid: 1e4, requireRunAsUser: false },
    tags: ["security"],
    securitySeverity: 4
  },
  check(daemonSet, context) {
    if (runsOnWindowsOnly(daemonSet)) return;
    const podSpec = podSpecOf(daemonSet);
    const podContext = asRecord(podSpec?.securityContext);
    const podPath = [...POD_SPEC_PATH, "securityContext"];
    const containers = containersOf(daemonSet);
    if (podContext) {
      const inherited = (field2) => containers.length === 0 || containers.some((ref) => ownId(ref, field2) === void 0);
      checkIds(context, "pod", podContext, podPath, { user: inherited("runAsUser"), group: inherited("runAsGroup") });
      if (podContext.fsGroup === 0) report(context, "rootGid", "pod", [...podPath, "fsGroup"], { field: "fsGroup" });
      const supplemental = podContext.supplementalGroups;
      if (Array.isArray(supplemental)) {
        const index = supplemental.indexOf(0);
        if (index >= 0) report(context, "rootGid", "pod", [...podPath, "supplementalGroups", index], { field: "a supplementalGroup" });
      }
    }
    const podUser = podContext !== void 0 && isId(podContext.runAsUser);
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const securityContext = asRecord(ref.container.securityContext);
      if (securityContext) checkIds(context, `container "${containerName(ref)}"`, securityContext, [...ref.path, "securityContext"], { user: true, group: true });
      if (context.options.requireRunAsUser && !podUser && ownId(ref, "runAsUser") === void 0) {
        context.report({ path: containerAnchor(ref), messageId: "unset", data: { container: containerName(ref), bound: context.options.minUid } });
      }
    }
  }
});
function ownId(ref, field2) {
  const value = asRecord(ref.container.securityContext)?.[field2];
  return isId(value) ? value : void 0;
}
function checkIds(context, who2, securityContext, path2, live) {
  const { minUid, minGid } = context.options;
  const uid = securityContext.runAsUser;
  if (live.user && isId(uid)) {
    if (uid === 0) report(context, "rootUid", who2, [...path2, "runAsUser"], { bound: minUid });
    else if (uid < minUid) report(context, "lowUid", who2, [...path2, "runAsUser"], { id: uid, bound: minUid });
  }
  const gid = securityContext.runAsGroup;
  if (live.group && isId(gid)) {
    if (gid === 0) report(context, "rootGid", who2, [...path2, "runAsGroup"], { field: "runAsGroup" });
    else if (gid < minGid) report(context, "lowGid", who2, [...path2, "runAsGroup"], { id: gid, bound: minGid });
  }
}
function report(context, messageId, who2, path2, data) {
  context.report({ path: path2, at: "value", messageId, data: { who: who2, bound: context.options.minGid, ...data } });
}
function isId(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

// src/rules/api-version.ts
var REMOVED = /* @__PURE__ */ new Set(["extensions/v1beta1", "apps/v1beta1", "apps/v1beta2"]);
var REMOVED_HELP = "Kubernetes 1.16 stopped serving DaemonSets at extensions/v1beta1 and apps/v1beta2: the API server rejects this manifest.";
var NEVER_SERVED_HELP = "apps/v1beta1 had Deployments and StatefulSets but never DaemonSets: the API server rejects this manifest.";
var api_version_default = defineRule({
  id: "api-version",
  meta: {
    description: "DaemonSets use apiVersion apps/v1: extensions/v1beta1 and apps/v1beta2 are no longer served.",
    severity: "error",
    fixable: true,
    messages: {
      removed: {
        message: "apiVersion {{apiVersion}} is no longer served: use apps/v1",
        help: `${REMOVED_HELP} Change apiVersion to apps/v1 (the fix does): nothing else in this DaemonSet needs to change.`
      },
      removedMore: {
        message: "apiVersion {{apiVersion}} is no longer served: use apps/v1 ({{count}})",
        help: `${REMOVED_HELP} Change apiVersion to apps/v1, and {{changes}}: apps/v1 would otherwise reject the object or read it differently.`
      },
      neverServed: {
        message: "apiVersion apps/v1beta1 never served DaemonSets: use apps/v1",
        help: `${NEVER_SERVED_HELP} Change apiVersion to apps/v1 (the fix does): nothing else in this DaemonSet needs to change.`
      },
      neverServedMore: {
        message: "apiVersion apps/v1beta1 never served DaemonSets: use apps/v1 ({{count}})",
        help: `${NEVER_SERVED_HELP} Change apiVersion to apps/v1, and {{changes}}: apps/v1 would otherwise reject the object or read it differently.`
      }
    },
    defaultOptions: {},
    tags: ["api"]
  },
  check(daemonSet, context) {
    const apiVersion = daemonSet.apiVersion;
    if (typeof apiVersion !== "string" || !REMOVED.has(apiVersion)) return;
    const changes = changesBeyondApiVersion(apiVersion, asRecord(daemonSet.spec));
    const never = apiVersion === "apps/v1beta1";
    const data = { apiVersion, changes: changes.join("; "), count: `${changes.length} more ${changes.length === 1 ? "change" : "changes"}` };
    if (changes.length > 0) {
      context.report({ path: ["apiVersion"], at: "value", messageId: never ? "neverServedMore" : "removedMore", data });
      return;
    }
    context.report({
      path: ["apiVersion"],
      at: "value",
      messageId: never ? "neverServed" : "removed",
      data,
      fix: { op: "set", path: ["apiVersion"], value: "apps/v1" }
    });
  }
});
function changesBeyondApiVersion(apiVersion, spec) {
  const changes = [];
  const selector = spec?.selector;
  if (selector === void 0 || selector === null) {
    changes.push(
      apiVersion === "extensions/v1beta1" ? "add spec.selector (extensions/v1beta1 defaulted it to the pod template labels; apps/v1 requires it)" : "add spec.selector (apps/v1 requires it)"
    );
  }
  if (spec && "templateGeneration" in spec) {
    changes.push("remove spec.templateGeneration (not an apps/v1 field)");
  }
  if (apiVersion === "extensions/v1beta1" && !hasStrategyType(spec)) {
    changes.push("set spec.updateStrategy.type (extensions/v1beta1 defaulted it to OnDelete, apps/v1 to RollingUpdate)");
  }
  return changes;
}
function hasStrategyType(spec) {
  const type = asRecord(spec?.updateStrategy)?.type;
  return typeof type === "string" && type !== "";
}

// src/rules/control-plane-toleration.ts
var TAINT = `${CONTROL_PLANE_TAINT.key}:${CONTROL_PLANE_TAINT.effect}`;
var TOLERATIONS_PATH = [...POD_SPEC_PATH, "tolerations"];
var ADD_TOLERATION = {
  op: "append",
  path: TOLERATIONS_PATH,
  value: { key: CONTROL_PLANE_TAINT.key, operator: "Exists", effect: CONTROL_PLANE_TAINT.effect }
};
var NEAR_MISS_REASONS = {
  effect: (t) => ({
    short: `effect ${String(t.effect)}, not ${CONTROL_PLANE_TAINT.effect}`,
    reason: `its effect is ${String(t.effect)}, the taint's is ${CONTROL_PLANE_TAINT.effect}`
  }),
  value: (t) => ({
    short: `value "${String(t.value)}" (use operator: Exists)`,
    reason: `operator Equal compares the value "${String(t.value)}" with the taint's, which is empty; use operator: Exists`
  }),
  comparison: (t) => ({
    short: `operator ${String(t.operator)} needs a value`,
    reason: `operator ${String(t.operator)} compares integers, and the taint has no value`
  }),
  operator: (t) => ({
    short: `unknown operator "${String(t.operator)}"`,
    reason: `operator "${String(t.operator)}" is neither Exists nor Equal`
  })
};
var control_plane_toleration_default = defineRule({
  id: "control-plane-toleration",
  meta: {
    description: "A DaemonSet meant for every node tolerates the control-plane taint (or, in forbid mode, none does).",
    severity: "warning",
    fixable: true,
    messages: {
      missing: {
        message: "no toleration for the control-plane taint: pods skip control-plane nodes",
        help: `This DaemonSet targets every node, but control-plane nodes carry the taint ${TAINT}, so none of its pods run there (a node agent usually must). Add a toleration for it (the fix adds key ${CONTROL_PLANE_TAINT.key}, operator Exists, effect ${CONTROL_PLANE_TAINT.effect}), or a nodeSelector or node affinity that leaves control-plane nodes out if it must not run there.`
      },
      missingSelected: {
        message: "selects control-plane nodes but does not tolerate their taint",
        help: `The node selection picks control-plane nodes by their label, but they carry the taint ${TAINT}, so the pods never schedule there. Add a toleration for it (the fix adds key ${CONTROL_PLANE_TAINT.key}, operator Exists, effect ${CONTROL_PLANE_TAINT.effect}).`
      },
      nearMiss: {
        message: "control-plane toleration does not match the taint: {{short}}",
        help: `This toleration names ${CONTROL_PLANE_TAINT.key} but does not tolerate the taint ${TAINT}: {{reason}}. The pods never run on control-plane nodes. Use key ${CONTROL_PLANE_TAINT.key}, operator Exists, effect ${CONTROL_PLANE_TAINT.effect} (the fix adds such a toleration).`
      },
      legacy: {
        message: `toleration only for the legacy taint ${LEGACY_MASTER_TAINT.key}`,
        help: `Kubernetes 1.25 removed the taint ${LEGACY_MASTER_TAINT.key}: control-plane nodes now carry ${TAINT}, so this toleration no longer lets the pods run there. Add a toleration for ${CONTROL_PLANE_TAINT.key} (the fix does); keep the old one only for clusters older than 1.25.`
      },
      forbidden: {
        message: "toleration lets pods run on control-plane nodes (mode: forbid)",
        help: `This toleration tolerates ${TAINT}, so the DaemonSet's pods run on control-plane nodes, which this rule's mode: forbid does not allow. Remove it.`
      },
      forbiddenCatchAll: {
        message: "toleration without a key tolerates {{which}}, control plane included",
        help: `A toleration without a key tolerates {{which}}, ${TAINT} included, so the DaemonSet's pods run on control-plane nodes, which this rule's mode: forbid does not allow. List the taints the pods need instead.`
      }
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { mode: { enum: ["require", "forbid"] } }
    },
    defaultOptions: { mode: "require" },
    tags: ["reliability"]
  },
  check(daemonSet, context) {
    const podSpec = podSpecOf(daemonSet);
    if (!podSpec) return;
    const targeting = controlPlaneTargeting(nodeSelectionOf(daemonSet));
    if (targeting === "excluded") return;
    if (context.options.mode === "forbid") {
      const tolerating = tolerationsOf(daemonSet).filter((t) => tolerationMismatch(t.toleration, CONTROL_PLANE_TAINT) === void 0);
      for (const { toleration, path: path2 } of tolerating) {
        if (isCatchAll(toleration)) {
          const which = toleration.effect ? `every ${String(toleration.effect)} taint` : "every taint";
          context.report({ path: path2, messageId: "forbiddenCatchAll", data: { which } });
        } else {
          context.report({ path: path2, messageId: "forbidden" });
        }
      }
      return;
    }
    if (tolerates(podSpec.tolerations, CONTROL_PLANE_TAINT)) return;
    const tolerations = tolerationsOf(daemonSet);
    const nearMisses = tolerations.flatMap((ref) => {
      const reason = nearMissReason(ref);
      return reason === void 0 ? [] : [{ path: ref.path, reason }];
    });
    for (const { path: path2, reason } of nearMisses) context.report({ path: path2, messageId: "nearMiss", data: reason, fix: ADD_TOLERATION });
    const legacy = tolerations.filter((t) => tolerationMismatch(t.toleration, LEGACY_MASTER_TAINT) === void 0);
    for (const { path: path2 } of legacy) context.report({ path: path2, messageId: "legacy", fix: ADD_TOLERATION });
    if (nearMisses.length > 0 || legacy.length > 0) return;
    if (targeting === "subset") return;
    context.report({
      path: "tolerations" in podSpec ? TOLERATIONS_PATH : POD_SPEC_PATH,
      messageId: targeting === "control-plane" ? "missingSelected" : "missing",
      fix: ADD_TOLERATION
    });
  }
});
function nearMissReason({ toleration }) {
  if (toleration.key !== CONTROL_PLANE_TAINT.key) return void 0;
  const mismatch = tolerationMismatch(toleration, CONTROL_PLANE_TAINT);
  return mismatch === void 0 ? void 0 : NEAR_MISS_REASONS[mismatch]?.(toleration);
}

// src/k8s/host-paths.ts
function normaliseHostPath(path2) {
  if (path2.startsWith("/")) {
    if (!path2.includes("//") && !path2.includes("/.") && (path2.length === 1 || !path2.endsWith("/"))) return path2;
    return `/${resolveSegments(path2.split("/")).join("/")}`;
  }
  if (WINDOWS_DRIVE.test(path2)) {
    return `${path2.slice(0, 2).toLowerCase()}/${resolveSegments(path2.slice(2).split(WINDOWS_SEPARATOR)).join("/").toLowerCase()}`;
  }
  if (path2.startsWith("\\\\")) {
    const [server, share, ...rest] = path2.slice(2).split(WINDOWS_SEPARATOR);
    if (!server || !share) return void 0;
    const below2 = resolveSegments(rest);
    return `//${server}/${share}${below2.length > 0 ? `/${below2.join("/")}` : ""}`.toLowerCase();
  }
  return void 0;
}
var WINDOWS_DRIVE = /^[A-Za-z]:([\\/]|$)/;
var WINDOWS_SEPARATOR = /[\\/]/;
function isWindowsHostPath(path2) {
  return WINDOWS_DRIVE.test(path2) || path2.startsWith("\\\\");
}
function resolveSegments(segments) {
  const out = [];
  for (const segment of segments) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  return out;
}
var HOST_PATH_OPTION_PATTERN = "^(/|[A-Za-z]:([\\\\/]|$)|\\\\\\\\)";
function canonical(normalised) {
  if (normalised === "/var/run") return "/run";
  if (normalised.startsWith("/var/run/")) return `/run/${normalised.slice("/var/run/".length)}`;
  return normalised;
}
function isWithin(path2, ancestor) {
  if (ancestor.endsWith("/")) return path2.length > ancestor.length && path2.startsWith(ancestor);
  return path2.length > ancestor.length && path2.charCodeAt(ancestor.length) === SLASH && path2.startsWith(ancestor);
}
var SLASH = 47;
function parseHostPathPattern(text2) {
  const subtree = text2.endsWith("/**") || text2.endsWith("\\**");
  const base = subtree ? text2.slice(0, -3) || "/" : text2;
  const path2 = normaliseHostPath(base);
  if (path2 === void 0) return void 0;
  return { text: text2, path: path2, shown: isWindowsHostPath(base) ? base : path2, subtree };
}
function sensitiveMatch(hostPath, patterns) {
  const literal = normaliseHostPath(hostPath);
  if (literal === void 0) return void 0;
  const linked = canonical(literal);
  const linkedPatterns = canonicalPaths(patterns);
  for (let i = 0; i < patterns.length; i++) {
    if (literal === patterns[i].path) return { pattern: patterns[i], relation: "same", viaRunLink: false };
  }
  for (let i = 0; i < patterns.length; i++) {
    if (linked === linkedPatterns[i]) return { pattern: patterns[i], relation: "same", viaRunLink: true };
  }
  for (let i = 0; i < patterns.length; i++) {
    if (patterns[i].subtree && isWithin(literal, patterns[i].path)) return { pattern: patterns[i], relation: "inside", viaRunLink: false };
  }
  for (let i = 0; i < patterns.length; i++) {
    if (patterns[i].subtree && isWithin(linked, linkedPatterns[i])) return { pattern: patterns[i], relation: "inside", viaRunLink: true };
  }
  for (let i = 0; i < patterns.length; i++) {
    if (isWithin(patterns[i].path, literal)) return { pattern: patterns[i], relation: "contains", viaRunLink: false };
  }
  for (let i = 0; i < patterns.length; i++) {
    if (isWithin(linkedPatterns[i], linked)) return { pattern: patterns[i], relation: "contains", viaRunLink: true };
  }
  return void 0;
}
var canonicalPaths = memoizeByObject((patterns) => patterns.map((p) => canonical(p.path)));
function isUnderHostPath(hostPath, prefix) {
  const path2 = normaliseHostPath(hostPath);
  const base = normaliseHostPath(prefix);
  if (path2 === void 0 || base === void 0) return false;
  const p = canonical(path2);
  const b = canonical(base);
  return p === b || isWithin(p, b);
}
function joinHostPath(hostPath, subPath) {
  if (subPath === "") return hostPath;
  return isWindowsHostPath(hostPath) ? `${hostPath.replace(/[\\/]+$/, "")}\\${subPath}` : `${hostPath.replace(/\/+$/, "")}/${subPath}`;
}

// src/k8s/agent-paths.ts
var KNOWN_WRITTEN = [
  ["/var/lib/kubelet/plugins_registry/**", "kubelet plugin registration directory: CSI node plugins and other kubelet plugins create their registration socket here"],
  ["/var/lib/kubelet/plugins/**", "kubelet plugin directory: a CSI node plugin creates its socket here (a container that only connects to the socket can mount it read-only), and volumes are staged below it"],
  ["/var/lib/kubelet/pods/**", "the pods' volume directories: a CSI node plugin mounts volumes into them"],
  ["/var/lib/kubelet/device-plugins/**", "device plugin directory: a device plugin creates its socket here to register with the kubelet"],
  ["/opt/cni/bin/**", "CNI plugin directory: a CNI installer copies the plugin binaries here"],
  ["/etc/cni/**", "CNI configuration directory: a CNI installer or agent writes the network configuration here"],
  ["/var/lib/cni/**", "CNI state directory: CNI plugins record IP allocations and cached results here"],
  ["/run/xtables.lock", "iptables lock file: kube-proxy and network agents lock it around every iptables change"],
  ["/run/netns/**", "network namespace directory: CNI agents create and bind-mount pod network namespaces here"],
  ["/sys/fs/bpf/**", "BPF filesystem: eBPF agents pin their maps and programs here"],
  ["/usr/libexec/kubernetes/kubelet-plugins/volume/exec/**", "FlexVolume plugin directory: a FlexVolume driver installer copies the driver here"],
  ["C:\\var\\lib\\kubelet\\plugins_registry\\**", "kubelet plugin registration directory: CSI node plugins create their registration socket here"],
  ["C:\\var\\lib\\kubelet\\plugins\\**", "kubelet plugin directory: a CSI node plugin creates its socket here (a container that only connects to the socket can mount it read-only), and volumes are staged below it"],
  ["C:\\var\\lib\\kubelet\\pods\\**", "the pods' volume directories: a CSI node plugin mounts volumes into them"],
  ["C:\\var\\lib\\kubelet\\device-plugins\\**", "device plugin directory: a device plugin creates its socket here to register with the kubelet"],
  ["C:\\opt\\cni\\**", "CNI plugin directory: a CNI installer copies the plugin binaries here"],
  ["C:\\etc\\cni\\**", "CNI configuration directory: a CNI installer or agent writes the network configuration here"],
  ["\\\\.\\pipe\\**", "named pipe namespace: a client writes to a pipe to talk to the server behind it"]
];
var CNI_DIRECTORIES = ["/opt/cni/bin/**", "/etc/cni/**", "/var/lib/cni/**", "C:\\opt\\cni\\**", "C:\\etc\\cni\\**"];
var knownWritten = KNOWN_WRITTEN.map(([text2, reason]) => ({ pattern: parseHostPathPattern(text2), reason }));
var knownPatterns = knownWritten.map((k) => k.pattern);
var cniPatterns = CNI_DIRECTORIES.map((text2) => parseHostPathPattern(text2));
function knownWrittenPath(hostPath) {
  const match = sensitiveMatch(hostPath, knownPatterns);
  if (!match) return void 0;
  const known = knownWritten[knownPatterns.indexOf(match.pattern)];
  return { path: match.pattern.shown, reason: known.reason, relation: match.relation };
}
function cniDirectory(hostPath) {
  const match = sensitiveMatch(hostPath, cniPatterns);
  return match && match.relation !== "contains" ? match.pattern.shown : void 0;
}
function readOnlySafety(hostPath, type) {
  if (type === "Socket" || SOCKET_FILE.test(hostPath)) return { safe: true };
  const read = sensitiveMatch(hostPath, readSourcePatterns);
  if (read && read.relation !== "contains") return { safe: true };
  if (type === "DirectoryOrCreate" || type === "FileOrCreate") {
    return { safe: false, reason: `its type ${type} has the kubelet create the path for the pod, which usually means the pod writes there` };
  }
  const likely = sensitiveMatch(hostPath, likelyPatterns);
  return { safe: false, reason: likely ? LIKELY_WRITTEN[likelyPatterns.indexOf(likely.pattern)][1] : void 0 };
}
var SOCKET_FILE = /\.sock$/;
var READ_SOURCES = ["/var/log/pods/**", "/var/log/containers/**", "/var/log/journal/**", "/run/log/journal/**", "/var/lib/docker/containers/**"];
var readSourcePatterns = READ_SOURCES.map((text2) => parseHostPathPattern(text2));
var LIKELY_WRITTEN = [
  ["/var/log", "log collectors often keep their read positions in /var/log (fluentd .pos files, the Fluent Bit database)"],
  ["/var/lib/**", "agents keep their state under /var/lib"],
  ["/run/**", "agents keep runtime state and sockets under /run"],
  ["/dev/**", "storage and device agents create and write device nodes through /dev"],
  ["/sys/**", "storage and device agents write to sysfs (device rescans, attachments)"]
];
var likelyPatterns = LIKELY_WRITTEN.map(([text2]) => parseHostPathPattern(text2));

// src/k8s/capabilities.ts
function normaliseCapability(name) {
  const upper = name.trim().toUpperCase();
  return upper.startsWith("CAP_") ? upper.slice(4) : upper;
}
function addedCapabilities(ref) {
  const add3 = asRecord(asRecord(asRecord(ref.container.securityContext)?.capabilities))?.add;
  const out = [];
  if (!Array.isArray(add3)) return out;
  for (let index = 0; index < add3.length; index++) {
    const item = add3[index];
    if (typeof item === "string") out.push({ name: normaliseCapability(item), index });
  }
  return out;
}

// src/k8s/volumes.ts
var Volume = class {
  constructor(name, hostPath, type, index) {
    this.name = name;
    this.hostPath = hostPath;
    this.type = type;
    this.index = index;
  }
  name;
  hostPath;
  type;
  index;
  builtPath;
  get path() {
    return this.builtPath ??= [...POD_SPEC_PATH, "volumes", this.index];
  }
};
function volumesOf(daemonSet) {
  const volumes = podSpecOf(daemonSet)?.volumes;
  return Array.isArray(volumes) ? volumes : void 0;
}
function hostPathVolumeOf(volume, name, index) {
  const source = asRecord(volume?.hostPath);
  return source ? new Volume(name, typeof source.path === "string" ? source.path : void 0, source.type, index) : void 0;
}
function hostPathVolumes2(daemonSet) {
  const out = [];
  const volumes = volumesOf(daemonSet);
  if (!volumes) return out;
  for (let index = 0; index < volumes.length; index++) {
    const volume = asRecord(volumes[index]);
    const hostPathVolume = hostPathVolumeOf(volume, typeof volume?.name === "string" ? volume.name : void 0, index);
    if (hostPathVolume) out.push(hostPathVolume);
  }
  return out;
}
var Mount = class {
  constructor(container, mount, volume, hostPath, index) {
    this.container = container;
    this.mount = mount;
    this.volume = volume;
    this.hostPath = hostPath;
    this.index = index;
  }
  container;
  mount;
  volume;
  hostPath;
  index;
  builtPath;
  get path() {
    return this.builtPath ??= [...this.container.path, "volumeMounts", this.index];
  }
};
function hostPathMounts(daemonSet) {
  const out = [];
  const volumes = volumesOf(daemonSet);
  if (!volumes) return out;
  let byName;
  let hostPaths = false;
  for (let index = 0; index < volumes.length; index++) {
    const volume = asRecord(volumes[index]);
    const name = volume?.name;
    if (typeof name !== "string" || byName?.has(name)) continue;
    const hostPathVolume = hostPathVolumeOf(volume, name, index);
    (byName ??= /* @__PURE__ */ new Map()).set(name, hostPathVolume);
    hostPaths ||= hostPathVolume !== void 0;
  }
  if (!byName || !hostPaths) return out;
  const containers = containersOf(daemonSet);
  for (let c = 0; c < containers.length; c++) {
    const container = containers[c];
    const mounts = container.container.volumeMounts;
    if (!Array.isArray(mounts)) continue;
    for (let index = 0; index < mounts.length; index++) {
      const mount = asRecord(mounts[index]);
      const volume = typeof mount?.name === "string" ? byName.get(mount.name) : void 0;
      if (!mount || !volume) continue;
      const subPath = typeof mount.subPath === "string" ? mount.subPath : "";
      out.push(new Mount(container, mount, volume, volume.hostPath === void 0 ? void 0 : joinHostPath(volume.hostPath, subPath), index));
    }
  }
  return out;
}

// src/k8s/network-component.ts
function networkComponentSignal(daemonSet, hostNetwork) {
  const volumes = hostPathVolumes2(daemonSet);
  for (let i = 0; i < volumes.length; i++) {
    const hostPath = volumes[i].hostPath;
    if (hostPath === void 0) continue;
    if (cniDirectory(hostPath) !== void 0) return `mounts ${hostPath}`;
    if (isUnderHostPath(hostPath, XTABLES_LOCK)) return `mounts ${hostPath}`;
  }
  if (!hostNetwork) return void 0;
  const containers = containersOf(daemonSet);
  for (let i = 0; i < containers.length; i++) {
    const added = addedCapabilities(containers[i]);
    for (let k = 0; k < added.length; k++) {
      if (NETWORK_CAPABILITIES.has(added[k].name)) return `container "${containerName(containers[i])}" adds ${added[k].name}`;
    }
  }
  return void 0;
}
var XTABLES_LOCK = "/run/xtables.lock";
var NETWORK_CAPABILITIES = /* @__PURE__ */ new Set(["NET_ADMIN", "NET_RAW", "ALL"]);

// src/rules/host-network-dns-policy.ts
var DNS_POLICY_PATH = [...POD_SPEC_PATH, "dnsPolicy"];
var SET_DEFAULT = { op: "set", path: DNS_POLICY_PATH, value: "Default", safety: "unsafe" };
var SET_CLUSTER_FIRST_WITH_HOST_NET = { op: "set", path: DNS_POLICY_PATH, value: "ClusterFirstWithHostNet", safety: "unsafe" };
var WHAT_HAPPENS = {
  missing: "With no dnsPolicy the pod gets ClusterFirst",
  empty: "An empty dnsPolicy is defaulted to ClusterFirst",
  clusterFirst: "The pod asks for dnsPolicy ClusterFirst"
};
var FALLBACK = "which the kubelet turns into the node's DNS (Default) for a pod on the host network: it cannot resolve cluster Services by name. State the choice.";
var CHOICE = "Say dnsPolicy: Default if the pod uses the node's DNS: network components must (CNI agents and installers, NAT, network-policy and load-balancer agents, webhooks the API server calls), because CoreDNS runs on the pod network they provide, and depending on it would deadlock their start. Say dnsPolicy: ClusterFirstWithHostNet if the pod must resolve cluster Services. The fix writes ClusterFirstWithHostNet; it is unsafe and applied only with --unsafe-fixes.";
var NETWORK = `This pod is a network component ({{signal}}): it must use the node's DNS, because CoreDNS runs on the pod network it provides, and ClusterFirstWithHostNet would make its start wait on itself. Default is what it already gets; say dnsPolicy: Default so that nobody "fixes" it to ClusterFirstWithHostNet. The fix writes Default; like every choice of DNS policy it is unsafe and applied only with --unsafe-fixes.`;
var host_network_dns_policy_default = defineRule({
  id: "host-network-dns-policy",
  meta: {
    description: "A pod on the host network states its DNS policy: Default for network components, ClusterFirstWithHostNet for pods that resolve cluster Services.",
    severity: "warning",
    fixable: true,
    messages: {
      missing: { message: "hostNetwork pod without dnsPolicy: choose Default or ClusterFirstWithHostNet", help: `${WHAT_HAPPENS.missing}, ${FALLBACK} ${CHOICE}` },
      empty: { message: "hostNetwork pod with empty dnsPolicy: choose Default or ClusterFirstWithHostNet", help: `${WHAT_HAPPENS.empty}, ${FALLBACK} ${CHOICE}` },
      clusterFirst: {
        message: "dnsPolicy ClusterFirst under hostNetwork: choose Default or ClusterFirstWithHostNet",
        help: `${WHAT_HAPPENS.clusterFirst}, ${FALLBACK} ${CHOICE}`
      },
      networkMissing: { message: "network component without dnsPolicy: say Default", help: NETWORK },
      networkEmpty: { message: "network component with empty dnsPolicy: say Default", help: NETWORK },
      networkClusterFirst: { message: "network component with dnsPolicy ClusterFirst: say Default", help: NETWORK }
    },
    defaultOptions: {},
    tags: ["reliability"]
  },
  check(daemonSet, context) {
    const podSpec = podSpecOf(daemonSet);
    if (podSpec?.hostNetwork !== true || runsOnWindowsOnly(daemonSet)) return;
    const dnsPolicy = podSpec.dnsPolicy;
    let found;
    if (dnsPolicy === void 0 && !("dnsPolicy" in podSpec)) found = { path: [...POD_SPEC_PATH, "hostNetwork"], kind: "Missing" };
    else if (dnsPolicy === void 0 || dnsPolicy === null || dnsPolicy === "") found = { path: DNS_POLICY_PATH, kind: "Empty" };
    else if (dnsPolicy === "ClusterFirst") found = { path: DNS_POLICY_PATH, at: "value", kind: "ClusterFirst" };
    else return;
    const signal = networkComponentSignal(daemonSet, true);
    if (signal !== void 0) {
      context.report({ path: found.path, at: found.at, messageId: `network${found.kind}`, data: { signal }, fix: SET_DEFAULT });
    } else {
      const messageId = found.kind === "ClusterFirst" ? "clusterFirst" : found.kind === "Empty" ? "empty" : "missing";
      context.report({ path: found.path, at: found.at, messageId, fix: SET_CLUSTER_FIRST_WITH_HOST_NET });
    }
  }
});

// src/types/placeholder-reason.ts
var PLACEHOLDERS = /* @__PURE__ */ new Set(["todo", "tbd", "n/a", "none", "-"]);
var PLACEHOLDER_MARKER = /^(todo|tbd)\b/i;
function isPlaceholderReason(reason) {
  const text2 = reason.trim();
  return PLACEHOLDERS.has(text2.toLowerCase()) || PLACEHOLDER_MARKER.test(text2);
}

// src/k8s/justification.ts
var JUSTIFICATION_KEYS = [
  "privileged",
  "allowPrivilegeEscalation",
  "capabilities",
  "hostNetwork",
  "hostPID",
  "hostIPC",
  "hostProcess",
  "hostPath"
];
var JUSTIFICATION_PREFIX = "daemonlint.io/justification.";
var EXPIRES_ANNOTATION = "daemonlint.io/justification-expires";
var DEFAULT_MIN_JUSTIFICATION_LENGTH = 10;
var SOURCES = ["daemonSet", "podTemplate"];
var METADATA_PATH = {
  daemonSet: ["metadata"],
  podTemplate: ["spec", "template", "metadata"]
};
var MISSING = Object.freeze({ status: "missing" });
function justificationAnnotation(key) {
  return ANNOTATIONS2[key];
}
var ANNOTATIONS2 = Object.fromEntries(JUSTIFICATION_KEYS.map((key) => [key, `${JUSTIFICATION_PREFIX}${key}`]));
var KNOWN_KEYS = new Set(JUSTIFICATION_KEYS);
function annotationPath(source, annotation) {
  return [...METADATA_PATH[source], "annotations", annotation];
}
function annotationsOf(daemonSet, source) {
  const metadata = source === "daemonSet" ? asRecord(asRecord(daemonSet)?.metadata) : podTemplateMetadataOf(daemonSet);
  return asRecord(metadata?.annotations);
}
function justificationFor(daemonSet, key, settings) {
  let problem;
  for (const source of SOURCES) {
    const found = readJustification(annotationsOf(daemonSet, source), key, source, settings);
    if (found.status === "justified") return found;
    if (found.status !== "missing") problem ??= found;
  }
  return problem ?? MISSING;
}
function readJustification(annotations, key, source, settings) {
  const annotation = justificationAnnotation(key);
  if (!annotations || !(annotation in annotations)) return MISSING;
  const value = annotations[annotation];
  if (typeof value !== "string") {
    return { status: "invalid", problem: "notString", why: "is not a string", source };
  }
  const reason = value.trim();
  if (isPlaceholderReason(reason)) {
    return { status: "invalid", problem: "placeholder", why: `is a placeholder ("${reason}")`, source };
  }
  const length = codePoints(reason);
  if (length < settings.minLength) {
    return {
      status: "invalid",
      problem: "tooShort",
      why: `is too short ("${reason}", ${length} characters; at least ${settings.minLength})`,
      source
    };
  }
  if (EXPIRES_ANNOTATION in annotations) {
    const raw = annotations[EXPIRES_ANNOTATION];
    const end = typeof raw === "string" ? endOfDay(raw) : void 0;
    if (end === void 0) {
      return {
        status: "invalid",
        problem: "badExpiry",
        why: `is bounded by ${EXPIRES_ANNOTATION}: ${JSON.stringify(raw ?? null)}, which is not a YYYY-MM-DD date`,
        source
      };
    }
    if (settings.now.getTime() >= end) return { status: "expired", expires: String(raw), source };
  }
  return { status: "justified", reason, source };
}
function codePoints(text2) {
  return text2.length - (text2.match(SURROGATE_PAIR)?.length ?? 0);
}
var SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
function endOfDay(date) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return void 0;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = new Date(Date.UTC(year, month - 1, day));
  if (start.getUTCFullYear() !== year || start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) return void 0;
  return Date.UTC(year, month - 1, day + 1);
}
function unknownJustificationAnnotations(daemonSet) {
  let out;
  for (let s = 0; s < SOURCES.length; s++) {
    const source = SOURCES[s];
    const annotations = annotationsOf(daemonSet, source);
    for (const annotation in annotations) {
      if (!Object.hasOwn(annotations, annotation) || !annotation.startsWith(JUSTIFICATION_PREFIX)) continue;
      const key = annotation.slice(JUSTIFICATION_PREFIX.length);
      if (!KNOWN_KEYS.has(key)) (out ??= []).push({ source, annotation, key });
    }
  }
  return out ?? NONE_UNKNOWN;
}
var NONE_UNKNOWN = Object.freeze([]);
var justificationMessages = {
  unjustified: {
    message: "{{subject}}, not justified",
    help: '{{risk}}{{detail}} Fix: {{remedy}}; or, if the DaemonSet needs it, justify it with annotation {{annotation}}: "<why>".'
  },
  invalidJustification: {
    message: "{{subject}}: invalid justification",
    help: "Annotation {{annotation}} {{why}}, so it justifies nothing. {{risk}}{{detail}} Fix: {{remedy}}; or {{repair}}."
  },
  expiredJustification: {
    message: "{{subject}}: justification expired on {{expires}}",
    help: `{{risk}}{{detail}} Fix: {{remedy}}; or review the reason in {{annotation}} and move ${EXPIRES_ANNOTATION} forward.`
  },
  justified: {
    message: "{{subject}}; justified by {{annotation}}",
    help: '{{risk}}{{detail}} Justified by {{annotation}}: "{{reason}}".'
  }
};
var REPAIR = {
  placeholder: "write down why the privilege is needed",
  tooShort: "write down why the privilege is needed",
  notString: "quote the reason",
  badExpiry: "write the date as YYYY-MM-DD"
};
function justificationReport(justification, key, { subject, risk, detail: more, remedy }) {
  const annotation = justificationAnnotation(key);
  const detail = more === void 0 ? "" : ` ${more}`;
  switch (justification.status) {
    case "justified":
      return { messageId: "justified", data: { subject, risk, detail, annotation, reason: justification.reason }, justification: justification.reason };
    case "missing":
      return { messageId: "unjustified", data: { subject, risk, detail, remedy, annotation }, justifyWith: annotation };
    case "invalid":
      return {
        messageId: "invalidJustification",
        data: { subject, risk, detail, remedy, annotation, why: justification.why, repair: REPAIR[justification.problem] },
        justifyWith: annotation
      };
    case "expired":
      return { messageId: "expiredJustification", data: { subject, risk, detail, remedy, annotation, expires: justification.expires } };
  }
}

// src/rules/hostpath-readonly.ts
var RISK = "A writable host path lets a compromised container change the node's own files: plant binaries, rewrite configuration, fill the disk.";
var hostpath_readonly_default = defineRule({
  id: "hostpath-readonly",
  meta: {
    description: "hostPath volumes are mounted read-only unless the path is allowed to be writable or the DaemonSet justifies it.",
    severity: "error",
    fixable: true,
    messages: { ...justificationMessages },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        allowWritablePrefixes: { type: "array", items: { type: "string", pattern: HOST_PATH_OPTION_PATTERN } },
        minJustificationLength: { type: "integer", minimum: 1 }
      }
    },
    defaultOptions: { allowWritablePrefixes: [], minJustificationLength: DEFAULT_MIN_JUSTIFICATION_LENGTH },
    tags: ["security"],
    securitySeverity: 7
  },
  check(daemonSet, context) {
    let justification;
    const mounts = hostPathMounts(daemonSet);
    for (let i = 0; i < mounts.length; i++) {
      const m = mounts[i];
      if (m.mount.readOnly === true) continue;
      const hostPath = m.hostPath;
      if (hostPath !== void 0 && allowedWritable(hostPath, context.options.allowWritablePrefixes)) continue;
      if (isHostProcessContainer(daemonSet, m.container)) continue;
      justification ??= justificationFor(daemonSet, "hostPath", {
        minLength: context.options.minJustificationLength,
        now: context.now
      });
      const readOnlyPath = [...m.path, "readOnly"];
      const advice = adviceFor(m, readOnlyPath);
      const what = hostPath === void 0 ? "a hostPath volume" : hostPath;
      const found = justificationReport(justification, "hostPath", {
        subject: `container "${containerName(m.container)}" mounts ${what} writable`,
        risk: advice.why ?? RISK,
        detail: advice.detail,
        remedy: advice.remedy
      });
      context.report({
        // An explicit `readOnly: false` is the node to change; a missing one is the mount's to add.
        path: "readOnly" in m.mount ? readOnlyPath : m.path,
        ...found,
        // A justified finding is accepted as it is: fixing it would undo a decision.
        fix: found.justification === void 0 ? advice.fix : void 0
      });
    }
  }
});
function adviceFor(m, readOnlyPath) {
  const setReadOnly = "set readOnly: true";
  if (m.mount.mountPropagation === "Bidirectional") {
    return {
      why: "With Bidirectional mount propagation the container creates mounts the node must see (as CSI node plugins do), so the mount is usually writable and no fix is offered.",
      remedy: `if the container only reads there, drop Bidirectional propagation and ${setReadOnly}`
    };
  }
  const hostPath = m.hostPath;
  if (hostPath === void 0) return { remedy: setReadOnly, fix: { op: "set", path: readOnlyPath, value: true } };
  const known = knownWrittenPath(hostPath);
  if (known && known.relation !== "contains") {
    return {
      why: `${known.path} is the ${known.reason}, so it is usually writable and no fix is offered.`,
      remedy: `if this container only reads there, ${setReadOnly}; if the path is writable by design here, add it to the rule's allowWritablePrefixes option`
    };
  }
  if (known) {
    return unsafeFix(readOnlyPath, `it contains ${known.path}, the ${known.reason}`);
  }
  const safety = readOnlySafety(hostPath, m.volume.type);
  if (!safety.safe) return unsafeFix(readOnlyPath, safety.reason);
  return { remedy: setReadOnly, fix: { op: "set", path: readOnlyPath, value: true } };
}
function unsafeFix(readOnlyPath, reason) {
  const likely = reason === void 0 ? "" : ` Here a write is likely: ${reason}.`;
  return {
    why: RISK,
    detail: `Whether the container writes there cannot be seen from the manifest, and a read-only mount breaks it if it does: the fix (readOnly: true) is unsafe, applied only with --unsafe-fixes.${likely}`,
    remedy: "set readOnly: true once you know the container only reads there",
    fix: { op: "set", path: readOnlyPath, value: true, safety: "unsafe" }
  };
}
function allowedWritable(hostPath, prefixes) {
  for (let i = 0; i < prefixes.length; i++) {
    if (isUnderHostPath(hostPath, prefixes[i])) return true;
  }
  return false;
}

// src/types/hash.ts
var FNV_OFFSET = 2166136261;
function fnvStep(hash, unit) {
  return Math.imul(hash ^ unit, 16777619);
}
function fnvOfString(text2) {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text2.length; i++) hash = fnvStep(hash, text2.charCodeAt(i));
  return hash >>> 0;
}

// src/k8s/identical-groups.ts
function groupIdentical(objects, key, identity, coarse) {
  const byHash = /* @__PURE__ */ new Map();
  const groups = [];
  const add3 = (object) => {
    const k = key(object);
    const hash = fnvOfString(k);
    const found = byHash.get(hash);
    const bucket = found === void 0 ? void 0 : Array.isArray(found) ? found.find((b) => key(b.members[0]) === k) : key(found.members[0]) === k ? found : void 0;
    if (bucket === void 0) {
      const group = { members: [object] };
      groups.push(group);
      if (found === void 0) byHash.set(hash, group);
      else if (Array.isArray(found)) found.push(group);
      else byHash.set(hash, [found, group]);
      return;
    }
    const id = identity(object);
    if (id === void 0) {
      bucket.members.push(object);
      return;
    }
    bucket.seen ??= new Set(bucket.members.map(identity).filter((i) => i !== void 0));
    if (bucket.seen.has(id)) return;
    bucket.seen.add(id);
    bucket.members.push(object);
  };
  if (coarse === void 0) {
    for (const object of objects) add3(object);
    return groups;
  }
  const coarseKeys = objects.map(coarse);
  const counts = /* @__PURE__ */ new Map();
  for (const k of coarseKeys) counts.set(k, (counts.get(k) ?? 0) + 1);
  for (let i = 0; i < objects.length; i++) {
    if (counts.get(coarseKeys[i]) === 1) groups.push({ members: [objects[i]] });
    else add3(objects[i]);
  }
  return groups;
}

// src/k8s/object-ref.ts
function describeObject(ref) {
  const { kind, namespace, name } = ref;
  return `${kind ?? "object"} ${namespace ? `${namespace}/` : ""}${name ?? "<unnamed>"}`;
}

// src/k8s/pod-level-resources.ts
var POD_LEVEL_RESOURCES_MINOR = 34;
var honouredFor;
var honoured = true;
function podLevelResourcesHonoured(kubeVersion) {
  if (kubeVersion !== honouredFor) {
    const match = /^(\d+)\.(\d+)$/.exec(kubeVersion);
    honoured = !match || Number(match[1]) > 1 || Number(match[2]) >= POD_LEVEL_RESOURCES_MINOR;
    honouredFor = kubeVersion;
  }
  return honoured;
}

// src/inventory/requests.ts
function podRequestsOf(daemonSet, kubeVersion) {
  const podSpec = podSpecOf(daemonSet);
  const sum = /* @__PURE__ */ new Map();
  const paths = {};
  const largest = /* @__PURE__ */ new Map();
  const note = (resource, nanos, path2) => {
    if (nanos > (largest.get(resource) ?? 0n)) {
      largest.set(resource, nanos);
      paths[resource] = path2;
    }
  };
  const sidecars = /* @__PURE__ */ new Map();
  const initNeeds = /* @__PURE__ */ new Map();
  for (const ref of containersOf(daemonSet, POD_CONTAINER_LISTS)) {
    const requests = containerRequests(ref.container.resources, ref.path);
    for (const [resource, { nanos, path: path2 }] of requests) note(resource, nanos, path2);
    if (ref.list === "containers" || ref.sidecar) add2(sum, requests);
    if (ref.list !== "initContainers") continue;
    if (ref.sidecar) {
      add2(sidecars, requests);
      raise(initNeeds, sidecars);
    } else {
      const need = new Map(sidecars);
      add2(need, requests);
      raise(initNeeds, need);
    }
  }
  raise(sum, initNeeds);
  if (podLevelResourcesHonoured(kubeVersion)) {
    const resources = asRecord(podSpec?.resources);
    const podPath = [...POD_SPEC_PATH, "resources"];
    const limits = readList2(asRecord(resources?.limits), [...podPath, "limits"]);
    const requests = readList2(asRecord(resources?.requests), [...podPath, "requests"]);
    for (const [resource, entry] of limits) if (!requests.has(resource)) requests.set(resource, entry);
    for (const [resource, { nanos, path: path2 }] of requests) {
      if (!podLevelResource(resource)) continue;
      sum.set(resource, nanos);
      largest.set(resource, nanos);
      paths[resource] = path2;
    }
  }
  const overhead = readList2(asRecord(podSpec?.overhead), [...POD_SPEC_PATH, "overhead"]);
  for (const [resource, { nanos, path: path2 }] of overhead) note(resource, nanos, path2);
  add2(sum, overhead);
  const amounts = {};
  for (const [resource, nanos] of sum) {
    const units = schedulerUnits(nanos, resource);
    if (units > 0n) amounts[resource] = units;
  }
  const runtimeClass = podSpec?.runtimeClassName;
  return { amounts, paths, overheadUnknown: typeof runtimeClass === "string" && runtimeClass !== "" && podSpec?.overhead === void 0 };
}
function containerRequests(resources, containerPath) {
  const record = asRecord(resources);
  const out = readList2(asRecord(record?.limits), [...containerPath, "resources", "limits"]);
  for (const [resource, entry] of readList2(asRecord(record?.requests), [...containerPath, "resources", "requests"])) out.set(resource, entry);
  return out;
}
function readList2(list, path2) {
  const out = /* @__PURE__ */ new Map();
  if (!list) return out;
  for (const [resource, value] of Object.entries(list)) {
    const quantity = parseQuantity(value);
    if (quantity !== void 0 && quantity.sign >= 0) out.set(resource, { nanos: scaledValue(quantity, 9), path: [...path2, resource] });
  }
  return out;
}
function add2(into, entries) {
  for (const [resource, entry] of entries) into.set(resource, (into.get(resource) ?? 0n) + (typeof entry === "bigint" ? entry : entry.nanos));
}
function raise(into, entries) {
  for (const [resource, nanos] of entries) if (nanos > (into.get(resource) ?? 0n)) into.set(resource, nanos);
}
function podLevelResource(resource) {
  return resource === "cpu" || resource === "memory" || resource.startsWith("hugepages-");
}

// src/inventory/profile.ts
var DAEMON_TOLERATIONS = [
  Object.freeze({ key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute" }),
  Object.freeze({ key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute" }),
  Object.freeze({ key: "node.kubernetes.io/disk-pressure", operator: "Exists", effect: "NoSchedule" }),
  Object.freeze({ key: "node.kubernetes.io/memory-pressure", operator: "Exists", effect: "NoSchedule" }),
  Object.freeze({ key: "node.kubernetes.io/pid-pressure", operator: "Exists", effect: "NoSchedule" }),
  Object.freeze({ key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoSchedule" })
];
var HOST_NETWORK_TOLERATION = Object.freeze({ key: "node.kubernetes.io/network-unavailable", operator: "Exists", effect: "NoSchedule" });
var PRIORITIES = { "system-node-critical": 2, "system-cluster-critical": 1 };
function nodeChoiceOf(daemonSet) {
  const podSpec = podSpecOf(daemonSet);
  return { selection: selectionOf(daemonSet, podSpec), tolerations: daemonPodTolerations(podSpec?.tolerations, podSpec?.hostNetwork === true) };
}
function schedulingProfileOf(daemonSet, kubeVersion) {
  const podSpec = podSpecOf(daemonSet);
  const hostNetwork = podSpec?.hostNetwork === true;
  const profile = {
    selection: selectionOf(daemonSet, podSpec),
    tolerations: daemonPodTolerations(podSpec?.tolerations, hostNetwork),
    hostNetwork,
    requests: podRequestsOf(daemonSet, kubeVersion),
    hostPorts: hostPortsOf(daemonSet),
    priority: typeof podSpec?.priorityClassName === "string" ? PRIORITIES[podSpec.priorityClassName] ?? 0 : 0
  };
  const os = asRecord(podSpec?.os)?.name;
  if (typeof os === "string" && os !== "") profile.podOS = os;
  return profile;
}
function selectionOf(daemonSet, podSpec) {
  const required = asRecord(asRecord(asRecord(podSpec?.affinity)?.nodeAffinity)?.requiredDuringSchedulingIgnoredDuringExecution);
  if (required && asArray(required.nodeSelectorTerms).length === 0) return { alternatives: [] };
  return nodeSelectionOf(daemonSet);
}
function daemonPodTolerations(own, hostNetwork) {
  const out = asArray(own).filter((t) => {
    const operator = asRecord(t)?.operator;
    return operator !== "Lt" && operator !== "Gt";
  });
  out.push(...DAEMON_TOLERATIONS);
  if (hostNetwork) out.push(HOST_NETWORK_TOLERATION);
  return out;
}

// src/types/own-key.ts
function setOwn(record, key, value) {
  if (key === "__proto__") Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

// src/types/bigint-json.ts
function bigintJson(value) {
  return JSON.stringify(encode(value));
}
function equalityKey(value) {
  if (Object.hasOwn(BigInt.prototype, "toJSON")) return `B${bigintJson(value)}`;
  try {
    return `J${JSON.stringify(value)}`;
  } catch (error) {
    if (error instanceof TypeError && containsBigint(value)) return `B${bigintJson(value)}`;
    throw error;
  }
}
function containsBigint(value, seen = /* @__PURE__ */ new Set()) {
  if (typeof value === "bigint") return true;
  if (value === null || typeof value !== "object" || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((item) => containsBigint(item, seen));
}
function fromBigintJson(value, keep) {
  if (typeof value === "string") return keep === void 0 ? value : keep(value);
  if (Array.isArray(value)) return value.map((item) => fromBigintJson(item, keep));
  if (value === null || typeof value !== "object") return value;
  const record = value;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === BIGINT && typeof record[BIGINT] === "string" && DIGITS.test(record[BIGINT])) return BigInt(record[BIGINT]);
  const out = {};
  for (const key of keys) setOwn(out, key.startsWith("$") ? key.slice(1) : key, fromBigintJson(record[key], keep));
  return out;
}
var BIGINT = "$bigint";
var DIGITS = /^-?\d+$/;
function encode(value) {
  if (typeof value === "bigint") return { [BIGINT]: value.toString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== void 0) setOwn(out, key.startsWith("$") ? `$${key}` : key, encode(item));
  }
  return out;
}

// src/inventory/place.ts
function missOn(profile, pool, nodeIndex) {
  return missWith(profile, pool, nodeLabels(pool, nodeIndex), pool.nodes[nodeIndex]);
}
function missWith(profile, pool, labels, name) {
  return selectionMiss(profile.selection, labels, name) ?? taintMiss(profile, pool.taints);
}
function missesOnPool(profile, pool) {
  const known = verdictsOn(pool);
  const key = choiceKey(profile);
  let verdict2 = known.get(key);
  if (verdict2 === void 0) known.set(key, verdict2 = verdictOn(profile, pool));
  return verdict2;
}
function verdictOn(profile, pool) {
  if (!dependsOnNode(profile.selection, pool)) return { uniform: missWith(profile, pool, pool.labels, pool.nodes[0]) };
  return { perNode: pool.nodes.map((_, i) => missOn(profile, pool, i)) };
}
var verdictsOn = memoizeByObject((_pool) => /* @__PURE__ */ new Map());
var choiceKey = memoizeByObject((choice) => bigintJson([choice.selection, choice.tolerations]));
function dependsOnNode(selection, pool) {
  const own = ownLabelKeys(pool);
  return selection.alternatives.some((alternative) => alternative.some((r) => r.on === "field" || own.has(r.key)));
}
var ownLabelKeys = memoizeByObject((pool) => {
  const keys = /* @__PURE__ */ new Set();
  for (const labels of pool.nodeLabels ?? []) for (const key in labels) keys.add(key);
  return keys;
});
function nodeLabels(pool, nodeIndex) {
  const own = pool.nodeLabels?.[nodeIndex];
  return own && Object.keys(own).length > 0 ? { ...pool.labels, ...own } : pool.labels;
}
function taintMiss(profile, taints) {
  let untolerated;
  for (const taint of taints) {
    if (taint.effect !== "NoSchedule" && taint.effect !== "NoExecute") continue;
    if (!tolerates(profile.tolerations, taint)) (untolerated ??= []).push(taint);
  }
  return untolerated ? { kind: "taints", taints: untolerated, evicts: untolerated.some((t) => t.effect === "NoExecute") } : void 0;
}
function selectionMiss(selection, labels, name) {
  const { alternatives } = selection;
  let firstFailure;
  for (const alternative of alternatives) {
    const failed = alternative.find((r) => !matchesNode(r, labels, name));
    if (failed === void 0) return void 0;
    firstFailure ??= failed;
  }
  if (alternatives.length === 0) return { kind: "selection", detail: "its required node affinity has no term, which matches no node" };
  if (alternatives.length > 1) return { kind: "selection", detail: `none of its ${alternatives.length} required node affinity terms matches` };
  const failure = firstFailure;
  const why = isAffinityExpression(failure) && failure.on === "label" && !wellFormed(failure) ? "not a valid expression, which matches no node" : describeNodeValue(failure, labels, name);
  return { kind: "selection", detail: `${describeRequirement2(failure)} (${why})`, requirement: failure };
}
function matchesNode(requirement, labels, name) {
  const { operator, values } = requirement;
  if (requirement.on === "field") {
    if (operator !== "In" && operator !== "NotIn" || values.length !== 1) return false;
    const value2 = requirement.key === "metadata.name" ? name : "";
    return operator === "In" ? value2 === values[0] : value2 !== values[0];
  }
  if (isAffinityExpression(requirement) && !wellFormed(requirement)) return false;
  const value = Object.hasOwn(labels, requirement.key) ? labels[requirement.key] : void 0;
  switch (operator) {
    case "In":
      return value !== void 0 && values.includes(value);
    case "NotIn":
      return value === void 0 || !values.includes(value);
    case "Exists":
      return value !== void 0;
    case "DoesNotExist":
      return value === void 0;
    case "Gt":
    case "Lt": {
      const actual = value === void 0 ? void 0 : int64(value);
      const bound = values.length === 1 ? int64(values[0]) : void 0;
      if (actual === void 0 || bound === void 0) return false;
      return operator === "Gt" ? actual > bound : actual < bound;
    }
    default:
      return false;
  }
}
function isAffinityExpression(requirement) {
  return requirement.path.includes("nodeSelectorTerms");
}
function wellFormed(requirement) {
  const { key, operator, values } = requirement;
  if (labelKeyErrors(key).length > 0) return false;
  switch (operator) {
    case "In":
    case "NotIn":
      return values.length > 0 && values.every((v) => labelValueErrors(v).length === 0);
    case "Exists":
    case "DoesNotExist":
      return values.length === 0;
    case "Gt":
    case "Lt":
      return values.length === 1 && int64(values[0]) !== void 0;
    default:
      return false;
  }
}
var INT64 = /^[+-]?\d+$/;
var INT64_MIN4 = -(2n ** 63n);
var INT64_MAX4 = 2n ** 63n - 1n;
function int64(text2) {
  if (!INT64.test(text2)) return void 0;
  const n = BigInt(text2);
  return n < INT64_MIN4 || n > INT64_MAX4 ? void 0 : n;
}
function describeRequirement2(requirement) {
  const { key, operator, values, path: path2 } = requirement;
  if (path2[path2.length - 1] === "nodeName") return `nodeName ${values[0]}`;
  if (!isAffinityExpression(requirement)) return `nodeSelector ${key}=${values[0] ?? ""}`;
  const list = values.length > 0 ? ` [${values.join(", ")}]` : "";
  return `affinity ${requirement.on === "field" ? "field " : ""}${key} ${operator}${list}`;
}
function describeNodeValue(requirement, labels, name) {
  if (requirement.on === "field") return `node ${name}`;
  const value = labels[requirement.key];
  return value === void 0 ? `no ${requirement.key} label` : `${requirement.key}=${value}`;
}

// src/inventory/reach.ts
var NODE_STATE_TAINTS = /* @__PURE__ */ new Set([
  "node.kubernetes.io/not-ready",
  "node.kubernetes.io/unreachable",
  "node.kubernetes.io/memory-pressure",
  "node.kubernetes.io/disk-pressure",
  "node.kubernetes.io/pid-pressure",
  "node.kubernetes.io/network-unavailable",
  "node.kubernetes.io/unschedulable",
  "node.kubernetes.io/out-of-service",
  "node.cloudprovider.kubernetes.io/uninitialized",
  "node.cloudprovider.kubernetes.io/shutdown",
  "ToBeDeletedByClusterAutoscaler",
  "karpenter.sh/disrupted",
  "karpenter.sh/disruption"
]);
function isNodeStateTaint(taint) {
  return NODE_STATE_TAINTS.has(taint.key);
}
function reachOf(profile, inventory) {
  const reach = { selected: 0, runs: 0, runsOn: [], untolerated: [] };
  const byTaint = /* @__PURE__ */ new Map();
  const count = (pool, miss, n) => {
    if (miss?.kind === "selection") return;
    reach.selected += n;
    if (!miss) {
      reach.runs += n;
      addTo(reach.runsOn, pool, n);
      return;
    }
    for (const taint of miss.taints) {
      const key = `${taint.key}\0${taint.value}\0${taint.effect}`;
      let entry = byTaint.get(key);
      if (!entry) byTaint.set(key, entry = { taint, nodes: 0, pools: [] });
      entry.nodes += n;
      addTo(entry.pools, pool, n);
    }
  };
  for (const pool of inventory.pools) {
    const verdict2 = missesOnPool(profile, pool);
    if ("uniform" in verdict2) count(pool, verdict2.uniform, pool.nodes.length);
    else verdict2.perNode.forEach((miss) => count(pool, miss, 1));
  }
  reach.untolerated = [...byTaint.values()].sort((a, b) => b.nodes - a.nodes);
  return reach;
}
function addTo(list, pool, n) {
  const last = list[list.length - 1];
  if (last?.pool === pool) last.count += n;
  else list.push({ pool, count: n });
}
function noMatchReason(profile, inventory) {
  const { alternatives } = profile.selection;
  if (alternatives.length === 0) return { text: "its required node affinity has no term, which matches no node", path: [...REQUIRED_AFFINITY_PATH2, "nodeSelectorTerms"] };
  if (alternatives.length > 1) return { text: `none of its ${alternatives.length} required node affinity terms matches a node`, path: REQUIRED_AFFINITY_PATH2 };
  for (const requirement of alternatives[0]) {
    if (!someNodeMatches(requirement, inventory)) return { text: `${describeRequirement2(requirement)} matches no node`, path: requirement.path };
  }
  return { text: "no node meets all of its requirements together", path: alternatives[0][0].path };
}
var REQUIRED_AFFINITY_PATH2 = [...POD_SPEC_PATH, "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution"];
function someNodeMatches(requirement, inventory) {
  return inventory.pools.some((pool) => pool.nodes.some((name, i) => matchesNode(requirement, nodeLabels(pool, i), name)));
}
function poolList(pools) {
  const names = [...new Set(pools.map((p) => p.pool.group))];
  const shown = names.length > 3 ? `${names.slice(0, 3).join(", ")} and ${names.length - 3} more` : names.join(", ");
  return `${names.length === 1 ? "pool" : "pools"} ${shown}`;
}
function poolsWithNodes(pools) {
  const nodes = pools.reduce((n, p) => n + p.count, 0);
  return `${poolList(pools)} (${nodes} node${nodes === 1 ? "" : "s"})`;
}
function nodesAllRunOn(choices, inventory) {
  const out = [];
  for (const pool of inventory.pools) {
    const verdicts = choices.map((choice) => missesOnPool(choice, pool));
    if (verdicts.some((v) => "uniform" in v && v.uniform)) continue;
    const nodes = pool.nodes.filter((_, i) => verdicts.every((v) => "uniform" in v || !v.perNode[i]));
    if (nodes.length > 0) out.push({ pool, nodes });
  }
  return out;
}
function nodeNames(list) {
  const byGroup = /* @__PURE__ */ new Map();
  for (const { pool, nodes } of list) {
    const names = byGroup.get(pool.group);
    if (names) names.push(...nodes);
    else byGroup.set(pool.group, [...nodes]);
  }
  const groups = [...byGroup].map(([group, names]) => `pool ${group}: ${names.slice(0, 3).join(", ")}${names.length > 3 ? ` and ${names.length - 3} more` : ""}`);
  return groups.length > 3 ? `${groups.slice(0, 3).join("; ")}; and ${groups.length - 3} more pools` : groups.join("; ");
}

// src/rules/hostport-conflict.ts
var hostport_conflict_default = defineRule({
  id: "hostport-conflict",
  meta: {
    description: "Two DaemonSets that can run on the same node (their node selection is not disjoint) claiming the same hostPort/protocol, including container ports under `hostNetwork: true`; the second one's pods stay Pending there (READY below DESIRED). With a node inventory, the nodes both run on decide, and are named.",
    severity: "error",
    fixable: false,
    messages: {
      conflictGroup: {
        message: "{{count}} DaemonSets claim host port {{port}} on the same nodes",
        help: "{{list}} claim host port {{port}} on the same nodes: on a node they all select, only one of their pods can bind it, and the others stay Pending. Use another port, or node selection that keeps the DaemonSets apart."
      },
      conflict: {
        message: "host port {{port}} is also claimed by {{earlier}}",
        help: "{{later}} claims host port {{port}}, which {{earlier}} already claims on the same nodes: on a node both select, only one of the two pods can bind it, and the other stays Pending. Use another port, or node selection that keeps the two DaemonSets apart."
      },
      conflictGroupOnNodes: {
        message: "{{count}} DaemonSets claim host port {{port}} on {{nodeCount}}: {{nodes}}",
        help: "{{list}} all get a pod on these nodes of the inventory ({{files}}), and a host port is taken once per node, address and protocol: one of their pods can bind it, and the others stay Pending there (FailedScheduling: node(s) didn't have free ports for the requested pod ports). Use another port, or keep the DaemonSets on disjoint nodes."
      },
      conflictOnNodes: {
        message: "host port {{port}} is also claimed by {{earlier}} on {{count}}: {{nodes}}",
        help: "{{later}} and {{earlier}} both get a pod on these nodes of the inventory ({{files}}), and a host port is taken once per node, address and protocol: one of the two pods stays Pending there (FailedScheduling: node(s) didn't have free ports for the requested pod ports). Use another port, or keep the two DaemonSets on disjoint nodes."
      }
    },
    defaultOptions: {},
    tags: ["reliability"]
  },
  collect(object) {
    if (object.ref.kind !== "DaemonSet") return void 0;
    const daemonSet = object.value;
    const ports = hostPortsOf(daemonSet);
    if (ports.length === 0) return void 0;
    return { namespace: object.ref.namespace || "default", placement: placementOf(daemonSet), choice: nodeChoiceOf(daemonSet), ports };
  },
  checkAll(claimants, context) {
    const { inventory } = context;
    const sharedNodes = (a, b) => inventory ? nodesAllRunOn([a.value.choice, b.value.choice], inventory) : mayShareNode(a.value.placement, b.value.placement);
    const groups = groupIdentical(
      claimants,
      (c) => equalityKey([c.value.placement, c.value.choice, c.value.ports]),
      (c) => c.ref.name === void 0 ? void 0 : `${c.value.namespace}/${c.ref.name}`,
      // Most DaemonSets of an input claim ports of their own: those are not made into JSON.
      (c) => c.value.ports.map((p) => `${p.port}/${p.protocol}`).join()
    );
    for (const { members } of groups) reportGroup(members, sharedNodes(members[0], members[0]), inventory, context);
    const groupOf = new Map(groups.map((g) => [g.members[0], g.members]));
    const byPort = /* @__PURE__ */ new Map();
    for (const { members } of groups) {
      const later = members[0];
      let shareNode;
      for (const port of later.value.ports) {
        const claims = byPort.get(port.port);
        if (!claims) continue;
        for (const { claimant: earlier, port: other } of claims) {
          if (!hostPortsConflict(port, other) || sameObject(earlier, later)) continue;
          shareNode ??= /* @__PURE__ */ new Map();
          let share = shareNode.get(earlier);
          if (share === void 0) shareNode.set(earlier, share = sharedNodes(earlier, later));
          if (!meet(share)) continue;
          const earlierDisplay = describeObject(earlier.ref);
          const more = (groupOf.get(earlier)?.length ?? 1) - 1;
          const data = { later: describeObject(later.ref), earlier: earlierDisplay, port: formatHostPort(port) };
          context.report({
            object: later,
            path: hostPortPath(port),
            ...Array.isArray(share) ? { messageId: "conflictOnNodes", data: { ...data, ...onNodes(share, inventory) } } : { messageId: "conflict", data },
            related: [{ object: earlier, path: hostPortPath(other), message: `${earlierDisplay} claims host port ${formatHostPort(other)} here${more === 0 ? "" : `, as ${more} more ${more === 1 ? "DaemonSet like it does" : "DaemonSets like it do"}`}` }]
          });
        }
      }
      for (const port of later.value.ports) {
        const list = byPort.get(port.port);
        if (list) list.push({ claimant: later, port });
        else byPort.set(port.port, [{ claimant: later, port }]);
      }
    }
  }
});
function reportGroup(members, share, inventory, context) {
  if (members.length < 2 || !meet(share)) return;
  const first = members[0];
  const nodes = Array.isArray(share) ? onNodes(share, inventory) : void 0;
  const firstDisplay = describeObject(first.ref);
  for (let i = 0; i < first.value.ports.length; i++) {
    const port = first.value.ports[i];
    if (members.length === 2) {
      const later = members[1];
      context.report({
        object: later,
        path: hostPortPath(later.value.ports[i]),
        ...nodes ? { messageId: "conflictOnNodes", data: { later: describeObject(later.ref), earlier: firstDisplay, port: formatHostPort(port), ...nodes } } : { messageId: "conflict", data: { later: describeObject(later.ref), earlier: firstDisplay, port: formatHostPort(port) } },
        related: [{ object: first, path: hostPortPath(port), message: `${firstDisplay} claims host port ${formatHostPort(port)} here` }]
      });
      continue;
    }
    const named = members.slice(0, 3).map((m) => describeObject(m.ref));
    const more = members.length - named.length;
    const list = more > 0 ? `${named.join(", ")} and ${more} more` : `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}`;
    context.report({
      object: first,
      path: hostPortPath(port),
      ...nodes ? { messageId: "conflictGroupOnNodes", data: { count: members.length, port: formatHostPort(port), list, nodeCount: nodes.count, nodes: nodes.nodes, files: nodes.files } } : { messageId: "conflictGroup", data: { count: members.length, port: formatHostPort(port), list } },
      related: members.slice(1).map((m) => ({ object: m, path: hostPortPath(m.value.ports[i]), message: `${describeObject(m.ref)} claims host port ${formatHostPort(port)} here` }))
    });
  }
}
function sameObject(a, b) {
  return a.value.namespace === b.value.namespace && a.ref.name !== void 0 && a.ref.name === b.ref.name;
}
function meet(share) {
  return Array.isArray(share) ? share.length > 0 : share;
}
function onNodes(shared, inventory) {
  const n = shared.reduce((sum, p) => sum + p.nodes.length, 0);
  return { count: `${n} ${n === 1 ? "node" : "nodes"}`, nodes: nodeNames(shared), files: inventory.files.join(", ") };
}

// src/rules/image-pinned.ts
var DEFAULT_MUTABLE_TAGS = ["main", "master", "head", "edge", "nightly", "dev", "*-head"];
var DRIFT = "A moving tag means every node runs whatever the tag points to when that node pulls: nodes drift apart, a node that joins later runs something else, and a rollback cannot bring the old build back.";
var image_pinned_default = defineRule({
  id: "image-pinned",
  meta: {
    description: "Every container image names a fixed version: a tag that does not move (not latest, main, nightly, ...), or a digest.",
    severity: "warning",
    fixable: false,
    messages: {
      noTag: {
        message: 'container "{{container}}" runs image "{{image}}" without a tag',
        help: `No tag means {{repository}}:${DEFAULT_TAG}. ${DRIFT} Fix: {{remedy}}.`
      },
      mutableTag: {
        message: 'container "{{container}}" runs image "{{image}}": tag "{{tag}}" moves',
        help: `${DRIFT} Fix: {{remedy}}. The tags reported are latest and the rule's mutableTags option.`
      },
      noDigest: {
        message: 'container "{{container}}" runs image "{{image}}" without a digest',
        help: "The requireDigest option asks for digests: a tag can be pointed at other content at any time, a digest cannot. Fix: {{remedy}}."
      }
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        requireDigest: { type: "boolean" },
        // Tag characters and the wildcard, so a typo such as `:latest` is caught at load.
        mutableTags: { type: "array", items: { type: "string", pattern: "^[A-Za-z0-9_.*-]+$" } }
      }
    },
    defaultOptions: { requireDigest: false, mutableTags: DEFAULT_MUTABLE_TAGS },
    tags: ["reliability", "security"],
    // Medium on GitHub's scale: a moved tag runs unreviewed code on every node (a supply-chain
    // exposure), but the manifest grants no privilege by it.
    securitySeverity: 4
  },
  check(daemonSet, context) {
    const { requireDigest } = context.options;
    const isMutable = mutableTagMatcher(context.options.mutableTags);
    const containers = containersOf(daemonSet);
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const image = ref.container.image;
      if (typeof image !== "string") continue;
      const reference = parseImageReference(image);
      if (!reference || reference.digest !== void 0) continue;
      const tag = reference.tag;
      const mutable = tag !== void 0 && isMutable(tag);
      if (tag !== void 0 && !mutable && !requireDigest) continue;
      const remedy = requireDigest ? `pin it by digest (${image}@sha256:<digest>)` : "pin a version tag or a digest";
      const data = { container: containerName(ref), image, remedy };
      const path2 = [...ref.path, "image"];
      if (tag === void 0) {
        context.report({ path: path2, at: "value", messageId: "noTag", data: { ...data, repository: repositoryName(reference) } });
      } else if (mutable) {
        context.report({ path: path2, at: "value", messageId: "mutableTag", data: { ...data, tag } });
      } else {
        context.report({ path: path2, at: "value", messageId: "noDigest", data });
      }
    }
  }
});
var mutableTagMatcher = memoizeByObject((patterns) => wildcardMatcher([DEFAULT_TAG, ...patterns]));

// src/rules/update-strategy.ts
function rejected(message, api, fix) {
  return { message, help: `The API server rejects this DaemonSet: ${api}. ${fix}`, api };
}
var BOTH_ZERO_FIX = "A rolling update must either take a pod down (maxUnavailable) or start one beside it (maxSurge): set maxUnavailable to 1 or more to replace pods in place, or maxSurge to 1 or more to start each new pod before its old one stops.";
var messages = {
  // field.NotSupported(fldPath, strategy, ["RollingUpdate", "OnDelete"]): the API reports it on
  // spec.updateStrategy as a whole; the value shown here is the type, the part that is wrong.
  unsupportedType: rejected(
    "updateStrategy.type {{value}} is not supported: use RollingUpdate or OnDelete",
    'spec.updateStrategy: Unsupported value: {{value}}: supported values: "RollingUpdate", "OnDelete"',
    "RollingUpdate replaces pods node by node when the template changes; OnDelete replaces a pod only when it is deleted."
  ),
  // ValidatePositiveIntOrPercent, string case: validation.IsValidPercent.
  invalidPercent: rejected(
    "{{name}} {{value}} is not a valid percent: write digits and %, like 10%",
    `{{field}}: Invalid value: {{value}}: ${INVALID_PERCENT_MESSAGE}`,
    "Write a whole number of percent followed by %, or a number of pods without quotes."
  ),
  // ValidatePositiveIntOrPercent, int case: ValidateNonnegativeField.
  negative: rejected("{{name}} {{value}} is negative: use 0 or more", "{{field}}: Invalid value: {{value}}: must be greater than or equal to 0", "Use a number of pods of 0 or more, or a percent of the nodes."),
  // IsNotMoreThan100Percent.
  over100: rejected("{{name}} {{value}} is over 100%", "{{field}}: Invalid value: {{value}}: must not be greater than 100%", "Use at most 100% (every node at once)."),
  // "Validate exactly one of MaxSurge or MaxUnavailable is non-zero".
  bothZero: rejected(
    "maxUnavailable and maxSurge are both 0: no pod could ever be replaced",
    "spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0",
    BOTH_ZERO_FIX
  ),
  bothZeroSurgeDefaulted: rejected(
    "maxUnavailable is 0 and maxSurge defaults to 0: no pod could be replaced",
    "spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0 (maxSurge defaults to 0 when left out)",
    BOTH_ZERO_FIX
  ),
  bothNonZero: rejected(
    "maxSurge {{value}} and maxUnavailable are both non-zero: set one to 0",
    "spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: {{value}}: may not be set when maxUnavailable is non-zero",
    "A DaemonSet either surges (maxSurge above 0, maxUnavailable: 0: the new pod starts before the old one stops) or replaces in place (maxUnavailable above 0, maxSurge: 0)."
  ),
  bothNonZeroUnavailableDefaulted: rejected(
    "maxSurge {{value}} needs maxUnavailable: 0 (it defaults to 1)",
    "spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: {{value}}: may not be set when maxUnavailable is non-zero (maxUnavailable defaults to 1 when left out: set maxUnavailable: 0 to surge)",
    "To surge (start the new pod before the old one stops), set maxUnavailable: 0; to replace pods in place, remove maxSurge."
  )
};
var FIELD_PREFIX = "spec.updateStrategy.rollingUpdate";
function updateStrategyProblems(strategy) {
  if (strategy === null || strategy === void 0) return NO_PROBLEMS;
  const record = asRecord(strategy);
  if (!record) return NO_PROBLEMS;
  const type = record.type ?? "";
  if (typeof type !== "string") return NO_PROBLEMS;
  if (type === "OnDelete") {
    return NO_PROBLEMS;
  }
  if (type !== "" && type !== "RollingUpdate") {
    return [{ path: ["type"], messageId: "unsupportedType", data: { value: JSON.stringify(type) } }];
  }
  const rollingUpdate = record.rollingUpdate ?? DEFAULTED_ROLLING_UPDATE;
  const fields = asRecord(rollingUpdate);
  if (!fields) return NO_PROBLEMS;
  const rawUnavailable = fields.maxUnavailable;
  const rawSurge = fields.maxSurge;
  const unavailableGiven = rawUnavailable !== void 0 && rawUnavailable !== null;
  const surgeGiven = rawSurge !== void 0 && rawSurge !== null;
  const unavailable = unavailableGiven ? parseIntOrString(rawUnavailable) : DEFAULT_MAX_UNAVAILABLE;
  const surge = surgeGiven ? parseIntOrString(rawSurge) : DEFAULT_MAX_SURGE;
  let problems;
  if (unavailable && unavailableGiven) problems = valueProblem("maxUnavailable", unavailable, problems);
  if (surge && surgeGiven) problems = valueProblem("maxSurge", surge, problems);
  if (!unavailable || !surge) return problems ?? NO_PROBLEMS;
  const hasUnavailable = intOrPercentValue(unavailable) !== 0;
  const hasSurge = intOrPercentValue(surge) !== 0;
  if (hasUnavailable && hasSurge) {
    (problems ??= []).push({
      path: ["rollingUpdate", "maxSurge"],
      messageId: unavailableGiven ? "bothNonZero" : "bothNonZeroUnavailableDefaulted",
      data: { value: formatIntOrString(surge) }
    });
  } else if (!hasUnavailable && !hasSurge) {
    (problems ??= []).push({
      path: ["rollingUpdate", "maxUnavailable"],
      messageId: surgeGiven ? "bothZero" : "bothZeroSurgeDefaulted",
      data: {}
    });
  }
  return problems ?? NO_PROBLEMS;
}
var NO_PROBLEMS = Object.freeze([]);
var DEFAULTED_ROLLING_UPDATE = Object.freeze({});
var DEFAULT_MAX_UNAVAILABLE = { kind: "int", value: 1 };
var DEFAULT_MAX_SURGE = { kind: "int", value: 0 };
function valueProblem(name, value, problems) {
  let messageId;
  if (value.kind === "int") {
    if (value.value < 0) messageId = "negative";
  } else {
    const percent = percentValue(value);
    if (percent === void 0) messageId = "invalidPercent";
    else if (percent > 100) messageId = "over100";
  }
  if (messageId === void 0) return problems;
  (problems ??= []).push({ path: ["rollingUpdate", name], messageId, data: { field: `${FIELD_PREFIX}.${name}`, name, value: formatIntOrString(value) } });
  return problems;
}
var update_strategy_default = defineRule({
  id: "update-strategy",
  meta: {
    description: "spec.updateStrategy is one the API server accepts: a known type, and maxUnavailable/maxSurge it can use.",
    severity: "error",
    fixable: false,
    messages,
    defaultOptions: {},
    tags: ["api"]
  },
  check(daemonSet, context) {
    const spec = asRecord(daemonSet.spec);
    if (!spec) return;
    const problems = updateStrategyProblems(spec.updateStrategy);
    for (let i = 0; i < problems.length; i++) {
      const problem = problems[i];
      context.report({
        path: ["spec", "updateStrategy", ...problem.path],
        at: "value",
        messageId: problem.messageId,
        data: problem.data
      });
    }
  }
});

// src/rules/no-deployment-fields.ts
var STRATEGY_KEYS = /* @__PURE__ */ new Set(["type", "rollingUpdate"]);
var ROLLING_UPDATE_KEYS = /* @__PURE__ */ new Set(["maxUnavailable", "maxSurge"]);
function notAField(field2) {
  return `DaemonSetSpec has no ${field2} field (only DeploymentSpec has): with strict field validation (kubectl's default since 1.27) the API server rejects it, and without it the field is dropped, so what it asks for never happens.`;
}
var no_deployment_fields_default = defineRule({
  id: "no-deployment-fields",
  meta: {
    description: "No Deployment-only fields in a DaemonSet spec: strategy, paused, progressDeadlineSeconds.",
    severity: "error",
    fixable: true,
    messages: {
      strategy: {
        message: "spec.strategy is a Deployment field: rename it to spec.updateStrategy",
        help: `${notAField("strategy")} A DaemonSet rolls out by spec.updateStrategy, which takes the same type and rollingUpdate: rename the key (the fix does).`
      },
      strategyRecreate: {
        message: "spec.strategy Recreate is a Deployment strategy: DaemonSets have none",
        help: `${notAField("strategy")} DaemonSets have no Recreate strategy: use spec.updateStrategy with type OnDelete (pods are replaced only when deleted) or RollingUpdate with maxUnavailable: 100% (all at once), then remove spec.strategy.`
      },
      strategyInvalid: {
        message: "spec.strategy is a Deployment field, and invalid as spec.updateStrategy",
        help: `${notAField("strategy")} A DaemonSet rolls out by spec.updateStrategy, but renamed as it is the API server would reject it: {{problem}}. DaemonSets default maxUnavailable to 1 and maxSurge to 0, not 25% as Deployments do: move the strategy to spec.updateStrategy with values a DaemonSet accepts.`
      },
      strategyUnknownKeys: {
        message: "spec.strategy is a Deployment field: move what applies to updateStrategy",
        help: `${notAField("strategy")} A DaemonSet rolls out by spec.updateStrategy, which has only type and rollingUpdate (maxUnavailable, maxSurge): move what applies there and remove spec.strategy.`
      },
      strategyAndUpdateStrategy: {
        message: "spec.strategy is a Deployment field, and spec.updateStrategy is set",
        help: `${notAField("strategy")} spec.updateStrategy already sets how this DaemonSet rolls out: remove spec.strategy, after moving anything it should keep into spec.updateStrategy.`
      },
      paused: {
        message: "spec.paused is a Deployment field: a DaemonSet cannot be paused",
        help: `${notAField("paused")} Rollouts are not held back by it. To hold back updates, use spec.updateStrategy type OnDelete (pods are replaced only when deleted), then remove spec.paused.`
      },
      pausedFalse: {
        message: "spec.paused is a Deployment field: remove it",
        help: `${notAField("paused")} A DaemonSet cannot be paused, and this value asks for nothing: remove it (the fix does).`
      },
      progressDeadlineSeconds: {
        message: "spec.progressDeadlineSeconds is a Deployment field: remove it",
        help: `${notAField("progressDeadlineSeconds")} DaemonSet rollouts have no progress deadline, and nothing reads it: remove it (the fix does).`
      }
    },
    defaultOptions: {},
    tags: ["api"]
  },
  check(daemonSet, context) {
    const spec = asRecord(daemonSet.spec);
    if (!spec) return;
    if ("strategy" in spec) checkStrategy(spec, context);
    if ("paused" in spec) {
      const harmless = spec.paused === false || spec.paused === null;
      context.report({
        path: ["spec", "paused"],
        messageId: harmless ? "pausedFalse" : "paused",
        ...harmless ? { fix: { op: "delete", path: ["spec", "paused"] } } : {}
      });
    }
    if ("progressDeadlineSeconds" in spec) {
      context.report({
        path: ["spec", "progressDeadlineSeconds"],
        messageId: "progressDeadlineSeconds",
        fix: { op: "delete", path: ["spec", "progressDeadlineSeconds"] }
      });
    }
  }
});
function checkStrategy(spec, context) {
  const path2 = ["spec", "strategy"];
  if ("updateStrategy" in spec) {
    context.report({ path: path2, messageId: "strategyAndUpdateStrategy" });
    return;
  }
  const strategy = spec.strategy;
  const record = asRecord(strategy);
  if (strategy !== null && !record) {
    context.report({ path: path2, messageId: "strategyUnknownKeys" });
    return;
  }
  if (record?.type === "Recreate") {
    context.report({ path: path2, messageId: "strategyRecreate" });
    return;
  }
  if (record && !hasOnlyUpdateStrategyKeys(record)) {
    context.report({ path: path2, messageId: "strategyUnknownKeys" });
    return;
  }
  const [problem] = updateStrategyProblems(strategy);
  if (problem) {
    const text2 = formatMessage(messages[problem.messageId].api, problem.data);
    context.report({ path: path2, messageId: "strategyInvalid", data: { problem: text2 } });
    return;
  }
  context.report({ path: path2, messageId: "strategy", fix: { op: "rename", path: path2, to: "updateStrategy" } });
}
function hasOnlyUpdateStrategyKeys(strategy) {
  if (!Object.keys(strategy).every((key) => STRATEGY_KEYS.has(key))) return false;
  const rollingUpdate = strategy.rollingUpdate;
  if (rollingUpdate === void 0 || rollingUpdate === null) return true;
  const fields = asRecord(rollingUpdate);
  return fields !== void 0 && Object.keys(fields).every((key) => ROLLING_UPDATE_KEYS.has(key));
}

// src/inventory/coverage.ts
function formatTaint(taint) {
  return `${taint.key}${taint.value === "" ? "" : `=${taint.value}`}:${taint.effect}`;
}
function missText(miss) {
  if (miss.kind === "selection") return `node selection: ${miss.detail}`;
  const list = miss.taints.map(formatTaint).join(", ");
  return `${miss.taints.length === 1 ? "taint" : "taints"} ${list} not tolerated`;
}
function unfitText(unfit, daemonSets) {
  switch (unfit.kind) {
    case "tooBig":
      return unfit.allocatable === 0n ? `requests ${unfit.resource} ${formatAmount(unfit.request, unfit.resource)}, which the node does not have` : `requests ${unfit.resource} ${formatAmount(unfit.request, unfit.resource)}, more than the node's allocatable ${formatAmount(unfit.allocatable, unfit.resource)}`;
    case "crowded":
      return `with ${countOf(unfit.with.length, "other DaemonSet")}, ${unfit.resource} requests come to ${formatAmount(unfit.requested, unfit.resource)} of ${formatAmount(unfit.allocatable, unfit.resource)} allocatable`;
    case "pods":
      return `the node allows ${unfit.allocatable} pods, taken by ${countOf(unfit.with.length, "other DaemonSet")}`;
    case "port":
      return `host port ${formatHostPort(unfit.port)} is taken by ${describeObject(daemonSets[unfit.other].ref)}`;
  }
}
function countOf(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
var UNFIT_CAUSES = { tooBig: "resources", crowded: "crowded", pods: "pods", port: "hostPort" };
function coverageReport(plan, inventory) {
  const daemonSets = plan.daemonSets.map((daemonSet, i) => {
    const missed = [];
    const unfit = [];
    const pools = [];
    let scheduled = 0;
    for (const poolPlan of plan.pools) {
      const { pool } = poolPlan;
      const counts = { pool: pool.name, runs: 0, misses: 0, notSelected: 0, unfit: 0 };
      for (const cell of poolPlan.cells[i]) {
        const { outcome } = cell;
        if (outcome.state === "runs") {
          counts.runs += cell.count;
          continue;
        }
        const reason = outcome.state === "misses" ? missText(outcome.miss) : unfitText(outcome.unfit, plan.daemonSets);
        const cause = outcome.state === "misses" ? outcome.miss.kind : UNFIT_CAUSES[outcome.unfit.kind];
        const into = outcome.state === "misses" ? missed : unfit;
        if (outcome.state === "unfit") counts.unfit += cell.count;
        else {
          counts.misses += cell.count;
          if (cause === "selection") counts.notSelected += cell.count;
        }
        if (cell.nodes) for (const n of cell.nodes) into.push({ node: pool.nodes[n], pool: pool.name, cause, reason });
        else for (const node of pool.nodes) into.push({ node, pool: pool.name, cause, reason });
      }
      scheduled += counts.runs;
      pools.push(counts);
    }
    const { amounts } = daemonSet.profile.requests;
    const total2 = BigInt(scheduled);
    return {
      object: daemonSet.ref,
      file: daemonSet.file,
      documentIndex: daemonSet.documentIndex,
      nodes: { total: inventory.nodeCount, scheduled, missed, unfit },
      pools,
      fleetRequests: { cpu: formatAmount((amounts.cpu ?? 0n) * total2, "cpu"), memory: formatAmount((amounts.memory ?? 0n) * total2, "memory") }
    };
  });
  return {
    inventory: {
      files: inventory.files,
      nodes: inventory.nodeCount,
      pools: inventory.pools.map((pool) => {
        const out = {
          name: pool.name,
          group: pool.group,
          nodes: pool.nodes.length,
          labels: pool.labels,
          taints: pool.taints,
          unschedulable: pool.unschedulable,
          planned: pool.planned
        };
        if (pool.allocatable) out.allocatable = pool.allocatable;
        return out;
      })
    },
    daemonSets
  };
}

// src/rules/node-coverage.ts
var TOLERATIONS_PATH2 = [...POD_SPEC_PATH, "tolerations"];
var NODE_SELECTOR_PATH = [...POD_SPEC_PATH, "nodeSelector"];
var OS_LABELS = ["kubernetes.io/os", "beta.kubernetes.io/os"];
var ARCH_LABELS = ["kubernetes.io/arch", "beta.kubernetes.io/arch"];
var node_coverage_default = defineRule({
  id: "node-coverage",
  meta: {
    description: "With a node inventory: a DaemonSet that runs on no node (error), that misses nodes it selects because it does not tolerate their taints, or that lands on nodes of an OS (or architecture) it did not choose.",
    severity: "warning",
    fixable: false,
    requiresInventory: true,
    messages: {
      selectsNone: {
        message: "selects none of the {{total}} nodes of the inventory: {{reason}}",
        help: "The DaemonSet controller creates a pod only on nodes that match the pod template's nodeSelector, required node affinity and nodeName; no node of the inventory ({{files}}) does, so it runs nowhere (DESIRED 0). Compare the selection with the nodes' labels (kubectl get nodes --show-labels), or fix the inventory if it is out of date."
      },
      runsNowhere: {
        message: "runs on none of the {{selected}} nodes it selects: taint {{taint}} not tolerated",
        help: "Every node it selects has a NoSchedule or NoExecute taint its pods do not tolerate ({{taints}}), so the DaemonSet controller creates no pod at all. Add a toleration to spec.template.spec.tolerations, such as {{toleration}}, or select other nodes."
      },
      misses: {
        message: "misses {{count}} of {{selected}} nodes: taint {{taint}} not tolerated ({{pools}})",
        help: "The DaemonSet controller creates no pod on a node with a NoSchedule or NoExecute taint the pod does not tolerate (the ones it adds itself cover node conditions and cordons, not taints like this one){{evicts}}. If the agent must run there too (CNI, CSI, log and metric agents usually must), add {{toleration}} to spec.template.spec.tolerations; if it must not, select the nodes it is for (nodeSelector or node affinity) so that the intent is written down."
      },
      osUnselected: {
        message: "runs on {{oses}} nodes but selects no OS",
        help: "Its pods are created on every node it selects whatever the node runs, and an image is built for one OS: {{detail}}. Add nodeSelector kubernetes.io/os: linux (or windows), or set spec.template.spec.os.name."
      },
      podOsMismatch: {
        message: "sets os.name {{os}} but runs on {{count}} {{nodeOs}} nodes ({{pools}})",
        help: "The kubelet rejects a pod whose spec.os.name is not its node's OS, and the DaemonSet controller creates it again and again. Select the nodes of that OS: nodeSelector kubernetes.io/os: {{os}}."
      },
      archMixed: {
        message: "runs on {{arches}} nodes: its images must be built for each",
        help: 'It selects no architecture, and the inventory has nodes of several ({{detail}}). A single-architecture image fails on the others with "exec format error"; use multi-architecture images, or select one with nodeSelector kubernetes.io/arch.'
      }
    },
    defaultOptions: {},
    tags: ["reliability"]
  },
  check(daemonSet, context) {
    const { inventory } = context;
    if (!inventory) return;
    const profile = schedulingProfileOf(daemonSet, context.kubeVersion);
    const reach = reachOf(profile, inventory);
    if (reach.selected === 0) {
      const { text: text2, path: path2 } = noMatchReason(profile, inventory);
      context.report({
        path: path2,
        messageId: "selectsNone",
        data: { total: inventory.nodeCount, reason: text2, files: inventory.files.join(", ") },
        severity: "error"
      });
      return;
    }
    if (reach.runs === 0) {
      const [first] = reach.untolerated;
      context.report({
        path: TOLERATIONS_PATH2,
        messageId: "runsNowhere",
        data: { selected: reach.selected, taint: formatTaint(first.taint), taints: reach.untolerated.map((u) => formatTaint(u.taint)).join(", "), toleration: tolerationFor(first.taint) },
        severity: "error"
      });
      return;
    }
    for (const { taint, nodes, pools } of reach.untolerated) {
      if (isNodeStateTaint(taint)) continue;
      context.report({
        path: TOLERATIONS_PATH2,
        messageId: "misses",
        data: {
          count: nodes,
          selected: reach.selected,
          taint: formatTaint(taint),
          pools: poolList(pools),
          toleration: tolerationFor(taint),
          evicts: taint.effect === "NoExecute" ? ", and a NoExecute taint also evicts a pod already running there" : ""
        }
      });
    }
    checkPlatform(profile.podOS, reach.runsOn, context.report, profile.selection.alternatives.some((a) => a.some((r) => OS_LABELS.includes(r.key))), profile.selection.alternatives.some((a) => a.some((r) => ARCH_LABELS.includes(r.key))));
  }
});
function checkPlatform(podOS, runsOn, report2, selectsOS, selectsArch) {
  const byOS = groupBy(runsOn, "kubernetes.io/os");
  if (podOS !== void 0) {
    for (const [os, pools] of byOS) {
      if (os === podOS || os === "") continue;
      report2({ path: [...POD_SPEC_PATH, "os", "name"], at: "value", messageId: "podOsMismatch", data: { os: podOS, nodeOs: os, count: total(pools), pools: poolList(pools) }, severity: "error" });
    }
  } else if (!selectsOS && byOS.size > 1) {
    const detail = sortedKeys(byOS).map((os) => [os, byOS.get(os)]).map(([os, pools]) => `${total(pools)} ${os || "unlabelled"} (${poolList(pools)})`).join(", ");
    report2({ path: NODE_SELECTOR_PATH, messageId: "osUnselected", data: { oses: joinAnd2(sortedKeys(byOS).map((os) => os || "unlabelled")), detail } });
  }
  const byArch = groupBy(runsOn, "kubernetes.io/arch");
  if (!selectsArch && byArch.size > 1) {
    const detail = sortedKeys(byArch).map((arch) => [arch, byArch.get(arch)]).map(([arch, pools]) => `${total(pools)} ${arch || "unlabelled"} (${poolList(pools)})`).join(", ");
    report2({ path: NODE_SELECTOR_PATH, messageId: "archMixed", data: { arches: joinAnd2(sortedKeys(byArch).map((a) => a || "unlabelled")), detail }, severity: "info" });
  }
}
function groupBy(runsOn, label) {
  const out = /* @__PURE__ */ new Map();
  for (const entry of runsOn) {
    const value = entry.pool.labels[label] ?? "";
    const list = out.get(value);
    if (list) list.push(entry);
    else out.set(value, [entry]);
  }
  return out;
}
function sortedKeys(map) {
  return [...map.keys()].sort();
}
function total(pools) {
  return pools.reduce((n, p) => n + p.count, 0);
}
function joinAnd2(words) {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
function tolerationFor(taint) {
  return taint.value === "" ? `{key: ${taint.key}, operator: Exists, effect: ${taint.effect}}` : `{key: ${taint.key}, operator: Equal, value: ${taint.value}, effect: ${taint.effect}}`;
}

// src/inventory/plan.ts
function planFleet(daemonSets, inventory) {
  const key = bigintJson(daemonSets);
  const last = lastPlan(inventory);
  if (last.key !== key) {
    last.key = key;
    last.plan = { daemonSets, pools: inventory.pools.map((pool) => planPool(pool, daemonSets)) };
  }
  return last.plan;
}
var lastPlan = memoizeByObject((_inventory) => ({}));
function planPool(pool, daemonSets) {
  const allocatable = allocatableOf(pool);
  const verdicts = daemonSets.map((d) => missesOnPool(d.profile, pool));
  const missAt = (i, node) => {
    const verdict2 = verdicts[i];
    return "uniform" in verdict2 ? verdict2.uniform : verdict2.perNode[node];
  };
  const classNodes = /* @__PURE__ */ new Map();
  const uniform = verdicts.every((v) => "uniform" in v);
  if (uniform) {
    classNodes.set("", []);
  } else {
    for (let node = 0; node < pool.nodes.length; node++) {
      const key = daemonSets.map((_, i) => missAt(i, node) ? "0" : "1").join("");
      const list = classNodes.get(key);
      if (list) list.push(node);
      else classNodes.set(key, [node]);
    }
  }
  const classes = [];
  const unfitByClass = [];
  for (const nodes of classNodes.values()) {
    const first = uniform ? 0 : nodes[0];
    const runnable = daemonSets.map((_, i) => i).filter((i) => !missAt(i, first));
    const fit = placeTogether(runnable, daemonSets, allocatable);
    const nodeClass = { count: uniform ? pool.nodes.length : nodes.length, placed: fit.placed, requested: fit.requested };
    if (!uniform) nodeClass.nodes = nodes;
    classes.push(nodeClass);
    unfitByClass.push(fit.unfit);
  }
  const cells = daemonSets.map((_, i) => {
    const verdict2 = verdicts[i];
    if ("uniform" in verdict2 && verdict2.uniform) return [{ count: pool.nodes.length, outcome: { state: "misses", miss: verdict2.uniform } }];
    const out = [];
    classes.forEach((nodeClass, c) => {
      const first = nodeClass.nodes?.[0] ?? 0;
      if (!missAt(i, first)) {
        const unfit = unfitByClass[c].get(i);
        const cell = { count: nodeClass.count, outcome: unfit ? { state: "unfit", unfit } : { state: "runs" } };
        if (nodeClass.nodes) cell.nodes = nodeClass.nodes;
        out.push(cell);
        return;
      }
      for (const node of nodeClass.nodes ?? []) out.push({ nodes: [node], count: 1, outcome: { state: "misses", miss: missAt(i, node) } });
    });
    return out;
  });
  const plan = { pool, cells, classes };
  if (allocatable) plan.allocatable = allocatable;
  return plan;
}
var allocatableOf = memoizeByObject((pool) => {
  if (!pool.allocatable) return void 0;
  const out = {};
  for (const [resource, text2] of Object.entries(pool.allocatable)) {
    const quantity = parseQuantity(text2);
    if (quantity) out[resource] = schedulerUnits(scaledValue(quantity, 9), resource);
  }
  return out;
});
function checkedResource(resource) {
  return resource === "cpu" || resource === "memory" || resource === "ephemeral-storage" || resource.startsWith("hugepages-") || resource.startsWith("attachable-volumes-") || resource.includes("/");
}
function placeTogether(runnable, daemonSets, allocatable) {
  const order = [...runnable].sort((a, b) => daemonSets[b].profile.priority - daemonSets[a].profile.priority || a - b);
  const placed = [];
  const unfit = /* @__PURE__ */ new Map();
  const requested = {};
  const ports = [];
  for (const i of order) {
    const { amounts } = daemonSets[i].profile.requests;
    const reason = allocatable ? unfitReason(amounts, allocatable, requested, placed) : void 0;
    const portClash = reason ? void 0 : firstPortClash(daemonSets[i].profile.hostPorts, ports);
    if (reason || portClash) {
      unfit.set(i, reason ?? { kind: "port", port: portClash.port, other: portClash.owner, otherPort: portClash.otherPort });
      continue;
    }
    placed.push(i);
    for (const [resource, amount] of Object.entries(amounts)) requested[resource] = (requested[resource] ?? 0n) + amount;
    for (const port of daemonSets[i].profile.hostPorts) ports.push({ port, owner: i });
  }
  return { placed, unfit, requested };
}
function unfitReason(amounts, allocatable, requested, placed) {
  for (const [resource, request] of Object.entries(amounts)) {
    if (!checkedResource(resource)) continue;
    const available = allocatable[resource] ?? 0n;
    if (request > available) return { kind: "tooBig", resource, request, allocatable: available };
  }
  const pods = allocatable.pods;
  if (pods !== void 0 && BigInt(placed.length) + 1n > pods) return { kind: "pods", allocatable: pods, with: [...placed] };
  for (const [resource, request] of Object.entries(amounts)) {
    if (!checkedResource(resource)) continue;
    const total2 = (requested[resource] ?? 0n) + request;
    const available = allocatable[resource] ?? 0n;
    if (total2 > available) return { kind: "crowded", resource, requested: total2, allocatable: available, with: [...placed] };
  }
  return void 0;
}
function firstPortClash(own, taken) {
  for (const port of own) {
    for (const claim of taken) if (hostPortsConflict(port, claim.port)) return { port, owner: claim.owner, otherPort: claim.port };
  }
  return void 0;
}

// src/rules/node-fit.ts
var SHARED_RESOURCES = ["cpu", "memory"];
var node_fit_default = defineRule({
  id: "node-fit",
  meta: {
    description: "With a node inventory: a DaemonSet whose pod requests more than a node it selects has (error) or does not fit next to the input's other DaemonSets there (error), and the input's DaemonSets together requesting more than `maxShare` percent of a node's cpu or memory (warning, default 25).",
    severity: "error",
    fixable: false,
    requiresInventory: true,
    messages: {
      tooBig: {
        message: "requests {{resource}} {{request}}, more than {{where}} can allocate ({{allocatable}})",
        help: "The scheduler places a pod only where its requests fit in the node's allocatable resources; here the pod does not fit even on an empty node, so it stays Pending there for good (FailedScheduling: Insufficient {{resource}}). Lower the request, or keep the DaemonSet off those nodes with a nodeSelector or node affinity."
      },
      missing: {
        message: "requests {{resource}} {{request}}, which {{where}} does not have",
        help: "A node that does not advertise a resource has none of it for the scheduler, so the pod stays Pending there (FailedScheduling: Insufficient {{resource}}). Select only the nodes that have it (nodeSelector or node affinity), or drop the request."
      },
      crowded: {
        message: "does not fit next to {{others}} on {{where}}: {{resource}} {{requested}} of {{allocatable}}",
        help: "Its pod fits the node alone, but the DaemonSets placed before it ({{names}}) already request most of it: one of them stays Pending on every such node. Lower the requests, use larger nodes, or give the DaemonSets that matter most a higher priorityClassName (system-node-critical pods are placed first and may preempt)."
      },
      pods: {
        message: "does not fit on {{where}}: its {{allocatable}} pod slots go to {{others}}",
        help: "A node runs at most its allocatable pods count; the DaemonSets placed before it ({{names}}) take every slot, and that is before any other workload. Raise the node's max pods, or run fewer DaemonSets there."
      },
      share: {
        message: "DaemonSets request {{share}}% of {{resource}} on {{where}}: {{requested}} of {{allocatable}}",
        help: "Daemon pods are paid on every node before any workload runs: {{daemonSets}} of this input request {{requested}} of the {{allocatable}} {{resource}} each of these nodes can allocate, more than {{maxShare}}%. Lower their requests, or use larger nodes for this pool. (Only the DaemonSets of the input are counted; static pods and other agents come on top.)"
      }
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { maxShare: { type: "number", exclusiveMinimum: 0, maximum: 100 } }
    },
    defaultOptions: { maxShare: 25 },
    tags: ["reliability"]
  },
  collect(object, _options, context) {
    if (object.ref.kind !== "DaemonSet") return void 0;
    return schedulingProfileOf(object.value, context.kubeVersion);
  },
  checkAll(objects, context) {
    const { inventory } = context;
    if (!inventory) return;
    const daemonSets = objects.map((o) => ({ ref: o.ref, file: o.file, documentIndex: o.documentIndex, profile: o.value }));
    const plan = planFleet(daemonSets, inventory);
    const unfitByCause = /* @__PURE__ */ new Map();
    for (const poolPlan of plan.pools) {
      poolPlan.cells.forEach((cells, i) => {
        for (const cell of cells) {
          if (cell.outcome.state !== "unfit" || cell.outcome.unfit.kind === "port") continue;
          const { unfit } = cell.outcome;
          const key = `${i}\0${unfitText(unfit, daemonSets)}`;
          let entry = unfitByCause.get(key);
          if (!entry) unfitByCause.set(key, entry = { object: objects[i], unfit, pools: [] });
          entry.pools.push({ pool: poolPlan.pool, count: cell.count });
        }
      });
    }
    for (const { object, unfit, pools } of unfitByCause.values()) reportUnfit(object, unfit, pools, objects, context.report);
    const maxShare = context.options.maxShare;
    const crowdedShares = /* @__PURE__ */ new Map();
    for (const poolPlan of plan.pools) {
      if (!poolPlan.allocatable) continue;
      for (const nodeClass of poolPlan.classes) {
        for (const resource of SHARED_RESOURCES) {
          const requested = nodeClass.requested[resource] ?? 0n;
          const allocatable = poolPlan.allocatable[resource];
          if (allocatable === void 0 || requested > allocatable) continue;
          const share = percentOf(requested, allocatable);
          if (share <= maxShare) continue;
          const key = `${resource}\0${share}\0${nodeClass.placed.join(",")}`;
          const entry = crowdedShares.get(key);
          if (!entry) crowdedShares.set(key, { resource, share, requested, allocatable, placed: nodeClass.placed, pools: [{ pool: poolPlan.pool, count: nodeClass.count }] });
          else entry.pools.push({ pool: poolPlan.pool, count: nodeClass.count });
        }
      }
    }
    for (const { resource, share, requested, allocatable, placed, pools } of crowdedShares.values()) {
      const [largest, ...others] = [...placed].sort((a, b) => Number((objects[b].value.requests.amounts[resource] ?? 0n) - (objects[a].value.requests.amounts[resource] ?? 0n)) || a - b);
      const object = objects[largest];
      context.report({
        object,
        path: requestPath(object.value, resource),
        messageId: "share",
        severity: "warning",
        data: {
          share,
          resource,
          where: poolsWithNodes(pools),
          requested: formatAmount(requested, resource),
          allocatable: formatAmount(allocatable, resource),
          daemonSets: countOf(placed.length, "DaemonSet"),
          maxShare
        },
        related: others.filter((i) => (objects[i].value.requests.amounts[resource] ?? 0n) > 0n).map((i) => ({
          object: objects[i],
          path: requestPath(objects[i].value, resource),
          message: `${describeObject(objects[i].ref)} requests ${resource} ${formatAmount(objects[i].value.requests.amounts[resource] ?? 0n, resource)} here`
        }))
      });
    }
  }
});
function reportUnfit(object, unfit, pools, objects, report2) {
  const whereText = poolsWithNodes(pools);
  if (unfit.kind === "tooBig") {
    report2({
      object,
      path: requestPath(object.value, unfit.resource),
      messageId: unfit.allocatable === 0n ? "missing" : "tooBig",
      data: { resource: unfit.resource, request: formatAmount(unfit.request, unfit.resource), allocatable: formatAmount(unfit.allocatable, unfit.resource), where: whereText }
    });
    return;
  }
  const names = unfit.with.map((i) => describeObject(objects[i].ref)).join(", ");
  const related = unfit.with.map((i) => ({
    object: objects[i],
    path: unfit.kind === "crowded" ? requestPath(objects[i].value, unfit.resource) : ["metadata", "name"],
    message: `${describeObject(objects[i].ref)} is placed there first`
  }));
  const others = countOf(unfit.with.length, "other DaemonSet");
  if (unfit.kind === "pods") {
    report2({ object, path: ["metadata", "name"], messageId: "pods", data: { where: whereText, allocatable: String(unfit.allocatable), others, names }, related });
    return;
  }
  report2({
    object,
    path: requestPath(object.value, unfit.resource),
    messageId: "crowded",
    data: { others, where: whereText, resource: unfit.resource, requested: formatAmount(unfit.requested, unfit.resource), allocatable: formatAmount(unfit.allocatable, unfit.resource), names },
    related
  });
}
function requestPath(profile, resource) {
  return profile.requests.paths[resource] ?? [...POD_SPEC_PATH, "containers"];
}

// src/rules/no-replicas.ts
var no_replicas_default = defineRule({
  id: "no-replicas",
  meta: {
    description: "A DaemonSet has no replica count: it runs one pod on every selected node.",
    severity: "error",
    fixable: true,
    messages: {
      replicas: {
        message: "spec.replicas is not a DaemonSet field: remove it",
        help: "A DaemonSet runs one pod on each node its template selects, so it has no replica count. With strict field validation (kubectl's default since 1.27) the API server rejects the field; without it the field is dropped. Remove spec.replicas (the fix does)."
      }
    },
    defaultOptions: {},
    tags: ["api"]
  },
  check(daemonSet, context) {
    const spec = asRecord(daemonSet.spec);
    if (spec && "replicas" in spec) {
      context.report({ path: ["spec", "replicas"], messageId: "replicas", fix: { op: "delete", path: ["spec", "replicas"] } });
    }
  }
});

// src/rules/pod-security/restricted.ts
var ALLOW_PRIVILEGE_ESCALATION = ["securityContext", "allowPrivilegeEscalation"];
var RUN_AS_NON_ROOT = ["securityContext", "runAsNonRoot"];
var SECCOMP_PROFILE_TYPE = ["securityContext", "seccompProfile", "type"];
var CAPABILITIES_DROP = ["securityContext", "capabilities", "drop"];
var ALLOWED_VOLUME_TYPES = [
  "configMap",
  "csi",
  "downwardAPI",
  "emptyDir",
  "ephemeral",
  "image",
  "persistentVolumeClaim",
  "projected",
  "secret"
];
var ALLOWED_VOLUME_TYPE_LIST = ALLOWED_VOLUME_TYPES.join(", ");
var RESTRICTED_VOLUME_TYPES = [
  "hostPath",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "gitRepo",
  "nfs",
  "iscsi",
  "glusterfs",
  "rbd",
  "flexVolume",
  "cinder",
  "cephfs",
  "flocker",
  "fc",
  "azureFile",
  "vsphereVolume",
  "quobyte",
  "azureDisk",
  "portworxVolume",
  "photonPersistentDisk",
  "scaleIO",
  "storageos"
];
function firstSet(volume, fields) {
  for (let i = 0; i < fields.length; i++) {
    if (isSet2(volume[fields[i]])) return fields[i];
  }
  return void 0;
}
var volumeTypes = {
  id: "volumeTypes",
  name: "Volume Types",
  level: "restricted",
  check({ podSpec }) {
    const volumes = podSpec.volumes;
    if (!Array.isArray(volumes)) return void 0;
    let found;
    for (let index = 0; index < volumes.length; index++) {
      const volume = asRecord(volumes[index]);
      if (!volume || firstSet(volume, ALLOWED_VOLUME_TYPES) !== void 0) continue;
      const type = firstSet(volume, RESTRICTED_VOLUME_TYPES);
      if (type === void 0) continue;
      found ??= { names: [], types: [], first: [...POD_SPEC, "volumes", index, type] };
      found.names.push(stringField(volume, "name"));
      found.types.push(type);
    }
    if (!found) return void 0;
    const { names, types, first } = found;
    const typeList = distinct(types);
    return {
      path: first,
      detail: `${plural(names.length, "volume", "volumes")} ${quoteList(names)} must not use ${plural(typeList.length, "restricted volume type", "restricted volume types")} ${quoteList(typeList)} (allowed: ${ALLOWED_VOLUME_TYPE_LIST})`
    };
  }
};
var privilegeEscalation = {
  id: "privilegeEscalation",
  name: "Privilege Escalation",
  level: "restricted",
  check(input) {
    if (input.windows) return void 0;
    let offenders;
    const { containers, securityContexts } = input;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      if (securityContexts[i]?.allowPrivilegeEscalation === false) continue;
      (offenders ??= new Offenders()).addContainer(ref, containerFieldPath(ref, ALLOW_PRIVILEGE_ESCALATION));
    }
    if (!offenders) return void 0;
    return offenders.violation(`${offenders.containers()} must set securityContext.allowPrivilegeEscalation=false`);
  }
};
var runAsNonRoot = {
  id: "runAsNonRoot",
  name: "Running as Non-root",
  level: "restricted",
  check(input) {
    if (input.minor >= 35 && input.userNamespace) return void 0;
    let explicit;
    let implicit;
    const podValue = input.podSecurityContext?.runAsNonRoot;
    if (podValue === false) (explicit = new Offenders()).addPod([...POD_SECURITY_CONTEXT, "runAsNonRoot"], "value");
    const { containers, securityContexts } = input;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const value = securityContexts[i]?.runAsNonRoot;
      if (value === false) {
        (explicit ??= new Offenders()).addContainer(ref, [...ref.path, "securityContext", "runAsNonRoot"], "value");
      } else if (value !== true && podValue !== true) {
        (implicit ??= new Offenders()).addContainer(ref, containerFieldPath(ref, RUN_AS_NON_ROOT));
      }
    }
    return combine(
      explicit,
      implicit,
      explicit && `${explicit.setters()} must not set securityContext.runAsNonRoot=false`,
      implicit && `pod or ${implicit.containers()} must set securityContext.runAsNonRoot=true`
    );
  }
};
var runAsUser = {
  id: "runAsUser",
  name: "Running as Non-root user",
  level: "restricted",
  check(input) {
    if (input.minor >= 35 && input.userNamespace) return void 0;
    let offenders;
    if (input.podSecurityContext?.runAsUser === 0) (offenders = new Offenders()).addPod([...POD_SECURITY_CONTEXT, "runAsUser"], "value");
    const { containers, securityContexts } = input;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      if (securityContexts[i]?.runAsUser === 0) (offenders ??= new Offenders()).addContainer(ref, [...ref.path, "securityContext", "runAsUser"], "value");
    }
    if (!offenders) return void 0;
    return offenders.violation(`${offenders.setters()} must not set securityContext.runAsUser=0`);
  }
};
var seccompRestricted = {
  id: "seccompRestricted",
  name: "Seccomp",
  level: "restricted",
  check(input) {
    if (input.windows) return void 0;
    let explicit;
    let implicit;
    const values = [];
    const podProfile = asRecord(input.podSecurityContext?.seccompProfile);
    let podValid = false;
    if (podProfile) {
      const type = stringField(podProfile, "type");
      if (SECCOMP_TYPES.has(type)) {
        podValid = true;
      } else {
        values.push(type);
        (explicit = new Offenders()).addPod([...POD_SECURITY_CONTEXT, "seccompProfile", "type"], "value");
      }
    }
    const { containers, securityContexts } = input;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const profile = asRecord(securityContexts[i]?.seccompProfile);
      if (profile) {
        const type = stringField(profile, "type");
        if (SECCOMP_TYPES.has(type)) continue;
        values.push(type);
        (explicit ??= new Offenders()).addContainer(ref, [...ref.path, "securityContext", "seccompProfile", "type"], "value");
      } else if (!podValid) {
        (implicit ??= new Offenders()).addContainer(ref, containerFieldPath(ref, SECCOMP_PROFILE_TYPE));
      }
    }
    return combine(
      explicit,
      implicit,
      explicit && `${explicit.setters()} must not set securityContext.seccompProfile.type to ${quoteList(distinct(values))}`,
      implicit && `pod or ${implicit.containers()} must set securityContext.seccompProfile.type to RuntimeDefault or Localhost`
    );
  }
};
var capabilitiesRestricted = {
  id: "capabilitiesRestricted",
  name: "Capabilities",
  level: "restricted",
  check(input) {
    if (input.windows) return void 0;
    let missingDrop;
    let adding;
    const forbidden = [];
    let first;
    const { containers, securityContexts } = input;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const capabilities = asRecord(securityContexts[i]?.capabilities);
      const drop = capabilities?.drop;
      let dropsAll = false;
      if (Array.isArray(drop)) {
        for (let d = 0; d < drop.length && !dropsAll; d++) dropsAll = drop[d] === "ALL";
      }
      let dropPath;
      if (!dropsAll) {
        dropPath = containerFieldPath(ref, CAPABILITIES_DROP);
        (missingDrop ??= new Offenders()).addContainer(ref, dropPath);
      }
      let firstAdd;
      const add3 = capabilities?.add;
      if (Array.isArray(add3)) {
        for (let index = 0; index < add3.length; index++) {
          const item = add3[index];
          if (typeof item !== "string" || item === "NET_BIND_SERVICE") continue;
          forbidden.push(item);
          const path2 = [...ref.path, "securityContext", "capabilities", "add", index];
          (adding ??= new Offenders()).addContainer(ref, path2);
          firstAdd ??= path2;
        }
      }
      if (!first && (firstAdd || !dropsAll)) first = firstAdd ?? dropPath;
    }
    if (!first) return void 0;
    const parts = [];
    if (missingDrop) parts.push(`${missingDrop.containers()} must set securityContext.capabilities.drop=["ALL"]`);
    if (adding) {
      parts.push(
        `${adding.containers()} must not include ${quoteList(distinct(forbidden))} in securityContext.capabilities.add (only "NET_BIND_SERVICE" may be added)`
      );
    }
    return { path: first, detail: parts.join("; ") };
  }
};
function combine(explicit, implicit, explicitDetail, implicitDetail) {
  const parts = [];
  if (explicitDetail !== void 0) parts.push(explicitDetail);
  if (implicitDetail !== void 0) parts.push(implicitDetail);
  return explicit?.violation(parts.join("; ")) ?? implicit?.violation(parts.join("; "));
}
var RESTRICTED_CONTROLS = [
  volumeTypes,
  privilegeEscalation,
  runAsNonRoot,
  runAsUser,
  seccompRestricted,
  capabilitiesRestricted
];
var REPLACED_BY_RESTRICTED = /* @__PURE__ */ new Set([hostPathVolumes, capabilitiesBaseline, seccompBaseline]);

// src/rules/pod-security.ts
var ALL_CONTROLS = [...BASELINE_CONTROLS, ...RESTRICTED_CONTROLS];
function controlsFor(level) {
  if (level === "baseline") return BASELINE_CONTROLS;
  return [...BASELINE_CONTROLS.filter((control) => !REPLACED_BY_RESTRICTED.has(control)), ...RESTRICTED_CONTROLS];
}
var PROFILES = {
  baseline: controlsFor("baseline"),
  restricted: controlsFor("restricted")
};
var pod_security_default = defineRule({
  id: "pod-security",
  meta: {
    description: "The pod template meets the Pod Security Standards profile (restricted by default, or baseline); each violated control is named.",
    severity: "error",
    fixable: false,
    messages: Object.fromEntries(ALL_CONTROLS.map((control) => [control.id, controlMessage(control)])),
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        level: { enum: ["baseline", "restricted"] }
      }
    },
    defaultOptions: { level: "restricted" },
    tags: ["security"],
    securitySeverity: 7,
    // Most node agents need what the restricted profile forbids: the strict and all presets turn it on.
    recommended: false
  },
  check(daemonSet, context) {
    const podSpec = podSpecOf(daemonSet);
    if (!podSpec) return;
    const level = context.options.level === "baseline" ? "baseline" : "restricted";
    const input = policyInput(
      podSpec,
      podTemplateMetadataOf(daemonSet),
      containersOf(daemonSet),
      policyMinor(context.kubeVersion),
      level
    );
    const controls = PROFILES[level];
    for (let i = 0; i < controls.length; i++) {
      const control = controls[i];
      const violation = control.check(input);
      if (!violation) continue;
      context.report({ path: violation.path, at: violation.at, messageId: control.id, data: { summary: summarize(violation.detail), detail: violation.detail } });
    }
  }
});

// src/rules/priority-class.ts
var BUILT_IN_PRIORITIES = /* @__PURE__ */ new Map([
  ["system-cluster-critical", 2e9],
  ["system-node-critical", 2000001e3]
]);
var priority_class_default = defineRule({
  id: "priority-class",
  meta: {
    description: "The pod template names a PriorityClass, so the daemon is not the first pod preempted or evicted.",
    severity: "warning",
    fixable: false,
    messages: {
      missing: {
        message: "no priorityClassName: pods get the default priority (usually 0)",
        help: "Without a PriorityClass the pods get the default priority (0 unless the cluster has a globalDefault PriorityClass): on a full node they cannot preempt anything and stay Pending, and under node pressure they are among the first evicted. Set priorityClassName: system-node-critical for agents the node cannot work without, or a PriorityClass of your own."
      },
      empty: {
        message: "priorityClassName is empty: pods get the default priority",
        help: "An empty priorityClassName names no PriorityClass: the pods get the default priority (0 unless the cluster has a globalDefault PriorityClass) and are among the first preempted or evicted. Name a PriorityClass: system-node-critical for agents the node cannot work without, or one of your own."
      },
      numericOnly: {
        message: "priority {{priority}} without a priorityClassName: pods are rejected",
        help: "The Priority admission controller computes each pod's priority from its class (0 unless the cluster has a globalDefault PriorityClass) and rejects pods whose priority differs, so the DaemonSet cannot create its pods. Set priorityClassName and remove priority."
      },
      mismatch: {
        message: "priority {{priority}} differs from {{className}}: {{expected}}",
        help: "The Priority admission controller sets each pod's priority from its PriorityClass ({{className}} has {{expected}}) and rejects pods that give another, so the DaemonSet cannot create its pods. Remove priority: the admission controller fills it in."
      }
    },
    defaultOptions: {},
    tags: ["reliability"]
  },
  check(daemonSet, context) {
    const podSpec = podSpecOf(daemonSet);
    if (!podSpec) return;
    const className = podSpec.priorityClassName;
    const priority = podSpec.priority;
    const hasPriority = typeof priority === "number";
    if (className === void 0 || className === null || className === "") {
      if (hasPriority) {
        context.report({ path: [...POD_SPEC_PATH, "priority"], messageId: "numericOnly", data: { priority } });
      } else if (className === void 0 && !("priorityClassName" in podSpec)) {
        context.report({ path: POD_SPEC_PATH, messageId: "missing" });
      } else {
        context.report({ path: [...POD_SPEC_PATH, "priorityClassName"], messageId: "empty" });
      }
      return;
    }
    if (typeof className !== "string" || !hasPriority) return;
    const expected = BUILT_IN_PRIORITIES.get(className);
    if (expected !== void 0 && priority !== expected) {
      context.report({
        path: [...POD_SPEC_PATH, "priority"],
        at: "value",
        messageId: "mismatch",
        data: { priority, expected, className }
      });
    }
  }
});

// src/rules/probes.ts
var HUNG = "a hung agent keeps running unnoticed on its node";
var ROLLOUT = "A DaemonSet's rolling update moves on to the next node once the new pod is ready (and has stayed ready for minReadySeconds); without a readinessProbe it is ready as soon as its containers start, so a broken version rolls on to every node.";
var probes_default = defineRule({
  id: "probes",
  meta: {
    description: "Every long-running container that does work has a livenessProbe or a readinessProbe (or the probes the `require` option names).",
    severity: "warning",
    fixable: false,
    messages: {
      missing: {
        message: 'container "{{container}}" has no livenessProbe or readinessProbe',
        help: `Without probes ${HUNG}. ${ROLLOUT} Add a readinessProbe (it gates the rollout) and a livenessProbe (it restarts a hung container).`
      },
      startupOnly: {
        message: 'container "{{container}}" has only a startupProbe',
        help: `A startupProbe stops checking once the container has started: ${HUNG}. ${ROLLOUT} Add a readinessProbe and a livenessProbe.`
      },
      noReadiness: {
        message: 'container "{{container}}" has no readinessProbe',
        help: `${ROLLOUT} The rule's require option asks for a readinessProbe; its livenessProbe only restarts a hung container. Add a readinessProbe that checks the agent can do its work.`
      },
      noLiveness: {
        message: 'container "{{container}}" has no livenessProbe',
        help: `Without a livenessProbe ${HUNG}: readiness only takes it out of Services, it never restarts it. The rule's require option asks for a livenessProbe; add one.`
      }
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        require: { type: "array", uniqueItems: true, items: { enum: ["liveness", "readiness"] } }
      }
    },
    defaultOptions: { require: [] },
    tags: ["reliability"]
  },
  check(daemonSet, context) {
    const required = context.options.require;
    const containers = containersOf(daemonSet, POD_CONTAINER_LISTS);
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      if (!ref.longRunning) continue;
      const container = ref.container;
      const liveness = isSet4(container.livenessProbe);
      const readiness = isSet4(container.readinessProbe);
      let messageId;
      if (!liveness && !readiness) messageId = isSet4(container.startupProbe) ? "startupOnly" : "missing";
      else if (!readiness && required.includes("readiness")) messageId = "noReadiness";
      else if (!liveness && required.includes("liveness")) messageId = "noLiveness";
      if (messageId === void 0) continue;
      if (placeholderReason(ref.container) !== void 0) continue;
      context.report({ path: containerAnchor(ref), messageId, data: { container: containerName(ref) } });
    }
  }
});
function isSet4(value) {
  return value !== void 0 && value !== null;
}

// src/rules/privileged-justified.ts
var DEFAULT_DANGEROUS_CAPABILITIES = [
  "ALL",
  "SYS_ADMIN",
  "NET_ADMIN",
  "SYS_PTRACE",
  "SYS_MODULE",
  "DAC_READ_SEARCH",
  "NET_RAW",
  "BPF",
  "PERFMON",
  "SYS_RAWIO"
];
var RUNTIME_PATHS = [
  "/var/run/docker.sock",
  "/run/docker/**",
  "/var/lib/docker/**",
  "/var/run/cri-dockerd.sock",
  "/run/containerd/**",
  "/var/lib/containerd/**",
  "/run/k3s/containerd/**",
  // k3s and RKE2 keep containerd's state under their own data directory, MicroK8s under its snap.
  "/var/lib/rancher/k3s/agent/containerd/**",
  "/var/lib/rancher/rke2/agent/containerd/**",
  "/var/snap/microk8s/common/run/containerd.sock",
  "/var/snap/microk8s/common/var/lib/containerd/**",
  "/var/run/crio/**",
  "/var/lib/containers/**",
  "/run/containers/**",
  "C:\\ProgramData\\docker\\**",
  "C:\\ProgramData\\containerd\\**",
  "\\\\.\\pipe\\docker_engine",
  "\\\\.\\pipe\\containerd-containerd"
];
var DEFAULT_SENSITIVE_HOST_PATHS = [
  "/",
  "/etc",
  "/root/**",
  "/proc/**",
  "/sys",
  "/dev",
  "/boot/**",
  "/var/lib/kubelet/**",
  "/etc/kubernetes/**",
  "/var/lib/etcd/**",
  ...RUNTIME_PATHS,
  "C:\\",
  "C:\\Windows",
  "C:\\var\\lib\\kubelet\\**"
];
var RUNTIME_RISK = "the container runtime's socket or state: every container's filesystem, environment (their secrets) and logs, and an API that starts containers as root on the node. It is sensitive even read-only.";
var RISK_BY_PATTERN = new Map([
  ["/", "the node's root filesystem, with everything on it: credentials, configuration, every container's data."],
  ["C:\\", "the node's system drive, with everything on it: credentials, configuration, every container's data."],
  ["/etc", "the node's system configuration: accounts, services, name resolution and trust."],
  ["C:\\Windows", "the Windows directory: the system, its registry hives and their credentials."],
  ["/root/**", "root's home on the node: SSH keys and credentials."],
  ["/proc/**", "the node's processes: their memory, environment and open files (/proc/1/root is the node's root filesystem)."],
  ["/sys", "the node's kernel and device settings."],
  ["/dev", "the node's devices: its disks included."],
  ["/boot/**", "the node's kernel and boot loader."],
  ["/var/lib/kubelet/**", "the kubelet's state: every pod's secrets and volumes, the node's credentials, the plugin sockets."],
  ["C:\\var\\lib\\kubelet\\**", "the kubelet's state: every pod's secrets and volumes, the node's credentials, the plugin sockets."],
  ["/etc/kubernetes/**", "the node's Kubernetes credentials (kubeconfigs, and on control-plane nodes the cluster's keys)."],
  ["/var/lib/etcd/**", "etcd's data: the whole cluster state, every Secret included."],
  ...RUNTIME_PATHS.map((path2) => [path2, RUNTIME_RISK])
]);
var CAPABILITY_RISKS = {
  ALL: "Adding ALL grants every capability: as good as privileged.",
  SYS_ADMIN: "SYS_ADMIN allows mounts, namespaces, BPF and much else: close to privileged.",
  NET_ADMIN: "NET_ADMIN reconfigures interfaces, routes and the packet filter of the network namespace it runs in (the node's, under hostNetwork).",
  SYS_PTRACE: "SYS_PTRACE lets it inspect and control the processes it can see (all of the node's, under hostPID).",
  SYS_MODULE: "SYS_MODULE loads kernel modules: code in the node's kernel.",
  DAC_READ_SEARCH: "DAC_READ_SEARCH bypasses file read permissions and opens files by handle, past the mounts it was given.",
  NET_RAW: "NET_RAW opens raw sockets: spoofed packets, and traffic capture.",
  BPF: "BPF loads eBPF programs and maps, which can read the kernel's memory.",
  PERFMON: "PERFMON reads performance data of every process, and with BPF traces the kernel.",
  SYS_RAWIO: "SYS_RAWIO gives raw access to devices and I/O ports."
};
var POD_FLAGS = [
  {
    key: "hostNetwork",
    subject: "pod shares the node's network (hostNetwork: true)",
    risk: "The pod uses the node's network namespace: it can bind the node's ports and reach services that listen only on the node's localhost."
  },
  {
    key: "hostPID",
    subject: "pod shares the node's processes (hostPID: true)",
    risk: "The pod sees every process of the node and, with enough privilege, reads their environment and memory or signals them."
  },
  {
    key: "hostIPC",
    subject: "pod shares the node's IPC namespace (hostIPC: true)",
    risk: "The pod shares the node's System V IPC objects and POSIX shared memory with every host-IPC process."
  }
];
var HOST_PROCESS_RISK = "A HostProcess container runs as a process on the Windows host, with the host's network, its whole filesystem and the rights of its user account: Windows' counterpart of privileged. A HostProcess pod must set hostNetwork: true, so that is not reported apart.";
var privileged_justified_default = defineRule({
  id: "privileged-justified",
  meta: {
    description: "Every host privilege a DaemonSet uses (privileged, privilege escalation, dangerous capabilities, host namespaces, Windows HostProcess, sensitive host paths) carries a justification.",
    severity: "error",
    fixable: false,
    messages: {
      ...justificationMessages,
      unknownKey: {
        message: 'annotation {{annotation}} justifies nothing: "{{key}}" is not a key',
        help: "Justification annotations are daemonlint.io/justification.<key>, with <key> one of {{keys}}. This one justifies nothing, though a reader would think it does: rename it to the key of the privilege it explains."
      },
      unknownKeyCase: {
        message: "annotation {{annotation}} justifies nothing: write {{suggestion}}",
        help: "Justification keys are case-sensitive, as annotation keys are: this one justifies nothing, though a reader would think it does. Write {{suggestion}}."
      }
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        dangerousCapabilities: { type: "array", items: { type: "string", minLength: 1 } },
        sensitiveHostPaths: { type: "array", items: { type: "string", pattern: HOST_PATH_OPTION_PATTERN } },
        minJustificationLength: { type: "integer", minimum: 1 }
      }
    },
    defaultOptions: {
      dangerousCapabilities: DEFAULT_DANGEROUS_CAPABILITIES,
      sensitiveHostPaths: DEFAULT_SENSITIVE_HOST_PATHS,
      minJustificationLength: DEFAULT_MIN_JUSTIFICATION_LENGTH
    },
    tags: ["security"],
    securitySeverity: 8
  },
  check(daemonSet, context) {
    let reporter;
    const { options } = context;
    const containers = containersOf(daemonSet);
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const securityContext = asRecord(ref.container.securityContext);
      if (!securityContext) continue;
      if (securityContext.privileged === true) {
        reporter ??= new JustifiedReporter(daemonSet, context);
        reporter.report("privileged", [...ref.path, "securityContext", "privileged"], {
          subject: `${who(ref)} runs privileged`,
          risk: "A privileged container has every capability and every device of the node, and no seccomp or AppArmor confinement: whoever controls it controls the node.",
          remedy: "drop privileged: true and add only the capabilities the container needs"
        });
      }
      if (securityContext.allowPrivilegeEscalation === true) {
        reporter ??= new JustifiedReporter(daemonSet, context);
        reporter.report("allowPrivilegeEscalation", [...ref.path, "securityContext", "allowPrivilegeEscalation"], {
          subject: `${who(ref)} allows privilege escalation`,
          risk: "Its processes may gain more privileges than their parent (setuid binaries, file capabilities).",
          remedy: "set allowPrivilegeEscalation: false"
        });
      }
      const added = addedCapabilities(ref);
      if (added.length === 0) continue;
      const dangerous = dangerousSet(options.dangerousCapabilities);
      for (let k = 0; k < added.length; k++) {
        const { name, index } = added[k];
        if (!dangerous.has(name)) continue;
        reporter ??= new JustifiedReporter(daemonSet, context);
        reporter.report("capabilities", [...ref.path, "securityContext", "capabilities", "add", index], {
          subject: name === "ALL" ? `${who(ref)} adds ALL capabilities` : `${who(ref)} adds capability ${name}`,
          risk: CAPABILITY_RISKS[name] ?? `${name} is in the rule's dangerousCapabilities.`,
          remedy: "remove it from capabilities.add"
        });
      }
    }
    const hostProcess2 = hostProcessSettings(daemonSet);
    for (let i = 0; i < hostProcess2.length; i++) {
      const { path: path2, container } = hostProcess2[i];
      reporter ??= new JustifiedReporter(daemonSet, context);
      reporter.report("hostProcess", path2, {
        subject: container ? `${who(container)} runs as a Windows HostProcess container` : "pod runs as Windows HostProcess containers",
        risk: HOST_PROCESS_RISK,
        remedy: "run it as an ordinary Windows container, if what it does allows"
      });
    }
    const podSpec = podSpecOf(daemonSet);
    for (let i = 0; i < POD_FLAGS.length; i++) {
      const { key, subject, risk } = POD_FLAGS[i];
      if (podSpec?.[key] !== true) continue;
      if (key === "hostNetwork" && hostProcess2.length > 0) continue;
      reporter ??= new JustifiedReporter(daemonSet, context);
      reporter.report(key, [...POD_SPEC_PATH, key], { subject, risk, remedy: `remove ${key}` });
    }
    const volumes = hostPathVolumes2(daemonSet);
    if (volumes.length > 0) {
      const patterns = sensitivePatterns(options.sensitiveHostPaths);
      for (let i = 0; i < volumes.length; i++) {
        const volume = volumes[i];
        if (volume.hostPath === void 0) continue;
        const match = sensitiveMatch(volume.hostPath, patterns);
        if (!match) continue;
        const name = volume.name === void 0 ? "hostPath volume" : `volume "${volume.name}"`;
        reporter ??= new JustifiedReporter(daemonSet, context);
        reporter.report(
          "hostPath",
          [...volume.path, "hostPath", "path"],
          {
            subject: `${name} ${exposure(volume.hostPath, match)}`,
            risk: pathRisk(match),
            remedy: match.relation === "contains" ? "mount only the subdirectory the pod needs" : "remove the volume"
          },
          "value"
        );
      }
    }
    const unknown = unknownJustificationAnnotations(daemonSet);
    for (let i = 0; i < unknown.length; i++) {
      const { source, annotation, key } = unknown[i];
      const path2 = annotationPath(source, annotation);
      const sameLetters = JUSTIFICATION_KEYS.find((known) => known.toLowerCase() === key.toLowerCase());
      if (sameLetters) {
        context.report({ path: path2, messageId: "unknownKeyCase", data: { annotation, suggestion: `${JUSTIFICATION_PREFIX}${sameLetters}` } });
      } else {
        context.report({ path: path2, messageId: "unknownKey", data: { annotation, key, keys: JUSTIFICATION_KEYS.join(", ") } });
      }
    }
  }
});
function who(ref) {
  return `container "${containerName(ref)}"`;
}
var JustifiedReporter = class {
  constructor(daemonSet, context) {
    this.daemonSet = daemonSet;
    this.context = context;
    this.settings = { minLength: context.options.minJustificationLength, now: context.now };
  }
  daemonSet;
  context;
  justifications = /* @__PURE__ */ new Map();
  settings;
  report(key, path2, privilege, at2) {
    let justification = this.justifications.get(key);
    if (!justification) {
      justification = justificationFor(this.daemonSet, key, this.settings);
      this.justifications.set(key, justification);
    }
    this.context.report({ path: path2, at: at2, ...justificationReport(justification, key, privilege) });
  }
};
var dangerousSet = memoizeByObject((capabilities) => new Set(capabilities.map(normaliseCapability)));
var sensitivePatterns = memoizeByObject(
  (paths) => paths.map(parseHostPathPattern).filter((p) => p !== void 0)
);
function exposure(hostPath, match) {
  return match.relation === "contains" ? `mounts ${hostPath} (holds ${match.pattern.shown})` : `mounts sensitive path ${hostPath}`;
}
function pathRisk(match) {
  const sensitive = match.pattern.shown;
  const holds = RISK_BY_PATTERN.get(match.pattern.text) ?? "listed in the rule's sensitiveHostPaths.";
  const link = match.viaRunLink ? " Paths under /var/run and /run are the same: /var/run links to /run." : "";
  switch (match.relation) {
    case "same":
      return `${sensitive} is ${holds}${link}`;
    case "inside":
      return `It lies inside ${sensitive}, ${holds}${link}`;
    case "contains":
      return `It contains ${sensitive}, ${holds}${link}`;
  }
}

// src/rules/resources-requests-limits.ts
var RESOURCES = ["cpu", "memory", "ephemeral-storage"];
var POD_LEVEL_SUPPORTED = /* @__PURE__ */ new Set(["cpu", "memory"]);
var resourceList = { type: "array", items: { enum: [...RESOURCES] }, uniqueItems: true };
var resources_requests_limits_default = defineRule({
  id: "resources-requests-limits",
  meta: {
    description: "Every container requests and limits cpu and memory, and no request exceeds its limit.",
    severity: "error",
    fixable: false,
    messages: {
      missing: {
        message: 'container "{{container}}" has {{missing}}',
        help: "Without requests the scheduler places the pod as if it needed nothing, and the node can run out of what the daemon needs; without limits one daemon can starve every workload on every node. Set {{fields}} (size them from what the daemon uses on a busy node)."
      },
      requestAboveLimit: {
        message: "{{subject}} requests {{resource}} {{request}}, above its limit {{limit}}",
        help: "The API server rejects a request greater than its limit ({{subject}} requests {{resource}} {{request}} but limits it to {{limit}}). Lower the request or raise the limit."
      },
      requestNotLimit: {
        message: "{{subject}} requests {{resource}} {{request}}, not its limit {{limit}}",
        help: "{{resource}} cannot be overcommitted, so the API server requires its request to equal its limit ({{subject}} requests {{request}} but limits it to {{limit}}). Set both to the same value."
      }
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { requests: resourceList, limits: resourceList }
    },
    defaultOptions: { requests: ["cpu", "memory"], limits: ["cpu", "memory"] },
    tags: ["reliability"]
  },
  check(daemonSet, context) {
    const podSpec = podSpecOf(daemonSet);
    let podRequests;
    let podLimits;
    const podLevel = podLevelResourcesHonoured(context.kubeVersion);
    if (podLevel) {
      const resources = asRecord(podSpec?.resources);
      podRequests = asRecord(resources?.requests);
      podLimits = asRecord(resources?.limits);
    }
    const containers = containersOf(daemonSet, POD_CONTAINER_LISTS);
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const resources = asRecord(ref.container.resources);
      const requests = asRecord(resources?.requests);
      const limits = asRecord(resources?.limits);
      reportMissing(ref, requests, limits, podRequests, podLimits, context);
      if (requests && limits) compareRequestsWithLimits(requests, limits, ref, context);
    }
    if (podLevel && podRequests && podLimits) compareRequestsWithLimits(podRequests, podLimits, void 0, context);
  }
});
function reportMissing(ref, requests, limits, podRequests, podLimits, context) {
  const options = context.options;
  let missingRequests;
  let missingLimits;
  for (let i = 0; i < RESOURCES.length; i++) {
    const r = RESOURCES[i];
    if (options.requests.includes(r) && !stated(requests, r) && !stated(limits, r) && !coveredByPod(r, podRequests) && !coveredByPod(r, podLimits)) {
      (missingRequests ??= []).push(r);
    }
    if (options.limits.includes(r) && !stated(limits, r) && !coveredByPod(r, podLimits)) (missingLimits ??= []).push(r);
  }
  if (!missingRequests && !missingLimits) return;
  const parts = [];
  if (missingRequests && missingLimits && missingRequests.join() === missingLimits.join()) {
    parts.push(`no ${joinWords(missingRequests, "or")} request or limit`);
  } else {
    if (missingRequests) parts.push(`no ${joinWords(missingRequests, "or")} request`);
    if (missingLimits) parts.push(`no ${joinWords(missingLimits, "or")} limit`);
  }
  const fields = [
    ...(missingRequests ?? []).map((r) => `resources.requests.${r}`),
    ...(missingLimits ?? []).map((r) => `resources.limits.${r}`)
  ];
  context.report({
    path: missingAnchor(ref, missingRequests !== void 0, missingLimits !== void 0),
    messageId: "missing",
    data: { container: containerName(ref), missing: parts.join(" and "), fields: joinWords(fields, "and") }
  });
}
function coveredByPod(resource, list) {
  return POD_LEVEL_SUPPORTED.has(resource) && stated(list, resource);
}
function missingAnchor(ref, requestsMissing, limitsMissing) {
  const container = ref.container;
  const resources = asRecord(container.resources);
  const resourcesPath = [...ref.path, "resources"];
  if (resources && requestsMissing !== limitsMissing) {
    const list = requestsMissing ? "requests" : "limits";
    if (list in resources) return [...resourcesPath, list];
  }
  return "resources" in container ? resourcesPath : containerAnchor(ref);
}
function compareRequestsWithLimits(requests, limits, ref, context) {
  for (const resource in requests) {
    if (!Object.hasOwn(requests, resource) || !(resource in limits)) continue;
    const requestValue = requests[resource];
    const limitValue = limits[resource];
    const request = parseQuantity(requestValue);
    const limit = parseQuantity(limitValue);
    if (!request || !limit) continue;
    const order = compareQuantities(request, limit);
    const messageId = order > 0 ? "requestAboveLimit" : order < 0 && !overcommitAllowed(resource) ? "requestNotLimit" : void 0;
    if (!messageId) continue;
    const requestsPath = ref ? [...ref.path, "resources", "requests"] : POD_REQUESTS_PATH;
    context.report({
      path: [...requestsPath, resource],
      at: "value",
      messageId,
      data: { subject: ref ? `container "${containerName(ref)}"` : "the pod", resource, request: asWritten(requestValue), limit: asWritten(limitValue) }
    });
  }
}
var POD_REQUESTS_PATH = [...POD_SPEC_PATH, "resources", "requests"];
function stated(list, resource) {
  return list !== void 0 && list[resource] !== void 0 && list[resource] !== null;
}
function overcommitAllowed(resource) {
  const native = !resource.includes("/") || resource.includes("kubernetes.io/");
  return native && !resource.startsWith("hugepages-");
}
function asWritten(value) {
  return typeof value === "string" ? value.trim() : String(value);
}
function joinWords(words, conjunction) {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${conjunction} ${words[words.length - 1]}`;
}

// src/rules/restart-policy-always.ts
var RESTART_POLICY_PATH = [...POD_SPEC_PATH, "restartPolicy"];
var restart_policy_always_default = defineRule({
  id: "restart-policy-always",
  meta: {
    description: "The pod template restarts its containers: restartPolicy is Always or left out.",
    severity: "error",
    fixable: true,
    messages: {
      notAlways: {
        message: "restartPolicy {{value}} is not allowed in a DaemonSet: use Always",
        help: "A DaemonSet's pods run for as long as their node does, so the API server accepts only restartPolicy Always in its pod template. Set it to Always or remove it (Always is the default); the fix sets Always."
      }
    },
    defaultOptions: {},
    tags: ["api"]
  },
  check(daemonSet, context) {
    const podSpec = podSpecOf(daemonSet);
    if (!podSpec || !("restartPolicy" in podSpec)) return;
    const value = podSpec.restartPolicy;
    if (value === "Always" || value === void 0 || value === null || value === "") return;
    context.report({
      path: RESTART_POLICY_PATH,
      at: "value",
      messageId: "notAlways",
      data: { value: describe(value) },
      fix: { op: "set", path: RESTART_POLICY_PATH, value: "Always" }
    });
  }
});
function describe(value) {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "given as a list";
  if (typeof value === "object") return "given as a mapping";
  return String(value);
}

// src/k8s/field-path.ts
function lastFieldSteps(path2, names = 2) {
  let start = path2.length;
  for (let seen = 0; start > 0; start--) {
    if (typeof path2[start - 1] === "string" && ++seen > names) break;
  }
  while (start < path2.length - 1 && typeof path2[start] === "number") start++;
  return path2.slice(start);
}

// src/rules/schema.ts
var schema_default = defineRule({
  id: "schema",
  meta: {
    description: "Strict validation against the Kubernetes OpenAPI schema of the selected version, as the API server decodes a DaemonSet: unknown fields, wrong types, integers that do not fit, quantities that do not parse.",
    severity: "error",
    fixable: false,
    messages: {
      unknownField: {
        message: 'unknown field "{{field}}" in {{where}}{{suggestion}}',
        help: `The DaemonSet API has no field "{{field}}" in {{location}}: with strict field validation (kubectl's default since 1.27) the API server rejects the DaemonSet, and without it the field is silently dropped. {{advice}}`
      },
      wrongType: {
        message: "{{field}}: expected {{expected}}, got {{actual}}",
        help: "The API server cannot decode {{path}}: it expects {{expected}}, and the manifest has {{actual}}. Quote a value that must be a string; write numbers and booleans without quotes."
      },
      invalidValue: {
        message: "{{field}} {{value}} is not one of {{allowed}}",
        help: "The API server rejects {{value}} for {{path}}: the allowed values are {{allowed}} (case matters)."
      },
      invalidQuantity: {
        message: "{{field}} {{value}} is not a quantity, like 500m or 128Mi",
        help: "The API server rejects {{path}}: {{value}} is not a quantity. Write a number with an optional suffix, such as 500m, 128Mi, 2G or 1e3."
      },
      outOfRange: {
        message: "{{field}} {{value}} does not fit in a {{bits}}-bit integer",
        help: "The API server rejects {{path}}: the field is a {{bits}}-bit integer, and {{value}} is outside its range."
      },
      invalid: {
        message: "{{field}}: {{reason}}",
        help: "The API server rejects {{path}}: {{reason}}."
      },
      missingApiVersion: {
        message: "missing apiVersion: set apiVersion: apps/v1",
        help: "The API server needs apiVersion to know what the object is, and rejects it without one. DaemonSets are served at apps/v1."
      },
      unknownApiVersion: {
        message: "apiVersion {{apiVersion}} does not serve DaemonSets: use apps/v1",
        help: "The API server serves DaemonSets at apps/v1 only (extensions/v1beta1 and apps/v1beta2 were removed in 1.16), and rejects this manifest. Use apiVersion: apps/v1."
      }
    },
    defaultOptions: {},
    tags: ["api"]
  },
  prepare: ({ kubeVersion }) => preloadValidator(kubeVersion),
  check(daemonSet, context) {
    const validate = loadedValidator(context.kubeVersion);
    if (!validate) {
      const version = schemaVersionFor(context.kubeVersion);
      throw new Error(
        version === void 0 ? unsupportedMessage(context.kubeVersion) : `the schema validator for Kubernetes ${version} is not loaded: await preloadValidator("${context.kubeVersion}") from src/schema/validators.ts before linting`
      );
    }
    const apiVersion = apiVersionFinding(daemonSet);
    if (apiVersion) context.report(apiVersion);
    if (validate(daemonSet)) return;
    for (const finding of findingsOf(validate.errors ?? [], daemonSet)) context.report(finding);
  }
});
var OWNED_ELSEWHERE = {
  unknownField: [
    // no-replicas, no-deployment-fields
    ["spec", "replicas"],
    ["spec", "strategy"],
    ["spec", "paused"],
    ["spec", "progressDeadlineSeconds"]
  ],
  type: [
    // restart-policy-always reports any value but Always
    ["spec", "template", "spec", "restartPolicy"],
    // selector-match-labels: label values that are not strings, operators and keys it checks
    ["spec", "selector", "matchLabels", "*"],
    ["spec", "selector", "matchExpressions", "#", "key"],
    ["spec", "selector", "matchExpressions", "#", "operator"],
    ["spec", "selector", "matchExpressions", "#", "values", "#"],
    ["spec", "template", "metadata", "labels", "*"]
  ]
};
function ownedElsewhere(kind, path2) {
  return OWNED_ELSEWHERE[kind].some(
    (pattern) => pattern.length === path2.length && pattern.every((p, i) => p === (typeof path2[i] === "number" ? "#" : "*") || p === path2[i])
  );
}
var KNOWN_API_VERSIONS = /* @__PURE__ */ new Set(["apps/v1", "extensions/v1beta1", "apps/v1beta1", "apps/v1beta2"]);
function apiVersionFinding(daemonSet) {
  const apiVersion = daemonSet.apiVersion;
  if (apiVersion === void 0 || apiVersion === null || apiVersion === "") {
    return { path: ["kind"], messageId: "missingApiVersion" };
  }
  if (typeof apiVersion === "string" && !KNOWN_API_VERSIONS.has(apiVersion)) {
    return { path: ["apiVersion"], at: "value", messageId: "unknownApiVersion", data: { apiVersion: quote(apiVersion) } };
  }
  return void 0;
}
function findingsOf(errors, root) {
  const wrongType = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  const out = [];
  for (const error of errors) {
    if (error.keyword !== "type" && wrongType.has(error.instancePath)) continue;
    const finding = findingOf(error, instancePathOf(error.instancePath, root), root);
    if (finding) out.push(finding);
  }
  return out;
}
function findingOf(error, path2, root) {
  const params = error.params;
  switch (error.keyword) {
    case "additionalProperties": {
      const field2 = String(params.additionalProperty);
      if (ownedElsewhere("unknownField", [...path2, field2])) return void 0;
      if (path2.length === 2 && path2[0] === "spec" && path2[1] === "selector" && selectsNothing(error.data)) return void 0;
      const known = Object.keys(error.parentSchema?.properties ?? {});
      const close = closestName(field2, known);
      return {
        path: [...path2, field2],
        messageId: "unknownField",
        data: {
          field: field2,
          where: locationOf(path2, root, shortPath2),
          location: locationOf(path2, root),
          suggestion: close ? `; did you mean "${close}"?` : "",
          advice: close ? `Did you mean "${close}"?` : "Check its spelling and indentation, or remove it."
        }
      };
    }
    case "type": {
      if (ownedElsewhere("type", path2)) return void 0;
      const types = Array.isArray(params.type) ? params.type : [String(params.type)];
      if (typeof error.data === "bigint" && (types.includes("integer") || types.includes("number"))) return bigIntegerFinding(error, path2, types);
      return {
        path: path2,
        at: "value",
        messageId: "wrongType",
        data: { field: shortPath2(path2), path: fieldPath2(path2), expected: expectedOf(types), actual: describeValue(error.data) }
      };
    }
    case "enum": {
      const allowed = params.allowedValues.filter((v) => typeof v === "string" && v !== "");
      return {
        path: path2,
        at: "value",
        messageId: "invalidValue",
        data: { value: quote(error.data), field: shortPath2(path2), path: fieldPath2(path2), allowed: allowed.join(", ") }
      };
    }
    case "pattern":
      return { path: path2, at: "value", messageId: "invalidQuantity", data: { field: shortPath2(path2), path: fieldPath2(path2), value: quote(error.data) } };
    case "minimum":
    case "maximum":
      return { path: path2, at: "value", messageId: "outOfRange", data: { field: shortPath2(path2), path: fieldPath2(path2), value: String(error.data), bits: bitsOf(error.parentSchema) } };
    default:
      return { path: path2, at: "value", messageId: "invalid", data: { field: shortPath2(path2) || "DaemonSet", path: fieldPath2(path2) || "DaemonSet", reason: error.message ?? error.keyword } };
  }
}
var INT64_MIN5 = -(2n ** 63n);
var INT64_MAX5 = 2n ** 63n - 1n;
function bitsOf(schema) {
  return schema?.maximum === 2147483647 ? "32" : "64";
}
function bigIntegerFinding(error, path2, types) {
  const value = error.data;
  const schema = error.parentSchema;
  const bits = bitsOf(schema);
  const fits = bits === "32" ? false : types.includes("integer") ? value >= INT64_MIN5 && value <= INT64_MAX5 : true;
  if (fits) return void 0;
  return { path: path2, at: "value", messageId: "outOfRange", data: { field: shortPath2(path2), path: fieldPath2(path2), value: String(value), bits } };
}
function selectsNothing(selector) {
  const { matchLabels, matchExpressions } = selector;
  const noLabels = matchLabels == null || isMapping(matchLabels) && Object.keys(matchLabels).length === 0;
  const noExpressions = matchExpressions == null || Array.isArray(matchExpressions) && matchExpressions.length === 0;
  return noLabels && noExpressions;
}
function isMapping(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function instancePathOf(pointer, root) {
  if (pointer === "") return [];
  const out = [];
  let node = root;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      const index = Number(segment);
      out.push(index);
      node = node[index];
    } else {
      out.push(segment);
      node = node !== null && typeof node === "object" ? node[segment] : void 0;
    }
  }
  return out;
}
function fieldPath2(path2) {
  let out = "";
  for (const segment of path2) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${segment}]`;
  }
  return out;
}
var CONTAINER_LISTS = {
  containers: "container",
  initContainers: "init container",
  ephemeralContainers: "ephemeral container"
};
function locationOf(path2, root, write = fieldPath2) {
  if (path2.length === 0) return "the DaemonSet";
  const [a, b, c, list, index] = path2;
  if (a === "spec" && b === "template" && c === "spec" && typeof list === "string" && list in CONTAINER_LISTS && typeof index === "number") {
    const name = valueAt(root, path2.slice(0, 5))?.name;
    if (typeof name === "string") {
      const container = `${CONTAINER_LISTS[list]} "${name}"`;
      const rest = path2.slice(5);
      return rest.length === 0 ? container : `${write(rest)} of ${container}`;
    }
  }
  return write(path2);
}
function shortPath2(path2) {
  return fieldPath2(lastFieldSteps(path2));
}
function valueAt(root, path2) {
  let node = root;
  for (const segment of path2) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node;
}
var TYPE_NAMES = { object: "a mapping", array: "a list" };
function expectedOf(types) {
  return types.filter((t) => t !== "null").map((t) => TYPE_NAMES[t] ?? t).join(" or ");
}
function describeValue(value) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `string ${quote(value)}`;
  if (typeof value === "bigint") return `number ${String(value)}`;
  return `${typeof value} ${String(value)}`;
}
function quote(value) {
  const text2 = jsonText(value);
  return text2.length > 60 ? `${text2.slice(0, 56)}..."` : text2;
}
function closestName(unknown, known) {
  const wanted = unknown.toLowerCase();
  const limit = Math.min(2, Math.max(1, Math.floor(unknown.length / 3)));
  let best;
  let bestDistance = Infinity;
  for (const name of [...known].sort()) {
    const distance = editDistance(wanted, name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : void 0;
}
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 2) return Math.abs(a.length - b.length);
  const rows = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0].push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i].push(d);
    }
  }
  return rows[a.length][b.length];
}

// src/rules/selector-match-labels.ts
var SELECTOR_PATH = ["spec", "selector"];
var TEMPLATE_LABELS_PATH = ["spec", "template", "metadata", "labels"];
var SELECTOR_FIELDS = /* @__PURE__ */ new Set(["matchLabels", "matchExpressions"]);
var OPERATOR_LIST = "In, NotIn, Exists or DoesNotExist";
var NO_LABELS = Object.freeze({});
var selector_match_labels_default = defineRule({
  id: "selector-match-labels",
  meta: {
    description: "spec.selector is present, valid, not empty, and selects the pods of the DaemonSet's own template.",
    severity: "error",
    fixable: false,
    messages: {
      missing: {
        message: "spec.selector is missing: apps/v1 requires one",
        help: "apps/v1 requires a selector that matches spec.template.metadata.labels (older API versions defaulted it from them): the API server rejects a DaemonSet without one. Add spec.selector.matchLabels with labels of the pod template."
      },
      empty: {
        message: "spec.selector is empty: it would select every pod in the namespace",
        help: "The API server rejects a DaemonSet selector with no matchLabels and no matchExpressions, since it would select every pod in the namespace. Add matchLabels that spec.template.metadata.labels satisfy."
      },
      strayField: {
        message: "spec.selector has {{field}} but no matchLabels: labels go there",
        help: "A selector has only matchLabels and matchExpressions: {{field}} is not a selector field, so this selector is empty and the API server rejects it. Move the labels under spec.selector.matchLabels."
      },
      invalidKey: {
        message: "invalid label key {{key}} in {{where}}",
        help: "The API server rejects this label key: {{reason}}."
      },
      invalidValue: {
        message: "invalid value {{value}} for label {{key}}",
        help: "The API server rejects this value of {{key}} in {{where}}: {{reason}}."
      },
      nonStringValue: {
        message: "label {{key}} has the {{type}} {{value}} as its value: quote it",
        help: "YAML reads the value of {{key}} in {{where}} as the {{type}} {{value}}, not a string; label values are strings, so the API server rejects it. Quote the value."
      },
      missingKey: {
        message: "{{where}} has no key",
        help: "Each selector requirement names the label it tests, and the API server rejects one without a key. Add key: with the label name."
      },
      missingOperator: {
        message: "{{where}} has no operator",
        help: `The API server rejects a selector requirement without an operator: use ${OPERATOR_LIST}.`
      },
      badOperator: {
        message: "unknown selector operator {{operator}}: use {{expected}}",
        help: `The API server accepts only ${OPERATOR_LIST} as the operator of a selector requirement ({{where}}).`
      },
      valuesRequired: {
        message: "{{where}} uses {{operator}} without values",
        help: "{{operator}} compares {{key}} with a list of values and needs at least one: the API server rejects an empty list. Add values, or use Exists or DoesNotExist."
      },
      valuesForbidden: {
        message: "{{where}} uses {{operator}} but lists values",
        help: "{{operator}} tests only whether {{key}} exists and takes no values: the API server rejects them. Remove values."
      },
      templateLabelsMissing: {
        message: "pod template labels are {{state}}: the selector matches none of its pods",
        help: "spec.template.metadata.labels is {{state}}, so spec.selector selects none of the DaemonSet's own pods, and the API server rejects it. Add labels that satisfy {{requirements}}."
      },
      labelMissing: {
        message: "pod template has no label {{key}}, which the selector requires",
        help: "spec.selector requires {{requirement}}, but spec.template.metadata.labels has no label {{key}}: the selector would not match the DaemonSet's own pods, and the API server rejects it. Add the label to the pod template."
      },
      labelUnsatisfied: {
        message: "pod template label {{label}} does not satisfy {{requirement}}",
        help: "spec.template.metadata.labels has {{label}}, but spec.selector requires {{requirement}}: the selector would not match the DaemonSet's own pods, and the API server rejects it. Change the template label (spec.selector cannot change once the DaemonSet exists)."
      },
      labelForbidden: {
        message: "pod template has label {{key}}, which the selector excludes",
        help: "spec.selector requires {{requirement}}, but spec.template.metadata.labels has label {{key}}: the selector would not match the DaemonSet's own pods, and the API server rejects it. Remove the label from the pod template."
      }
    },
    defaultOptions: {},
    tags: ["api"]
  },
  check(daemonSet, context) {
    const root = asRecord(daemonSet);
    const specValue = root?.spec;
    if (specValue === void 0 || specValue === null) {
      context.report({ path: ["spec"], messageId: "missing" });
      return;
    }
    const spec = asRecord(specValue);
    if (!spec) return;
    if (spec.selector === void 0) {
      context.report({ path: ["spec"], messageId: "missing" });
      return;
    }
    if (spec.selector === null) {
      context.report({ path: SELECTOR_PATH, messageId: "empty" });
      return;
    }
    const selector = asRecord(spec.selector);
    if (!selector) return;
    const read = readSelector(selector);
    for (const issue of read.issues) reportSelectorIssue(context, issue);
    if (read.malformed) return;
    if (read.empty) {
      const stray = Object.keys(selector).find((field2) => !SELECTOR_FIELDS.has(field2));
      if (stray === void 0) context.report({ path: SELECTOR_PATH, messageId: "empty" });
      else context.report({ path: [...SELECTOR_PATH, stray], messageId: "strayField", data: { field: stray } });
      return;
    }
    checkTemplateLabels(context, spec, read.requirements);
  }
});
function checkTemplateLabels(context, spec, requirements) {
  const template = asRecord(spec.template);
  if (!template) return;
  const metadataValue = template.metadata;
  const metadata = asRecord(metadataValue);
  if (metadataValue !== void 0 && metadataValue !== null && !metadata) return;
  const labelsValue = metadata?.labels;
  const labelsRecord = asRecord(labelsValue);
  if (labelsValue !== void 0 && labelsValue !== null && !labelsRecord) return;
  const templateLabels2 = readLabels(labelsRecord ?? NO_LABELS);
  for (const issue of templateLabels2.issues) reportLabelIssue(context, issue, TEMPLATE_LABELS_PATH, "spec.template.metadata.labels");
  let failing;
  for (let i = 0; i < requirements.length; i++) {
    const { requirement } = requirements[i];
    if (!templateLabels2.unreadable.has(requirement.key) && !requirementMatches(requirement, templateLabels2.labels)) (failing ??= []).push(requirements[i]);
  }
  if (!failing) return;
  if (!labelsRecord || Object.keys(labelsRecord).length === 0) {
    context.report({
      path: TEMPLATE_LABELS_PATH,
      messageId: "templateLabelsMissing",
      data: { state: labelsRecord ? "empty" : "missing", requirements: failing.map(({ requirement }) => describeRequirement(requirement)).join(", ") }
    });
    return;
  }
  for (const { requirement, path: path2 } of failing) {
    const key = requirement.key;
    const data = { key, requirement: describeRequirement(requirement) };
    if (!Object.hasOwn(templateLabels2.labels, key)) {
      const at2 = requirement.operator === "Equals" ? "key" : "value";
      const selectorPath = requirement.operator === "Equals" ? [...SELECTOR_PATH, ...path2] : [...SELECTOR_PATH, ...path2, "key"];
      context.report({ path: selectorPath, at: at2, messageId: "labelMissing", data });
    } else if (requirement.operator === "DoesNotExist") {
      context.report({ path: [...TEMPLATE_LABELS_PATH, key], messageId: "labelForbidden", data });
    } else {
      context.report({
        path: [...TEMPLATE_LABELS_PATH, key],
        at: "value",
        messageId: "labelUnsatisfied",
        data: { ...data, label: formatLabel(key, templateLabels2.labels[key]) }
      });
    }
  }
}
function reportSelectorIssue(context, issue) {
  const path2 = [...SELECTOR_PATH, ...issue.path];
  switch (issue.kind) {
    case "invalidKey":
    case "invalidValue":
    case "nonStringValue":
      reportLabelIssue(context, issue, SELECTOR_PATH, selectorWhere(issue.path));
      return;
    case "missingKey":
    case "missingOperator":
      context.report({ path: path2, at: issue.at, messageId: issue.kind, data: { where: expressionWhere(issue.index) } });
      return;
    case "badOperator": {
      const caseFix = SELECTOR_OPERATORS.find((op) => op.toLowerCase() === issue.operator.toLowerCase());
      context.report({
        path: path2,
        at: issue.at,
        messageId: "badOperator",
        data: { operator: JSON.stringify(issue.operator), where: expressionWhere(issue.index), expected: caseFix ?? OPERATOR_LIST }
      });
      return;
    }
    case "valuesRequired":
    case "valuesForbidden":
      context.report({
        path: path2,
        at: issue.at,
        messageId: issue.kind,
        data: { where: expressionWhere(issue.index), key: labelName(issue.key), operator: issue.operator }
      });
      return;
  }
}
function reportLabelIssue(context, issue, base, where2) {
  const path2 = [...base, ...issue.path];
  switch (issue.kind) {
    case "invalidKey":
      context.report({ path: path2, at: issue.at, messageId: "invalidKey", data: { key: JSON.stringify(issue.key), where: where2, reason: issue.reasons.join("; ") } });
      return;
    case "invalidValue":
      context.report({
        path: path2,
        at: issue.at,
        messageId: "invalidValue",
        data: { key: labelName(issue.key), value: JSON.stringify(issue.value), where: where2, reason: issue.reasons.join("; ") }
      });
      return;
    case "nonStringValue":
      context.report({ path: path2, at: issue.at, messageId: "nonStringValue", data: { key: labelName(issue.key), where: where2, type: typeof issue.value, value: String(issue.value) } });
      return;
  }
}
function labelName(key) {
  return key === "" ? "(no key)" : key;
}
function expressionWhere(index) {
  return `spec.selector.matchExpressions[${index}]`;
}
function selectorWhere(path2) {
  if (path2[0] === "matchLabels") return "spec.selector.matchLabels";
  return `${expressionWhere(Number(path2[1]))}.${String(path2[2])}`;
}

// src/rules/selector-overlap.ts
var Namespace = class {
  /** Every member, in input order. */
  all = [];
  /** Members by each of their pod labels: key, then value. */
  byLabel = /* @__PURE__ */ new Map();
  /** DaemonSets with a selector: the only members a bare Pod is compared with. */
  selecting = [];
  /**
   * The earlier members, in input order, that may select `later` or be selected by it. A member
   * that selects by an exact label (`Equals`) selects only pods with that label, and a
   * comparison reports only when `later`'s selector selects the earlier pods, or, for a bare
   * Pod, when the earlier DaemonSet selects it.
   */
  candidates(later) {
    if (!later.value.selector) return this.selecting;
    const exact = exactLabel(later.value.selector);
    if (!exact) return this.all;
    return this.byLabel.get(exact.key)?.get(exact.values[0]) ?? NO_MEMBERS;
  }
  add(member2) {
    this.all.push(member2);
    if (member2.value.daemonSet && member2.value.selector) this.selecting.push(member2);
    const labels = member2.value.labels;
    for (const key in labels) {
      if (!Object.hasOwn(labels, key)) continue;
      let byValue = this.byLabel.get(key);
      if (!byValue) this.byLabel.set(key, byValue = /* @__PURE__ */ new Map());
      const value = labels[key];
      const members = byValue.get(value);
      if (members) members.push(member2);
      else byValue.set(value, [member2]);
    }
  }
};
var NO_MEMBERS = [];
function exactLabel(selector) {
  for (let i = 0; i < selector.length; i++) {
    if (selector[i].operator === "Equals") return selector[i];
  }
  return void 0;
}
var selector_overlap_default = defineRule({
  id: "selector-overlap",
  meta: {
    description: "Two DaemonSets (or a DaemonSet and another workload in the input) in the same namespace whose selectors each select the other's pod template labels: the controllers fight over the same pods.",
    severity: "error",
    fixable: false,
    messages: {
      overlap: {
        message: "selects the same pods as {{earlier}}",
        help: "{{earlier}} and {{later}} select each other's pods ({{labels}}): their controllers fight over the same pods, each adopting the other's and deleting those it finds surplus or outdated. Give each a distinct selector label, and the same label in its pod template (a selector cannot change once the DaemonSet exists)."
      },
      overlapGroup: {
        message: "{{count}} objects select the same pods: {{list}}",
        help: "{{list}} select each other's pods ({{labels}}): their controllers fight over the same pods, each adopting the others' and deleting those it finds surplus or outdated. Give each a distinct selector label, and the same label in its pod template (a selector cannot change once the DaemonSet exists)."
      },
      adoptsPod: {
        message: "{{daemonSet}} selects {{pod}}, which no controller owns",
        help: "{{daemonSet}} selects {{pod}} ({{labels}}), a pod no controller owns: the DaemonSet controller adopts it, then deletes it where it is surplus or outdated. Give the pod labels the selector does not match."
      }
    },
    defaultOptions: {},
    tags: ["reliability"]
  },
  collect: membershipOf,
  checkAll(objects, context) {
    const groups = groupIdentical(objects, shapeOf, (o) => o.ref.name === void 0 ? void 0 : `${o.ref.kind}/${o.ref.name}`, roughShapeOf);
    for (const { members } of groups) if (members[0].value.daemonSet && members[0].value.selector) reportGroup2(members, context);
    const groupOf = new Map(groups.map((g) => [g.members[0], g.members]));
    const alike = (member2, note) => {
      const more = (groupOf.get(member2)?.length ?? 1) - 1;
      return more === 0 ? note : `${note}; ${more} more ${more === 1 ? "object has" : "objects have"} the same selector and labels`;
    };
    const byNamespace = /* @__PURE__ */ new Map();
    for (const { members } of groups) {
      const later = members[0];
      const laterIs = later.value;
      let earlierOnes = byNamespace.get(laterIs.namespace);
      if (!earlierOnes) byNamespace.set(laterIs.namespace, earlierOnes = new Namespace());
      const candidates = earlierOnes.candidates(later);
      for (let c = 0; c < candidates.length; c++) {
        const earlier = candidates[c];
        const earlierIs = earlier.value;
        if (sameObject2(earlier, later)) continue;
        if (!earlierIs.daemonSet && !laterIs.daemonSet) continue;
        if (earlierIs.selector && laterIs.selector) {
          if (!selects(earlierIs.selector, laterIs.labels) || !selects(laterIs.selector, earlierIs.labels)) continue;
          const earlierDisplay = describeObject(earlier.ref);
          const laterDisplay = describeObject(later.ref);
          context.report({
            object: later,
            path: laterIs.anchor,
            messageId: "overlap",
            data: { earlier: earlierDisplay, later: laterDisplay, labels: sharedLabels(laterIs, [...laterIs.selector, ...earlierIs.selector]) },
            related: [{ object: earlier, path: earlierIs.anchor, message: alike(earlier, `the selector of ${earlierDisplay}, which also selects the pods of ${laterDisplay}`) }]
          });
          continue;
        }
        const daemonSet = earlierIs.selector ? earlier : later;
        const pod = earlierIs.selector ? later : earlier;
        if (!daemonSet.value.daemonSet || !daemonSet.value.selector || pod.value.selector || !selects(daemonSet.value.selector, pod.value.labels)) continue;
        const daemonSetDisplay = describeObject(daemonSet.ref);
        const podDisplay = describeObject(pod.ref);
        context.report({
          object: later,
          path: laterIs.anchor,
          messageId: "adoptsPod",
          data: { daemonSet: daemonSetDisplay, pod: podDisplay, labels: sharedLabels(pod.value, daemonSet.value.selector) },
          related: [
            {
              object: earlier,
              path: earlierIs.anchor,
              message: alike(earlier, earlier === pod ? `the labels of ${podDisplay}, which ${daemonSetDisplay} selects` : `the selector of ${daemonSetDisplay}, which selects ${podDisplay}`)
            }
          ]
        });
      }
      earlierOnes.add(later);
    }
  }
});
function shapeOf(member2) {
  const m = member2.value;
  return JSON.stringify([member2.ref.kind, m.namespace, m.daemonSet, m.anchor, m.selector ?? null, m.labels]);
}
function roughShapeOf(member2) {
  const m = member2.value;
  const first = m.selector?.[0];
  if (first) return `${m.namespace}\0${first.key}\0${first.operator}\0${first.values.join("\0")}`;
  for (const key in m.labels) if (Object.hasOwn(m.labels, key)) return `${m.namespace}\0${key}\0${m.labels[key]}`;
  return m.namespace;
}
function reportGroup2(members, context) {
  if (members.length < 2) return;
  const first = members[0];
  const labels = sharedLabels(first.value, first.value.selector);
  if (members.length === 2) {
    const [earlier, later] = members;
    const earlierDisplay = describeObject(earlier.ref);
    const laterDisplay = describeObject(later.ref);
    context.report({
      object: later,
      path: later.value.anchor,
      messageId: "overlap",
      data: { earlier: earlierDisplay, later: laterDisplay, labels },
      related: [{ object: earlier, path: earlier.value.anchor, message: `the selector of ${earlierDisplay}, which also selects the pods of ${laterDisplay}` }]
    });
    return;
  }
  context.report({
    object: first,
    path: first.value.anchor,
    messageId: "overlapGroup",
    data: { count: members.length, list: listObjects(members), labels },
    related: members.slice(1).map((m) => ({ object: m, path: m.value.anchor, message: `the selector of ${describeObject(m.ref)}, the same, selecting the same pods` }))
  });
}
function listObjects(members) {
  const named = members.slice(0, 3).map((m) => describeObject(m.ref));
  const more = members.length - named.length;
  return more > 0 ? `${named.join(", ")} and ${more} more` : `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}`;
}
function selects(selector, labels) {
  for (let i = 0; i < selector.length; i++) {
    if (!requirementMatches(selector[i], labels)) return false;
  }
  return true;
}
function sameObject2(a, b) {
  const ra = a.ref;
  const rb = b.ref;
  return ra.kind === rb.kind && ra.name !== void 0 && ra.name === rb.name;
}
function sharedLabels(member2, selector) {
  const keys = [...new Set(selector.map((r) => r.key))].filter((key) => Object.hasOwn(member2.labels, key));
  if (keys.length > 0) return keys.map((key) => formatLabel(key, member2.labels[key])).join(", ");
  return [...new Set(selector.map(describeRequirement))].join(", ");
}
function membershipOf(object) {
  const value = object.value;
  const kind = object.ref.kind;
  const spec = asRecord(value.spec);
  switch (kind) {
    case "DaemonSet":
    case "Deployment":
    case "ReplicaSet":
    case "StatefulSet":
      return controller(object, spec, SPEC_SELECTOR);
    case "Job":
      return job(object, spec, SPEC_SELECTOR);
    case "CronJob":
      return job(object, asRecord(asRecord(spec?.jobTemplate)?.spec), JOB_TEMPLATE_SELECTOR);
    case "ReplicationController": {
      const labels = templateLabels(spec);
      if (!labels || isEmpty2(labels)) return void 0;
      const written = asRecord(spec?.selector);
      if (!written || isEmpty2(written)) {
        return member(object, equalities(labels), TEMPLATE_LABELS, labels);
      }
      const read = readLabels(written);
      if (read.issues.length > 0 || read.unreadable.size > 0) return void 0;
      const selector = equalities(read.labels);
      return selects(selector, labels) ? member(object, selector, SPEC_SELECTOR, labels) : void 0;
    }
    case "Pod": {
      const metadata = asRecord(value.metadata);
      if (asArray(metadata?.ownerReferences).some((o) => asRecord(o)?.controller === true)) return void 0;
      const labels = readableLabels(metadata?.labels);
      return labels ? member(object, void 0, POD_LABELS, labels) : void 0;
    }
    default:
      return void 0;
  }
}
var SPEC_SELECTOR = Object.freeze(["spec", "selector"]);
var JOB_TEMPLATE_SELECTOR = Object.freeze(["spec", "jobTemplate", "spec", "selector"]);
var TEMPLATE_LABELS = Object.freeze(["spec", "template", "metadata", "labels"]);
var POD_LABELS = Object.freeze(["metadata", "labels"]);
function member(object, selector, anchor, labels) {
  const out = { namespace: object.ref.namespace || "default", daemonSet: object.ref.kind === "DaemonSet", anchor, labels };
  if (selector) out.selector = selector;
  return out;
}
function isEmpty2(record) {
  for (const key in record) {
    if (Object.hasOwn(record, key)) return false;
  }
  return true;
}
function controller(object, spec, anchor) {
  const selectorRecord = asRecord(spec?.selector);
  if (!selectorRecord) return void 0;
  const labels = templateLabels(spec);
  if (!labels) return void 0;
  const read = readSelector(selectorRecord);
  if (read.malformed || read.issues.length > 0 || read.empty) return void 0;
  const selector = [];
  for (let i = 0; i < read.requirements.length; i++) selector.push(read.requirements[i].requirement);
  if (!selects(selector, labels)) return void 0;
  return member(object, selector, anchor, labels);
}
function job(object, spec, anchor) {
  return spec?.manualSelector === true ? controller(object, spec, anchor) : void 0;
}
function templateLabels(spec) {
  return readableLabels(asRecord(asRecord(spec?.template)?.metadata)?.labels);
}
function readableLabels(raw) {
  if (raw === void 0 || raw === null) return {};
  const record = asRecord(raw);
  if (!record) return void 0;
  const read = readLabels(record);
  return read.issues.length > 0 || read.unreadable.size > 0 ? void 0 : read.labels;
}
function equalities(labels) {
  return Object.entries(labels).map(([key, value]) => ({ key, operator: "Equals", values: [value] }));
}

// src/rules/index.ts
var builtinRules = [
  automount_service_account_token_default,
  default_namespace_default,
  env_secrets_default,
  min_ready_seconds_default,
  readonly_root_filesystem_default,
  rollout_hostport_surge_default,
  rollout_max_unavailable_default,
  run_as_high_uid_default,
  admission_policy_default,
  pod_security_default,
  host_network_dns_policy_default,
  image_pinned_default,
  priority_class_default,
  probes_default,
  schema_default,
  api_validation_default,
  api_version_default,
  no_deployment_fields_default,
  node_coverage_default,
  node_fit_default,
  update_strategy_default,
  control_plane_toleration_default,
  hostpath_readonly_default,
  hostport_conflict_default,
  no_replicas_default,
  privileged_justified_default,
  resources_requests_limits_default,
  restart_policy_always_default,
  selector_match_labels_default,
  selector_overlap_default
].sort((a, b) => a.id < b.id ? -1 : 1);

// src/run/speed/v8-tuning.ts
var TUNED_INTERRUPT_BUDGET = 256 * 1024;
var DEFAULT_INTERRUPT_BUDGET = { "11.3": 67584 };
var setFlags;
function allowV8Tuning(setFlagsFromString) {
  setFlags = setFlagsFromString;
}
function raiseInterruptBudget(env = process.env, execArgv = process.execArgv, v8Version = process.versions.v8) {
  const setFlagsFromString = setFlags;
  if (setFlagsFromString === void 0) return void 0;
  const defaultBudget = DEFAULT_INTERRUPT_BUDGET[v8MinorVersion(v8Version)];
  if (defaultBudget === void 0) return void 0;
  if (env.DAEMONLINT_NO_V8_TUNING) return void 0;
  if (execArgv.some((a) => USER_BUDGET.test(a))) return void 0;
  let raised = false;
  const set2 = (on) => {
    if (on === raised) return;
    setFlagsFromString(`--interrupt-budget=${on ? TUNED_INTERRUPT_BUDGET : defaultBudget}`);
    raised = on;
  };
  set2(true);
  return { pause: () => set2(false), resume: () => set2(true), end: () => set2(false) };
}
var USER_BUDGET = /^--interrupt[-_]budget(?:=|$)/;
function v8MinorVersion(version) {
  return version.split(".").slice(0, 2).join(".");
}

// src/yaml/kubernetes-scalars.ts
var PLAIN_RESOLVES_ASCII = new Uint8Array(128);
for (const c of "yYnNtTfFoO~.+-0123456789") PLAIN_RESOLVES_ASCII[c.charCodeAt(0)] = 1;
var EXACT = /* @__PURE__ */ new Map();
for (const [value, kind, spellings] of [
  [true, "bool", "y Y yes Yes YES true True TRUE on On ON"],
  [false, "bool", "n N no No NO false False FALSE off Off OFF"],
  [null, "null", "~ null Null NULL"],
  [Number.NaN, "float", ".nan .NaN .NAN"],
  [Number.POSITIVE_INFINITY, "float", ".inf .Inf .INF +.inf +.Inf +.INF"],
  [Number.NEGATIVE_INFINITY, "float", "-.inf -.Inf -.INF"]
]) {
  for (const spelling of spellings.split(" ")) EXACT.set(spelling, { kind, value });
}
var STRING_KIND = "str";
var INT64_MIN6 = -(2n ** 63n);
var INT64_MAX6 = 2n ** 63n - 1n;
var UINT64_MAX = 2n ** 64n - 1n;
var GO_INTEGER = /^([+-]?)(?:0[xX]([0-9a-fA-F]+)|0[bB]([01]+)|0[oO]([0-7]+)|0([0-7]*)|([1-9][0-9]*))$/;
var YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
var DOT_FLOAT = /^\.[0-9]+(?:_[0-9]+)*(?:[eE][-+]?[0-9]+(?:_[0-9]+)*)?$/;
var SIGNED_BINARY = /^([+-]?)([01]+)$/;
var TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?$/;
function resolvePlain(raw) {
  if (raw.length === 0) return null;
  const c = raw.charCodeAt(0);
  if (c >= 128 || PLAIN_RESOLVES_ASCII[c] === 0) return raw;
  if (raw.length > MAX_CACHED_LENGTH) return resolveImplicit(raw).value;
  const cached = resolved.get(raw);
  if (cached !== void 0 || resolved.has(raw)) return cached;
  const value = resolveImplicit(raw).value;
  if (resolved.size >= MAX_RESOLVED) resolved.clear();
  resolved.set(raw, value);
  return value;
}
var MAX_CACHED_LENGTH = 12;
var MAX_RESOLVED = 4096;
var resolved = /* @__PURE__ */ new Map();
function resolveImplicit(raw) {
  if (raw.length === 0) return { kind: "null", value: null };
  const c = raw.charCodeAt(0);
  if (c >= 128 || PLAIN_RESOLVES_ASCII[c] === 0) return { kind: STRING_KIND, value: raw };
  const exact = EXACT.get(raw);
  if (exact) return exact;
  if (c === 46) {
    if (DOT_FLOAT.test(raw)) {
      const f = Number(raw.replace(/_/g, ""));
      if (Number.isFinite(f)) return { kind: "float", value: f };
    }
    return { kind: STRING_KIND, value: raw };
  }
  if (c >= 48 && c <= 57 || c === 43 || c === 45) return resolveNumber(raw);
  return { kind: STRING_KIND, value: raw };
}
function resolveNumber(raw) {
  if (TIMESTAMP.test(raw)) return { kind: "timestamp", value: raw };
  const plain = raw.indexOf("_") === -1 ? raw : raw.replace(/_/g, "");
  const integer2 = goInteger(plain);
  if (integer2 !== void 0) return integer2;
  if (YAML_STYLE_FLOAT.test(plain)) {
    const f = Number(plain);
    if (Number.isFinite(f)) return { kind: "float", value: f };
  }
  if (plain.startsWith("0b") || plain.startsWith("-0b")) {
    const negative = plain.charCodeAt(0) === 45;
    const rest = plain.slice(negative ? 3 : 2);
    const m = SIGNED_BINARY.exec(rest);
    if (m && !(negative && m[1] !== "")) {
      const minus = negative || m[1] === "-";
      const n = BigInt(`0b${m[2]}`);
      const value = minus ? -n : n;
      if (value >= INT64_MIN6 && value <= INT64_MAX6) return { kind: "int", value: exactInteger(value) };
      if (!minus && value <= UINT64_MAX) return { kind: "uint", value };
    }
  }
  return { kind: STRING_KIND, value: raw };
}
function goInteger(plain) {
  const m = GO_INTEGER.exec(plain);
  if (!m) return void 0;
  const [, sign, hex, bin, oct, legacyOct, dec] = m;
  let magnitude;
  if (dec !== void 0) {
    if (dec.length < 16) {
      const n = Number(dec);
      return { kind: "int", value: sign === "-" ? -n || 0 : n };
    }
    magnitude = BigInt(dec);
  } else if (hex !== void 0) magnitude = BigInt(`0x${hex}`);
  else if (bin !== void 0) magnitude = BigInt(`0b${bin}`);
  else magnitude = BigInt(`0o${oct ?? (legacyOct || "0")}`);
  const value = sign === "-" ? -magnitude : magnitude;
  if (value >= INT64_MIN6 && value <= INT64_MAX6) return { kind: "int", value: exactInteger(value) };
  if (sign === "" && value <= UINT64_MAX) return { kind: "uint", value };
  return void 0;
}
function exactInteger(value) {
  return value >= -MAX_SAFE && value <= MAX_SAFE ? Number(value) : value;
}
var MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
var TagError = class extends Error {
};
var RESOLVABLE = /* @__PURE__ */ new Set(["!!str", "!!bool", "!!int", "!!float", "!!null", "!!timestamp"]);
function shortTag(tag) {
  let t = tag;
  if (t.startsWith("!<") && t.endsWith(">")) t = t.slice(2, -1);
  if (t.startsWith("tag:yaml.org,2002:")) return `!!${t.slice("tag:yaml.org,2002:".length)}`;
  return t;
}
function resolveTagged(tag, text2) {
  const short = shortTag(tag);
  if (short === "!!binary") return decodeBinary(text2);
  if (!RESOLVABLE.has(short) || short === "!!str") return text2;
  const r = resolveImplicit(text2);
  const rtag = r.kind === "str" ? "!!str" : r.kind === "uint" ? "!!int" : `!!${r.kind}`;
  if (rtag === short) return r.kind === "timestamp" ? text2 : r.value;
  if (short === "!!float" && rtag === "!!int") return typeof r.value === "bigint" ? Number(r.value) : r.value;
  throw new TagError(`cannot decode ${rtag} \`${text2}\` as a ${short}`);
}
function decodeBinary(text2) {
  const compact = text2.replace(/[\s]/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw new TagError("!!binary value contains invalid base64 data");
  }
  return Buffer.from(compact, "base64").toString("utf8");
}
var KeyError = class extends Error {
};
function keyFromResolved(r) {
  switch (r.kind) {
    case "str":
    case "timestamp":
      return r.value;
    case "bool":
      return r.value ? "true" : "false";
    case "int":
      return String(r.value);
    case "float":
      return formatFloat32(r.value);
    case "null":
      throw new KeyError("a null key: Kubernetes cannot convert it to JSON (unsupported map key of type: <nil>)");
    case "uint":
      throw new KeyError(`the key ${String(r.value)} is above the int64 range: Kubernetes cannot convert it to JSON (unsupported map key of type: uint64)`);
  }
}
function plainKey(raw) {
  const c = raw.charCodeAt(0);
  if (raw.length > 0 && (c >= 128 || PLAIN_RESOLVES_ASCII[c] === 0)) return raw;
  return keyFromResolved(resolveImplicit(raw));
}
function taggedKey(tag, text2) {
  const value = resolveTagged(tag, text2);
  const short = shortTag(tag);
  if (value === null) return keyFromResolved({ kind: "null", value });
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return keyFromResolved({ kind: "bool", value });
  if (short === "!!float") return keyFromResolved({ kind: "float", value: Number(value) });
  return keyFromResolved(resolveImplicit(text2));
}
function formatFloat32(v) {
  if (Number.isNaN(v)) return ".nan";
  if (v === Number.POSITIVE_INFINITY) return ".inf";
  if (v === Number.NEGATIVE_INFINITY) return "-.inf";
  const f = Math.fround(v);
  if (f === 0) return Object.is(f, -0) ? "-0" : "0";
  let digits = "";
  let exponent = 0;
  for (let p = 1; p <= 9; p++) {
    const s = Math.abs(f).toExponential(p - 1);
    if (Math.fround(Number(s)) === Math.abs(f)) {
      const [mantissa, exp] = s.split("e");
      digits = mantissa.replace(".", "");
      exponent = Number(exp);
      break;
    }
  }
  digits = digits.replace(/0+$/, "") || "0";
  const sign = f < 0 ? "-" : "";
  const eprec = 6;
  if (exponent < -4 || exponent >= eprec) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exponent);
    return `${sign}${mantissa}e${exponent < 0 ? "-" : "+"}${e < 10 ? `0${e}` : e}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  if (digits.length <= exponent + 1) return `${sign}${digits}${"0".repeat(exponent + 1 - digits.length)}`;
  return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}

// src/yaml/fast-reader/chars.ts
var TAB = 9;
var LF = 10;
var SPACE = 32;
var DQUOTE = 34;
var HASH = 35;
var SQUOTE = 39;
var COMMA = 44;
var DASH = 45;
var DOT = 46;
var COLON = 58;
var GT = 62;
var LBRACKET = 91;
var BACKSLASH = 92;
var RBRACKET = 93;
var LBRACE = 123;
var PIPE = 124;
var RBRACE = 125;
var NOT_PLAIN_START = new Uint8Array(128);
for (const c of "#&*!|>'\"%@`,[]{}") NOT_PLAIN_START[c.charCodeAt(0)] = 1;
var PLAIN_START_SIMPLE = new Uint8Array(128);
for (let c = 33; c < 127; c++) PLAIN_START_SIMPLE[c] = 1;
for (const c of "#&*!|>'\"%@`,[]{}-?:") PLAIN_START_SIMPLE[c.charCodeAt(0)] = 0;
var PLAIN_SPECIAL_BLOCK = new Uint8Array(128);
var PLAIN_SPECIAL_FLOW = new Uint8Array(128);
for (let c = 0; c < 32; c++) PLAIN_SPECIAL_BLOCK[c] = PLAIN_SPECIAL_FLOW[c] = 1;
for (const c of " :#\x7F") PLAIN_SPECIAL_BLOCK[c.charCodeAt(0)] = PLAIN_SPECIAL_FLOW[c.charCodeAt(0)] = 1;
for (const c of ",[]{}") PLAIN_SPECIAL_FLOW[c.charCodeAt(0)] = 1;
var SIMPLE_ESCAPE = new Uint8Array(128);
for (const c of '0abt	nvfre "/\\N_LP') SIMPLE_ESCAPE[c.charCodeAt(0)] = 1;

// src/yaml/fast-reader/lines.ts
var BAIL = { bail: true };
var MAX_NESTING = 64;
function bail() {
  throw BAIL;
}
function finite(value) {
  if (typeof value === "number" && !Number.isFinite(value)) bail();
  return value;
}
function isDuplicate(entries, object, key) {
  if (entries.length > 16) return Object.hasOwn(object, key);
  for (let e = 0; e < entries.length; e++) if (entries[e].key === key) return true;
  return false;
}
var LineScanner = class {
  src;
  len;
  base;
  pos = 0;
  lineStart = 0;
  /** Column of the content `pos` stands on after nextContent; -1 at the end of the document or at a marker line. */
  indent = 0;
  /** nextContent stopped at a `---` or `...` line. */
  atMarker = false;
  /** The event builder's `lastEnd`, relative to the chunk: empty items and block scalars are placed by it. */
  lastEnd = 0;
  depth = 0;
  /** The value of the node the last read method returned. */
  value = null;
  /** The key string of the key node the last key read returned. */
  key = "";
  /** The last quoted scalar scanned spans more than one line. */
  multiline = false;
  /** nextContent went past a comment line (which ends a plain scalar's lines). */
  sawComment = false;
  /** Some value read is null (which the engine reads as Go's zero value). */
  nullSeen = false;
  constructor(source, base) {
    this.src = source;
    this.len = source.length;
    this.base = base;
  }
  /**
   * From a line start, skips blank and comment lines to the next content: sets `pos` to its first
   * character, `lineStart`, and `indent` (-1 at the end or at a document marker line).
   */
  nextContent() {
    const src = this.src;
    const len = this.len;
    let p = this.pos;
    this.sawComment = false;
    for (; ; ) {
      const lineStart = p;
      while (p < len && src.charCodeAt(p) === SPACE) p++;
      if (p >= len) break;
      let c = src.charCodeAt(p);
      if (c === TAB) {
        while (p < len && ((c = src.charCodeAt(p)) === SPACE || c === TAB)) p++;
        if (p >= len) break;
        if (c !== LF && c !== HASH) bail();
      }
      if (c === LF) {
        p++;
        continue;
      }
      if (c === HASH) {
        this.sawComment = true;
        p = src.indexOf("\n", p);
        if (p === -1) break;
        p++;
        continue;
      }
      this.pos = p;
      this.lineStart = lineStart;
      if (p === lineStart && (c === DASH || c === DOT) && this.isMarker(p)) {
        this.atMarker = true;
        this.indent = -1;
      } else {
        this.indent = p - lineStart;
      }
      return;
    }
    this.pos = len;
    this.indent = -1;
  }
  isMarker(p) {
    const src = this.src;
    const c = src.charCodeAt(p);
    if (src.charCodeAt(p + 1) !== c || src.charCodeAt(p + 2) !== c) return false;
    const after = src.charCodeAt(p + 3);
    return p + 3 >= this.len || after === SPACE || after === LF || after === TAB;
  }
  /** After a node: only spaces and a comment may end the line. Then moves to the next content. */
  finishLine() {
    const src = this.src;
    const len = this.len;
    let p = this.pos;
    while (p < len && src.charCodeAt(p) === SPACE) p++;
    if (p < len) {
      const c = src.charCodeAt(p);
      if (c === HASH) {
        if (src.charCodeAt(p - 1) !== SPACE) bail();
        p = src.indexOf("\n", p);
        p = p === -1 ? len : p + 1;
      } else if (c === LF) {
        p++;
      } else {
        bail();
      }
    }
    this.pos = p;
    this.nextContent();
  }
  /** `-` followed by white space or the end: a block sequence entry. */
  isSequenceEntry(p) {
    const src = this.src;
    if (src.charCodeAt(p) !== DASH) return false;
    if (p + 1 >= this.len) return true;
    const next = src.charCodeAt(p + 1);
    if (next === TAB) bail();
    return next === SPACE || next === LF;
  }
  /** Skips spaces on the current line from `p`; a tab there is left to the full parser. */
  skipSpaces(p) {
    const src = this.src;
    const len = this.len;
    while (p < len) {
      const c = src.charCodeAt(p);
      if (c === SPACE) p++;
      else if (c === TAB) bail();
      else break;
    }
    return p;
  }
  scalar(start, end, style) {
    const base = this.base;
    if (end > this.lastEnd) this.lastEnd = end;
    return { kind: "scalar", start: start + base, end: end + base, propsStart: start + base, style, empty: false };
  }
};

// src/yaml/scalar-text.ts
function indexOfBlockIndicator(source, from, to) {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c === 124 || c === 62) return i;
    if (c === 35 && (i === 0 || isWhite(source.charCodeAt(i - 1)))) {
      const nl = source.indexOf("\n", i);
      if (nl === -1 || nl >= to) return -1;
      i = nl;
    }
  }
  return -1;
}
function isWhite(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function trimTrailingBreaks(source, start, end) {
  let e = end;
  while (e > start) {
    const c = source.charCodeAt(e - 1);
    if (c === 10 || c === 13 || c === 32 || c === 9) e--;
    else break;
  }
  return e;
}
function scalarEvent(valueStart, valueEnd, style, chomping, indent) {
  return {
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart: -1,
    anchorEnd: -1,
    tagStart: -1,
    tagEnd: -1,
    style,
    chomping,
    indent,
    fast: false
  };
}

// src/yaml/fast-reader/scalars.ts
var ScalarScanner = class extends LineScanner {
  /** Refuses what cannot start a plain scalar here (an indicator), and what we do not read as one. */
  checkPlainStart(p, inFlow) {
    const src = this.src;
    const c = src.charCodeAt(p);
    if (p >= this.len) bail();
    if (c < 128) {
      if (NOT_PLAIN_START[c] === 1 || c <= SPACE || c === 127) bail();
      if (c === DASH || c === 63 || c === COLON) {
        const next = src.charCodeAt(p + 1);
        if (p + 1 >= this.len || next === SPACE || next === LF || next === TAB) bail();
        if (inFlow && (next === COMMA || next === LBRACKET || next === RBRACKET || next === LBRACE || next === RBRACE)) bail();
      }
    }
  }
  /**
   * Scans one line of a plain scalar in block context from `start`: stops at `: `, ` #` or the
   * line end, leaving `pos` there. Returns the end of its text (trailing spaces excluded).
   */
  plainBlock(start) {
    const src = this.src;
    const len = this.len;
    let p = start;
    let end = start;
    while (p < len) {
      const c = src.charCodeAt(p);
      if (c < 128) {
        if (PLAIN_SPECIAL_BLOCK[c] === 0) {
          end = ++p;
          continue;
        }
        if (c === SPACE) {
          p++;
          continue;
        }
        if (c === COLON) {
          const next = src.charCodeAt(p + 1);
          if (p + 1 >= len || next === SPACE || next === LF) break;
          if (next === TAB) bail();
          end = ++p;
          continue;
        }
        if (c === HASH) {
          if (src.charCodeAt(p - 1) === SPACE) break;
          end = ++p;
          continue;
        }
        if (c === LF) break;
        bail();
      }
      p = this.nonAscii(p);
      end = p;
    }
    this.pos = p;
    return end;
  }
  /**
   * A plain scalar value in block context whose first line was scanned to `end`; reads the lines
   * it goes on over as js-yaml does (a next non-blank line indented at least `nodeIndent`, unless
   * a comment line comes first), sets `value`, and ends at the next content line.
   */
  plainValueNode(start, end, nodeIndent) {
    const src = this.src;
    let multiline = false;
    let open = this.pos >= this.len || src.charCodeAt(this.pos) === LF;
    this.finishLine();
    while (open && !this.sawComment && this.indent >= nodeIndent) {
      multiline = true;
      const lineEnd2 = this.plainBlock(this.pos);
      if (lineEnd2 > end) end = lineEnd2;
      open = this.pos >= this.len || src.charCodeAt(this.pos) === LF;
      this.finishLine();
    }
    const node = this.scalar(start, end, SCALAR_STYLE.PLAIN);
    const raw = multiline ? getScalarValue(src, scalarEvent(start, end, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1)) : src.slice(start, end);
    const c = src.charCodeAt(start);
    this.value = c < 128 && PLAIN_RESOLVES_ASCII[c] === 0 ? raw : finite(resolvePlain(raw));
    return node;
  }
  /** The same in flow context, where `,[]{}` also end the scalar. */
  plainFlow(start, nodeIndent) {
    const src = this.src;
    const len = this.len;
    let p = start;
    let end = start;
    while (p < len) {
      const c = src.charCodeAt(p);
      if (c < 128) {
        if (PLAIN_SPECIAL_FLOW[c] === 0) {
          end = ++p;
          continue;
        }
        if (c === SPACE) {
          p++;
          continue;
        }
        if (c === COLON) {
          const next = src.charCodeAt(p + 1);
          if (p + 1 >= len || next === SPACE || next === LF || next === COMMA || next === LBRACKET || next === RBRACKET || next === LBRACE || next === RBRACE) break;
          if (next === TAB) bail();
          end = ++p;
          continue;
        }
        if (c === HASH) {
          if (src.charCodeAt(p - 1) === SPACE) break;
          end = ++p;
          continue;
        }
        if (c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE) break;
        if (c === LF) {
          this.checkNoPlainContinuation(p, nodeIndent);
          break;
        }
        bail();
      }
      p = this.nonAscii(p);
      end = p;
    }
    this.pos = p;
    return end;
  }
  /**
   * A plain scalar in a flow collection goes on over the line break when the next non-blank line
   * is indented enough and starts with scalar text; we leave such multi-line scalars to js-yaml.
   */
  checkNoPlainContinuation(lf, nodeIndent) {
    const src = this.src;
    const len = this.len;
    let p = lf;
    while (p < len && src.charCodeAt(p) === LF) {
      const lineStart = ++p;
      while (p < len && src.charCodeAt(p) === SPACE) p++;
      if (p >= len) return;
      const c = src.charCodeAt(p);
      if (c === LF) continue;
      if (c === TAB) bail();
      if (c === HASH || p - lineStart < nodeIndent) return;
      if (c === COMMA || c === RBRACKET || c === RBRACE) return;
      bail();
    }
  }
  /** Checks one non-ASCII character of a plain or block scalar as js-yaml's printable test does; returns the next position. */
  nonAscii(p) {
    const src = this.src;
    const c = src.charCodeAt(p);
    if (c <= 159 || c >= 65534) bail();
    if (c >= 55296 && c <= 57343) {
      const next = src.charCodeAt(p + 1);
      if (c > 56319 || !(next >= 56320 && next <= 57343)) bail();
      return p + 2;
    }
    return p + 1;
  }
  /**
   * A double-quoted scalar at `pos`; sets `value` (and `key` for a key). It may go on over line
   * breaks when `nodeIndent` >= 0 (not for keys), whose lines must be indented that far.
   */
  doubleQuoted(isKey, nodeIndent) {
    const src = this.src;
    const len = this.len;
    const start = this.pos + 1;
    let p = start;
    let simple = true;
    this.multiline = false;
    for (; ; ) {
      if (p >= len) bail();
      const c = src.charCodeAt(p);
      if (c === DQUOTE) break;
      if (c === BACKSLASH) {
        simple = false;
        const e = src.charCodeAt(p + 1);
        if (e < 128 && SIMPLE_ESCAPE[e] === 1) {
          p += 2;
          continue;
        }
        if (e === LF) {
          p = this.quotedLineBreak(p + 1, nodeIndent);
          continue;
        }
        const digits = e === 120 ? 2 : e === 117 ? 4 : e === 85 ? 8 : 0;
        if (digits === 0) bail();
        for (let k = 2; k < 2 + digits; k++) {
          const h = src.charCodeAt(p + k);
          if (!(h >= 48 && h <= 57 || (h | 32) >= 97 && (h | 32) <= 102)) bail();
        }
        p += 2 + digits;
        continue;
      }
      if (c === LF) {
        simple = false;
        p = this.quotedLineBreak(p, nodeIndent);
        continue;
      }
      if (c < SPACE && c !== TAB) bail();
      p++;
    }
    const end = p;
    this.pos = p + 1;
    const node = this.scalar(start - 1, end + 1, SCALAR_STYLE.DOUBLE_QUOTED);
    this.value = simple ? src.slice(start, end) : getScalarValue(src, scalarEvent(start, end, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1));
    if (isKey) this.key = this.value;
    return node;
  }
  /** A single-quoted scalar at `pos`, on one line or (`nodeIndent` >= 0) several. */
  singleQuoted(isKey, nodeIndent) {
    const src = this.src;
    const len = this.len;
    const start = this.pos + 1;
    let p = start;
    let simple = true;
    this.multiline = false;
    for (; ; ) {
      if (p >= len) bail();
      const c = src.charCodeAt(p);
      if (c === SQUOTE) {
        if (src.charCodeAt(p + 1) === SQUOTE) {
          simple = false;
          p += 2;
          continue;
        }
        break;
      }
      if (c === LF) {
        simple = false;
        p = this.quotedLineBreak(p, nodeIndent);
        continue;
      }
      if (c < SPACE && c !== TAB) bail();
      p++;
    }
    const end = p;
    this.pos = p + 1;
    const node = this.scalar(start - 1, end + 1, SCALAR_STYLE.SINGLE_QUOTED);
    if (simple) this.value = src.slice(start, end);
    else this.value = getScalarValue(src, scalarEvent(start, end, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1));
    if (isKey) this.key = this.value;
    return node;
  }
  /**
   * A line break inside a quoted scalar, at `lf`: js-yaml skips blank lines and wants the next
   * line indented at least `nodeIndent`. Returns where the scalar's text goes on.
   */
  quotedLineBreak(lf, nodeIndent) {
    if (nodeIndent < 0) bail();
    this.multiline = true;
    const src = this.src;
    const len = this.len;
    let p = lf;
    for (; ; ) {
      const lineStart = ++p;
      while (p < len && src.charCodeAt(p) === SPACE) p++;
      if (p >= len) bail();
      const c = src.charCodeAt(p);
      if (c === LF) continue;
      if (c === TAB) bail();
      if (p - lineStart < nodeIndent || p === lineStart) bail();
      return p;
    }
  }
  /**
   * A block scalar at its `|` or `>`, read line by line as js-yaml's readBlockScalar does (same
   * indentation detection and the same refusals), its text decoded by js-yaml itself.
   */
  blockScalar(parentIndent) {
    const src = this.src;
    const len = this.len;
    let p = this.pos;
    const style = src.charCodeAt(p) === PIPE ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
    p++;
    let chomping = CHOMPING_MODE.CLIP;
    let indent = -1;
    let detected = false;
    while (p < len) {
      const c = src.charCodeAt(p);
      if (c === 43 || c === DASH) {
        if (chomping !== CHOMPING_MODE.CLIP) bail();
        chomping = c === DASH ? CHOMPING_MODE.STRIP : CHOMPING_MODE.KEEP;
        p++;
      } else if (c >= 48 && c <= 57) {
        if (c === 48 || detected) bail();
        indent = parentIndent + (c - 48) - 1;
        detected = true;
        p++;
      } else break;
    }
    let hadWhitespace = false;
    while (p < len && (src.charCodeAt(p) === SPACE || src.charCodeAt(p) === TAB)) {
      hadWhitespace = true;
      p++;
    }
    if (hadWhitespace && src.charCodeAt(p) === HASH) {
      while (p < len && src.charCodeAt(p) !== LF) p++;
    }
    if (p < len) {
      if (src.charCodeAt(p) !== LF) bail();
      p++;
    }
    let contentIndent = detected ? indent : -1;
    let maxLeadingIndent = 0;
    const valueStart = p;
    let valueEnd = p;
    while (p < len) {
      const linePosition = p;
      let column2 = 0;
      while (linePosition + column2 < len && src.charCodeAt(linePosition + column2) === SPACE) column2++;
      if (linePosition + column2 >= len) {
        if (contentIndent >= 0) {
          if (column2 > contentIndent) valueEnd = linePosition + column2;
        } else if (column2 > 0) valueEnd = linePosition + column2;
        break;
      }
      const first = src.charCodeAt(linePosition + column2);
      if (column2 === 0 && (first === DASH || first === DOT) && this.isMarker(linePosition)) break;
      const blank = first === LF;
      if (!detected && contentIndent === -1) {
        if (blank) maxLeadingIndent = Math.max(maxLeadingIndent, column2);
        else {
          if (first === TAB && column2 < parentIndent) bail();
          if (column2 >= parentIndent && column2 < maxLeadingIndent) bail();
        }
      }
      if (contentIndent === -1 && !blank && column2 < parentIndent) break;
      if (!detected && !blank && contentIndent === -1) contentIndent = column2;
      const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
      if (!blank && column2 < requiredIndent) break;
      let q = linePosition + column2;
      while (q < len) {
        const c = src.charCodeAt(q);
        if (c === LF) break;
        if (c < SPACE ? c !== TAB : c >= 127) {
          if (c < 127) bail();
          q = this.nonAscii(q);
        } else q++;
      }
      valueEnd = q;
      if (q < len) valueEnd = ++q;
      p = q;
    }
    const value = getScalarValue(src, scalarEvent(valueStart, valueEnd, style, chomping, contentIndent));
    const indicator = indexOfBlockIndicator(src, Math.max(this.lastEnd, 0), valueStart);
    const start = indicator !== -1 ? indicator : valueStart;
    const node = this.scalar(start, trimTrailingBreaks(src, start, valueEnd), style);
    this.value = value;
    this.pos = p < len ? p : len;
    this.nextContent();
    return node;
  }
};

// src/yaml/fast-reader/flow.ts
var FlowScanner = class extends ScalarScanner {
  /** A flow collection at `pos`; lines inside it must be indented at least `nodeIndent`. Leaves `pos` after its bracket. */
  flowCollection(nodeIndent) {
    if (++this.depth > MAX_NESTING) bail();
    const src = this.src;
    const base = this.base;
    const start = this.pos;
    const isMapping3 = src.charCodeAt(start) === LBRACE;
    const terminator = isMapping3 ? RBRACE : RBRACKET;
    const object = isMapping3 ? {} : void 0;
    const entries = [];
    const items = [];
    const values = [];
    this.lastEnd = start + 1;
    this.pos = start + 1;
    let readNext = true;
    for (; ; ) {
      this.flowSpace(nodeIndent);
      if (this.pos >= this.len) bail();
      const c = src.charCodeAt(this.pos);
      if (c === terminator) {
        this.pos++;
        break;
      }
      if (!readNext || c === COMMA) bail();
      if (object !== void 0) {
        const keyNode = this.flowKey(nodeIndent);
        const key = this.key;
        if (key === "__proto__" || isDuplicate(entries, object, key)) bail();
        const p = this.skipSpaces(this.pos);
        if (src.charCodeAt(p) !== COLON) bail();
        this.pos = p + 1;
        this.flowSpace(nodeIndent);
        const value = this.flowNode(nodeIndent);
        entries.push({ key, keyNode, value });
        object[key] = this.value;
        if (this.value === null) this.nullSeen = true;
      } else {
        items.push(this.flowNode(nodeIndent));
        values.push(this.value);
        if (this.value === null) this.nullSeen = true;
      }
      this.flowSpace(nodeIndent);
      if (src.charCodeAt(this.pos) === COMMA) {
        readNext = true;
        this.pos++;
      } else readNext = false;
    }
    const end = this.pos + base;
    this.lastEnd = this.pos;
    this.value = object ?? values;
    this.depth--;
    if (isMapping3) return { kind: "mapping", start: start + base, end, propsStart: start + base, flow: true, entries, merges: [] };
    return { kind: "sequence", start: start + base, end, propsStart: start + base, flow: true, items };
  }
  /** Skips white space, comments and line breaks inside a flow collection, as skipFlowSeparationSpace does. */
  flowSpace(nodeIndent) {
    const src = this.src;
    const len = this.len;
    let p = this.pos;
    let separated = p === this.lineStart || src.charCodeAt(p - 1) === SPACE || src.charCodeAt(p - 1) === LF;
    let crossed = false;
    let lineIndent = 0;
    while (p < len) {
      const c = src.charCodeAt(p);
      if (c === SPACE) {
        p++;
        separated = true;
      } else if (c === HASH && separated) {
        p = src.indexOf("\n", p);
        if (p === -1) p = len;
      } else if (c === LF) {
        p++;
        this.lineStart = p;
        crossed = true;
        separated = true;
        lineIndent = 0;
        while (p < len && src.charCodeAt(p) === SPACE) {
          p++;
          lineIndent++;
        }
      } else if (c === TAB) {
        bail();
      } else break;
    }
    this.pos = p;
    if (crossed) {
      if (lineIndent < nodeIndent) bail();
      if (lineIndent === 0 && p < len && this.isMarker(p)) bail();
    }
  }
  flowKey(nodeIndent) {
    const src = this.src;
    const start = this.pos;
    const c = src.charCodeAt(start);
    if (c === DQUOTE) return this.doubleQuoted(true, -1);
    if (c === SQUOTE) return this.singleQuoted(true, -1);
    this.checkPlainStart(start, true);
    const end = this.plainFlow(start, nodeIndent);
    if (src.charCodeAt(this.pos) !== COLON) bail();
    const raw = src.slice(start, end);
    if (raw === "<<") bail();
    this.key = plainKey(raw);
    return this.scalar(start, end, SCALAR_STYLE.PLAIN);
  }
  /** An entry of a flow collection (or a flow mapping's value); an empty one is left to js-yaml. */
  flowNode(nodeIndent) {
    const src = this.src;
    const start = this.pos;
    const c = src.charCodeAt(start);
    if (c === LBRACKET || c === LBRACE) return this.flowCollection(nodeIndent);
    if (c === DQUOTE) return this.doubleQuoted(false, nodeIndent);
    if (c === SQUOTE) return this.singleQuoted(false, nodeIndent);
    this.checkPlainStart(start, true);
    const end = this.plainFlow(start, nodeIndent);
    this.value = finite(resolvePlain(src.slice(start, end)));
    return this.scalar(start, end, SCALAR_STYLE.PLAIN);
  }
};

// src/yaml/fast-reader/block.ts
var BlockReader = class extends FlowScanner {
  document() {
    const src = this.src;
    if (src.charCodeAt(0) === 65279) this.pos = this.lineStart = 1;
    const firstLine = this.pos;
    this.nextContent();
    if (this.lineStart === firstLine && this.pos > firstLine) bail();
    if (this.indent === -1) {
      if (!this.atMarker || this.src.charCodeAt(this.pos) !== DASH) bail();
      this.atMarker = false;
      this.pos += 3;
      this.finishLine();
      if (this.indent === -1) bail();
    } else if (src.charCodeAt(this.pos) === 37) {
      bail();
    }
    const r = this.indent;
    const c = src.charCodeAt(this.pos);
    let root;
    if (this.isSequenceEntry(this.pos)) root = this.blockSequence(r);
    else if (c === LBRACKET || c === LBRACE) {
      root = this.flowCollection(r);
      this.finishLine();
    } else root = this.blockMapping(r);
    const value = this.value;
    if (this.indent !== -1) bail();
    if (this.atMarker) {
      if (src.charCodeAt(this.pos) !== DOT) bail();
      this.atMarker = false;
      this.pos += 3;
      this.finishLine();
      if (this.indent !== -1 || this.atMarker) bail();
    }
    return this.nullSeen ? { root, value, hasNull: true } : { root, value };
  }
  /** A block mapping whose first key is at `pos`, in column `m`. Ends at the next content line. */
  blockMapping(m) {
    if (++this.depth > MAX_NESTING) bail();
    const src = this.src;
    const len = this.len;
    const base = this.base;
    const start = this.pos;
    const entries = [];
    const object = {};
    this.lastEnd = start + 1;
    for (; ; ) {
      const keyStart = this.pos;
      const k = src.charCodeAt(keyStart);
      let keyNode;
      let key;
      let colon;
      if (k === DQUOTE || k === SQUOTE) {
        keyNode = k === DQUOTE ? this.doubleQuoted(true, -1) : this.singleQuoted(true, -1);
        key = this.key;
        colon = this.skipSpaces(this.pos);
        if (src.charCodeAt(colon) !== COLON) bail();
      } else {
        if (k >= 128 || PLAIN_START_SIMPLE[k] !== 1) this.checkPlainStart(keyStart, false);
        const keyEnd = this.plainBlock(keyStart);
        colon = this.pos;
        if (src.charCodeAt(colon) !== COLON) bail();
        const raw = src.slice(keyStart, keyEnd);
        if (k === 60 && raw === "<<") bail();
        key = k < 128 && PLAIN_RESOLVES_ASCII[k] === 0 ? raw : plainKey(raw);
        keyNode = this.scalar(keyStart, keyEnd, SCALAR_STYLE.PLAIN);
      }
      const after = src.charCodeAt(colon + 1);
      if (colon + 1 < len && after !== SPACE && after !== LF) bail();
      if (key === "__proto__") bail();
      if (isDuplicate(entries, object, key)) bail();
      let value;
      let p = colon + 1;
      while (p < len && src.charCodeAt(p) === SPACE) p++;
      const c = src.charCodeAt(p);
      if (c === TAB) bail();
      if (p >= len || c === LF || c === HASH && src.charCodeAt(p - 1) === SPACE) {
        this.pos = p;
        this.finishLine();
        const i2 = this.indent;
        if (i2 > m) value = this.nodeOnOwnLine(i2, m + 1);
        else if (i2 === m && this.isSequenceEntry(this.pos)) value = this.blockSequence(m);
        else {
          const at2 = colon + 1 + base;
          value = { kind: "scalar", start: at2, end: at2, propsStart: at2, style: SCALAR_STYLE.PLAIN, empty: true };
          this.value = null;
        }
      } else {
        this.pos = p;
        if (c < 128 && PLAIN_START_SIMPLE[c] === 1) value = this.plainValueNode(p, this.plainBlock(p), m + 1);
        else value = this.inlineValue(m + 1);
      }
      entries.push({ key, keyNode, value });
      object[key] = this.value;
      if (this.value === null) this.nullSeen = true;
      const i = this.indent;
      if (i === m) continue;
      if (i > m) bail();
      break;
    }
    let end = start + base;
    for (let e = 0; e < entries.length; e++) end = Math.max(end, entries[e].value.end, entries[e].keyNode.end);
    this.lastEnd = end - base;
    this.value = object;
    this.depth--;
    return { kind: "mapping", start: start + base, end, propsStart: start + base, flow: false, entries, merges: [] };
  }
  /** A block sequence whose first `-` is at `pos`, in column `s`. */
  blockSequence(s) {
    if (++this.depth > MAX_NESTING) bail();
    const src = this.src;
    const len = this.len;
    const base = this.base;
    const start = this.pos;
    const items = [];
    const values = [];
    this.lastEnd = start + 1;
    for (; ; ) {
      let p = this.pos + 1;
      while (p < len && src.charCodeAt(p) === SPACE) p++;
      const c = src.charCodeAt(p);
      if (c === TAB) bail();
      let item;
      if (p >= len || c === LF || c === HASH && src.charCodeAt(p - 1) === SPACE) {
        this.pos = p;
        this.finishLine();
        const i2 = this.indent;
        if (i2 > s) item = this.nodeOnOwnLine(i2, s + 1);
        else {
          const at2 = this.lastEnd + base;
          item = { kind: "scalar", start: at2, end: at2, propsStart: at2, style: SCALAR_STYLE.PLAIN, empty: true };
          this.value = null;
        }
      } else {
        this.pos = p;
        item = this.sequenceItem(p - this.lineStart, s + 1);
      }
      items.push(item);
      values.push(this.value);
      if (this.value === null) this.nullSeen = true;
      const i = this.indent;
      if (i === s && this.isSequenceEntry(this.pos)) continue;
      if (i > s) bail();
      break;
    }
    this.value = values;
    const end = items[items.length - 1].end;
    this.lastEnd = end - base;
    this.depth--;
    return { kind: "sequence", start: start + base, end, propsStart: start + base, flow: false, items };
  }
  /** A sequence item that starts on its `-` line, at `pos` in column `col`. */
  sequenceItem(col, flowIndent) {
    const src = this.src;
    const start = this.pos;
    const c = src.charCodeAt(start);
    if (c === DASH && this.isSequenceEntry(start)) return this.blockSequence(col);
    if (c === DQUOTE || c === SQUOTE) {
      const node = c === DQUOTE ? this.doubleQuoted(false, flowIndent) : this.singleQuoted(false, flowIndent);
      const p = this.skipSpaces(this.pos);
      if (src.charCodeAt(p) === COLON) {
        if (this.multiline) bail();
        this.pos = start;
        return this.blockMapping(col);
      }
      this.finishLine();
      return node;
    }
    if (c === PIPE || c === GT || c === LBRACKET || c === LBRACE) return this.inlineValue(flowIndent);
    if (c >= 128 || PLAIN_START_SIMPLE[c] !== 1) this.checkPlainStart(start, false);
    const end = this.plainBlock(start);
    if (src.charCodeAt(this.pos) === COLON) {
      this.pos = start;
      return this.blockMapping(col);
    }
    return this.plainValueNode(start, end, flowIndent);
  }
  /** The value of a key, or an item, that starts on a later line than its key or `-`, in column `i`. */
  nodeOnOwnLine(i, flowIndent) {
    const c = this.src.charCodeAt(this.pos);
    if (c === DASH && this.isSequenceEntry(this.pos)) return this.blockSequence(i);
    if (c === LBRACKET || c === LBRACE) {
      const node = this.flowCollection(flowIndent);
      this.finishLine();
      return node;
    }
    return this.blockMapping(i);
  }
  /** A node after `key: ` on the key's line; `flowIndent` is the parent's column plus one. */
  inlineValue(flowIndent) {
    const start = this.pos;
    const c = this.src.charCodeAt(start);
    let node;
    if (c === PIPE || c === GT) return this.blockScalar(flowIndent);
    if (c === DQUOTE) node = this.doubleQuoted(false, flowIndent);
    else if (c === SQUOTE) node = this.singleQuoted(false, flowIndent);
    else if (c === LBRACKET || c === LBRACE) node = this.flowCollection(flowIndent);
    else {
      if (c >= 128 || PLAIN_START_SIMPLE[c] !== 1) this.checkPlainStart(start, false);
      return this.plainValueNode(start, this.plainBlock(start), flowIndent);
    }
    this.finishLine();
    return node;
  }
};

// src/yaml/fast-reader/index.ts
var UNSUPPORTED = /* @__PURE__ */ Symbol("fast reader: unsupported");
function readDocumentFast(source, base) {
  if (source.indexOf("\r") !== -1 || source.indexOf("\0") !== -1 || source.indexOf("\uFEFF", 1) !== -1) return UNSUPPORTED;
  try {
    return new BlockReader(source, base).document();
  } catch (error) {
    if (error === BAIL || error instanceof KeyError) return UNSUPPORTED;
    throw error;
  }
}

// src/yaml/source-node.ts
function blockEnd(node) {
  if (node.kind === "sequence") return node.items.length ? node.items[node.items.length - 1].end : void 0;
  let end;
  for (const entry of node.entries) end = Math.max(end ?? 0, entry.value.end, entry.keyNode.end);
  for (const merged of node.merges) end = Math.max(end ?? 0, merged.value.end);
  return end;
}
function resolveAlias(node) {
  let n = node;
  for (let hops = 0; n?.kind === "alias" && hops < 64; hops++) n = n.target;
  return n;
}
function findEntry(mapping, key) {
  const { entries, merges } = mapping;
  let m = merges.length - 1;
  for (let i = entries.length - 1; i >= -1; i--) {
    for (; m >= 0 && merges[m].at > i; m--) {
      for (const source of merges[m].sources) {
        const target = resolveAlias(source);
        const found = target?.kind === "mapping" ? findEntry(target, key) : void 0;
        if (found) return found;
      }
    }
    if (i >= 0 && entries[i].key === key) return entries[i];
  }
  return void 0;
}
function locate(root, path2) {
  let value = root;
  let key;
  let depth = 0;
  let viaAlias = false;
  for (const segment of path2) {
    const node = resolveAlias(value);
    if (node === void 0) break;
    if (node !== value) viaAlias = true;
    if (node.kind === "mapping" && typeof segment === "string") {
      const entry = findEntry(node, segment);
      if (!entry) break;
      if (!node.entries.includes(entry)) viaAlias = true;
      key = entry.keyNode;
      value = entry.value;
    } else if (node.kind === "sequence" && typeof segment === "number" && segment >= 0 && segment < node.items.length) {
      key = void 0;
      value = node.items[segment];
    } else {
      break;
    }
    depth++;
  }
  if (depth === path2.length && resolveAlias(value) !== value) viaAlias = true;
  return { key, value, exact: depth === path2.length, depth, viaAlias };
}
function forEachScalar(root, visit2) {
  const stack = root ? [root] : [];
  for (let node = stack.pop(); node !== void 0; node = stack.pop()) {
    if (node.kind === "scalar") {
      if (!node.empty) visit2(node);
    } else if (node.kind === "sequence") {
      for (const item of node.items) stack.push(item);
    } else if (node.kind === "mapping") {
      for (const entry of node.entries) stack.push(entry.keyNode, entry.value);
      for (const merge2 of node.merges) stack.push(merge2.keyNode, merge2.value);
    }
  }
}

// src/yaml/tree-builder.ts
var ReadingError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var MAX_NESTING2 = 200;
var MAX_EXPANDED_NODES = 1e5;
function nestingError(offset) {
  return new ReadingError(`collections are nested more than ${MAX_NESTING2} levels deep; no manifest needs that many`, offset);
}
function scalarRead(text2, plain, tag, offset) {
  let value;
  try {
    value = tag !== null ? resolveTagged(tag, text2) : plain ? resolvePlain(text2) : text2;
  } catch (error) {
    if (error instanceof TagError) throw new ReadingError(error.message, offset);
    throw error;
  }
  return {
    value,
    key: () => tag !== null ? taggedKey(tag, text2) : plain ? plainKey(text2) : text2,
    merge: text2 === "<<" && (tag === null ? plain : shortTag(tag) === "!!merge")
  };
}
var TreeBuilder = class {
  documents = [];
  anchors = /* @__PURE__ */ new Map();
  stack = [];
  expanded = 0;
  duplicates;
  hasNull = false;
  started = 0;
  beginDocument() {
    this.anchors.clear();
    this.expanded = 0;
    this.duplicates = void 0;
    this.hasNull = false;
    this.started = this.documents.length;
  }
  /** Ends a document; one that attached nothing has no root. */
  endDocument() {
    if (this.documents.length === this.started) this.documents.push({ root: null, value: null });
  }
  result() {
    return this.documents;
  }
  openCollection(node, anchor) {
    if (this.stack.length >= MAX_NESTING2) throw nestingError(node.start);
    const value = node.kind === "mapping" ? {} : [];
    if (anchor !== null) this.anchors.set(anchor, { node, value, size: 1, open: true });
    this.stack.push({ node, value, anchor, size: 1, pending: null });
  }
  closeCollection() {
    const frame = this.stack.pop();
    if (frame.pending !== null) throw new Error("a mapping closed with a key and no value");
    if (frame.anchor !== null) {
      const anchor = this.anchors.get(frame.anchor);
      if (anchor && anchor.node === frame.node) {
        anchor.open = false;
        anchor.size = frame.size;
      }
    }
    this.expanded += 1;
    this.attach(frame.node, frame.size, frame.value, void 0);
    return frame.node;
  }
  scalar(node, read, anchor) {
    if (anchor !== null) this.anchors.set(anchor, { node, value: read.value, size: 1, open: false, scalar: read });
    this.expanded += 1;
    this.attach(node, 1, read.value, read);
  }
  alias(node, name) {
    const anchor = this.anchors.get(name);
    if (!anchor) throw new ReadingError(`unknown anchor '${name}' referenced`, node.start);
    if (anchor.open) throw new ReadingError(`anchor '${name}' value contains itself`, node.start);
    node.target = anchor.node;
    this.expanded += anchor.size;
    if (this.expanded > MAX_EXPANDED_NODES) {
      throw new ReadingError(`aliases expand this document past ${MAX_EXPANDED_NODES} nodes; an alias bomb is not a manifest`, node.start);
    }
    this.attach(node, anchor.size, anchor.value, anchor.scalar, anchor.node);
  }
  attach(node, size, value, scalar, target = node) {
    const frame = this.stack[this.stack.length - 1];
    if (!frame) {
      checkFinite(value, node);
      const document = { root: node, value };
      if (this.duplicates) document.duplicates = this.duplicates;
      if (this.hasNull) document.hasNull = true;
      this.documents.push(document);
      return;
    }
    frame.size += size;
    if (frame.node.kind === "sequence") {
      if (value === null) this.hasNull = true;
      checkFinite(value, node);
      frame.node.items.push(node);
      frame.value.push(value);
      return;
    }
    if (frame.pending === null) {
      frame.pending = this.keyOf(node, scalar, target);
      return;
    }
    const pending = frame.pending;
    frame.pending = null;
    const mapping = frame.node;
    const object = frame.value;
    if ("merge" in pending) {
      mapping.merges.push({ at: mapping.entries.length, keyNode: pending.keyNode, value: node, sources: mergeSources(target) });
      merge(object, value, node);
      return;
    }
    checkFinite(value, node);
    if (value === null) this.hasNull = true;
    const { key, keyNode } = pending;
    const earlier = findExplicit(mapping, key);
    if (earlier) (this.duplicates ??= []).push({ key, offset: keyNode.start, first: earlier.keyNode.start });
    mapping.entries.push({ key, keyNode, value: node });
    set(object, key, value);
  }
  keyOf(node, scalar, target) {
    if (target.kind === "mapping" || target.kind === "sequence" || !scalar) {
      throw new ReadingError("a mapping or list as a key: Kubernetes cannot convert it to JSON (invalid map key)", node.start);
    }
    if (scalar.merge && node === target) return { keyNode: node, merge: true };
    try {
      return { keyNode: node, key: scalar.key() };
    } catch (error) {
      if (error instanceof KeyError) throw new ReadingError(error.message, node.start);
      throw error;
    }
  }
};
function findExplicit(mapping, key) {
  const entries = mapping.entries;
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i].key === key) return entries[i];
  return void 0;
}
function mergeSources(node) {
  return node.kind === "sequence" ? node.items : [node];
}
function isMapping2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function merge(into, value, node) {
  const sources = Array.isArray(value) ? value : [value];
  if (!sources.every(isMapping2)) {
    throw new ReadingError("map merge requires map or sequence of maps as the value", node.start);
  }
  for (let i = sources.length - 1; i >= 0; i--) {
    const source = sources[i];
    for (const key of Object.keys(source)) set(into, key, source[key]);
  }
}
function set(object, key, value) {
  if (key === "__proto__") Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}
function checkFinite(value, node) {
  if (typeof value !== "number" || Number.isFinite(value)) return;
  const go = Number.isNaN(value) ? "NaN" : value > 0 ? "+Inf" : "-Inf";
  throw new ReadingError(
    `${Number.isNaN(value) ? "NaN" : "infinity"} cannot be converted to JSON: Kubernetes rejects the document (json: unsupported value: ${go})`,
    node.start
  );
}

// src/yaml/event-reader.ts
function buildDocuments(events, source, base) {
  const builder = new TreeBuilder();
  let lastEnd = 0;
  let pendingEmptyKey = null;
  const anchorName = (e) => e.anchorStart === -1 ? null : source.slice(e.anchorStart, e.anchorEnd);
  const propsStart = (e, start) => {
    let p = start;
    if (e.anchorStart !== -1) p = Math.min(p, e.anchorStart - 1 + base);
    if (e.tagStart !== -1) p = Math.min(p, e.tagStart + base);
    return p;
  };
  const placeEmpty = (node) => {
    if (pendingEmptyKey === null || node.kind !== "scalar" || !node.empty) return;
    const colon = source.indexOf(":", pendingEmptyKey.end - base);
    if (colon !== -1) node.start = node.end = node.propsStart = colon + 1 + base;
  };
  const frames = [];
  const before = () => {
    const frame = frames[frames.length - 1];
    pendingEmptyKey = frame?.mapping && frame.expectValue ? frame.key : null;
  };
  const after = (node) => {
    const frame = frames[frames.length - 1];
    if (!frame?.mapping) return;
    frame.expectValue = !frame.expectValue;
    frame.key = frame.expectValue ? node : null;
  };
  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        builder.beginDocument();
        lastEnd = 0;
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        before();
        const start = e.start + base;
        const flow2 = e.style === COLLECTION_STYLE.FLOW;
        const node = e.type === EVENT_ID.MAPPING ? { kind: "mapping", start, end: start, propsStart: propsStart(e, start), flow: flow2, entries: [], merges: [] } : { kind: "sequence", start, end: start, propsStart: propsStart(e, start), flow: flow2, items: [] };
        builder.openCollection(node, anchorName(e));
        frames.push({ mapping: e.type === EVENT_ID.MAPPING, expectValue: false, key: null });
        lastEnd = start + 1;
        break;
      }
      case EVENT_ID.SCALAR: {
        before();
        const node = scalarNode(source, e, base, lastEnd);
        placeEmpty(node);
        lastEnd = Math.max(lastEnd, node.end);
        builder.scalar(node, readScalar(source, e, node.start), anchorName(e));
        after(node);
        break;
      }
      case EVENT_ID.ALIAS: {
        before();
        const start = e.anchorStart - 1 + base;
        const node = { kind: "alias", start, end: e.anchorEnd + base, propsStart: start, target: void 0 };
        lastEnd = node.end;
        builder.alias(node, source.slice(e.anchorStart, e.anchorEnd));
        after(node);
        break;
      }
      case EVENT_ID.POP: {
        if (frames.length === 0) {
          builder.endDocument();
          break;
        }
        frames.pop();
        const node = builder.closeCollection();
        node.end = collectionEnd(source, node, base, lastEnd);
        lastEnd = node.end;
        after(node);
        break;
      }
    }
  }
  return builder.result();
}
function readScalar(source, e, offset) {
  const plain = e.style === SCALAR_STYLE.PLAIN;
  const text2 = e.valueStart === -1 ? "" : plain && e.fast ? source.slice(e.valueStart, e.valueEnd) : getScalarValue(source, e);
  return scalarRead(text2, plain, e.tagStart === -1 ? null : source.slice(e.tagStart, e.tagEnd), offset);
}
function scalarNode(source, e, base, lastEnd) {
  if (e.valueStart === -1) {
    const at2 = Math.max(e.anchorEnd, e.tagEnd, -1);
    const pos = (at2 === -1 ? lastEnd - base : at2) + base;
    return { kind: "scalar", start: pos, end: pos, propsStart: pos, style: e.style, empty: true };
  }
  let start = e.valueStart;
  let end = e.valueEnd;
  if (e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED) {
    start -= 1;
    end += 1;
  } else if (e.style === SCALAR_STYLE.LITERAL_BLOCK || e.style === SCALAR_STYLE.FOLDED_BLOCK) {
    const from = Math.max(lastEnd - base, e.anchorEnd, e.tagEnd, 0);
    const indicator = indexOfBlockIndicator(source, from, start);
    if (indicator !== -1) start = indicator;
    end = trimTrailingBreaks(source, start, end);
  }
  const node = { kind: "scalar", start: start + base, end: end + base, propsStart: 0, style: e.style, empty: false };
  node.propsStart = Math.min(
    node.start,
    e.anchorStart !== -1 ? e.anchorStart - 1 + base : Infinity,
    e.tagStart !== -1 ? e.tagStart + base : Infinity
  );
  return node;
}
function collectionEnd(source, node, base, lastEnd) {
  if (!node.flow) {
    const last = blockEnd(node);
    return last ?? node.start;
  }
  const close = node.kind === "mapping" ? 125 : 93;
  let i = Math.max(lastEnd, node.start + 1) - base;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === close) return i + 1 + base;
    if (c === 35) {
      while (i < source.length && source.charCodeAt(i) !== 10) i++;
      continue;
    }
    i++;
  }
  return lastEnd;
}

// src/yaml/relaxed-indent.ts
function padContinuations(source) {
  const pads = [];
  const len = source.length;
  let p = 0;
  let blockParent = -1;
  let lineIndent = 0;
  while (p < len) {
    let q = p;
    while (q < len && source.charCodeAt(q) === 32) q++;
    const c = source.charCodeAt(q);
    const blank = q >= len || c === 10 || c === 13;
    if (blockParent !== -1) {
      if (blank || q - p > blockParent) {
        p = nextLine(source, q);
        continue;
      }
      blockParent = -1;
    }
    lineIndent = q - p;
    p = q;
    while (p < len && source.charCodeAt(p) !== 10) {
      const ch = source.charCodeAt(p);
      if (ch === 32 || ch === 9 || ch === 13) {
        p++;
        continue;
      }
      if (ch === 35) {
        p = lineEnd(source, p);
        break;
      }
      if ((ch === 34 || ch === 39 || ch === 91 || ch === 123) && tokenStart(source, p)) {
        const column2 = lineColumn(source, p);
        p = ch === 34 || ch === 39 ? quoted(source, p, column2, pads) : flow(source, p, column2, pads);
        if (source.charCodeAt(p) === 35) pads.push({ at: p, count: 1 });
        continue;
      }
      if ((ch === 124 || ch === 62) && tokenStart(source, p)) {
        blockParent = lineIndent;
        p = lineEnd(source, p);
        break;
      }
      while (p < len) {
        const d = source.charCodeAt(p);
        if (d === 32 || d === 9 || d === 10 || d === 13) break;
        p++;
        if (d === 58) break;
      }
    }
    p = nextLine(source, p);
  }
  if (pads.length === 0) return void 0;
  let text2 = "";
  let last = 0;
  for (const pad of pads) {
    text2 += source.slice(last, pad.at) + " ".repeat(pad.count);
    last = pad.at;
  }
  text2 += source.slice(last);
  return { text: text2, original: (offset) => originalOffset(pads, offset) };
}
function padLine(source, lineStart, column2, pads) {
  let q = lineStart;
  while (source.charCodeAt(q) === 32) q++;
  const c = source.charCodeAt(q);
  if (q < source.length && c !== 10 && c !== 13 && q - lineStart < column2) pads.push({ at: q, count: column2 - (q - lineStart) });
  return q;
}
function quoted(source, p, column2, pads) {
  const quote2 = source.charCodeAt(p);
  let i = p + 1;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (quote2 === 34 && c === 92) {
      i += 2;
      continue;
    }
    if (c === quote2) {
      if (quote2 === 39 && source.charCodeAt(i + 1) === 39) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    if (c === 10) {
      i = padLine(source, i + 1, column2 + 1, pads);
      continue;
    }
    i++;
  }
  return i;
}
function flow(source, p, column2, pads) {
  let depth = 0;
  let i = p;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === 91 || c === 123) depth++;
    else if (c === 93 || c === 125) {
      depth--;
      if (depth === 0) return i + 1;
    } else if (c === 34 || c === 39) {
      if (tokenStart(source, i)) {
        i = quoted(source, i, column2, pads);
        continue;
      }
    } else if (c === 35 && (source.charCodeAt(i - 1) === 32 || source.charCodeAt(i - 1) === 10)) {
      i = lineEnd(source, i);
      continue;
    } else if (c === 10) {
      i = padLine(source, i + 1, column2 + 1, pads);
      continue;
    }
    i++;
  }
  return i;
}
function tokenStart(source, p) {
  let i = p - 1;
  while (i >= 0 && (source.charCodeAt(i) === 32 || source.charCodeAt(i) === 9)) i--;
  if (i < 0) return true;
  const c = source.charCodeAt(i);
  return c === 10 || c === 58 || c === 45 || c === 63 || c === 44 || c === 91 || c === 123 || i < p - 1 && isPropertyEnd(source, i);
}
function isPropertyEnd(source, i) {
  let j = i;
  while (j >= 0 && !/\s/.test(source[j])) j--;
  const token = source.slice(j + 1, i + 1);
  return token.startsWith("&") || token.startsWith("!");
}
function lineColumn(source, p) {
  return p - (source.lastIndexOf("\n", p - 1) + 1);
}
function lineEnd(source, p) {
  const nl = source.indexOf("\n", p);
  return nl === -1 ? source.length : nl;
}
function nextLine(source, p) {
  const nl = source.indexOf("\n", p);
  return nl === -1 ? source.length : nl + 1;
}
function originalOffset(pads, offset) {
  let shift = 0;
  for (const pad of pads) {
    const start = pad.at + shift;
    if (offset < start) break;
    if (offset < start + pad.count) return pad.at;
    shift += pad.count;
  }
  return offset - shift;
}
function remapTree(node, padded, base, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(node)) return;
  seen.add(node);
  node.start = padded.original(node.start) + base;
  node.end = padded.original(node.end) + base;
  node.propsStart = padded.original(node.propsStart) + base;
  if (node.kind === "mapping") {
    for (const entry of node.entries) {
      remapTree(entry.keyNode, padded, base, seen);
      remapTree(entry.value, padded, base, seen);
    }
    for (const merge2 of node.merges) {
      remapTree(merge2.keyNode, padded, base, seen);
      remapTree(merge2.value, padded, base, seen);
      for (const source of merge2.sources) remapTree(source, padded, base, seen);
    }
  } else if (node.kind === "sequence") {
    for (const item of node.items) remapTree(item, padded, base, seen);
  }
}

// src/yaml/escapes.ts
var DOUBLE_QUOTED = 3;
function checkEscapes(source, base, root) {
  if (root === null || source.indexOf("\\/") === -1) return;
  let first = -1;
  forEachScalar(root, (node) => {
    if (node.style !== DOUBLE_QUOTED) return;
    const at2 = unknownEscape(source, node.start - base + 1, node.end - base - 1);
    if (at2 !== -1 && (first === -1 || at2 < first)) first = at2;
  });
  if (first !== -1) {
    throw new ReadingError("the escape \\/ is YAML 1.2 only: Kubernetes rejects the document (found unknown escape character); write / without the backslash", base + first);
  }
}
function unknownEscape(source, from, to) {
  for (let i = source.indexOf("\\", from); i !== -1 && i < to; i = source.indexOf("\\", i + 2)) {
    if (source.charCodeAt(i + 1) === 47) return i;
  }
  return -1;
}

// src/yaml/nested-lists.ts
function checkNestedLists(value, root) {
  if (!isList(value)) return;
  const i = value.items.findIndex((item2) => isRecord(item2) && Array.isArray(item2.items));
  if (i === -1) return;
  const item = itemNode(root, i);
  throw new ReadingError(
    "a list inside a list (an item with items of its own): kubectl refuses the file (is not a list: no Items field in this object); list its items in the outer list",
    item?.start ?? root?.start ?? 0
  );
}
function isList(value) {
  return isRecord(value) && typeof value.kind === "string" && value.kind.endsWith("List") && Array.isArray(value.items);
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function itemNode(root, i) {
  if (root?.kind !== "mapping") return void 0;
  let items;
  for (const entry of root.entries) if (entry.key === "items") items = entry.value;
  while (items?.kind === "alias") items = items.target;
  return items?.kind === "sequence" ? items.items[i] : void 0;
}

// src/yaml/tabs.ts
function checkTabs(source, base, root) {
  if (source.indexOf("	") === -1) return;
  let leaves;
  let lineStart = 0;
  while (lineStart < source.length) {
    const nl = source.indexOf("\n", lineStart);
    const lineEnd2 = nl === -1 ? source.length : nl;
    const line = source.slice(lineStart, lineEnd2);
    if (line.indexOf("	") !== -1) {
      const tab = suspectTab(line);
      if (tab !== -1) {
        leaves ??= collectLeaves(root);
        const message = verdict(source, base, leaves, lineStart, tab, line);
        if (message) throw new ReadingError(message, base + lineStart + tab);
      }
    }
    lineStart = lineEnd2 + 1;
  }
}
function suspectTab(line) {
  const lead = /^[ \t]*/.exec(line)[0];
  const rest = line.slice(lead.length);
  if (lead.includes("	") && (rest === "" || rest === "\r" || rest.startsWith("#"))) return lead.indexOf("	");
  const dash = /^ *(?:-[ ]+)*-[ ]*\t/.exec(line);
  return dash ? dash[0].length - 1 : -1;
}
function collectLeaves(root) {
  const out = [];
  const visit2 = (node, key, parentStart, inFlow) => {
    if (node.kind === "mapping") {
      const flow2 = inFlow || node.flow;
      for (const entry of node.entries) {
        visit2(entry.keyNode, true, node.start, flow2);
        visit2(entry.value, false, node.start, flow2);
      }
      for (const merge2 of node.merges) {
        visit2(merge2.keyNode, true, node.start, flow2);
        visit2(merge2.value, false, node.start, flow2);
      }
      if (flow2 && !inFlow) out.push({ node, key: false, parentColumn: -1, inFlow: false });
    } else if (node.kind === "sequence") {
      const flow2 = inFlow || node.flow;
      for (const item of node.items) visit2(item, false, node.start, flow2);
      if (flow2 && !inFlow) out.push({ node, key: false, parentColumn: -1, inFlow: false });
    } else if (!(node.kind === "scalar" && node.empty)) {
      out.push({ node, key, parentColumn: parentStart, inFlow });
    }
  };
  if (root) visit2(root, false, -1, false);
  return out.sort((a, b) => a.node.start - b.node.start);
}
function verdict(source, base, leaves, lineStart, tab, line) {
  const at2 = base + lineStart;
  let before;
  for (const leaf of leaves) {
    const { node: node2 } = leaf;
    if (node2.start <= at2 && at2 < node2.end) {
      if (leaf.inFlow || node2.kind === "mapping" || node2.kind === "sequence") return void 0;
      if (node2.kind === "scalar" && (node2.style === 2 || node2.style === 3)) return void 0;
      before = leaf;
      break;
    }
    if (node2.end <= at2 && !leaf.inFlow) before = leaf;
  }
  const cannotStart = "a tab where YAML needs a space: Kubernetes rejects the document (found character that cannot start any token)";
  if (line.trimStart().startsWith("-")) return cannotStart;
  if (!before || before.key || before.node.kind !== "scalar") return cannotStart;
  const node = before.node;
  if (node.style === 4 || node.style === 5) {
    const indent2 = blockIndent(source, base, node.start, at2);
    if (indent2 === -1 || tab < indent2) {
      return "a tab in the indentation of a block scalar: Kubernetes rejects the document (found a tab character where an indentation space is expected)";
    }
    return void 0;
  }
  if (node.style !== 1) return cannotStart;
  if (node.end <= at2 && source.slice(node.end - base, at2 - base).includes("#")) return cannotStart;
  const indent = before.parentColumn === -1 ? 0 : column(source, base, before.parentColumn) + 1;
  if (tab < indent) return "a tab in the indentation: Kubernetes rejects the document (found a tab character that violates indentation)";
  return void 0;
}
function column(source, base, offset) {
  return offset - base - (source.lastIndexOf("\n", offset - base - 1) + 1);
}
function blockIndent(source, base, start, limit) {
  let p = source.indexOf("\n", start - base);
  while (p !== -1 && p + 1 < limit - base) {
    const lineStart = p + 1;
    let q = lineStart;
    while (source.charCodeAt(q) === 32) q++;
    const c = source.charCodeAt(q);
    if (c !== 10 && c !== 13 && c !== 9 && q < source.length) return q - lineStart;
    p = source.indexOf("\n", lineStart);
  }
  return -1;
}

// src/yaml/parse.ts
var lenient;
async function loadLenientReader() {
  lenient ??= await import("./yaml-fallback-SS4DCLIV.js");
}
var JS_YAML_MAX_DEPTH = 2 * MAX_NESTING2 + 2;
function parseFile(file, chunks = file.documents) {
  const result = { documents: [], errors: [], notices: [], wantsLenientReader: false };
  for (const chunk of chunks) parseChunk(file, chunk, result);
  return result;
}
function parseChunk(file, chunk, into) {
  const { text: text2 } = file;
  const index = chunk.index;
  if (chunk.issues) {
    for (const issue of chunk.issues) {
      if (issue.kind === "after-end") into.notices.push({ index, offset: issue.offset, kind: issue.kind, message: AFTER_END });
      else into.errors.push({ index, offset: issue.offset, message: streamError(issue) });
    }
  }
  if (chunk.skip) return;
  const source = text2.slice(chunk.start, chunk.end);
  try {
    const built = readDocument2(source, chunk.start, into);
    if (built === void 0) return;
    checkTabs(source, chunk.start, built.root);
    checkEscapes(source, chunk.start, built.root);
    checkNestedLists(built.value, built.root);
    if (built.value == null && (built.root === null || built.root.kind === "scalar" && built.root.empty)) return;
    const document = { index, start: chunk.start, end: chunk.end, value: built.value, root: built.root };
    if (built.duplicates) document.duplicates = built.duplicates;
    if (built.hasNull) document.hasNull = true;
    into.documents.push(document);
  } catch (error) {
    into.errors.push(toSyntaxError(error, index, chunk.start, source));
  }
}
function readDocument2(source, base, into) {
  const fast = readDocumentFast(source, base);
  if (fast !== UNSUPPORTED) return fast;
  let firstError;
  try {
    return only(buildDocuments(parseEvents(source, { maxDepth: JS_YAML_MAX_DEPTH }), source, base));
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    if (reasonOf(error).startsWith("nesting exceeded maxDepth")) throw nestingError(base + (error.mark?.position ?? 0));
    firstError = error;
  }
  const padded = padContinuations(source);
  if (padded) {
    try {
      const built = only(buildDocuments(parseEvents(padded.text, { maxDepth: JS_YAML_MAX_DEPTH }), padded.text, 0));
      if (built.root) remapTree(built.root, padded, base);
      for (const d of built.duplicates ?? []) {
        d.offset = padded.original(d.offset) + base;
        d.first = padded.original(d.first) + base;
      }
      return built;
    } catch (error) {
      if (error instanceof ReadingError) throw new ReadingError(error.message, padded.original(error.offset) + base);
      if (!(error instanceof YAMLException)) throw error;
    }
  }
  if (!lenient) {
    into.wantsLenientReader = true;
    throw firstError;
  }
  try {
    return lenient.parseChunkLeniently(source, base);
  } catch (error) {
    if (error instanceof lenient.FallbackSyntaxError) throw new ReadingError(error.message, error.offset);
    throw error;
  }
}
function only(built) {
  return built[0] ?? { root: null, value: null };
}
var AFTER_END = "kubectl never reads this: after a `...` line it skips everything up to the next `---` line, so nothing here is applied; start a new document with `---` (or delete the `...`)";
function streamError(issue) {
  switch (issue.kind) {
    case "separator":
      return `only a comment may follow \`---\` on its line: kubectl rejects the file (invalid Yaml document separator: ${issue.text})`;
    case "directive":
      return "kubectl cuts the file at `---` lines, which leaves this directive without its document: kubectl rejects the file (did not find expected <document start>)";
    default:
      return "a `...` before any content: kubectl finds no document here and rejects the file (did not find expected node content); remove the `...` or put `---` before it";
  }
}
function toSyntaxError(error, index, base, source) {
  if (error instanceof YAMLException) {
    const position = error.mark?.position ?? 0;
    return { index, offset: base + Math.min(position, source.length), message: reasonOf(error) };
  }
  if (error instanceof ReadingError) return { index, offset: error.offset, message: error.message };
  if (error instanceof RangeError) {
    const nested = nestingError(base + firstContent(source));
    return { index, offset: nested.offset, message: nested.message };
  }
  throw error;
}
function reasonOf(error) {
  const reason = error.reason;
  if (reason) return reason;
  return error.message.split("\n")[0].replace(/\s*\(\d+:\d+\)$/, "");
}
function firstContent(source) {
  const m = /^(?:\s*(?:#.*|---.*)?\r?\n)*\s*/.exec(source);
  return m ? m[0].length : 0;
}

// src/yaml/locate.ts
function rangeOf(file, root, path2, at2 = "key", fallback = 0) {
  if (root === null) return pointRange(file, fallback);
  const found = locate(root, path2);
  const node = at2 === "value" || found.key === void 0 ? found.value : found.key;
  return nodeRange(file, node);
}
function nodeRange(file, node) {
  const start = node.kind === "mapping" || node.kind === "sequence" ? node.propsStart : node.start;
  return { start: file.position(start), end: file.position(Math.max(node.end, start)) };
}
function pointRange(file, offset) {
  const p = file.position(offset);
  return { start: p, end: p };
}

// src/yaml/format-scalar.ts
function formatScalar(value) {
  if (typeof value !== "string") return String(value);
  if (isSafePlain(value)) return value;
  return JSON.stringify(value);
}
function isSafePlain(value) {
  if (value === "" || value !== value.trim()) return false;
  if (!/^[A-Za-z0-9_./][A-Za-z0-9_./:@=+-]*$/.test(value)) return false;
  if (/: |:$/.test(value)) return false;
  return resolvePlain(value) === value;
}

// src/fix/edit.ts
function editFor(text2, root, request) {
  const format = formatFor(root);
  switch (request.op) {
    case "set":
      return setEdit(text2, root, request.path, format(request.value), format);
    case "delete":
      return deleteEdit(text2, root, request.path);
    case "rename":
      return renameEdit(text2, root, request.path, request.to, format);
    case "append":
      return appendEdit(text2, root, request.path, request.value, format);
  }
}
function formatFor(root) {
  return isJsonDocument(root) ? (value) => JSON.stringify(value) : formatScalar;
}
function isJsonDocument(root) {
  return root.kind === "mapping" && root.flow;
}
function flowSeparator(text2, previousStart, lastStart, eol) {
  if (startOfLine(text2, previousStart) === startOfLine(text2, lastStart)) return ", ";
  return `,${eol}${" ".repeat(columnOf(text2, lastStart))}`;
}
function setEdit(text2, root, path2, scalar, format) {
  const found = locate(root, path2);
  if (found.viaAlias) return void 0;
  if (found.exact) {
    const node = found.value;
    if (node.kind !== "scalar") return void 0;
    if (node.empty || node.start === node.end) {
      const colon = found.key ? text2.indexOf(":", found.key.end) : -1;
      const at2 = colon === -1 ? node.start : colon + 1;
      return { start: at2, end: at2, text: ` ${scalar}` };
    }
    return { start: node.start, end: node.end, text: scalar };
  }
  return insertMissing(text2, root, path2, () => scalar, false, format);
}
function insertMissing(text2, root, path2, valueText, multiline, format) {
  const found = locate(root, path2);
  const parent = found.value;
  if (found.viaAlias || parent.kind !== "mapping") return void 0;
  const missing = path2.slice(found.depth);
  if (missing.some((segment) => typeof segment !== "string")) return void 0;
  const keys = missing;
  const eol = lineEnding(text2);
  if (parent.flow) {
    if (multiline) return void 0;
    const body = nestedFlow(keys, valueText(0, eol), format);
    const last = parent.entries[parent.entries.length - 1];
    if (!last) return { start: contentEnd(text2, parent) - 1, end: contentEnd(text2, parent) - 1, text: body };
    const at3 = entryEnd(last, text2);
    const previous = parent.entries[parent.entries.length - 2]?.keyNode.start ?? parent.start;
    return { start: at3, end: at3, text: `${flowSeparator(text2, previous, last.keyNode.start, eol)}${body}` };
  }
  if (parent.entries.length === 0) return void 0;
  const indent = columnOf(text2, parent.entries[0].keyNode.start);
  const step = indentStep(text2, root);
  const lines = [];
  keys.forEach((key, i) => {
    const pad = " ".repeat(indent + i * step);
    const last = i === keys.length - 1;
    if (!last) lines.push(`${pad}${format(key)}:`);
    else if (multiline) lines.push(`${pad}${format(key)}:${eol}${valueText(indent + i * step, eol)}`);
    else lines.push(`${pad}${format(key)}: ${valueText(indent + i * step, eol)}`);
  });
  const at2 = lineAfter(text2, parent);
  const insertion = `${lines.join(eol)}${eol}`;
  if (at2 === text2.length && !text2.endsWith("\n")) return { start: at2, end: at2, text: `${eol}${lines.join(eol)}` };
  return { start: at2, end: at2, text: insertion };
}
function nestedFlow(keys, value, format) {
  let out = value;
  for (let i = keys.length - 1; i >= 0; i--) out = i === keys.length - 1 ? `${format(keys[i])}: ${out}` : `${format(keys[i])}: {${out}}`;
  return out;
}
function deleteEdit(text2, root, path2) {
  const found = locate(root, path2);
  if (!found.exact || found.viaAlias || path2.length === 0) return void 0;
  const parentFound = locate(root, path2.slice(0, -1));
  const parent = parentFound.value;
  if (parent.kind !== "mapping" || typeof path2[path2.length - 1] !== "string") return void 0;
  const entryIndex = parent.entries.findIndex((e) => e.keyNode === found.key);
  if (entryIndex === -1) return void 0;
  const entry = parent.entries[entryIndex];
  const next = parent.entries[entryIndex + 1];
  const prev = parent.entries[entryIndex - 1];
  if (parent.flow) {
    if (next) return { start: entry.keyNode.start, end: next.keyNode.start, text: "" };
    if (prev) return { start: entryEnd(prev, text2), end: entryEnd(entry, text2), text: "" };
    return { start: entry.keyNode.start, end: entryEnd(entry, text2), text: "" };
  }
  if (parent.entries.length === 1 && parent.merges.length === 0) {
    return { start: entry.keyNode.start, end: entryEnd(entry, text2), text: "{}" };
  }
  const lineStart = startOfLine(text2, entry.keyNode.start);
  const onOwnLine = text2.slice(lineStart, entry.keyNode.start).trim() === "";
  if (!onOwnLine) {
    if (next && entryIndex === 0) return { start: entry.keyNode.start, end: next.keyNode.start, text: "" };
    return void 0;
  }
  let end = nextLineStart(text2, entryEnd(entry, text2));
  if (prev && keepsTrailingLines(text2, prev.value)) end = skipEmptyLines(text2, end);
  return { start: lineStart, end, text: "" };
}
function renameEdit(text2, root, path2, to, format) {
  const found = locate(root, path2);
  if (!found.exact || found.viaAlias || !found.key || path2.length === 0) return void 0;
  const parent = resolveAlias(locate(root, path2.slice(0, -1)).value);
  if (parent?.kind !== "mapping" || findEntry(parent, to)) return void 0;
  if (!parent.entries.some((e) => e.keyNode === found.key)) return void 0;
  return { start: found.key.start, end: found.key.end, text: format(to) };
}
function appendEdit(text2, root, path2, value, format) {
  const found = locate(root, path2);
  if (found.viaAlias) return void 0;
  const eol = lineEnding(text2);
  const pairs = Object.entries(value).map(([k, v]) => `${format(k)}: ${format(v)}`);
  if (found.exact) {
    const seq = found.value;
    if (seq.kind !== "sequence") return void 0;
    if (seq.flow) {
      const item = `{${pairs.join(", ")}}`;
      const last = seq.items[seq.items.length - 1];
      if (!last) return { start: contentEnd(text2, seq) - 1, end: contentEnd(text2, seq) - 1, text: item };
      const previous = seq.items[seq.items.length - 2]?.propsStart ?? seq.start;
      const at2 = contentEnd(text2, last);
      return { start: at2, end: at2, text: `${flowSeparator(text2, previous, last.propsStart, eol)}${item}` };
    }
    return appendBlockItem(text2, seq, pairs, eol);
  }
  if (found.depth !== path2.length - 1) return void 0;
  if (isJsonDocument(root) && found.value.kind === "mapping" && found.value.flow) {
    return insertMissing(text2, root, path2, () => `[{${pairs.join(", ")}}]`, false, format);
  }
  return insertMissing(
    text2,
    root,
    path2,
    (keyIndent, lineEnd2) => {
      const dash = " ".repeat(keyIndent + (sequencesIndented(text2, root) ? indentStep(text2, root) : 0));
      return pairs.map((p, i) => i === 0 ? `${dash}- ${p}` : `${dash}  ${p}`).join(lineEnd2);
    },
    true,
    format
  );
}
function appendBlockItem(text2, seq, pairs, eol) {
  const last = seq.items[seq.items.length - 1];
  if (!last) return void 0;
  const dashAt = dashBefore(text2, last.propsStart);
  if (dashAt === -1) return void 0;
  const dashColumn = columnOf(text2, dashAt);
  const pad = " ".repeat(dashColumn);
  const item = pairs.map((p, i) => i === 0 ? `${pad}- ${p}` : `${pad}  ${p}`).join(eol);
  const at2 = lineAfter(text2, seq);
  if (at2 === text2.length && !text2.endsWith("\n")) return { start: at2, end: at2, text: `${eol}${item}` };
  return { start: at2, end: at2, text: `${item}${eol}` };
}
function dashBefore(text2, itemStart) {
  let i = itemStart - 1;
  while (i >= 0 && (text2[i] === " " || text2[i] === "	")) i--;
  if (i >= 0 && text2[i] === "-") return i;
  if (i < 0 || text2[i] !== "\n") return -1;
  let lineEnd2 = i;
  while (lineEnd2 >= 0) {
    const lineStart = text2.lastIndexOf("\n", lineEnd2 - 1) + 1;
    const line = text2.slice(lineStart, lineEnd2).replace(/\r$/, "");
    const dash = /^([ \t]*)-(?:[ \t]+(?:#.*)?)?$/.exec(line);
    if (dash) return lineStart + dash[1].length;
    if (!/^[ \t]*(?:#.*)?$/.test(line)) return -1;
    lineEnd2 = lineStart - 1;
  }
  return -1;
}
function entryEnd(entry, text2) {
  if (entry.value.kind === "scalar" && entry.value.empty) {
    const colon = text2.indexOf(":", entry.keyNode.end);
    return colon === -1 ? entry.keyNode.end : colon + 1;
  }
  return Math.max(entry.keyNode.end, contentEnd(text2, entry.value));
}
function contentEnd(text2, node) {
  let end = node.end;
  while (end > node.start && /\s/.test(text2[end - 1])) end--;
  return end;
}
function lineAfter(text2, collection) {
  const at2 = endOfLine(text2, contentEnd(text2, collection));
  return keepsTrailingLines(text2, collection) ? skipEmptyLines(text2, at2) : at2;
}
function keepsTrailingLines(text2, node) {
  let last = node;
  for (; ; ) {
    if (last.kind === "mapping" && !last.flow && last.entries.length > 0) last = last.entries[last.entries.length - 1].value;
    else if (last.kind === "sequence" && !last.flow && last.items.length > 0) last = last.items[last.items.length - 1];
    else break;
  }
  return last.kind === "scalar" && contentEnd(text2, last) === contentEnd(text2, node) && /^[|>](?:\+|[1-9]\+)/.test(text2.slice(last.start, last.start + 3));
}
function skipEmptyLines(text2, at2) {
  let line = at2;
  while (line < text2.length) {
    const next = endOfLine(text2, line);
    if (text2.slice(line, next).trim() !== "") break;
    line = next;
  }
  return line;
}
function columnOf(text2, offset) {
  return offset - startOfLine(text2, offset);
}
function startOfLine(text2, offset) {
  return text2.lastIndexOf("\n", offset - 1) + 1;
}
function endOfLine(text2, offset) {
  const nl = text2.indexOf("\n", offset);
  return nl === -1 ? text2.length : nl + 1;
}
function nextLineStart(text2, offset) {
  return endOfLine(text2, offset);
}
function lineEnding(text2) {
  const nl = text2.indexOf("\n");
  return nl > 0 && text2[nl - 1] === "\r" ? "\r\n" : "\n";
}
function indentStep(text2, root) {
  let step;
  const visit2 = (node, depth) => {
    if (step !== void 0 || depth > 6) return;
    if (node.kind === "mapping" && !node.flow) {
      for (const e of node.entries) {
        const child = e.value;
        if (child.kind === "mapping" && !child.flow && child.entries.length > 0) {
          const d = columnOf(text2, child.entries[0].keyNode.start) - columnOf(text2, e.keyNode.start);
          if (d > 0 && startOfLine(text2, child.entries[0].keyNode.start) !== startOfLine(text2, e.keyNode.start)) {
            step = d;
            return;
          }
        }
        visit2(child, depth + 1);
      }
    }
  };
  visit2(root, 0);
  return step ?? 2;
}
function sequencesIndented(text2, root) {
  let answer;
  const visit2 = (node) => {
    if (answer !== void 0) return;
    if (node.kind === "mapping") {
      for (const e of node.entries) {
        const v = e.value;
        if (v.kind === "sequence" && !v.flow && v.items.length > 0) {
          const dash = dashBefore(text2, v.items[0].propsStart);
          if (dash !== -1 && startOfLine(text2, dash) !== startOfLine(text2, e.keyNode.start)) {
            answer = columnOf(text2, dash) > columnOf(text2, e.keyNode.start);
            return;
          }
        }
        visit2(v);
      }
    } else if (node.kind === "sequence") {
      for (const item of node.items) visit2(item);
    }
  };
  visit2(root);
  return answer ?? true;
}

// src/suppress/ignore-annotation.ts
var IGNORE_ANNOTATION = "daemonlint.io/ignore";
var IGNORE_REASON_ANNOTATION = "daemonlint.io/ignore-reason";
function ignoreAnnotationOf(object) {
  const annotations = asRecord(asRecord(object.metadata)?.annotations);
  const value = annotations?.[IGNORE_ANNOTATION];
  if (typeof value !== "string") return void 0;
  const rules = value.split(",").map((r) => r.trim()).filter(Boolean);
  const reason = annotations?.[IGNORE_REASON_ANNOTATION];
  const out = { rules, path: ["metadata", "annotations", IGNORE_ANNOTATION] };
  if (typeof reason === "string" && reason.trim() !== "") {
    if (isPlaceholderReason(reason)) out.placeholder = reason.trim();
    else out.reason = reason.trim();
  }
  return out;
}
function applyIgnoreAnnotation(ignore, findings, first, settings, acrossInput) {
  const requireReason = settings.requireReason ?? true;
  const used = /* @__PURE__ */ new Set();
  if (ignore.reason !== void 0 || !requireReason) {
    for (let i = first; i < findings.length; i++) {
      const f = findings[i];
      if (f.suppressions?.length || !ignore.rules.includes(f.ruleId)) continue;
      f.suppressions = [{ kind: "inSource", justification: ignore.reason ?? ignore.placeholder ?? `${IGNORE_ANNOTATION} annotation` }];
      delete f.fix;
      delete f.fixable;
      used.add(f.ruleId);
    }
  }
  const level = settings.unusedSuppression ?? "warning";
  if (level === "off") return void 0;
  const unused = ignore.rules.filter((r) => !used.has(r) && !(acrossInput.has(r) && (ignore.reason !== void 0 || !requireReason)));
  if (unused.length === 0) return void 0;
  if (ignore.reason === void 0 && requireReason) {
    if (ignore.placeholder !== void 0) {
      return {
        severity: level,
        message: `${IGNORE_REASON_ANNOTATION} is a placeholder, so ${IGNORE_ANNOTATION} suppresses nothing`,
        help: `Suppressions must say why (requireReason is on in the configuration), and "${bounded(ignore.placeholder)}" does not: a to-do marker or a word such as "n/a" counts as no reason. Write why in ${IGNORE_REASON_ANNOTATION}, or set requireReason: false in .daemonlint.yaml.`
      };
    }
    return {
      severity: level,
      message: `${IGNORE_ANNOTATION} has no reason, so it suppresses nothing`,
      help: `Suppressions must say why (requireReason is on in the configuration). Add the annotation ${IGNORE_REASON_ANNOTATION}: "<why>" beside it, or set requireReason: false in .daemonlint.yaml.`
    };
  }
  const those = unused.length === 1 ? "it" : "them";
  return {
    severity: level,
    message: `${IGNORE_ANNOTATION} names ${unused.join(", ")}, which report${unused.length === 1 ? "s" : ""} nothing here`,
    help: `${unused.length === 1 ? "That rule reports" : "Those rules report"} nothing in this DaemonSet, so the annotation only hides problems that may come later. Remove ${those} from the annotation.`
  };
}

// src/types/patterns.ts
var PatternError = class extends Error {
};
var MAX_PATTERN_LENGTH = 4096;
var MAX_BRACE_EXPANSIONS = 1024;
var STAR = 0;
var GLOBSTAR = 0;
function matchSequence(tokens, items, one) {
  let t = 0;
  let i = 0;
  let starToken = -1;
  let starItem = 0;
  while (i < items.length) {
    const token = tokens[t];
    if (t < tokens.length && token !== STAR && one(token, items[i])) {
      t++;
      i++;
    } else if (t < tokens.length && token === STAR) {
      starToken = t++;
      starItem = i;
    } else if (starToken !== -1) {
      t = starToken + 1;
      i = ++starItem;
    } else {
      return false;
    }
  }
  while (t < tokens.length && tokens[t] === STAR) t++;
  return t === tokens.length;
}
function matchChar(token, ch) {
  if (typeof token === "string") return token === ch;
  if ("any" in token) return true;
  const code = ch.codePointAt(0);
  const inClass = token.singles.includes(ch) || token.ranges.some(([lo, hi]) => code >= lo && code <= hi);
  return inClass !== token.negated;
}
var SURROGATE = /[\ud800-\udfff]/;
function characters(text2) {
  return SURROGATE.test(text2) ? Array.from(text2) : text2;
}
function matchSegment(tokens, text2) {
  return matchSequence(tokens, characters(text2), matchChar);
}
function segmentTokens(segment, pattern, wildcardOnly) {
  const chars = Array.from(segment);
  const out = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === "*") {
      if (out[out.length - 1] !== STAR) out.push(STAR);
    } else if (wildcardOnly) {
      out.push(c);
    } else if (c === "?") {
      out.push({ any: true });
    } else if (c === "\\" && i + 1 < chars.length) {
      out.push(chars[++i]);
    } else if (c === "[") {
      const parsed = parseClass(chars, i, pattern);
      if (parsed === void 0) out.push("[");
      else {
        out.push(parsed.token);
        i = parsed.end;
      }
    } else {
      out.push(c);
    }
  }
  return out;
}
function parseClass(chars, start, pattern) {
  let i = start + 1;
  let negated = false;
  if (chars[i] === "!" || chars[i] === "^") {
    negated = true;
    i++;
  }
  let singles = "";
  const ranges = [];
  let first = true;
  for (; i < chars.length; i++) {
    let c = chars[i];
    if (c === "]" && !first) return { token: { negated, singles, ranges }, end: i };
    first = false;
    if (c === "\\" && i + 1 < chars.length) c = chars[++i];
    if (chars[i + 1] === "-" && i + 2 < chars.length && chars[i + 2] !== "]") {
      let hi = chars[i + 2];
      i += 2;
      if (hi === "\\" && i + 1 < chars.length) hi = chars[++i];
      const lo = c.codePointAt(0);
      const high = hi.codePointAt(0);
      if (lo > high) throw new PatternError(`the range "${c}-${hi}" in "${bounded(pattern, 80)}" is out of order (write it "${hi}-${c}")`);
      ranges.push([lo, high]);
    } else {
      singles += c;
    }
  }
  return void 0;
}
function expandBraces(pattern) {
  const open = findUnescaped(pattern, "{", 0);
  if (open === -1) return [pattern];
  let depth = 0;
  const commas = [];
  let close = -1;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "{") depth++;
    else if (c === "}" && --depth === 0) {
      close = i;
      break;
    } else if (c === "," && depth === 1) commas.push(i);
  }
  const head = pattern.slice(0, open);
  if (close === -1 || commas.length === 0) {
    const rest = expandBraces(pattern.slice(open + 1));
    return rest.map((r) => `${head}{${r}`);
  }
  const bounds = [open, ...commas, close];
  const options = [];
  for (let k = 0; k + 1 < bounds.length; k++) options.push(...expandBraces(pattern.slice(bounds[k] + 1, bounds[k + 1])));
  const tails = expandBraces(pattern.slice(close + 1));
  if (options.length * tails.length > MAX_BRACE_EXPANSIONS) {
    throw new PatternError(`"${bounded(pattern, 80)}" expands to more than ${MAX_BRACE_EXPANSIONS} alternatives; use fewer {a,b} groups`);
  }
  const out = [];
  for (const option of options) for (const tail of tails) out.push(head + option + tail);
  return out;
}
function findUnescaped(text2, ch, from) {
  for (let i = from; i < text2.length; i++) {
    if (text2[i] === "\\") i++;
    else if (text2[i] === ch) return i;
  }
  return -1;
}
function checkLength(pattern) {
  if (pattern.length > MAX_PATTERN_LENGTH) throw new PatternError(`a pattern of ${pattern.length} characters is longer than the ${MAX_PATTERN_LENGTH} allowed`);
}
function compileGlob(pattern) {
  checkLength(pattern);
  let total2 = 0;
  const alternatives = expandBraces(pattern).map((alternative) => {
    total2 += alternative.length;
    if (total2 > MAX_PATTERN_LENGTH * 16) throw new PatternError(`"${bounded(pattern, 80)}" expands to too long a pattern; use fewer {a,b} groups`);
    const segments = [];
    for (const segment of alternative.split("/")) {
      if (segment === "**") {
        if (segments[segments.length - 1] !== GLOBSTAR) segments.push(GLOBSTAR);
      } else {
        segments.push(segmentTokens(segment, pattern, false));
      }
    }
    return segments;
  });
  return (path2) => {
    const parts = path2.split("/");
    return alternatives.some((segments) => matchSequence(segments, parts, matchSegment));
  };
}
function compileWildcard(pattern) {
  checkLength(pattern);
  const tokens = segmentTokens(pattern, pattern, true);
  return (text2) => matchSegment(tokens, text2);
}
function hasGlobMagic(pattern) {
  return /[*?[{]/.test(pattern);
}

// src/suppress/comments.ts
var DIRECTIVE = /(?:^|[ \t])#[ \t]*daemonlint-(disable-next-line|disable-line|disable|enable)(?=$|[ \t])([^\n]*)$/gm;
function parseDirectives(file, chunks) {
  const text2 = file.text;
  if (!text2.includes("daemonlint-")) return [];
  const directives = [];
  const open = [];
  const inScalar = scalarTest(file, chunks);
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text2); m !== null; m = DIRECTIVE.exec(text2)) {
    const hash = text2.indexOf("#", m.index);
    if (inScalar(hash)) continue;
    const end = m.index + m[0].replace(/\r$/, "").length;
    const range = { start: file.position(hash), end: file.position(end) };
    const [ruleText, reason] = splitReason(m[2].replace(/\r$/, ""));
    const rules = ruleText.split(",").map((r) => r.trim()).filter(Boolean);
    const kind = m[1];
    const line = range.start.line;
    const chunkEnd = chunkEndLine(file, chunks, hash);
    const directive = { kind, rules, range, from: line, to: line, used: false };
    if (reason !== void 0 && isPlaceholderReason(reason)) directive.placeholder = reason;
    else if (reason !== void 0) directive.reason = reason;
    if (kind === "disable-next-line") directive.from = directive.to = line + 1;
    if (kind === "disable") {
      directive.to = chunkEnd;
      open.push(directive);
    }
    if (kind === "enable") {
      for (const block of open) {
        if (block.to < line) continue;
        if (rules.length === 0 || block.rules.length === 0 || block.rules.some((r) => rules.includes(r))) block.to = line;
      }
    }
    directives.push(directive);
  }
  return directives;
}
function scalarTest(file, chunks) {
  const ranges = /* @__PURE__ */ new Map();
  const rangesOf = (chunk) => {
    let out = ranges.get(chunk);
    if (out) return out;
    out = [];
    const parsed = { documents: [], errors: [], notices: [], wantsLenientReader: false };
    try {
      parseChunk(file, chunk, parsed);
    } catch {
    }
    for (const document of parsed.documents) forEachScalar(document.root, (scalar) => out.push(scalar.start, scalar.end));
    ranges.set(chunk, out);
    return out;
  };
  return (offset) => {
    const chunk = chunks.find((c) => offset >= c.start && offset < c.end);
    if (!chunk) return false;
    const list = rangesOf(chunk);
    for (let i = 0; i < list.length; i += 2) if (offset >= list[i] && offset < list[i + 1]) return true;
    return false;
  };
}
function splitReason(rest) {
  const at2 = rest.indexOf("--");
  if (at2 === -1) return [rest, void 0];
  const reason = rest.slice(at2 + 2).trim();
  return [rest.slice(0, at2), reason === "" ? void 0 : reason];
}
function chunkEndLine(file, chunks, offset) {
  for (const chunk of chunks) if (offset >= chunk.start && offset < chunk.end) return file.position(Math.max(chunk.start, chunk.end - 1)).line;
  return Number.MAX_SAFE_INTEGER;
}
function applyDirectives(findings, directives, requireReason) {
  if (directives.length === 0) return;
  for (const finding of findings) {
    if (finding.ruleId === "yaml-syntax" || finding.suppressions?.length) continue;
    const line = finding.range.start.line;
    for (const d of directives) {
      if (d.kind === "enable" || line < d.from || line > d.to) continue;
      if (d.rules.length > 0 && !d.rules.includes(finding.ruleId)) continue;
      if (requireReason && d.reason === void 0) continue;
      d.used = true;
      const suppression = { kind: "inSource", justification: d.reason ?? d.placeholder ?? `${d.kind} comment` };
      finding.suppressions = [suppression];
      break;
    }
  }
}

// src/suppress/apply.ts
var UNUSED_SUPPRESSION = "unused-suppression";
function directiveKey(start) {
  return `${start.line}:${start.column}`;
}
function applySuppressions(source, findings, exclude, settings, judgement = {}) {
  const requireReason = settings.requireReason ?? true;
  const directives = parseDirectives(source, source.documents);
  applyDirectives(findings, directives, requireReason);
  if (exclude.entries.length > 0) {
    for (const f of findings) {
      if (f.suppressions?.length || !f.object) continue;
      const entry = exclude.entries.find((e) => (e.rules.length === 0 || e.rules.includes(f.ruleId)) && e.objects.some((o) => objectMatches(o, f)));
      if (entry) f.suppressions = [{ kind: "external", justification: entry.reason ?? `excluded by ${exclude.file ?? "configuration"}` }];
    }
  }
  for (const f of findings) {
    if (f.fixable === void 0 || !f.suppressions?.length) continue;
    delete f.fix;
    delete f.fixable;
  }
  const level = settings.unusedSuppression ?? "warning";
  const deferred = [];
  if (level === "off") return deferred;
  const { defer, only: only2 } = judgement;
  for (const d of directives) {
    if (d.kind === "enable" || d.used) continue;
    if (only2 !== void 0 && !only2.has(directiveKey(d.range.start))) continue;
    if (defer !== void 0 && (d.rules.length === 0 || d.rules.some((r) => defer.has(r)))) {
      deferred.push(d);
      continue;
    }
    const what = `daemonlint-${d.kind}${d.rules.length ? ` ${d.rules.join(", ")}` : ""}`;
    findings.push({
      ruleId: UNUSED_SUPPRESSION,
      severity: level,
      ...requireReason && d.reason === void 0 ? {
        message: `${what} has ${d.placeholder === void 0 ? "no reason" : "a placeholder for a reason"}, so it suppresses nothing`,
        help: d.placeholder === void 0 ? 'Suppressions must say why (requireReason is on in the configuration). Add " -- <why>" after the rule ids, or set requireReason: false in .daemonlint.yaml.' : `Suppressions must say why (requireReason is on in the configuration), and "${bounded(d.placeholder)}" does not: a to-do marker or a word such as "n/a" counts as no reason. Write why after " -- ", or set requireReason: false in .daemonlint.yaml.`
      } : {
        message: `${what} suppresses nothing ${d.kind === "disable" ? "in its block" : d.kind === "disable-line" ? "on its line" : "on the next line"}`,
        help: "No finding of the rules it names is reported where this comment applies, so it only hides problems that may come later. Remove the comment."
      },
      file: source.path,
      range: d.range,
      documentIndex: -1,
      path: []
    });
  }
  return deferred;
}
function objectMatches(pattern, finding) {
  const name = `${finding.object?.namespace ?? ""}/${finding.object?.name ?? ""}`;
  let matches = compiledPatterns.get(pattern);
  if (!matches) compiledPatterns.set(pattern, matches = compileWildcard(pattern));
  return matches(name) || !pattern.includes("/") && matches(finding.object?.name ?? "");
}
var compiledPatterns = /* @__PURE__ */ new Map();

// src/run/objects.ts
function objectsOf(document) {
  const value = asRecord(document.value);
  if (value === void 0) return [];
  if (isList(value)) {
    const out = [];
    value.items.forEach((entry, i) => {
      const item = asRecord(entry);
      if (item) out.push({ document, path: ["items", i], value: item, ref: refOf(item) });
    });
    return out;
  }
  return [{ document, path: DOCUMENT_ROOT, value, ref: refOf(value) }];
}
var DOCUMENT_ROOT = Object.freeze([]);
function isDaemonSet(object) {
  return object.value.kind === "DaemonSet";
}
function refOf(value) {
  const metadata = asRecord(value.metadata) ?? {};
  const ref = {};
  if (typeof value.apiVersion === "string") ref.apiVersion = value.apiVersion;
  if (typeof value.kind === "string") ref.kind = value.kind;
  if (typeof metadata.namespace === "string") ref.namespace = metadata.namespace;
  if (typeof metadata.name === "string") ref.name = metadata.name;
  return ref;
}

// src/schema/generated/shapes.ts
var SHAPES = {
  DaemonSet: { apiVersion: "s", kind: "s", metadata: "#ObjectMeta", spec: "#DaemonSetSpec", status: "#DaemonSetStatus" },
  DaemonSetCondition: { lastTransitionTime: "s", message: "s", reason: "s", status: "s", type: "s" },
  DaemonSetSpec: { minReadySeconds: "i", revisionHistoryLimit: "i", selector: "#LabelSelector", template: "#PodTemplateSpec", updateStrategy: "#DaemonSetUpdateStrategy" },
  DaemonSetStatus: { collisionCount: "i", conditions: "[#DaemonSetCondition", currentNumberScheduled: "i", desiredNumberScheduled: "i", numberAvailable: "i", numberMisscheduled: "i", numberReady: "i", numberUnavailable: "i", observedGeneration: "i", updatedNumberScheduled: "i" },
  DaemonSetUpdateStrategy: { rollingUpdate: "#RollingUpdateDaemonSet", type: "s" },
  RollingUpdateDaemonSet: { maxSurge: "x", maxUnavailable: "x" },
  AWSElasticBlockStoreVolumeSource: { fsType: "s", partition: "i", readOnly: "b", volumeID: "s" },
  Affinity: { nodeAffinity: "#NodeAffinity", podAffinity: "#PodAffinity", podAntiAffinity: "#PodAntiAffinity" },
  AppArmorProfile: { localhostProfile: "s", type: "s" },
  AzureDiskVolumeSource: { cachingMode: "s", diskName: "s", diskURI: "s", fsType: "s", kind: "s", readOnly: "b" },
  AzureFileVolumeSource: { readOnly: "b", secretName: "s", shareName: "s" },
  CSIVolumeSource: { driver: "s", fsType: "s", nodePublishSecretRef: "#LocalObjectReference", readOnly: "b", volumeAttributes: "{s" },
  Capabilities: { add: "[s", drop: "[s" },
  CephFSVolumeSource: { monitors: "[s", path: "s", readOnly: "b", secretFile: "s", secretRef: "#LocalObjectReference", user: "s" },
  CinderVolumeSource: { fsType: "s", readOnly: "b", secretRef: "#LocalObjectReference", volumeID: "s" },
  ClusterTrustBundleProjection: { labelSelector: "#LabelSelector", name: "s", optional: "b", path: "s", signerName: "s" },
  ConfigMapEnvSource: { name: "s", optional: "b" },
  ConfigMapKeySelector: { key: "s", name: "s", optional: "b" },
  ConfigMapProjection: { items: "[#KeyToPath", name: "s", optional: "b" },
  ConfigMapVolumeSource: { defaultMode: "i", items: "[#KeyToPath", name: "s", optional: "b" },
  Container: { args: "[s", command: "[s", env: "[#EnvVar", envFrom: "[#EnvFromSource", image: "s", imagePullPolicy: "s", lifecycle: "#Lifecycle", livenessProbe: "#Probe", name: "s", ports: "[#ContainerPort", readinessProbe: "#Probe", resizePolicy: "[#ContainerResizePolicy", resources: "#ResourceRequirements", restartPolicy: "s", restartPolicyRules: "[#ContainerRestartRule", securityContext: "#SecurityContext", startupProbe: "#Probe", stdin: "b", stdinOnce: "b", terminationMessagePath: "s", terminationMessagePolicy: "s", tty: "b", volumeDevices: "[#VolumeDevice", volumeMounts: "[#VolumeMount", workingDir: "s" },
  ContainerPort: { containerPort: "i", hostIP: "s", hostPort: "i", name: "s", protocol: "s" },
  ContainerResizePolicy: { resourceName: "s", restartPolicy: "s" },
  ContainerRestartRule: { action: "s", exitCodes: "#ContainerRestartRuleOnExitCodes" },
  ContainerRestartRuleOnExitCodes: { operator: "s", values: "[i" },
  DownwardAPIProjection: { items: "[#DownwardAPIVolumeFile" },
  DownwardAPIVolumeFile: { fieldRef: "#ObjectFieldSelector", mode: "i", path: "s", resourceFieldRef: "#ResourceFieldSelector" },
  DownwardAPIVolumeSource: { defaultMode: "i", items: "[#DownwardAPIVolumeFile" },
  EmptyDirVolumeSource: { medium: "s", sizeLimit: "q" },
  EnvFromSource: { configMapRef: "#ConfigMapEnvSource", prefix: "s", secretRef: "#SecretEnvSource" },
  EnvVar: { name: "s", value: "s", valueFrom: "#EnvVarSource" },
  EnvVarSource: { configMapKeyRef: "#ConfigMapKeySelector", fieldRef: "#ObjectFieldSelector", fileKeyRef: "#FileKeySelector", resourceFieldRef: "#ResourceFieldSelector", secretKeyRef: "#SecretKeySelector" },
  EphemeralContainer: { args: "[s", command: "[s", env: "[#EnvVar", envFrom: "[#EnvFromSource", image: "s", imagePullPolicy: "s", lifecycle: "#Lifecycle", livenessProbe: "#Probe", name: "s", ports: "[#ContainerPort", readinessProbe: "#Probe", resizePolicy: "[#ContainerResizePolicy", resources: "#ResourceRequirements", restartPolicy: "s", restartPolicyRules: "[#ContainerRestartRule", securityContext: "#SecurityContext", startupProbe: "#Probe", stdin: "b", stdinOnce: "b", targetContainerName: "s", terminationMessagePath: "s", terminationMessagePolicy: "s", tty: "b", volumeDevices: "[#VolumeDevice", volumeMounts: "[#VolumeMount", workingDir: "s" },
  EphemeralVolumeSource: { volumeClaimTemplate: "#PersistentVolumeClaimTemplate" },
  ExecAction: { command: "[s" },
  FCVolumeSource: { fsType: "s", lun: "i", readOnly: "b", targetWWNs: "[s", wwids: "[s" },
  FileKeySelector: { key: "s", optional: "b", path: "s", volumeName: "s" },
  FlexVolumeSource: { driver: "s", fsType: "s", options: "{s", readOnly: "b", secretRef: "#LocalObjectReference" },
  FlockerVolumeSource: { datasetName: "s", datasetUUID: "s" },
  GCEPersistentDiskVolumeSource: { fsType: "s", partition: "i", pdName: "s", readOnly: "b" },
  GRPCAction: { port: "i", service: "s" },
  GitRepoVolumeSource: { directory: "s", repository: "s", revision: "s" },
  GlusterfsVolumeSource: { endpoints: "s", path: "s", readOnly: "b" },
  HTTPGetAction: { host: "s", httpHeaders: "[#HTTPHeader", path: "s", port: "x", scheme: "s" },
  HTTPHeader: { name: "s", value: "s" },
  HostAlias: { hostnames: "[s", ip: "s" },
  HostPathVolumeSource: { path: "s", type: "s" },
  ISCSIVolumeSource: { chapAuthDiscovery: "b", chapAuthSession: "b", fsType: "s", initiatorName: "s", iqn: "s", iscsiInterface: "s", lun: "i", portals: "[s", readOnly: "b", secretRef: "#LocalObjectReference", targetPortal: "s" },
  ImageVolumeSource: { pullPolicy: "s", reference: "s" },
  KeyToPath: { key: "s", mode: "i", path: "s" },
  Lifecycle: { postStart: "#LifecycleHandler", preStop: "#LifecycleHandler", stopSignal: "s" },
  LifecycleHandler: { exec: "#ExecAction", httpGet: "#HTTPGetAction", sleep: "#SleepAction", tcpSocket: "#TCPSocketAction" },
  LocalObjectReference: { name: "s" },
  NFSVolumeSource: { path: "s", readOnly: "b", server: "s" },
  NodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: "[#PreferredSchedulingTerm", requiredDuringSchedulingIgnoredDuringExecution: "#NodeSelector" },
  NodeSelector: { nodeSelectorTerms: "[#NodeSelectorTerm" },
  NodeSelectorRequirement: { key: "s", operator: "s", values: "[s" },
  NodeSelectorTerm: { matchExpressions: "[#NodeSelectorRequirement", matchFields: "[#NodeSelectorRequirement" },
  ObjectFieldSelector: { apiVersion: "s", fieldPath: "s" },
  PersistentVolumeClaimSpec: { accessModes: "[s", dataSource: "#TypedLocalObjectReference", dataSourceRef: "#TypedObjectReference", resources: "#VolumeResourceRequirements", selector: "#LabelSelector", storageClassName: "s", volumeAttributesClassName: "s", volumeMode: "s", volumeName: "s" },
  PersistentVolumeClaimTemplate: { metadata: "#ObjectMeta", spec: "#PersistentVolumeClaimSpec" },
  PersistentVolumeClaimVolumeSource: { claimName: "s", readOnly: "b" },
  PhotonPersistentDiskVolumeSource: { fsType: "s", pdID: "s" },
  PodAffinity: { preferredDuringSchedulingIgnoredDuringExecution: "[#WeightedPodAffinityTerm", requiredDuringSchedulingIgnoredDuringExecution: "[#PodAffinityTerm" },
  PodAffinityTerm: { labelSelector: "#LabelSelector", matchLabelKeys: "[s", mismatchLabelKeys: "[s", namespaceSelector: "#LabelSelector", namespaces: "[s", topologyKey: "s" },
  PodAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: "[#WeightedPodAffinityTerm", requiredDuringSchedulingIgnoredDuringExecution: "[#PodAffinityTerm" },
  PodCertificateProjection: { certificateChainPath: "s", credentialBundlePath: "s", keyPath: "s", keyType: "s", maxExpirationSeconds: "i", signerName: "s", userAnnotations: "{s" },
  PodDNSConfig: { nameservers: "[s", options: "[#PodDNSConfigOption", searches: "[s" },
  PodDNSConfigOption: { name: "s", value: "s" },
  PodOS: { name: "s" },
  PodReadinessGate: { conditionType: "s" },
  PodResourceClaim: { name: "s", resourceClaimName: "s", resourceClaimTemplateName: "s" },
  PodSchedulingGate: { name: "s" },
  PodSchedulingGroup: { podGroupName: "s" },
  PodSecurityContext: { appArmorProfile: "#AppArmorProfile", fsGroup: "i", fsGroupChangePolicy: "s", runAsGroup: "i", runAsNonRoot: "b", runAsUser: "i", seLinuxChangePolicy: "s", seLinuxOptions: "#SELinuxOptions", seccompProfile: "#SeccompProfile", supplementalGroups: "[i", supplementalGroupsPolicy: "s", sysctls: "[#Sysctl", windowsOptions: "#WindowsSecurityContextOptions" },
  PodSpec: { activeDeadlineSeconds: "i", affinity: "#Affinity", automountServiceAccountToken: "b", containers: "[#Container", dnsConfig: "#PodDNSConfig", dnsPolicy: "s", enableServiceLinks: "b", ephemeralContainers: "[#EphemeralContainer", hostAliases: "[#HostAlias", hostIPC: "b", hostNetwork: "b", hostPID: "b", hostUsers: "b", hostname: "s", hostnameOverride: "s", imagePullSecrets: "[#LocalObjectReference", initContainers: "[#Container", nodeName: "s", nodeSelector: "{s", os: "#PodOS", overhead: "{q", preemptionPolicy: "s", priority: "i", priorityClassName: "s", readinessGates: "[#PodReadinessGate", resourceClaims: "[#PodResourceClaim", resources: "#ResourceRequirements", restartPolicy: "s", runtimeClassName: "s", schedulerName: "s", schedulingGates: "[#PodSchedulingGate", schedulingGroup: "#PodSchedulingGroup", securityContext: "#PodSecurityContext", serviceAccount: "s", serviceAccountName: "s", setHostnameAsFQDN: "b", shareProcessNamespace: "b", subdomain: "s", terminationGracePeriodSeconds: "i", tolerations: "[#Toleration", topologySpreadConstraints: "[#TopologySpreadConstraint", volumes: "[#Volume" },
  PodTemplateSpec: { metadata: "#ObjectMeta", spec: "#PodSpec" },
  PortworxVolumeSource: { fsType: "s", readOnly: "b", volumeID: "s" },
  PreferredSchedulingTerm: { preference: "#NodeSelectorTerm", weight: "i" },
  Probe: { exec: "#ExecAction", failureThreshold: "i", grpc: "#GRPCAction", httpGet: "#HTTPGetAction", initialDelaySeconds: "i", periodSeconds: "i", successThreshold: "i", tcpSocket: "#TCPSocketAction", terminationGracePeriodSeconds: "i", timeoutSeconds: "i" },
  ProjectedVolumeSource: { defaultMode: "i", sources: "[#VolumeProjection" },
  QuobyteVolumeSource: { group: "s", readOnly: "b", registry: "s", tenant: "s", user: "s", volume: "s" },
  RBDVolumeSource: { fsType: "s", image: "s", keyring: "s", monitors: "[s", pool: "s", readOnly: "b", secretRef: "#LocalObjectReference", user: "s" },
  ResourceClaim: { name: "s", request: "s" },
  ResourceFieldSelector: { containerName: "s", divisor: "q", resource: "s" },
  ResourceRequirements: { claims: "[#ResourceClaim", limits: "{q", requests: "{q" },
  SELinuxOptions: { level: "s", role: "s", type: "s", user: "s" },
  ScaleIOVolumeSource: { fsType: "s", gateway: "s", protectionDomain: "s", readOnly: "b", secretRef: "#LocalObjectReference", sslEnabled: "b", storageMode: "s", storagePool: "s", system: "s", volumeName: "s" },
  SeccompProfile: { localhostProfile: "s", type: "s" },
  SecretEnvSource: { name: "s", optional: "b" },
  SecretKeySelector: { key: "s", name: "s", optional: "b" },
  SecretProjection: { items: "[#KeyToPath", name: "s", optional: "b" },
  SecretVolumeSource: { defaultMode: "i", items: "[#KeyToPath", optional: "b", secretName: "s" },
  SecurityContext: { allowPrivilegeEscalation: "b", appArmorProfile: "#AppArmorProfile", capabilities: "#Capabilities", privileged: "b", procMount: "s", readOnlyRootFilesystem: "b", runAsGroup: "i", runAsNonRoot: "b", runAsUser: "i", seLinuxOptions: "#SELinuxOptions", seccompProfile: "#SeccompProfile", windowsOptions: "#WindowsSecurityContextOptions" },
  ServiceAccountTokenProjection: { audience: "s", expirationSeconds: "i", path: "s" },
  SleepAction: { seconds: "i" },
  StorageOSVolumeSource: { fsType: "s", readOnly: "b", secretRef: "#LocalObjectReference", volumeName: "s", volumeNamespace: "s" },
  Sysctl: { name: "s", value: "s" },
  TCPSocketAction: { host: "s", port: "x" },
  Toleration: { effect: "s", key: "s", operator: "s", tolerationSeconds: "i", value: "s" },
  TopologySpreadConstraint: { labelSelector: "#LabelSelector", matchLabelKeys: "[s", maxSkew: "i", minDomains: "i", nodeAffinityPolicy: "s", nodeTaintsPolicy: "s", topologyKey: "s", whenUnsatisfiable: "s" },
  TypedLocalObjectReference: { apiGroup: "s", kind: "s", name: "s" },
  TypedObjectReference: { apiGroup: "s", kind: "s", name: "s", namespace: "s" },
  Volume: { awsElasticBlockStore: "#AWSElasticBlockStoreVolumeSource", azureDisk: "#AzureDiskVolumeSource", azureFile: "#AzureFileVolumeSource", cephfs: "#CephFSVolumeSource", cinder: "#CinderVolumeSource", configMap: "#ConfigMapVolumeSource", csi: "#CSIVolumeSource", downwardAPI: "#DownwardAPIVolumeSource", emptyDir: "#EmptyDirVolumeSource", ephemeral: "#EphemeralVolumeSource", fc: "#FCVolumeSource", flexVolume: "#FlexVolumeSource", flocker: "#FlockerVolumeSource", gcePersistentDisk: "#GCEPersistentDiskVolumeSource", gitRepo: "#GitRepoVolumeSource", glusterfs: "#GlusterfsVolumeSource", hostPath: "#HostPathVolumeSource", image: "#ImageVolumeSource", iscsi: "#ISCSIVolumeSource", name: "s", nfs: "#NFSVolumeSource", persistentVolumeClaim: "#PersistentVolumeClaimVolumeSource", photonPersistentDisk: "#PhotonPersistentDiskVolumeSource", portworxVolume: "#PortworxVolumeSource", projected: "#ProjectedVolumeSource", quobyte: "#QuobyteVolumeSource", rbd: "#RBDVolumeSource", scaleIO: "#ScaleIOVolumeSource", secret: "#SecretVolumeSource", storageos: "#StorageOSVolumeSource", vsphereVolume: "#VsphereVirtualDiskVolumeSource" },
  VolumeDevice: { devicePath: "s", name: "s" },
  VolumeMount: { mountPath: "s", mountPropagation: "s", name: "s", readOnly: "b", recursiveReadOnly: "s", subPath: "s", subPathExpr: "s" },
  VolumeProjection: { clusterTrustBundle: "#ClusterTrustBundleProjection", configMap: "#ConfigMapProjection", downwardAPI: "#DownwardAPIProjection", podCertificate: "#PodCertificateProjection", secret: "#SecretProjection", serviceAccountToken: "#ServiceAccountTokenProjection" },
  VolumeResourceRequirements: { limits: "{q", requests: "{q" },
  VsphereVirtualDiskVolumeSource: { fsType: "s", storagePolicyID: "s", storagePolicyName: "s", volumePath: "s" },
  WeightedPodAffinityTerm: { podAffinityTerm: "#PodAffinityTerm", weight: "i" },
  WindowsSecurityContextOptions: { gmsaCredentialSpec: "s", gmsaCredentialSpecName: "s", hostProcess: "b", runAsUserName: "s" },
  LabelSelector: { matchExpressions: "[#LabelSelectorRequirement", matchLabels: "{s" },
  LabelSelectorRequirement: { key: "s", operator: "s", values: "[s" },
  ManagedFieldsEntry: { apiVersion: "s", fieldsType: "s", fieldsV1: "o", manager: "s", operation: "s", subresource: "s", time: "s" },
  ObjectMeta: { annotations: "{s", creationTimestamp: "s", deletionGracePeriodSeconds: "i", deletionTimestamp: "s", finalizers: "[s", generateName: "s", generation: "i", labels: "{s", managedFields: "[#ManagedFieldsEntry", name: "s", namespace: "s", ownerReferences: "[#OwnerReference", resourceVersion: "s", selfLink: "s", uid: "s" },
  OwnerReference: { apiVersion: "s", blockOwnerDeletion: "b", controller: "b", kind: "s", name: "s", uid: "s" }
};

// src/run/zero-values.ts
function readNulls(daemonSet) {
  struct(daemonSet, SHAPES.DaemonSet, 0);
}
var MAX_DEPTH = 256;
function struct(object, fields, depth) {
  if (!fields || depth > MAX_DEPTH) return;
  for (const key of Object.keys(object)) {
    const type = fields[key];
    if (type === void 0) continue;
    const value = object[key];
    if (value === null) object[key] = void 0;
    else visit(value, type, depth + 1);
  }
}
function visit(value, type, depth) {
  if (typeof value !== "object" || value === null) return;
  const kind = type.charCodeAt(0);
  if (kind === HASH2) {
    if (!Array.isArray(value)) struct(value, SHAPES[type.slice(1)], depth);
  } else if (kind === LIST) {
    if (!Array.isArray(value)) return;
    const item = type.slice(1);
    for (let i = 0; i < value.length; i++) {
      if (value[i] === null) value[i] = zero(item);
      else visit(value[i], item, depth + 1);
    }
  } else if (kind === MAP) {
    if (Array.isArray(value)) return;
    const item = type.slice(1);
    const map = value;
    for (const key of Object.keys(map)) {
      if (map[key] === null) map[key] = zero(item);
      else visit(map[key], item, depth + 1);
    }
  }
}
var HASH2 = 35;
var LIST = 91;
var MAP = 123;
function zero(type) {
  switch (type.charCodeAt(0)) {
    case 115:
      return "";
    case 98:
      return false;
    case 105:
    case 110:
    case 113:
    case 120:
      return 0;
    case LIST:
      return [];
    default:
      return {};
  }
}

// src/run/lint-document.ts
var WORKLOAD_KINDS = ["DaemonSet", "Deployment", "StatefulSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Pod"];
var NO_RULES = [];
function documentLinter(file, rules, settings, result) {
  const runners = rules.map((active) => new RuleRunner(file, active, settings, result));
  const acrossInput = rules.filter((a) => a.rule.checkAll);
  const acrossInputIds = new Set(acrossInput.map((a) => a.rule.id));
  const collectorsOf = acrossInput.length > 0 ? collectorsByKind(acrossInput) : void 0;
  return (document) => {
    for (const object of objectsOf(document)) {
      const daemonSet = isDaemonSet(object);
      if (daemonSet && document.hasNull) readNulls(object.value);
      const collectors = collectorsOf && typeof object.value.kind === "string" ? collectorsOf(object.value.kind) : NO_RULES;
      const ignore = daemonSet || collectors.length > 0 ? ignoreAnnotationOf(object.value) : void 0;
      if (collectors.length > 0) collectObject(file, object, ignore, collectors, settings, result);
      if (!daemonSet) continue;
      result.daemonSets++;
      result.checked.push({ file: file.path, documentIndex: document.index, object: object.ref, path: object.path });
      if (settings.inventory) {
        const profile = schedulingProfileOf(object.value, settings.kubeVersion);
        result.planned.push({ ref: object.ref, file: file.path, documentIndex: document.index, profile });
      }
      const first = result.findings.length;
      for (let i = 0; i < runners.length; i++) runners[i].run(object);
      if (!ignore) continue;
      const unused = applyIgnoreAnnotation(ignore, result.findings, first, settings, acrossInputIds);
      if (unused === void 0) continue;
      const path2 = [...object.path, ...ignore.path];
      result.findings.push({
        ruleId: UNUSED_SUPPRESSION,
        severity: unused.severity,
        message: unused.message,
        help: unused.help,
        file: file.path,
        range: rangeOf(file, object.document.root, path2, "value", object.document.start),
        documentIndex: object.document.index,
        object: object.ref,
        path: path2
      });
    }
  };
}
function collectorsByKind(acrossInput) {
  const byKind = /* @__PURE__ */ new Map();
  return (kind) => {
    let collectors = byKind.get(kind);
    if (collectors === void 0) {
      collectors = acrossInput.filter(({ rule }) => {
        const kinds = rule.collectKinds ?? WORKLOAD_KINDS;
        return kinds === "*" || kinds.includes(kind);
      });
      byKind.set(kind, collectors.length > 0 ? collectors : NO_RULES);
    }
    return collectors;
  };
}
function collectObject(file, object, ignore, collectors, settings, result) {
  let kept;
  let whole = false;
  let input;
  for (const { rule, options } of collectors) {
    if (!rule.collect) {
      whole = true;
      continue;
    }
    input ??= { ref: object.ref, value: object.value, file: file.path, documentIndex: object.document.index };
    let value;
    try {
      value = rule.collect(input, options, { kubeVersion: settings.kubeVersion });
    } catch (error) {
      stopIfTimedOut(error, where(file, object));
      result.failures.push({ ruleId: rule.id, where: where(file, object), message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    if (value !== void 0) (kept ??= {})[rule.id] = value;
  }
  if (kept === void 0 && !whole) return;
  const collected = { ref: object.ref, file: file.path, documentIndex: object.document.index, objectPath: object.path, kept: kept ?? {} };
  if (whole) collected.value = object.value;
  if (ignore) collected.ignore = ignore;
  result.objects.push(collected);
}
var RuleRunner = class {
  constructor(file, active, settings, result) {
    this.file = file;
    this.active = active;
    this.settings = settings;
    this.result = result;
    this.options = active.options;
    this.now = settings.now;
    this.kubeVersion = settings.kubeVersion;
    this.inventory = settings.inventory;
    this.badSeverity = failsOnce(result.failures, active.rule.id, file.path);
  }
  file;
  active;
  settings;
  result;
  options;
  now;
  kubeVersion;
  inventory;
  object = {};
  target;
  /** Told of a finding whose severity is not one: a failure of the rule, once per file. */
  badSeverity;
  run(object) {
    const rule = this.active.rule;
    if (!rule.check) return;
    this.target = object;
    this.object = object.ref;
    try {
      rule.check(object.value, this);
    } catch (error) {
      stopIfTimedOut(error, where(this.file, object));
      this.result.failures.push({ ruleId: rule.id, where: where(this.file, object), message: error instanceof Error ? error.message : String(error) });
    } finally {
      this.target = void 0;
    }
  }
  report = (descriptor) => {
    const object = this.target;
    if (object === void 0) {
      this.result.failures.push({ ruleId: this.active.rule.id, where: this.file.path, message: "reported after its check had returned" });
      return;
    }
    const { file, settings } = this;
    const { rule } = this.active;
    const path2 = object.path.length === 0 ? descriptor.path.slice() : object.path.concat(descriptor.path);
    const finding = {
      ruleId: rule.id,
      severity: findingSeverity(this.active, descriptor, this.badSeverity),
      message: renderMessage(rule, descriptor.messageId, descriptor.data),
      messageId: descriptor.messageId,
      file: file.path,
      range: rangeOf(file, object.document.root, path2, descriptor.at, object.document.start),
      documentIndex: object.document.index,
      object: object.ref,
      path: path2
    };
    const help = renderHelp(rule, descriptor.messageId, descriptor.data);
    if (help !== void 0) finding.help = help;
    if (descriptor.justification !== void 0) {
      finding.suppressions = [{ kind: "inSource", justification: descriptor.justification }];
    } else if (descriptor.justifyWith !== void 0) {
      finding.justifyWith = descriptor.justifyWith;
    }
    if (descriptor.fix && !finding.suppressions) {
      if (settings.fixEdits === false) {
        finding.fixable = descriptor.fix.safety ?? "safe";
      } else {
        const edit = object.document.root && editFor(file.text, object.document.root, object.path.length === 0 ? descriptor.fix : { ...descriptor.fix, path: object.path.concat(descriptor.fix.path) });
        if (edit) {
          finding.fixable = descriptor.fix.safety ?? "safe";
          finding.fix = { range: { start: file.position(edit.start), end: file.position(edit.end) }, text: edit.text };
        }
      }
    }
    this.result.findings.push(finding);
  };
};
var SEVERITIES = /* @__PURE__ */ new Set(["error", "warning", "info"]);
function findingSeverity(active, descriptor, invalid) {
  const own = descriptor.severity;
  if (own !== void 0 && !SEVERITIES.has(own)) {
    invalid?.(`reported a finding of severity ${bounded(JSON.stringify(own) ?? String(own))}; a finding's severity is error, warning or info`);
    return active.severity;
  }
  return descriptor.severity !== void 0 && !active.levelSet ? descriptor.severity : active.severity;
}
function failsOnce(failures, ruleId, where2) {
  let told = false;
  return (message) => {
    if (!told) failures.push({ ruleId, where: where2, message });
    told = true;
  };
}
function where(file, object) {
  return object.ref.name ? `${file.path} (${describeObject(object.ref)})` : file.path;
}
function stopIfTimedOut(error, at2) {
  if (error instanceof PluginTimeoutError) throw new PluginTimeoutError(error.message.replace(/: the run was stopped$/, ` on ${at2}: the run was stopped`));
}

// src/run/lint-file.ts
var YAML_SYNTAX = "yaml-syntax";
var DUPLICATE_KEY = "duplicate-key";
var CONTENT_AFTER_END = "content-after-end";
var HELM_TEMPLATE = "helm-template";
var YAML_SYNTAX_HELP = "This document is not YAML (or JSON) that kubectl reads: kubectl apply would fail on it, and nothing in it can be checked. Fix the syntax at this position; the other documents of the file are still linted.";
async function prepareRules(active, settings) {
  await Promise.all(
    active.map(async (a) => {
      try {
        await a.rule.prepare?.({ kubeVersion: settings.kubeVersion });
      } catch (error) {
        if (error instanceof PluginError) throw error;
        throw new PluginError(`rule ${a.rule.id}: prepare() failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    })
  );
}
function lintSourceFile(file, rules, settings) {
  return lintChunks(file, file.documents, rules, settings);
}
function lintChunks(file, chunks, rules, settings) {
  const result = { findings: [], daemonSets: 0, failures: [], objects: [], checked: [], planned: [], wantsLenientReader: false };
  const parsed = { documents: [], errors: [], notices: [], wantsLenientReader: false };
  const lintDocument = documentLinter(file, rules, settings, result);
  for (const chunk of chunks) {
    parseChunk(file, chunk, parsed);
    readingFindings(file, parsed, settings, result.findings);
    for (const document of parsed.documents) lintDocument(document);
    parsed.documents.length = 0;
    parsed.errors.length = 0;
    parsed.notices.length = 0;
  }
  result.wantsLenientReader = parsed.wantsLenientReader;
  return result;
}
function runRulesOnFile(file, parsed, rules, settings) {
  const result = { findings: [], daemonSets: 0, failures: [], objects: [], checked: [], planned: [], wantsLenientReader: parsed.wantsLenientReader };
  readingFindings(file, parsed, settings, result.findings);
  const lintDocument = documentLinter(file, rules, settings, result);
  for (const document of parsed.documents) lintDocument(document);
  return result;
}
function readingFindings(file, parsed, settings, into) {
  const template = parsed.errors.length > 0 ? file.text.indexOf("{{") : -1;
  if (template !== -1) {
    const level = settings.helmTemplate ?? "warning";
    if (level !== "off") into.push(helmTemplateFinding(file, template, parsed.errors[0].index, level));
  } else {
    for (const error of parsed.errors) into.push(syntaxFinding(file, error));
  }
  const afterEnd = settings.contentAfterEnd ?? "warning";
  if (afterEnd !== "off") for (const notice of parsed.notices) into.push(noticeFinding(file, notice, afterEnd));
  const duplicates = settings.duplicateKey ?? "warning";
  if (duplicates !== "off") {
    for (const document of parsed.documents) if (document.duplicates) into.push(...duplicateFindings(file, document, duplicates));
  }
}
function noticeFinding(file, notice, severity) {
  return {
    ruleId: CONTENT_AFTER_END,
    severity,
    message: "kubectl never reads this: it comes after a `...` line and before the next `---`",
    help: notice.message,
    file: file.path,
    range: lineRange(file, notice.offset),
    documentIndex: notice.index,
    path: []
  };
}
function duplicateFindings(file, document, severity) {
  return (document.duplicates ?? []).map((d) => {
    const first = file.position(d.first);
    const key = d.key.length > 60 ? `${JSON.stringify(d.key.slice(0, 57))}...` : JSON.stringify(d.key);
    return {
      ruleId: DUPLICATE_KEY,
      severity,
      message: `key ${key} is also set on line ${first.line}: Kubernetes keeps this later value`,
      help: `A mapping that names a key twice is invalid YAML, but kubectl reads it anyway and silently keeps the last value, whatever \`--validate\` says (the duplicate never reaches the API server). The value on line ${first.line} is lost. Delete one of the two, or merge them. daemonlint lints the document with this later value, as the cluster would see it.`,
      file: file.path,
      range: { start: file.position(d.offset), end: file.position(d.offset + keyLength(file.text, d.offset)) },
      documentIndex: document.index,
      path: []
    };
  });
}
function keyLength(text2, offset) {
  const c = text2[offset];
  if (c === '"' || c === "'") {
    const close = text2.indexOf(c, offset + 1);
    return close === -1 ? 1 : close + 1 - offset;
  }
  const m = /^[^\n]*?(?=\s*:(?:\s|$))/.exec(text2.slice(offset, offset + 1e3));
  return m && m[0].length > 0 ? m[0].length : 1;
}
function lineRange(file, offset) {
  const nl = file.text.indexOf("\n", offset);
  const end = nl === -1 ? file.text.length : file.text[nl - 1] === "\r" ? nl - 1 : nl;
  return { start: file.position(offset), end: file.position(end) };
}
function helmTemplateFinding(file, offset, documentIndex, severity) {
  return {
    ruleId: HELM_TEMPLATE,
    severity,
    message: "a Helm/Go template, not YAML: lint its rendered output",
    help: "This file does not parse as YAML and holds {{ }} template actions: Helm (or another Go template tool) renders it before anything reads it as YAML. Lint what it renders to, e.g. helm template <chart> | daemonlint - (add --chart-dir <chart> to see findings at the template lines). A directory walk skips templates/ next to a Chart.yaml; turn this finding off with rules: {helm-template: off}.",
    file: file.path,
    range: { start: file.position(offset), end: file.position(offset + 2) },
    documentIndex,
    path: []
  };
}
function syntaxFinding(file, error) {
  return {
    ruleId: YAML_SYNTAX,
    severity: "error",
    message: error.message,
    help: YAML_SYNTAX_HELP,
    file: file.path,
    range: pointRange(file, error.offset),
    documentIndex: error.index,
    path: []
  };
}
function compareFindings(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

// src/yaml/split-documents.ts
var SEPARATOR2 = /^---/gm;
var END_MARKER = /^\.\.\.(?=[ \t\r\n]|$)/m;
var NO_CONTENT_LINE = /^(?:[ \t]*(?:#.*)?|---[ \t]*(?:#.*)?)\r?$/;
function splitDocuments(text2) {
  const chunks = [];
  let start = 0;
  SEPARATOR2.lastIndex = 0;
  for (let m = SEPARATOR2.exec(text2); m !== null; m = SEPARATOR2.exec(text2)) {
    if (m.index > start) piece(start, m.index);
    start = m.index;
  }
  piece(start, text2.length);
  return chunks;
  function piece(s, e) {
    const issues = [];
    const marked = text2.startsWith("---", s);
    let first = s;
    if (marked) {
      first = lineAfter2(s, e);
      const rest = text2.slice(s + 3, first).trim();
      if (rest !== "" && !rest.startsWith("#")) {
        issues.push({ kind: "separator", offset: s, text: rest });
        s = first;
      }
      if (text2.charCodeAt(first) === 65279) s = first = first + 1;
    }
    let end = e;
    const endLine = findEndMarker(first, e);
    if (endLine !== -1) {
      end = lineAfter2(endLine, e);
      const ignored = firstContent2(end, e);
      let leading = false;
      if (!hasContent(first, endLine)) {
        leading = !marked;
        if (leading) issues.push({ kind: "leading-end", offset: endLine });
        end = endLine;
      }
      if (ignored !== -1 && !leading) issues.push({ kind: "after-end", offset: ignored });
    }
    const directive = firstDirective(first, end);
    if (directive !== -1) issues.push({ kind: "directive", offset: directive });
    const content = hasContent(first, end) && directive === -1;
    if (!content && issues.length === 0) return;
    const chunk = { start: s, end: content ? end : Math.max(end, s), index: chunks.length };
    if (issues.length > 0) chunk.issues = issues;
    if (!content) chunk.skip = true;
    chunks.push(chunk);
  }
  function lineAfter2(p, e) {
    const nl = text2.indexOf("\n", p);
    return nl === -1 || nl >= e ? e : nl + 1;
  }
  function findEndMarker(s, e) {
    const m = END_MARKER.exec(text2.slice(s, e));
    return m ? s + m.index : -1;
  }
  function firstContent2(s, e) {
    let lineStart = s;
    while (lineStart < e) {
      const nl = text2.indexOf("\n", lineStart);
      const lineEnd2 = nl === -1 || nl >= e ? e : nl;
      if (!NO_CONTENT_LINE.test(text2.slice(lineStart, lineEnd2))) return lineStart;
      lineStart = lineEnd2 + 1;
    }
    return -1;
  }
  function hasContent(s, e) {
    return firstContent2(s, e) !== -1;
  }
  function firstDirective(s, e) {
    const content = firstContent2(s, e);
    return content !== -1 && text2.charCodeAt(content) === 37 ? content : -1;
  }
}

// src/yaml/source-file.ts
var SourceFile = class {
  constructor(path2, rawText, absolutePath, origin) {
    this.path = path2;
    this.absolutePath = absolutePath;
    this.origin = origin;
    this.hadBom = rawText.charCodeAt(0) === 65279;
    this.text = this.hadBom ? rawText.slice(1) : rawText;
  }
  path;
  absolutePath;
  origin;
  text;
  hadBom;
  lineStarts;
  chunks;
  /** The file's documents (split-documents.ts), split once however many passes of a run need them. */
  get documents() {
    return this.chunks ??= splitDocuments(this.text);
  }
  position(offset) {
    const starts = this.lineStarts ??= computeLineStarts(this.text);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1, offset };
  }
  /** Offset of the first character of a 1-based line. */
  lineStart(line) {
    const starts = this.lineStarts ??= computeLineStarts(this.text);
    return starts[Math.min(Math.max(line - 1, 0), starts.length - 1)];
  }
};
function computeLineStarts(text2) {
  let lines = 1;
  for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) lines++;
  const starts = new Uint32Array(lines);
  let line = 1;
  for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) starts[line++] = i + 1;
  return starts;
}

// src/run/speed/share.ts
var TUNING_MIN_BYTES = 64 * 1024;
function shareBytes(task) {
  let bytes = 0;
  for (const f of task.files) for (const c of f.chunks) bytes += c.end - c.start;
  return bytes;
}
async function lintShare(task, rulesById, options = {}) {
  const active = task.rules.map((r) => {
    const rule = rulesById.get(r.id);
    if (!rule) throw new Error(`rule "${r.id}" is not available in this thread`);
    return r.levelSet ? { rule, severity: r.severity, options: r.options, levelSet: true } : { rule, severity: r.severity, options: r.options };
  });
  const settings = { ...task.settings, now: new Date(task.settings.now) };
  await prepareRules(active, settings);
  const out = [];
  const tuning = options.tuneV8 && shareBytes(task) >= TUNING_MIN_BYTES ? raiseInterruptBudget() : void 0;
  try {
    for (const f of task.files) {
      const file = new SourceFile(f.path, f.text);
      let result = lintChunks(file, f.chunks, active, settings);
      if (result.wantsLenientReader) {
        tuning?.pause();
        await loadLenientReader();
        tuning?.resume();
        result = lintChunks(file, f.chunks, active, settings);
      }
      out.push({ path: f.path, findings: result.findings, daemonSets: result.daemonSets, failures: result.failures, objects: result.objects, checked: result.checked, planned: result.planned });
    }
  } finally {
    tuning?.end();
  }
  return out;
}

export {
  CORE_SCHEMA,
  load,
  MAX_TEXT,
  bounded,
  boundFinding,
  boundedRef,
  PatternError,
  compileGlob,
  compileWildcard,
  hasGlobMagic,
  readLimited,
  kindOf,
  formatSize,
  formatBytes,
  parseSize,
  describeError,
  isPlaceholderReason,
  setOwn,
  SourceFile,
  PluginError,
  PluginTimeoutError,
  pluginStdoutToStderr,
  pluginsStarted,
  loadPlugins,
  locate,
  rangeOf,
  resolvePlain,
  KeyError,
  plainKey,
  loadLenientReader,
  parseFile,
  editFor,
  lineEnding,
  asRecord,
  UNUSED_SUPPRESSION,
  directiveKey,
  applySuppressions,
  CONTROL_PLANE_LABEL,
  ownString,
  parseQuantity,
  defineRule,
  renderMessage,
  renderHelp,
  findingSeverity,
  failsOnce,
  YAML_SYNTAX,
  DUPLICATE_KEY,
  CONTENT_AFTER_END,
  HELM_TEMPLATE,
  prepareRules,
  lintSourceFile,
  runRulesOnFile,
  syntaxFinding,
  compareFindings,
  FNV_OFFSET,
  fnvStep,
  isDNS1123Label,
  labelKeyErrors,
  labelValueErrors,
  bigintJson,
  fromBigintJson,
  coverageReport,
  planFleet,
  supportedKubeVersions,
  defaultKubeVersion,
  targetableKubeVersions,
  unsupportedKubeVersion,
  builtinRules,
  allowV8Tuning,
  lintShare
};
