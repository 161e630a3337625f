import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import "./chunk-JAUPX4EE.js";

// src/schema/generated/v1.34.validate.js
var validate = validate21;
var v1_34_validate_default = validate21;
var schema7 = { "type": ["object", "null"], "properties": { "apiVersion": { "type": ["string", "null"] }, "kind": { "type": ["string", "null"] }, "metadata": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta" }, "spec": { "$ref": "#/definitions/io.k8s.api.apps.v1.DaemonSetSpec" }, "status": { "$ref": "#/definitions/io.k8s.api.apps.v1.DaemonSetStatus" } }, "additionalProperties": false };
var schema8 = { "type": ["object", "null"], "properties": { "annotations": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] } }, "creationTimestamp": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time" }, "deletionGracePeriodSeconds": { "type": ["integer", "null"] }, "deletionTimestamp": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time" }, "finalizers": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "generateName": { "type": ["string", "null"] }, "generation": { "type": ["integer", "null"] }, "labels": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] } }, "managedFields": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry" } }, "name": { "type": ["string", "null"] }, "namespace": { "type": ["string", "null"] }, "ownerReferences": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference" } }, "resourceVersion": { "type": ["string", "null"] }, "selfLink": { "type": ["string", "null"] }, "uid": { "type": ["string", "null"] } }, "additionalProperties": false };
var func2 = Object.prototype.hasOwnProperty;
var schema9 = { "type": ["string", "null"] };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema9.type }, message: "must be string,null", schema: schema9.type, parentSchema: schema9, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
var schema10 = { "type": ["object", "null"], "properties": { "apiVersion": { "type": ["string", "null"] }, "fieldsType": { "type": ["string", "null"] }, "fieldsV1": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1" }, "manager": { "type": ["string", "null"] }, "operation": { "type": ["string", "null"] }, "subresource": { "type": ["string", "null"] }, "time": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time" } }, "additionalProperties": false };
var schema11 = { "type": ["object", "null"] };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema11.type }, message: "must be object,null", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema10.type }, message: "must be object,null", schema: schema10.type, parentSchema: schema10, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "fieldsType" || key0 === "fieldsV1" || key0 === "manager" || key0 === "operation" || key0 === "subresource" || key0 === "time")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema10, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string" && data0 !== null) {
        const err2 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: schema10.properties.apiVersion.type }, message: "must be string,null", schema: schema10.properties.apiVersion.type, parentSchema: schema10.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.fieldsType !== void 0) {
      let data1 = data.fieldsType;
      if (typeof data1 !== "string" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/fieldsType", schemaPath: "#/properties/fieldsType/type", keyword: "type", params: { type: schema10.properties.fieldsType.type }, message: "must be string,null", schema: schema10.properties.fieldsType.type, parentSchema: schema10.properties.fieldsType, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.fieldsV1 !== void 0) {
      if (!validate28(data.fieldsV1, { instancePath: instancePath + "/fieldsV1", parentData: data, parentDataProperty: "fieldsV1", rootData })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.manager !== void 0) {
      let data3 = data.manager;
      if (typeof data3 !== "string" && data3 !== null) {
        const err4 = { instancePath: instancePath + "/manager", schemaPath: "#/properties/manager/type", keyword: "type", params: { type: schema10.properties.manager.type }, message: "must be string,null", schema: schema10.properties.manager.type, parentSchema: schema10.properties.manager, data: data3 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.operation !== void 0) {
      let data4 = data.operation;
      if (typeof data4 !== "string" && data4 !== null) {
        const err5 = { instancePath: instancePath + "/operation", schemaPath: "#/properties/operation/type", keyword: "type", params: { type: schema10.properties.operation.type }, message: "must be string,null", schema: schema10.properties.operation.type, parentSchema: schema10.properties.operation, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.subresource !== void 0) {
      let data5 = data.subresource;
      if (typeof data5 !== "string" && data5 !== null) {
        const err6 = { instancePath: instancePath + "/subresource", schemaPath: "#/properties/subresource/type", keyword: "type", params: { type: schema10.properties.subresource.type }, message: "must be string,null", schema: schema10.properties.subresource.type, parentSchema: schema10.properties.subresource, data: data5 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.time !== void 0) {
      if (!validate24(data.time, { instancePath: instancePath + "/time", parentData: data, parentDataProperty: "time", rootData })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
var schema12 = { "type": ["object", "null"], "properties": { "apiVersion": { "type": ["string", "null"] }, "blockOwnerDeletion": { "type": ["boolean", "null"] }, "controller": { "type": ["boolean", "null"] }, "kind": { "type": ["string", "null"] }, "name": { "type": ["string", "null"] }, "uid": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["apiVersion", "kind", "name", "uid"] };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema12.type }, message: "must be object,null", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.uid === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "uid" }, message: "must have required property 'uid'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "blockOwnerDeletion" || key0 === "controller" || key0 === "kind" || key0 === "name" || key0 === "uid")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string" && data0 !== null) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: schema12.properties.apiVersion.type }, message: "must be string,null", schema: schema12.properties.apiVersion.type, parentSchema: schema12.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.blockOwnerDeletion !== void 0) {
      let data1 = data.blockOwnerDeletion;
      if (typeof data1 !== "boolean" && data1 !== null) {
        const err7 = { instancePath: instancePath + "/blockOwnerDeletion", schemaPath: "#/properties/blockOwnerDeletion/type", keyword: "type", params: { type: schema12.properties.blockOwnerDeletion.type }, message: "must be boolean,null", schema: schema12.properties.blockOwnerDeletion.type, parentSchema: schema12.properties.blockOwnerDeletion, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.controller !== void 0) {
      let data2 = data.controller;
      if (typeof data2 !== "boolean" && data2 !== null) {
        const err8 = { instancePath: instancePath + "/controller", schemaPath: "#/properties/controller/type", keyword: "type", params: { type: schema12.properties.controller.type }, message: "must be boolean,null", schema: schema12.properties.controller.type, parentSchema: schema12.properties.controller, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data3 = data.kind;
      if (typeof data3 !== "string" && data3 !== null) {
        const err9 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: schema12.properties.kind.type }, message: "must be string,null", schema: schema12.properties.kind.type, parentSchema: schema12.properties.kind, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data4 = data.name;
      if (typeof data4 !== "string" && data4 !== null) {
        const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema12.properties.name.type }, message: "must be string,null", schema: schema12.properties.name.type, parentSchema: schema12.properties.name, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.uid !== void 0) {
      let data5 = data.uid;
      if (typeof data5 !== "string" && data5 !== null) {
        const err11 = { instancePath: instancePath + "/uid", schemaPath: "#/properties/uid/type", keyword: "type", params: { type: schema12.properties.uid.type }, message: "must be string,null", schema: schema12.properties.uid.type, parentSchema: schema12.properties.uid, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema8.type }, message: "must be object,null", schema: schema8.type, parentSchema: schema8, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema8.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema8, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data0 = data.annotations;
      if (!(data0 && typeof data0 == "object" && !Array.isArray(data0)) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: schema8.properties.annotations.type }, message: "must be object,null", schema: schema8.properties.annotations.type, parentSchema: schema8.properties.annotations, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          let data1 = data0[key1];
          if (typeof data1 !== "string" && data1 !== null) {
            const err3 = { instancePath: instancePath + "/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/annotations/additionalProperties/type", keyword: "type", params: { type: schema8.properties.annotations.additionalProperties.type }, message: "must be string,null", schema: schema8.properties.annotations.additionalProperties.type, parentSchema: schema8.properties.annotations.additionalProperties, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.creationTimestamp !== void 0) {
      if (!validate24(data.creationTimestamp, { instancePath: instancePath + "/creationTimestamp", parentData: data, parentDataProperty: "creationTimestamp", rootData })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.deletionGracePeriodSeconds !== void 0) {
      let data3 = data.deletionGracePeriodSeconds;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3)) && data3 !== null) {
        const err4 = { instancePath: instancePath + "/deletionGracePeriodSeconds", schemaPath: "#/properties/deletionGracePeriodSeconds/type", keyword: "type", params: { type: schema8.properties.deletionGracePeriodSeconds.type }, message: "must be integer,null", schema: schema8.properties.deletionGracePeriodSeconds.type, parentSchema: schema8.properties.deletionGracePeriodSeconds, data: data3 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.deletionTimestamp !== void 0) {
      if (!validate24(data.deletionTimestamp, { instancePath: instancePath + "/deletionTimestamp", parentData: data, parentDataProperty: "deletionTimestamp", rootData })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.finalizers !== void 0) {
      let data5 = data.finalizers;
      if (!Array.isArray(data5) && data5 !== null) {
        const err5 = { instancePath: instancePath + "/finalizers", schemaPath: "#/properties/finalizers/type", keyword: "type", params: { type: schema8.properties.finalizers.type }, message: "must be array,null", schema: schema8.properties.finalizers.type, parentSchema: schema8.properties.finalizers, data: data5 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 !== "string" && data6 !== null) {
            const err6 = { instancePath: instancePath + "/finalizers/" + i0, schemaPath: "#/properties/finalizers/items/type", keyword: "type", params: { type: schema8.properties.finalizers.items.type }, message: "must be string,null", schema: schema8.properties.finalizers.items.type, parentSchema: schema8.properties.finalizers.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
    if (data.generateName !== void 0) {
      let data7 = data.generateName;
      if (typeof data7 !== "string" && data7 !== null) {
        const err7 = { instancePath: instancePath + "/generateName", schemaPath: "#/properties/generateName/type", keyword: "type", params: { type: schema8.properties.generateName.type }, message: "must be string,null", schema: schema8.properties.generateName.type, parentSchema: schema8.properties.generateName, data: data7 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.generation !== void 0) {
      let data8 = data.generation;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8)) && data8 !== null) {
        const err8 = { instancePath: instancePath + "/generation", schemaPath: "#/properties/generation/type", keyword: "type", params: { type: schema8.properties.generation.type }, message: "must be integer,null", schema: schema8.properties.generation.type, parentSchema: schema8.properties.generation, data: data8 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data9 = data.labels;
      if (!(data9 && typeof data9 == "object" && !Array.isArray(data9)) && data9 !== null) {
        const err9 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: schema8.properties.labels.type }, message: "must be object,null", schema: schema8.properties.labels.type, parentSchema: schema8.properties.labels, data: data9 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key2 in data9) {
          let data10 = data9[key2];
          if (typeof data10 !== "string" && data10 !== null) {
            const err10 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: schema8.properties.labels.additionalProperties.type }, message: "must be string,null", schema: schema8.properties.labels.additionalProperties.type, parentSchema: schema8.properties.labels.additionalProperties, data: data10 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      }
    }
    if (data.managedFields !== void 0) {
      let data11 = data.managedFields;
      if (!Array.isArray(data11) && data11 !== null) {
        const err11 = { instancePath: instancePath + "/managedFields", schemaPath: "#/properties/managedFields/type", keyword: "type", params: { type: schema8.properties.managedFields.type }, message: "must be array,null", schema: schema8.properties.managedFields.type, parentSchema: schema8.properties.managedFields, data: data11 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate27(data11[i1], { instancePath: instancePath + "/managedFields/" + i1, parentData: data11, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.name !== void 0) {
      let data13 = data.name;
      if (typeof data13 !== "string" && data13 !== null) {
        const err12 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema8.properties.name.type }, message: "must be string,null", schema: schema8.properties.name.type, parentSchema: schema8.properties.name, data: data13 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.namespace !== void 0) {
      let data14 = data.namespace;
      if (typeof data14 !== "string" && data14 !== null) {
        const err13 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: schema8.properties.namespace.type }, message: "must be string,null", schema: schema8.properties.namespace.type, parentSchema: schema8.properties.namespace, data: data14 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.ownerReferences !== void 0) {
      let data15 = data.ownerReferences;
      if (!Array.isArray(data15) && data15 !== null) {
        const err14 = { instancePath: instancePath + "/ownerReferences", schemaPath: "#/properties/ownerReferences/type", keyword: "type", params: { type: schema8.properties.ownerReferences.type }, message: "must be array,null", schema: schema8.properties.ownerReferences.type, parentSchema: schema8.properties.ownerReferences, data: data15 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (Array.isArray(data15)) {
        const len2 = data15.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate32(data15[i2], { instancePath: instancePath + "/ownerReferences/" + i2, parentData: data15, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.resourceVersion !== void 0) {
      let data17 = data.resourceVersion;
      if (typeof data17 !== "string" && data17 !== null) {
        const err15 = { instancePath: instancePath + "/resourceVersion", schemaPath: "#/properties/resourceVersion/type", keyword: "type", params: { type: schema8.properties.resourceVersion.type }, message: "must be string,null", schema: schema8.properties.resourceVersion.type, parentSchema: schema8.properties.resourceVersion, data: data17 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.selfLink !== void 0) {
      let data18 = data.selfLink;
      if (typeof data18 !== "string" && data18 !== null) {
        const err16 = { instancePath: instancePath + "/selfLink", schemaPath: "#/properties/selfLink/type", keyword: "type", params: { type: schema8.properties.selfLink.type }, message: "must be string,null", schema: schema8.properties.selfLink.type, parentSchema: schema8.properties.selfLink, data: data18 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.uid !== void 0) {
      let data19 = data.uid;
      if (typeof data19 !== "string" && data19 !== null) {
        const err17 = { instancePath: instancePath + "/uid", schemaPath: "#/properties/uid/type", keyword: "type", params: { type: schema8.properties.uid.type }, message: "must be string,null", schema: schema8.properties.uid.type, parentSchema: schema8.properties.uid, data: data19 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var schema13 = { "type": ["object", "null"], "properties": { "minReadySeconds": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "revisionHistoryLimit": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "selector": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector" }, "template": { "$ref": "#/definitions/io.k8s.api.core.v1.PodTemplateSpec" }, "updateStrategy": { "$ref": "#/definitions/io.k8s.api.apps.v1.DaemonSetUpdateStrategy" } }, "additionalProperties": false, "required": ["selector", "template"] };
var schema14 = { "type": ["object", "null"], "properties": { "matchExpressions": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement" } }, "matchLabels": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] } } }, "additionalProperties": false };
var schema15 = { "type": ["object", "null"], "properties": { "key": { "type": ["string", "null"] }, "operator": { "type": ["string", "null"] }, "values": { "type": ["array", "null"], "items": { "type": ["string", "null"] } } }, "additionalProperties": false, "required": ["key", "operator"] };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema15.type }, message: "must be object,null", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.operator === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "operator" }, message: "must have required property 'operator'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "key" || key0 === "operator" || key0 === "values")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data0 = data.key;
      if (typeof data0 !== "string" && data0 !== null) {
        const err4 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: schema15.properties.key.type }, message: "must be string,null", schema: schema15.properties.key.type, parentSchema: schema15.properties.key, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.operator !== void 0) {
      let data1 = data.operator;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/operator", schemaPath: "#/properties/operator/type", keyword: "type", params: { type: schema15.properties.operator.type }, message: "must be string,null", schema: schema15.properties.operator.type, parentSchema: schema15.properties.operator, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.values !== void 0) {
      let data2 = data.values;
      if (!Array.isArray(data2) && data2 !== null) {
        const err6 = { instancePath: instancePath + "/values", schemaPath: "#/properties/values/type", keyword: "type", params: { type: schema15.properties.values.type }, message: "must be array,null", schema: schema15.properties.values.type, parentSchema: schema15.properties.values, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 !== "string" && data3 !== null) {
            const err7 = { instancePath: instancePath + "/values/" + i0, schemaPath: "#/properties/values/items/type", keyword: "type", params: { type: schema15.properties.values.items.type }, message: "must be string,null", schema: schema15.properties.values.items.type, parentSchema: schema15.properties.values.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      }
    }
  }
  validate37.errors = vErrors;
  return errors === 0;
}
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema14.type }, message: "must be object,null", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "matchExpressions" || key0 === "matchLabels")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.matchExpressions !== void 0) {
      let data0 = data.matchExpressions;
      if (!Array.isArray(data0) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/matchExpressions", schemaPath: "#/properties/matchExpressions/type", keyword: "type", params: { type: schema14.properties.matchExpressions.type }, message: "must be array,null", schema: schema14.properties.matchExpressions.type, parentSchema: schema14.properties.matchExpressions, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate37(data0[i0], { instancePath: instancePath + "/matchExpressions/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.matchLabels !== void 0) {
      let data2 = data.matchLabels;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
        const err3 = { instancePath: instancePath + "/matchLabels", schemaPath: "#/properties/matchLabels/type", keyword: "type", params: { type: schema14.properties.matchLabels.type }, message: "must be object,null", schema: schema14.properties.matchLabels.type, parentSchema: schema14.properties.matchLabels, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          let data3 = data2[key1];
          if (typeof data3 !== "string" && data3 !== null) {
            const err4 = { instancePath: instancePath + "/matchLabels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/matchLabels/additionalProperties/type", keyword: "type", params: { type: schema14.properties.matchLabels.additionalProperties.type }, message: "must be string,null", schema: schema14.properties.matchLabels.additionalProperties.type, parentSchema: schema14.properties.matchLabels.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
    }
  }
  validate36.errors = vErrors;
  return errors === 0;
}
var schema16 = { "type": ["object", "null"], "properties": { "metadata": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta" }, "spec": { "$ref": "#/definitions/io.k8s.api.core.v1.PodSpec" } }, "additionalProperties": false };
var schema17 = { "type": ["object", "null"], "properties": { "activeDeadlineSeconds": { "type": ["integer", "null"] }, "affinity": { "$ref": "#/definitions/io.k8s.api.core.v1.Affinity" }, "automountServiceAccountToken": { "type": ["boolean", "null"] }, "containers": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.Container" } }, "dnsConfig": { "$ref": "#/definitions/io.k8s.api.core.v1.PodDNSConfig" }, "dnsPolicy": { "type": ["string", "null"] }, "enableServiceLinks": { "type": ["boolean", "null"] }, "ephemeralContainers": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.EphemeralContainer" } }, "hostAliases": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.HostAlias" } }, "hostIPC": { "type": ["boolean", "null"] }, "hostNetwork": { "type": ["boolean", "null"] }, "hostPID": { "type": ["boolean", "null"] }, "hostUsers": { "type": ["boolean", "null"] }, "hostname": { "type": ["string", "null"] }, "hostnameOverride": { "type": ["string", "null"] }, "imagePullSecrets": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.LocalObjectReference" } }, "initContainers": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.Container" } }, "nodeName": { "type": ["string", "null"] }, "nodeSelector": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] } }, "os": { "$ref": "#/definitions/io.k8s.api.core.v1.PodOS" }, "overhead": { "type": ["object", "null"], "additionalProperties": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity" } }, "preemptionPolicy": { "type": ["string", "null"] }, "priority": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "priorityClassName": { "type": ["string", "null"] }, "readinessGates": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.PodReadinessGate" } }, "resourceClaims": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.PodResourceClaim" } }, "resources": { "$ref": "#/definitions/io.k8s.api.core.v1.ResourceRequirements" }, "restartPolicy": { "type": ["string", "null"] }, "runtimeClassName": { "type": ["string", "null"] }, "schedulerName": { "type": ["string", "null"] }, "schedulingGates": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.PodSchedulingGate" } }, "securityContext": { "$ref": "#/definitions/io.k8s.api.core.v1.PodSecurityContext" }, "serviceAccount": { "type": ["string", "null"] }, "serviceAccountName": { "type": ["string", "null"] }, "setHostnameAsFQDN": { "type": ["boolean", "null"] }, "shareProcessNamespace": { "type": ["boolean", "null"] }, "subdomain": { "type": ["string", "null"] }, "terminationGracePeriodSeconds": { "type": ["integer", "null"] }, "tolerations": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.Toleration" } }, "topologySpreadConstraints": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.TopologySpreadConstraint" } }, "volumes": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.Volume" } } }, "additionalProperties": false, "required": ["containers"] };
var schema18 = { "type": ["object", "null"], "properties": { "nodeAffinity": { "$ref": "#/definitions/io.k8s.api.core.v1.NodeAffinity" }, "podAffinity": { "$ref": "#/definitions/io.k8s.api.core.v1.PodAffinity" }, "podAntiAffinity": { "$ref": "#/definitions/io.k8s.api.core.v1.PodAntiAffinity" } }, "additionalProperties": false };
var schema19 = { "type": ["object", "null"], "properties": { "preferredDuringSchedulingIgnoredDuringExecution": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.PreferredSchedulingTerm" } }, "requiredDuringSchedulingIgnoredDuringExecution": { "$ref": "#/definitions/io.k8s.api.core.v1.NodeSelector" } }, "additionalProperties": false };
var schema20 = { "type": ["object", "null"], "properties": { "preference": { "$ref": "#/definitions/io.k8s.api.core.v1.NodeSelectorTerm" }, "weight": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 } }, "additionalProperties": false, "required": ["weight", "preference"] };
var schema21 = { "type": ["object", "null"], "properties": { "matchExpressions": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement" } }, "matchFields": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement" } } }, "additionalProperties": false };
var schema22 = { "type": ["object", "null"], "properties": { "key": { "type": ["string", "null"] }, "operator": { "type": ["string", "null"], "enum": ["DoesNotExist", "Exists", "Gt", "In", "Lt", "NotIn", "", null] }, "values": { "type": ["array", "null"], "items": { "type": ["string", "null"] } } }, "additionalProperties": false, "required": ["key", "operator"] };
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema22.type }, message: "must be object,null", schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.operator === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "operator" }, message: "must have required property 'operator'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "key" || key0 === "operator" || key0 === "values")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data0 = data.key;
      if (typeof data0 !== "string" && data0 !== null) {
        const err4 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: schema22.properties.key.type }, message: "must be string,null", schema: schema22.properties.key.type, parentSchema: schema22.properties.key, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.operator !== void 0) {
      let data1 = data.operator;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/operator", schemaPath: "#/properties/operator/type", keyword: "type", params: { type: schema22.properties.operator.type }, message: "must be string,null", schema: schema22.properties.operator.type, parentSchema: schema22.properties.operator, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data1 === "DoesNotExist" || data1 === "Exists" || data1 === "Gt" || data1 === "In" || data1 === "Lt" || data1 === "NotIn" || data1 === "" || data1 === null)) {
        const err6 = { instancePath: instancePath + "/operator", schemaPath: "#/properties/operator/enum", keyword: "enum", params: { allowedValues: schema22.properties.operator.enum }, message: "must be equal to one of the allowed values", schema: schema22.properties.operator.enum, parentSchema: schema22.properties.operator, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.values !== void 0) {
      let data2 = data.values;
      if (!Array.isArray(data2) && data2 !== null) {
        const err7 = { instancePath: instancePath + "/values", schemaPath: "#/properties/values/type", keyword: "type", params: { type: schema22.properties.values.type }, message: "must be array,null", schema: schema22.properties.values.type, parentSchema: schema22.properties.values, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 !== "string" && data3 !== null) {
            const err8 = { instancePath: instancePath + "/values/" + i0, schemaPath: "#/properties/values/items/type", keyword: "type", params: { type: schema22.properties.values.items.type }, message: "must be string,null", schema: schema22.properties.values.items.type, parentSchema: schema22.properties.values.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      }
    }
  }
  validate47.errors = vErrors;
  return errors === 0;
}
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema21.type }, message: "must be object,null", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "matchExpressions" || key0 === "matchFields")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.matchExpressions !== void 0) {
      let data0 = data.matchExpressions;
      if (!Array.isArray(data0) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/matchExpressions", schemaPath: "#/properties/matchExpressions/type", keyword: "type", params: { type: schema21.properties.matchExpressions.type }, message: "must be array,null", schema: schema21.properties.matchExpressions.type, parentSchema: schema21.properties.matchExpressions, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate47(data0[i0], { instancePath: instancePath + "/matchExpressions/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.matchFields !== void 0) {
      let data2 = data.matchFields;
      if (!Array.isArray(data2) && data2 !== null) {
        const err3 = { instancePath: instancePath + "/matchFields", schemaPath: "#/properties/matchFields/type", keyword: "type", params: { type: schema21.properties.matchFields.type }, message: "must be array,null", schema: schema21.properties.matchFields.type, parentSchema: schema21.properties.matchFields, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate47(data2[i1], { instancePath: instancePath + "/matchFields/" + i1, parentData: data2, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate46.errors = vErrors;
  return errors === 0;
}
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema20.type }, message: "must be object,null", schema: schema20.type, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.weight === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "weight" }, message: "must have required property 'weight'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.preference === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "preference" }, message: "must have required property 'preference'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "preference" || key0 === "weight")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.preference !== void 0) {
      if (!validate46(data.preference, { instancePath: instancePath + "/preference", parentData: data, parentDataProperty: "preference", rootData })) {
        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
        errors = vErrors.length;
      }
    }
    if (data.weight !== void 0) {
      let data1 = data.weight;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1)) && data1 !== null) {
        const err4 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/type", keyword: "type", params: { type: schema20.properties.weight.type }, message: "must be integer,null", schema: schema20.properties.weight.type, parentSchema: schema20.properties.weight, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema20.properties.weight, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema20.properties.weight, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  }
  validate45.errors = vErrors;
  return errors === 0;
}
var schema23 = { "type": ["object", "null"], "properties": { "nodeSelectorTerms": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.NodeSelectorTerm" } } }, "additionalProperties": false, "required": ["nodeSelectorTerms"] };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema23.type }, message: "must be object,null", schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.nodeSelectorTerms === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "nodeSelectorTerms" }, message: "must have required property 'nodeSelectorTerms'", schema: schema23.required, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "nodeSelectorTerms")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.nodeSelectorTerms !== void 0) {
      let data0 = data.nodeSelectorTerms;
      if (!Array.isArray(data0) && data0 !== null) {
        const err3 = { instancePath: instancePath + "/nodeSelectorTerms", schemaPath: "#/properties/nodeSelectorTerms/type", keyword: "type", params: { type: schema23.properties.nodeSelectorTerms.type }, message: "must be array,null", schema: schema23.properties.nodeSelectorTerms.type, parentSchema: schema23.properties.nodeSelectorTerms, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate46(data0[i0], { instancePath: instancePath + "/nodeSelectorTerms/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate52.errors = vErrors;
  return errors === 0;
}
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema19.type }, message: "must be object,null", schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "preferredDuringSchedulingIgnoredDuringExecution" || key0 === "requiredDuringSchedulingIgnoredDuringExecution")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.preferredDuringSchedulingIgnoredDuringExecution !== void 0) {
      let data0 = data.preferredDuringSchedulingIgnoredDuringExecution;
      if (!Array.isArray(data0) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/preferredDuringSchedulingIgnoredDuringExecution", schemaPath: "#/properties/preferredDuringSchedulingIgnoredDuringExecution/type", keyword: "type", params: { type: schema19.properties.preferredDuringSchedulingIgnoredDuringExecution.type }, message: "must be array,null", schema: schema19.properties.preferredDuringSchedulingIgnoredDuringExecution.type, parentSchema: schema19.properties.preferredDuringSchedulingIgnoredDuringExecution, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate45(data0[i0], { instancePath: instancePath + "/preferredDuringSchedulingIgnoredDuringExecution/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.requiredDuringSchedulingIgnoredDuringExecution !== void 0) {
      if (!validate52(data.requiredDuringSchedulingIgnoredDuringExecution, { instancePath: instancePath + "/requiredDuringSchedulingIgnoredDuringExecution", parentData: data, parentDataProperty: "requiredDuringSchedulingIgnoredDuringExecution", rootData })) {
        vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
        errors = vErrors.length;
      }
    }
  }
  validate44.errors = vErrors;
  return errors === 0;
}
var schema24 = { "type": ["object", "null"], "properties": { "preferredDuringSchedulingIgnoredDuringExecution": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.WeightedPodAffinityTerm" } }, "requiredDuringSchedulingIgnoredDuringExecution": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.PodAffinityTerm" } } }, "additionalProperties": false };
var schema25 = { "type": ["object", "null"], "properties": { "podAffinityTerm": { "$ref": "#/definitions/io.k8s.api.core.v1.PodAffinityTerm" }, "weight": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 } }, "additionalProperties": false, "required": ["weight", "podAffinityTerm"] };
var schema26 = { "type": ["object", "null"], "properties": { "labelSelector": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector" }, "matchLabelKeys": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "mismatchLabelKeys": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "namespaceSelector": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector" }, "namespaces": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "topologyKey": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["topologyKey"] };
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema26.type }, message: "must be object,null", schema: schema26.type, parentSchema: schema26, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.topologyKey === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "topologyKey" }, message: "must have required property 'topologyKey'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "labelSelector" || key0 === "matchLabelKeys" || key0 === "mismatchLabelKeys" || key0 === "namespaceSelector" || key0 === "namespaces" || key0 === "topologyKey")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.labelSelector !== void 0) {
      if (!validate36(data.labelSelector, { instancePath: instancePath + "/labelSelector", parentData: data, parentDataProperty: "labelSelector", rootData })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.matchLabelKeys !== void 0) {
      let data1 = data.matchLabelKeys;
      if (!Array.isArray(data1) && data1 !== null) {
        const err3 = { instancePath: instancePath + "/matchLabelKeys", schemaPath: "#/properties/matchLabelKeys/type", keyword: "type", params: { type: schema26.properties.matchLabelKeys.type }, message: "must be array,null", schema: schema26.properties.matchLabelKeys.type, parentSchema: schema26.properties.matchLabelKeys, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== "string" && data2 !== null) {
            const err4 = { instancePath: instancePath + "/matchLabelKeys/" + i0, schemaPath: "#/properties/matchLabelKeys/items/type", keyword: "type", params: { type: schema26.properties.matchLabelKeys.items.type }, message: "must be string,null", schema: schema26.properties.matchLabelKeys.items.type, parentSchema: schema26.properties.matchLabelKeys.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
    }
    if (data.mismatchLabelKeys !== void 0) {
      let data3 = data.mismatchLabelKeys;
      if (!Array.isArray(data3) && data3 !== null) {
        const err5 = { instancePath: instancePath + "/mismatchLabelKeys", schemaPath: "#/properties/mismatchLabelKeys/type", keyword: "type", params: { type: schema26.properties.mismatchLabelKeys.type }, message: "must be array,null", schema: schema26.properties.mismatchLabelKeys.type, parentSchema: schema26.properties.mismatchLabelKeys, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 !== "string" && data4 !== null) {
            const err6 = { instancePath: instancePath + "/mismatchLabelKeys/" + i1, schemaPath: "#/properties/mismatchLabelKeys/items/type", keyword: "type", params: { type: schema26.properties.mismatchLabelKeys.items.type }, message: "must be string,null", schema: schema26.properties.mismatchLabelKeys.items.type, parentSchema: schema26.properties.mismatchLabelKeys.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
    if (data.namespaceSelector !== void 0) {
      if (!validate36(data.namespaceSelector, { instancePath: instancePath + "/namespaceSelector", parentData: data, parentDataProperty: "namespaceSelector", rootData })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.namespaces !== void 0) {
      let data6 = data.namespaces;
      if (!Array.isArray(data6) && data6 !== null) {
        const err7 = { instancePath: instancePath + "/namespaces", schemaPath: "#/properties/namespaces/type", keyword: "type", params: { type: schema26.properties.namespaces.type }, message: "must be array,null", schema: schema26.properties.namespaces.type, parentSchema: schema26.properties.namespaces, data: data6 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data6)) {
        const len2 = data6.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data7 = data6[i2];
          if (typeof data7 !== "string" && data7 !== null) {
            const err8 = { instancePath: instancePath + "/namespaces/" + i2, schemaPath: "#/properties/namespaces/items/type", keyword: "type", params: { type: schema26.properties.namespaces.items.type }, message: "must be string,null", schema: schema26.properties.namespaces.items.type, parentSchema: schema26.properties.namespaces.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      }
    }
    if (data.topologyKey !== void 0) {
      let data8 = data.topologyKey;
      if (typeof data8 !== "string" && data8 !== null) {
        const err9 = { instancePath: instancePath + "/topologyKey", schemaPath: "#/properties/topologyKey/type", keyword: "type", params: { type: schema26.properties.topologyKey.type }, message: "must be string,null", schema: schema26.properties.topologyKey.type, parentSchema: schema26.properties.topologyKey, data: data8 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  }
  validate58.errors = vErrors;
  return errors === 0;
}
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema25.type }, message: "must be object,null", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.weight === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "weight" }, message: "must have required property 'weight'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.podAffinityTerm === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "podAffinityTerm" }, message: "must have required property 'podAffinityTerm'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "podAffinityTerm" || key0 === "weight")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.podAffinityTerm !== void 0) {
      if (!validate58(data.podAffinityTerm, { instancePath: instancePath + "/podAffinityTerm", parentData: data, parentDataProperty: "podAffinityTerm", rootData })) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      }
    }
    if (data.weight !== void 0) {
      let data1 = data.weight;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1)) && data1 !== null) {
        const err4 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/type", keyword: "type", params: { type: schema25.properties.weight.type }, message: "must be integer,null", schema: schema25.properties.weight.type, parentSchema: schema25.properties.weight, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema25.properties.weight, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema25.properties.weight, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  }
  validate57.errors = vErrors;
  return errors === 0;
}
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema24.type }, message: "must be object,null", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "preferredDuringSchedulingIgnoredDuringExecution" || key0 === "requiredDuringSchedulingIgnoredDuringExecution")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.preferredDuringSchedulingIgnoredDuringExecution !== void 0) {
      let data0 = data.preferredDuringSchedulingIgnoredDuringExecution;
      if (!Array.isArray(data0) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/preferredDuringSchedulingIgnoredDuringExecution", schemaPath: "#/properties/preferredDuringSchedulingIgnoredDuringExecution/type", keyword: "type", params: { type: schema24.properties.preferredDuringSchedulingIgnoredDuringExecution.type }, message: "must be array,null", schema: schema24.properties.preferredDuringSchedulingIgnoredDuringExecution.type, parentSchema: schema24.properties.preferredDuringSchedulingIgnoredDuringExecution, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate57(data0[i0], { instancePath: instancePath + "/preferredDuringSchedulingIgnoredDuringExecution/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.requiredDuringSchedulingIgnoredDuringExecution !== void 0) {
      let data2 = data.requiredDuringSchedulingIgnoredDuringExecution;
      if (!Array.isArray(data2) && data2 !== null) {
        const err3 = { instancePath: instancePath + "/requiredDuringSchedulingIgnoredDuringExecution", schemaPath: "#/properties/requiredDuringSchedulingIgnoredDuringExecution/type", keyword: "type", params: { type: schema24.properties.requiredDuringSchedulingIgnoredDuringExecution.type }, message: "must be array,null", schema: schema24.properties.requiredDuringSchedulingIgnoredDuringExecution.type, parentSchema: schema24.properties.requiredDuringSchedulingIgnoredDuringExecution, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate58(data2[i1], { instancePath: instancePath + "/requiredDuringSchedulingIgnoredDuringExecution/" + i1, parentData: data2, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate56.errors = vErrors;
  return errors === 0;
}
var schema27 = { "type": ["object", "null"], "properties": { "preferredDuringSchedulingIgnoredDuringExecution": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.WeightedPodAffinityTerm" } }, "requiredDuringSchedulingIgnoredDuringExecution": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.PodAffinityTerm" } } }, "additionalProperties": false };
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema27.type }, message: "must be object,null", schema: schema27.type, parentSchema: schema27, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "preferredDuringSchedulingIgnoredDuringExecution" || key0 === "requiredDuringSchedulingIgnoredDuringExecution")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.preferredDuringSchedulingIgnoredDuringExecution !== void 0) {
      let data0 = data.preferredDuringSchedulingIgnoredDuringExecution;
      if (!Array.isArray(data0) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/preferredDuringSchedulingIgnoredDuringExecution", schemaPath: "#/properties/preferredDuringSchedulingIgnoredDuringExecution/type", keyword: "type", params: { type: schema27.properties.preferredDuringSchedulingIgnoredDuringExecution.type }, message: "must be array,null", schema: schema27.properties.preferredDuringSchedulingIgnoredDuringExecution.type, parentSchema: schema27.properties.preferredDuringSchedulingIgnoredDuringExecution, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate57(data0[i0], { instancePath: instancePath + "/preferredDuringSchedulingIgnoredDuringExecution/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.requiredDuringSchedulingIgnoredDuringExecution !== void 0) {
      let data2 = data.requiredDuringSchedulingIgnoredDuringExecution;
      if (!Array.isArray(data2) && data2 !== null) {
        const err3 = { instancePath: instancePath + "/requiredDuringSchedulingIgnoredDuringExecution", schemaPath: "#/properties/requiredDuringSchedulingIgnoredDuringExecution/type", keyword: "type", params: { type: schema27.properties.requiredDuringSchedulingIgnoredDuringExecution.type }, message: "must be array,null", schema: schema27.properties.requiredDuringSchedulingIgnoredDuringExecution.type, parentSchema: schema27.properties.requiredDuringSchedulingIgnoredDuringExecution, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate58(data2[i1], { instancePath: instancePath + "/requiredDuringSchedulingIgnoredDuringExecution/" + i1, parentData: data2, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate65.errors = vErrors;
  return errors === 0;
}
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema18.type }, message: "must be object,null", schema: schema18.type, parentSchema: schema18, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "nodeAffinity" || key0 === "podAffinity" || key0 === "podAntiAffinity")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.nodeAffinity !== void 0) {
      if (!validate44(data.nodeAffinity, { instancePath: instancePath + "/nodeAffinity", parentData: data, parentDataProperty: "nodeAffinity", rootData })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.podAffinity !== void 0) {
      if (!validate56(data.podAffinity, { instancePath: instancePath + "/podAffinity", parentData: data, parentDataProperty: "podAffinity", rootData })) {
        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
        errors = vErrors.length;
      }
    }
    if (data.podAntiAffinity !== void 0) {
      if (!validate65(data.podAntiAffinity, { instancePath: instancePath + "/podAntiAffinity", parentData: data, parentDataProperty: "podAntiAffinity", rootData })) {
        vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
        errors = vErrors.length;
      }
    }
  }
  validate43.errors = vErrors;
  return errors === 0;
}
var schema28 = { "type": ["object", "null"], "properties": { "args": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "command": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "env": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.EnvVar" } }, "envFrom": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.EnvFromSource" } }, "image": { "type": ["string", "null"] }, "imagePullPolicy": { "type": ["string", "null"] }, "lifecycle": { "$ref": "#/definitions/io.k8s.api.core.v1.Lifecycle" }, "livenessProbe": { "$ref": "#/definitions/io.k8s.api.core.v1.Probe" }, "name": { "type": ["string", "null"] }, "ports": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.ContainerPort" } }, "readinessProbe": { "$ref": "#/definitions/io.k8s.api.core.v1.Probe" }, "resizePolicy": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.ContainerResizePolicy" } }, "resources": { "$ref": "#/definitions/io.k8s.api.core.v1.ResourceRequirements" }, "restartPolicy": { "type": ["string", "null"] }, "restartPolicyRules": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.ContainerRestartRule" } }, "securityContext": { "$ref": "#/definitions/io.k8s.api.core.v1.SecurityContext" }, "startupProbe": { "$ref": "#/definitions/io.k8s.api.core.v1.Probe" }, "stdin": { "type": ["boolean", "null"] }, "stdinOnce": { "type": ["boolean", "null"] }, "terminationMessagePath": { "type": ["string", "null"] }, "terminationMessagePolicy": { "type": ["string", "null"] }, "tty": { "type": ["boolean", "null"] }, "volumeDevices": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.VolumeDevice" } }, "volumeMounts": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.VolumeMount" } }, "workingDir": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["name"] };
var schema29 = { "type": ["object", "null"], "properties": { "name": { "type": ["string", "null"] }, "value": { "type": ["string", "null"] }, "valueFrom": { "$ref": "#/definitions/io.k8s.api.core.v1.EnvVarSource" } }, "additionalProperties": false, "required": ["name"] };
var schema30 = { "type": ["object", "null"], "properties": { "configMapKeyRef": { "$ref": "#/definitions/io.k8s.api.core.v1.ConfigMapKeySelector" }, "fieldRef": { "$ref": "#/definitions/io.k8s.api.core.v1.ObjectFieldSelector" }, "fileKeyRef": { "$ref": "#/definitions/io.k8s.api.core.v1.FileKeySelector" }, "resourceFieldRef": { "$ref": "#/definitions/io.k8s.api.core.v1.ResourceFieldSelector" }, "secretKeyRef": { "$ref": "#/definitions/io.k8s.api.core.v1.SecretKeySelector" } }, "additionalProperties": false };
var schema31 = { "type": ["object", "null"], "properties": { "key": { "type": ["string", "null"] }, "name": { "type": ["string", "null"] }, "optional": { "type": ["boolean", "null"] } }, "additionalProperties": false, "required": ["key"] };
function validate73(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema31.type }, message: "must be object,null", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "key" || key0 === "name" || key0 === "optional")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data0 = data.key;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: schema31.properties.key.type }, message: "must be string,null", schema: schema31.properties.key.type, parentSchema: schema31.properties.key, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 !== "string" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema31.properties.name.type }, message: "must be string,null", schema: schema31.properties.name.type, parentSchema: schema31.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.optional !== void 0) {
      let data2 = data.optional;
      if (typeof data2 !== "boolean" && data2 !== null) {
        const err5 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: schema31.properties.optional.type }, message: "must be boolean,null", schema: schema31.properties.optional.type, parentSchema: schema31.properties.optional, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  validate73.errors = vErrors;
  return errors === 0;
}
var schema32 = { "type": ["object", "null"], "properties": { "apiVersion": { "type": ["string", "null"] }, "fieldPath": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["fieldPath"] };
function validate75(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema32.type }, message: "must be object,null", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.fieldPath === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fieldPath" }, message: "must have required property 'fieldPath'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "fieldPath")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: schema32.properties.apiVersion.type }, message: "must be string,null", schema: schema32.properties.apiVersion.type, parentSchema: schema32.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.fieldPath !== void 0) {
      let data1 = data.fieldPath;
      if (typeof data1 !== "string" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/fieldPath", schemaPath: "#/properties/fieldPath/type", keyword: "type", params: { type: schema32.properties.fieldPath.type }, message: "must be string,null", schema: schema32.properties.fieldPath.type, parentSchema: schema32.properties.fieldPath, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  }
  validate75.errors = vErrors;
  return errors === 0;
}
var schema33 = { "type": ["object", "null"], "properties": { "key": { "type": ["string", "null"] }, "optional": { "type": ["boolean", "null"] }, "path": { "type": ["string", "null"] }, "volumeName": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["volumeName", "path", "key"] };
function validate77(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema33.type }, message: "must be object,null", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.volumeName === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volumeName" }, message: "must have required property 'volumeName'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.path === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.key === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "key" || key0 === "optional" || key0 === "path" || key0 === "volumeName")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data0 = data.key;
      if (typeof data0 !== "string" && data0 !== null) {
        const err5 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: schema33.properties.key.type }, message: "must be string,null", schema: schema33.properties.key.type, parentSchema: schema33.properties.key, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.optional !== void 0) {
      let data1 = data.optional;
      if (typeof data1 !== "boolean" && data1 !== null) {
        const err6 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: schema33.properties.optional.type }, message: "must be boolean,null", schema: schema33.properties.optional.type, parentSchema: schema33.properties.optional, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data2 = data.path;
      if (typeof data2 !== "string" && data2 !== null) {
        const err7 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: schema33.properties.path.type }, message: "must be string,null", schema: schema33.properties.path.type, parentSchema: schema33.properties.path, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.volumeName !== void 0) {
      let data3 = data.volumeName;
      if (typeof data3 !== "string" && data3 !== null) {
        const err8 = { instancePath: instancePath + "/volumeName", schemaPath: "#/properties/volumeName/type", keyword: "type", params: { type: schema33.properties.volumeName.type }, message: "must be string,null", schema: schema33.properties.volumeName.type, parentSchema: schema33.properties.volumeName, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  }
  validate77.errors = vErrors;
  return errors === 0;
}
var schema34 = { "type": ["object", "null"], "properties": { "containerName": { "type": ["string", "null"] }, "divisor": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity" }, "resource": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["resource"] };
var schema35 = { "type": ["string", "number", "null"], "pattern": "^[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$" };
var pattern0 = new RegExp("^[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$", "u");
function validate80(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !(typeof data == "number" && isFinite(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema35.type }, message: "must be string,number,null", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (!pattern0.test(data)) {
      const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$" }, message: 'must match pattern "^[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"', schema: "^[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$", parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate80.errors = vErrors;
  return errors === 0;
}
function validate79(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema34.type }, message: "must be object,null", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.resource === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "containerName" || key0 === "divisor" || key0 === "resource")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.containerName !== void 0) {
      let data0 = data.containerName;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/containerName", schemaPath: "#/properties/containerName/type", keyword: "type", params: { type: schema34.properties.containerName.type }, message: "must be string,null", schema: schema34.properties.containerName.type, parentSchema: schema34.properties.containerName, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.divisor !== void 0) {
      if (!validate80(data.divisor, { instancePath: instancePath + "/divisor", parentData: data, parentDataProperty: "divisor", rootData })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data.resource !== void 0) {
      let data2 = data.resource;
      if (typeof data2 !== "string" && data2 !== null) {
        const err4 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/type", keyword: "type", params: { type: schema34.properties.resource.type }, message: "must be string,null", schema: schema34.properties.resource.type, parentSchema: schema34.properties.resource, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  }
  validate79.errors = vErrors;
  return errors === 0;
}
var schema36 = { "type": ["object", "null"], "properties": { "key": { "type": ["string", "null"] }, "name": { "type": ["string", "null"] }, "optional": { "type": ["boolean", "null"] } }, "additionalProperties": false, "required": ["key"] };
function validate83(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema36.type }, message: "must be object,null", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "key" || key0 === "name" || key0 === "optional")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data0 = data.key;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: schema36.properties.key.type }, message: "must be string,null", schema: schema36.properties.key.type, parentSchema: schema36.properties.key, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 !== "string" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema36.properties.name.type }, message: "must be string,null", schema: schema36.properties.name.type, parentSchema: schema36.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.optional !== void 0) {
      let data2 = data.optional;
      if (typeof data2 !== "boolean" && data2 !== null) {
        const err5 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: schema36.properties.optional.type }, message: "must be boolean,null", schema: schema36.properties.optional.type, parentSchema: schema36.properties.optional, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  validate83.errors = vErrors;
  return errors === 0;
}
function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema30.type }, message: "must be object,null", schema: schema30.type, parentSchema: schema30, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "configMapKeyRef" || key0 === "fieldRef" || key0 === "fileKeyRef" || key0 === "resourceFieldRef" || key0 === "secretKeyRef")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema30, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.configMapKeyRef !== void 0) {
      if (!validate73(data.configMapKeyRef, { instancePath: instancePath + "/configMapKeyRef", parentData: data, parentDataProperty: "configMapKeyRef", rootData })) {
        vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
        errors = vErrors.length;
      }
    }
    if (data.fieldRef !== void 0) {
      if (!validate75(data.fieldRef, { instancePath: instancePath + "/fieldRef", parentData: data, parentDataProperty: "fieldRef", rootData })) {
        vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
        errors = vErrors.length;
      }
    }
    if (data.fileKeyRef !== void 0) {
      if (!validate77(data.fileKeyRef, { instancePath: instancePath + "/fileKeyRef", parentData: data, parentDataProperty: "fileKeyRef", rootData })) {
        vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
        errors = vErrors.length;
      }
    }
    if (data.resourceFieldRef !== void 0) {
      if (!validate79(data.resourceFieldRef, { instancePath: instancePath + "/resourceFieldRef", parentData: data, parentDataProperty: "resourceFieldRef", rootData })) {
        vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
        errors = vErrors.length;
      }
    }
    if (data.secretKeyRef !== void 0) {
      if (!validate83(data.secretKeyRef, { instancePath: instancePath + "/secretKeyRef", parentData: data, parentDataProperty: "secretKeyRef", rootData })) {
        vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
        errors = vErrors.length;
      }
    }
  }
  validate72.errors = vErrors;
  return errors === 0;
}
function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema29.type }, message: "must be object,null", schema: schema29.type, parentSchema: schema29, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema29.required, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "value" || key0 === "valueFrom")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema29.properties.name.type }, message: "must be string,null", schema: schema29.properties.name.type, parentSchema: schema29.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data1 = data.value;
      if (typeof data1 !== "string" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: schema29.properties.value.type }, message: "must be string,null", schema: schema29.properties.value.type, parentSchema: schema29.properties.value, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.valueFrom !== void 0) {
      if (!validate72(data.valueFrom, { instancePath: instancePath + "/valueFrom", parentData: data, parentDataProperty: "valueFrom", rootData })) {
        vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
        errors = vErrors.length;
      }
    }
  }
  validate71.errors = vErrors;
  return errors === 0;
}
var schema37 = { "type": ["object", "null"], "properties": { "configMapRef": { "$ref": "#/definitions/io.k8s.api.core.v1.ConfigMapEnvSource" }, "prefix": { "type": ["string", "null"] }, "secretRef": { "$ref": "#/definitions/io.k8s.api.core.v1.SecretEnvSource" } }, "additionalProperties": false };
var schema38 = { "type": ["object", "null"], "properties": { "name": { "type": ["string", "null"] }, "optional": { "type": ["boolean", "null"] } }, "additionalProperties": false };
function validate88(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema38.type }, message: "must be object,null", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "optional")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string" && data0 !== null) {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema38.properties.name.type }, message: "must be string,null", schema: schema38.properties.name.type, parentSchema: schema38.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.optional !== void 0) {
      let data1 = data.optional;
      if (typeof data1 !== "boolean" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: schema38.properties.optional.type }, message: "must be boolean,null", schema: schema38.properties.optional.type, parentSchema: schema38.properties.optional, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  }
  validate88.errors = vErrors;
  return errors === 0;
}
var schema39 = { "type": ["object", "null"], "properties": { "name": { "type": ["string", "null"] }, "optional": { "type": ["boolean", "null"] } }, "additionalProperties": false };
function validate90(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema39.type }, message: "must be object,null", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "optional")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string" && data0 !== null) {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema39.properties.name.type }, message: "must be string,null", schema: schema39.properties.name.type, parentSchema: schema39.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.optional !== void 0) {
      let data1 = data.optional;
      if (typeof data1 !== "boolean" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: schema39.properties.optional.type }, message: "must be boolean,null", schema: schema39.properties.optional.type, parentSchema: schema39.properties.optional, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  }
  validate90.errors = vErrors;
  return errors === 0;
}
function validate87(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema37.type }, message: "must be object,null", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "configMapRef" || key0 === "prefix" || key0 === "secretRef")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.configMapRef !== void 0) {
      if (!validate88(data.configMapRef, { instancePath: instancePath + "/configMapRef", parentData: data, parentDataProperty: "configMapRef", rootData })) {
        vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
        errors = vErrors.length;
      }
    }
    if (data.prefix !== void 0) {
      let data1 = data.prefix;
      if (typeof data1 !== "string" && data1 !== null) {
        const err2 = { instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/type", keyword: "type", params: { type: schema37.properties.prefix.type }, message: "must be string,null", schema: schema37.properties.prefix.type, parentSchema: schema37.properties.prefix, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!validate90(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
        errors = vErrors.length;
      }
    }
  }
  validate87.errors = vErrors;
  return errors === 0;
}
var schema40 = { "type": ["object", "null"], "properties": { "postStart": { "$ref": "#/definitions/io.k8s.api.core.v1.LifecycleHandler" }, "preStop": { "$ref": "#/definitions/io.k8s.api.core.v1.LifecycleHandler" }, "stopSignal": { "type": ["string", "null"] } }, "additionalProperties": false };
var schema41 = { "type": ["object", "null"], "properties": { "exec": { "$ref": "#/definitions/io.k8s.api.core.v1.ExecAction" }, "httpGet": { "$ref": "#/definitions/io.k8s.api.core.v1.HTTPGetAction" }, "sleep": { "$ref": "#/definitions/io.k8s.api.core.v1.SleepAction" }, "tcpSocket": { "$ref": "#/definitions/io.k8s.api.core.v1.TCPSocketAction" } }, "additionalProperties": false };
var schema42 = { "type": ["object", "null"], "properties": { "command": { "type": ["array", "null"], "items": { "type": ["string", "null"] } } }, "additionalProperties": false };
function validate95(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema42.type }, message: "must be object,null", schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "command")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data0 = data.command;
      if (!Array.isArray(data0) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: schema42.properties.command.type }, message: "must be array,null", schema: schema42.properties.command.type, parentSchema: schema42.properties.command, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string" && data1 !== null) {
            const err3 = { instancePath: instancePath + "/command/" + i0, schemaPath: "#/properties/command/items/type", keyword: "type", params: { type: schema42.properties.command.items.type }, message: "must be string,null", schema: schema42.properties.command.items.type, parentSchema: schema42.properties.command.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
  }
  validate95.errors = vErrors;
  return errors === 0;
}
var schema43 = { "type": ["object", "null"], "properties": { "host": { "type": ["string", "null"] }, "httpHeaders": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.HTTPHeader" } }, "path": { "type": ["string", "null"] }, "port": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString" }, "scheme": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["port"] };
var schema44 = { "type": ["object", "null"], "properties": { "name": { "type": ["string", "null"] }, "value": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["name", "value"] };
function validate98(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema44.type }, message: "must be object,null", schema: schema44.type, parentSchema: schema44, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema44.required, parentSchema: schema44, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.value === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema44.required, parentSchema: schema44, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "value")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string" && data0 !== null) {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema44.properties.name.type }, message: "must be string,null", schema: schema44.properties.name.type, parentSchema: schema44.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data1 = data.value;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: schema44.properties.value.type }, message: "must be string,null", schema: schema44.properties.value.type, parentSchema: schema44.properties.value, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  validate98.errors = vErrors;
  return errors === 0;
}
var schema45 = { "type": ["integer", "string", "null"], "minimum": -2147483648, "maximum": 2147483647 };
function validate100(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data)) && typeof data !== "string" && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema45.type }, message: "must be integer,string,null", schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (data > 2147483647 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < -2147483648 || isNaN(data)) {
      const err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  validate100.errors = vErrors;
  return errors === 0;
}
function validate97(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema43.type }, message: "must be object,null", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.port === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "host" || key0 === "httpHeaders" || key0 === "path" || key0 === "port" || key0 === "scheme")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.host !== void 0) {
      let data0 = data.host;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: schema43.properties.host.type }, message: "must be string,null", schema: schema43.properties.host.type, parentSchema: schema43.properties.host, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.httpHeaders !== void 0) {
      let data1 = data.httpHeaders;
      if (!Array.isArray(data1) && data1 !== null) {
        const err4 = { instancePath: instancePath + "/httpHeaders", schemaPath: "#/properties/httpHeaders/type", keyword: "type", params: { type: schema43.properties.httpHeaders.type }, message: "must be array,null", schema: schema43.properties.httpHeaders.type, parentSchema: schema43.properties.httpHeaders, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate98(data1[i0], { instancePath: instancePath + "/httpHeaders/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.path !== void 0) {
      let data3 = data.path;
      if (typeof data3 !== "string" && data3 !== null) {
        const err5 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: schema43.properties.path.type }, message: "must be string,null", schema: schema43.properties.path.type, parentSchema: schema43.properties.path, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.port !== void 0) {
      if (!validate100(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData })) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
        errors = vErrors.length;
      }
    }
    if (data.scheme !== void 0) {
      let data5 = data.scheme;
      if (typeof data5 !== "string" && data5 !== null) {
        const err6 = { instancePath: instancePath + "/scheme", schemaPath: "#/properties/scheme/type", keyword: "type", params: { type: schema43.properties.scheme.type }, message: "must be string,null", schema: schema43.properties.scheme.type, parentSchema: schema43.properties.scheme, data: data5 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  }
  validate97.errors = vErrors;
  return errors === 0;
}
var schema46 = { "type": ["object", "null"], "properties": { "seconds": { "type": ["integer", "null"] } }, "additionalProperties": false, "required": ["seconds"] };
function validate103(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema46.type }, message: "must be object,null", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.seconds === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "seconds" }, message: "must have required property 'seconds'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "seconds")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.seconds !== void 0) {
      let data0 = data.seconds;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0)) && data0 !== null) {
        const err3 = { instancePath: instancePath + "/seconds", schemaPath: "#/properties/seconds/type", keyword: "type", params: { type: schema46.properties.seconds.type }, message: "must be integer,null", schema: schema46.properties.seconds.type, parentSchema: schema46.properties.seconds, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  }
  validate103.errors = vErrors;
  return errors === 0;
}
var schema47 = { "type": ["object", "null"], "properties": { "host": { "type": ["string", "null"] }, "port": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString" } }, "additionalProperties": false, "required": ["port"] };
function validate105(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema47.type }, message: "must be object,null", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.port === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "host" || key0 === "port")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.host !== void 0) {
      let data0 = data.host;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: schema47.properties.host.type }, message: "must be string,null", schema: schema47.properties.host.type, parentSchema: schema47.properties.host, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.port !== void 0) {
      if (!validate100(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData })) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
        errors = vErrors.length;
      }
    }
  }
  validate105.errors = vErrors;
  return errors === 0;
}
function validate94(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema41.type }, message: "must be object,null", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "exec" || key0 === "httpGet" || key0 === "sleep" || key0 === "tcpSocket")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.exec !== void 0) {
      if (!validate95(data.exec, { instancePath: instancePath + "/exec", parentData: data, parentDataProperty: "exec", rootData })) {
        vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpGet !== void 0) {
      if (!validate97(data.httpGet, { instancePath: instancePath + "/httpGet", parentData: data, parentDataProperty: "httpGet", rootData })) {
        vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
        errors = vErrors.length;
      }
    }
    if (data.sleep !== void 0) {
      if (!validate103(data.sleep, { instancePath: instancePath + "/sleep", parentData: data, parentDataProperty: "sleep", rootData })) {
        vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
        errors = vErrors.length;
      }
    }
    if (data.tcpSocket !== void 0) {
      if (!validate105(data.tcpSocket, { instancePath: instancePath + "/tcpSocket", parentData: data, parentDataProperty: "tcpSocket", rootData })) {
        vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
        errors = vErrors.length;
      }
    }
  }
  validate94.errors = vErrors;
  return errors === 0;
}
function validate93(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema40.type }, message: "must be object,null", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "postStart" || key0 === "preStop" || key0 === "stopSignal")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.postStart !== void 0) {
      if (!validate94(data.postStart, { instancePath: instancePath + "/postStart", parentData: data, parentDataProperty: "postStart", rootData })) {
        vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
        errors = vErrors.length;
      }
    }
    if (data.preStop !== void 0) {
      if (!validate94(data.preStop, { instancePath: instancePath + "/preStop", parentData: data, parentDataProperty: "preStop", rootData })) {
        vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
        errors = vErrors.length;
      }
    }
    if (data.stopSignal !== void 0) {
      let data2 = data.stopSignal;
      if (typeof data2 !== "string" && data2 !== null) {
        const err2 = { instancePath: instancePath + "/stopSignal", schemaPath: "#/properties/stopSignal/type", keyword: "type", params: { type: schema40.properties.stopSignal.type }, message: "must be string,null", schema: schema40.properties.stopSignal.type, parentSchema: schema40.properties.stopSignal, data: data2 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  }
  validate93.errors = vErrors;
  return errors === 0;
}
var schema48 = { "type": ["object", "null"], "properties": { "exec": { "$ref": "#/definitions/io.k8s.api.core.v1.ExecAction" }, "failureThreshold": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "grpc": { "$ref": "#/definitions/io.k8s.api.core.v1.GRPCAction" }, "httpGet": { "$ref": "#/definitions/io.k8s.api.core.v1.HTTPGetAction" }, "initialDelaySeconds": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "periodSeconds": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "successThreshold": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "tcpSocket": { "$ref": "#/definitions/io.k8s.api.core.v1.TCPSocketAction" }, "terminationGracePeriodSeconds": { "type": ["integer", "null"] }, "timeoutSeconds": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 } }, "additionalProperties": false };
var schema49 = { "type": ["object", "null"], "properties": { "port": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "service": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["port"] };
function validate113(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema49.type }, message: "must be object,null", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.port === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'", schema: schema49.required, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "port" || key0 === "service")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.port !== void 0) {
      let data0 = data.port;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0)) && data0 !== null) {
        const err3 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/type", keyword: "type", params: { type: schema49.properties.port.type }, message: "must be integer,null", schema: schema49.properties.port.type, parentSchema: schema49.properties.port, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema49.properties.port, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema49.properties.port, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.service !== void 0) {
      let data1 = data.service;
      if (typeof data1 !== "string" && data1 !== null) {
        const err6 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: schema49.properties.service.type }, message: "must be string,null", schema: schema49.properties.service.type, parentSchema: schema49.properties.service, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  }
  validate113.errors = vErrors;
  return errors === 0;
}
function validate111(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema48.type }, message: "must be object,null", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema48.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.exec !== void 0) {
      if (!validate95(data.exec, { instancePath: instancePath + "/exec", parentData: data, parentDataProperty: "exec", rootData })) {
        vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
        errors = vErrors.length;
      }
    }
    if (data.failureThreshold !== void 0) {
      let data1 = data.failureThreshold;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1)) && data1 !== null) {
        const err2 = { instancePath: instancePath + "/failureThreshold", schemaPath: "#/properties/failureThreshold/type", keyword: "type", params: { type: schema48.properties.failureThreshold.type }, message: "must be integer,null", schema: schema48.properties.failureThreshold.type, parentSchema: schema48.properties.failureThreshold, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/failureThreshold", schemaPath: "#/properties/failureThreshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema48.properties.failureThreshold, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/failureThreshold", schemaPath: "#/properties/failureThreshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema48.properties.failureThreshold, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.grpc !== void 0) {
      if (!validate113(data.grpc, { instancePath: instancePath + "/grpc", parentData: data, parentDataProperty: "grpc", rootData })) {
        vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
        errors = vErrors.length;
      }
    }
    if (data.httpGet !== void 0) {
      if (!validate97(data.httpGet, { instancePath: instancePath + "/httpGet", parentData: data, parentDataProperty: "httpGet", rootData })) {
        vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
        errors = vErrors.length;
      }
    }
    if (data.initialDelaySeconds !== void 0) {
      let data4 = data.initialDelaySeconds;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4)) && data4 !== null) {
        const err5 = { instancePath: instancePath + "/initialDelaySeconds", schemaPath: "#/properties/initialDelaySeconds/type", keyword: "type", params: { type: schema48.properties.initialDelaySeconds.type }, message: "must be integer,null", schema: schema48.properties.initialDelaySeconds.type, parentSchema: schema48.properties.initialDelaySeconds, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 2147483647 || isNaN(data4)) {
          const err6 = { instancePath: instancePath + "/initialDelaySeconds", schemaPath: "#/properties/initialDelaySeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema48.properties.initialDelaySeconds, data: data4 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data4 < -2147483648 || isNaN(data4)) {
          const err7 = { instancePath: instancePath + "/initialDelaySeconds", schemaPath: "#/properties/initialDelaySeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema48.properties.initialDelaySeconds, data: data4 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.periodSeconds !== void 0) {
      let data5 = data.periodSeconds;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5)) && data5 !== null) {
        const err8 = { instancePath: instancePath + "/periodSeconds", schemaPath: "#/properties/periodSeconds/type", keyword: "type", params: { type: schema48.properties.periodSeconds.type }, message: "must be integer,null", schema: schema48.properties.periodSeconds.type, parentSchema: schema48.properties.periodSeconds, data: data5 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 2147483647 || isNaN(data5)) {
          const err9 = { instancePath: instancePath + "/periodSeconds", schemaPath: "#/properties/periodSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema48.properties.periodSeconds, data: data5 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data5 < -2147483648 || isNaN(data5)) {
          const err10 = { instancePath: instancePath + "/periodSeconds", schemaPath: "#/properties/periodSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema48.properties.periodSeconds, data: data5 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.successThreshold !== void 0) {
      let data6 = data.successThreshold;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6)) && data6 !== null) {
        const err11 = { instancePath: instancePath + "/successThreshold", schemaPath: "#/properties/successThreshold/type", keyword: "type", params: { type: schema48.properties.successThreshold.type }, message: "must be integer,null", schema: schema48.properties.successThreshold.type, parentSchema: schema48.properties.successThreshold, data: data6 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 > 2147483647 || isNaN(data6)) {
          const err12 = { instancePath: instancePath + "/successThreshold", schemaPath: "#/properties/successThreshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema48.properties.successThreshold, data: data6 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data6 < -2147483648 || isNaN(data6)) {
          const err13 = { instancePath: instancePath + "/successThreshold", schemaPath: "#/properties/successThreshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema48.properties.successThreshold, data: data6 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.tcpSocket !== void 0) {
      if (!validate105(data.tcpSocket, { instancePath: instancePath + "/tcpSocket", parentData: data, parentDataProperty: "tcpSocket", rootData })) {
        vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
        errors = vErrors.length;
      }
    }
    if (data.terminationGracePeriodSeconds !== void 0) {
      let data8 = data.terminationGracePeriodSeconds;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8)) && data8 !== null) {
        const err14 = { instancePath: instancePath + "/terminationGracePeriodSeconds", schemaPath: "#/properties/terminationGracePeriodSeconds/type", keyword: "type", params: { type: schema48.properties.terminationGracePeriodSeconds.type }, message: "must be integer,null", schema: schema48.properties.terminationGracePeriodSeconds.type, parentSchema: schema48.properties.terminationGracePeriodSeconds, data: data8 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.timeoutSeconds !== void 0) {
      let data9 = data.timeoutSeconds;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9)) && data9 !== null) {
        const err15 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/properties/timeoutSeconds/type", keyword: "type", params: { type: schema48.properties.timeoutSeconds.type }, message: "must be integer,null", schema: schema48.properties.timeoutSeconds.type, parentSchema: schema48.properties.timeoutSeconds, data: data9 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 > 2147483647 || isNaN(data9)) {
          const err16 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/properties/timeoutSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema48.properties.timeoutSeconds, data: data9 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data9 < -2147483648 || isNaN(data9)) {
          const err17 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/properties/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema48.properties.timeoutSeconds, data: data9 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
  }
  validate111.errors = vErrors;
  return errors === 0;
}
var schema50 = { "type": ["object", "null"], "properties": { "containerPort": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "hostIP": { "type": ["string", "null"] }, "hostPort": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "name": { "type": ["string", "null"] }, "protocol": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["containerPort"] };
function validate118(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema50.type }, message: "must be object,null", schema: schema50.type, parentSchema: schema50, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.containerPort === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "containerPort" }, message: "must have required property 'containerPort'", schema: schema50.required, parentSchema: schema50, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "containerPort" || key0 === "hostIP" || key0 === "hostPort" || key0 === "name" || key0 === "protocol")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.containerPort !== void 0) {
      let data0 = data.containerPort;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0)) && data0 !== null) {
        const err3 = { instancePath: instancePath + "/containerPort", schemaPath: "#/properties/containerPort/type", keyword: "type", params: { type: schema50.properties.containerPort.type }, message: "must be integer,null", schema: schema50.properties.containerPort.type, parentSchema: schema50.properties.containerPort, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/containerPort", schemaPath: "#/properties/containerPort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema50.properties.containerPort, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/containerPort", schemaPath: "#/properties/containerPort/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema50.properties.containerPort, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.hostIP !== void 0) {
      let data1 = data.hostIP;
      if (typeof data1 !== "string" && data1 !== null) {
        const err6 = { instancePath: instancePath + "/hostIP", schemaPath: "#/properties/hostIP/type", keyword: "type", params: { type: schema50.properties.hostIP.type }, message: "must be string,null", schema: schema50.properties.hostIP.type, parentSchema: schema50.properties.hostIP, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.hostPort !== void 0) {
      let data2 = data.hostPort;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2)) && data2 !== null) {
        const err7 = { instancePath: instancePath + "/hostPort", schemaPath: "#/properties/hostPort/type", keyword: "type", params: { type: schema50.properties.hostPort.type }, message: "must be integer,null", schema: schema50.properties.hostPort.type, parentSchema: schema50.properties.hostPort, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 2147483647 || isNaN(data2)) {
          const err8 = { instancePath: instancePath + "/hostPort", schemaPath: "#/properties/hostPort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema50.properties.hostPort, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2 < -2147483648 || isNaN(data2)) {
          const err9 = { instancePath: instancePath + "/hostPort", schemaPath: "#/properties/hostPort/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema50.properties.hostPort, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.name !== void 0) {
      let data3 = data.name;
      if (typeof data3 !== "string" && data3 !== null) {
        const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema50.properties.name.type }, message: "must be string,null", schema: schema50.properties.name.type, parentSchema: schema50.properties.name, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.protocol !== void 0) {
      let data4 = data.protocol;
      if (typeof data4 !== "string" && data4 !== null) {
        const err11 = { instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/type", keyword: "type", params: { type: schema50.properties.protocol.type }, message: "must be string,null", schema: schema50.properties.protocol.type, parentSchema: schema50.properties.protocol, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  }
  validate118.errors = vErrors;
  return errors === 0;
}
var schema51 = { "type": ["object", "null"], "properties": { "resourceName": { "type": ["string", "null"] }, "restartPolicy": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["resourceName", "restartPolicy"] };
function validate121(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema51.type }, message: "must be object,null", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.resourceName === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resourceName" }, message: "must have required property 'resourceName'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.restartPolicy === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "restartPolicy" }, message: "must have required property 'restartPolicy'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "resourceName" || key0 === "restartPolicy")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.resourceName !== void 0) {
      let data0 = data.resourceName;
      if (typeof data0 !== "string" && data0 !== null) {
        const err4 = { instancePath: instancePath + "/resourceName", schemaPath: "#/properties/resourceName/type", keyword: "type", params: { type: schema51.properties.resourceName.type }, message: "must be string,null", schema: schema51.properties.resourceName.type, parentSchema: schema51.properties.resourceName, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.restartPolicy !== void 0) {
      let data1 = data.restartPolicy;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/restartPolicy", schemaPath: "#/properties/restartPolicy/type", keyword: "type", params: { type: schema51.properties.restartPolicy.type }, message: "must be string,null", schema: schema51.properties.restartPolicy.type, parentSchema: schema51.properties.restartPolicy, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  validate121.errors = vErrors;
  return errors === 0;
}
var schema52 = { "type": ["object", "null"], "properties": { "claims": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.ResourceClaim" } }, "limits": { "type": ["object", "null"], "additionalProperties": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity" } }, "requests": { "type": ["object", "null"], "additionalProperties": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity" } } }, "additionalProperties": false };
var schema53 = { "type": ["object", "null"], "properties": { "name": { "type": ["string", "null"] }, "request": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["name"] };
function validate124(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema53.type }, message: "must be object,null", schema: schema53.type, parentSchema: schema53, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema53.required, parentSchema: schema53, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "request")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema53.properties.name.type }, message: "must be string,null", schema: schema53.properties.name.type, parentSchema: schema53.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.request !== void 0) {
      let data1 = data.request;
      if (typeof data1 !== "string" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/request", schemaPath: "#/properties/request/type", keyword: "type", params: { type: schema53.properties.request.type }, message: "must be string,null", schema: schema53.properties.request.type, parentSchema: schema53.properties.request, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  }
  validate124.errors = vErrors;
  return errors === 0;
}
function validate123(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema52.type }, message: "must be object,null", schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "claims" || key0 === "limits" || key0 === "requests")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.claims !== void 0) {
      let data0 = data.claims;
      if (!Array.isArray(data0) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/type", keyword: "type", params: { type: schema52.properties.claims.type }, message: "must be array,null", schema: schema52.properties.claims.type, parentSchema: schema52.properties.claims, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate124(data0[i0], { instancePath: instancePath + "/claims/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.limits !== void 0) {
      let data2 = data.limits;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
        const err3 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: schema52.properties.limits.type }, message: "must be object,null", schema: schema52.properties.limits.type, parentSchema: schema52.properties.limits, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!validate80(data2[key1], { instancePath: instancePath + "/limits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data2, parentDataProperty: key1, rootData })) {
            vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.requests !== void 0) {
      let data4 = data.requests;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
        const err4 = { instancePath: instancePath + "/requests", schemaPath: "#/properties/requests/type", keyword: "type", params: { type: schema52.properties.requests.type }, message: "must be object,null", schema: schema52.properties.requests.type, parentSchema: schema52.properties.requests, data: data4 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key2 in data4) {
          if (!validate80(data4[key2], { instancePath: instancePath + "/requests/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key2, rootData })) {
            vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate123.errors = vErrors;
  return errors === 0;
}
var schema54 = { "type": ["object", "null"], "properties": { "action": { "type": ["string", "null"] }, "exitCodes": { "$ref": "#/definitions/io.k8s.api.core.v1.ContainerRestartRuleOnExitCodes" } }, "additionalProperties": false, "required": ["action"] };
var schema55 = { "type": ["object", "null"], "properties": { "operator": { "type": ["string", "null"] }, "values": { "type": ["array", "null"], "items": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 } } }, "additionalProperties": false, "required": ["operator"] };
function validate130(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema55.type }, message: "must be object,null", schema: schema55.type, parentSchema: schema55, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.operator === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "operator" }, message: "must have required property 'operator'", schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "operator" || key0 === "values")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.operator !== void 0) {
      let data0 = data.operator;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/operator", schemaPath: "#/properties/operator/type", keyword: "type", params: { type: schema55.properties.operator.type }, message: "must be string,null", schema: schema55.properties.operator.type, parentSchema: schema55.properties.operator, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.values !== void 0) {
      let data1 = data.values;
      if (!Array.isArray(data1) && data1 !== null) {
        const err4 = { instancePath: instancePath + "/values", schemaPath: "#/properties/values/type", keyword: "type", params: { type: schema55.properties.values.type }, message: "must be array,null", schema: schema55.properties.values.type, parentSchema: schema55.properties.values, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2)) && data2 !== null) {
            const err5 = { instancePath: instancePath + "/values/" + i0, schemaPath: "#/properties/values/items/type", keyword: "type", params: { type: schema55.properties.values.items.type }, message: "must be integer,null", schema: schema55.properties.values.items.type, parentSchema: schema55.properties.values.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 > 2147483647 || isNaN(data2)) {
              const err6 = { instancePath: instancePath + "/values/" + i0, schemaPath: "#/properties/values/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema55.properties.values.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data2 < -2147483648 || isNaN(data2)) {
              const err7 = { instancePath: instancePath + "/values/" + i0, schemaPath: "#/properties/values/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema55.properties.values.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        }
      }
    }
  }
  validate130.errors = vErrors;
  return errors === 0;
}
function validate129(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema54.type }, message: "must be object,null", schema: schema54.type, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.action === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "action" || key0 === "exitCodes")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.action !== void 0) {
      let data0 = data.action;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/type", keyword: "type", params: { type: schema54.properties.action.type }, message: "must be string,null", schema: schema54.properties.action.type, parentSchema: schema54.properties.action, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.exitCodes !== void 0) {
      if (!validate130(data.exitCodes, { instancePath: instancePath + "/exitCodes", parentData: data, parentDataProperty: "exitCodes", rootData })) {
        vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
        errors = vErrors.length;
      }
    }
  }
  validate129.errors = vErrors;
  return errors === 0;
}
var schema56 = { "type": ["object", "null"], "properties": { "allowPrivilegeEscalation": { "type": ["boolean", "null"] }, "appArmorProfile": { "$ref": "#/definitions/io.k8s.api.core.v1.AppArmorProfile" }, "capabilities": { "$ref": "#/definitions/io.k8s.api.core.v1.Capabilities" }, "privileged": { "type": ["boolean", "null"] }, "procMount": { "type": ["string", "null"] }, "readOnlyRootFilesystem": { "type": ["boolean", "null"] }, "runAsGroup": { "type": ["integer", "null"] }, "runAsNonRoot": { "type": ["boolean", "null"] }, "runAsUser": { "type": ["integer", "null"] }, "seLinuxOptions": { "$ref": "#/definitions/io.k8s.api.core.v1.SELinuxOptions" }, "seccompProfile": { "$ref": "#/definitions/io.k8s.api.core.v1.SeccompProfile" }, "windowsOptions": { "$ref": "#/definitions/io.k8s.api.core.v1.WindowsSecurityContextOptions" } }, "additionalProperties": false };
var schema57 = { "type": ["object", "null"], "properties": { "localhostProfile": { "type": ["string", "null"] }, "type": { "type": ["string", "null"], "enum": ["Localhost", "RuntimeDefault", "Unconfined", "", null] } }, "additionalProperties": false, "required": ["type"] };
function validate134(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema57.type }, message: "must be object,null", schema: schema57.type, parentSchema: schema57, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "localhostProfile" || key0 === "type")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.localhostProfile !== void 0) {
      let data0 = data.localhostProfile;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/localhostProfile", schemaPath: "#/properties/localhostProfile/type", keyword: "type", params: { type: schema57.properties.localhostProfile.type }, message: "must be string,null", schema: schema57.properties.localhostProfile.type, parentSchema: schema57.properties.localhostProfile, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: schema57.properties.type.type }, message: "must be string,null", schema: schema57.properties.type.type, parentSchema: schema57.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === "Localhost" || data1 === "RuntimeDefault" || data1 === "Unconfined" || data1 === "" || data1 === null)) {
        const err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema57.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema57.properties.type.enum, parentSchema: schema57.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  validate134.errors = vErrors;
  return errors === 0;
}
var schema58 = { "type": ["object", "null"], "properties": { "add": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "drop": { "type": ["array", "null"], "items": { "type": ["string", "null"] } } }, "additionalProperties": false };
function validate136(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema58.type }, message: "must be object,null", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "add" || key0 === "drop")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.add !== void 0) {
      let data0 = data.add;
      if (!Array.isArray(data0) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/add", schemaPath: "#/properties/add/type", keyword: "type", params: { type: schema58.properties.add.type }, message: "must be array,null", schema: schema58.properties.add.type, parentSchema: schema58.properties.add, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string" && data1 !== null) {
            const err3 = { instancePath: instancePath + "/add/" + i0, schemaPath: "#/properties/add/items/type", keyword: "type", params: { type: schema58.properties.add.items.type }, message: "must be string,null", schema: schema58.properties.add.items.type, parentSchema: schema58.properties.add.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.drop !== void 0) {
      let data2 = data.drop;
      if (!Array.isArray(data2) && data2 !== null) {
        const err4 = { instancePath: instancePath + "/drop", schemaPath: "#/properties/drop/type", keyword: "type", params: { type: schema58.properties.drop.type }, message: "must be array,null", schema: schema58.properties.drop.type, parentSchema: schema58.properties.drop, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 !== "string" && data3 !== null) {
            const err5 = { instancePath: instancePath + "/drop/" + i1, schemaPath: "#/properties/drop/items/type", keyword: "type", params: { type: schema58.properties.drop.items.type }, message: "must be string,null", schema: schema58.properties.drop.items.type, parentSchema: schema58.properties.drop.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
  }
  validate136.errors = vErrors;
  return errors === 0;
}
var schema59 = { "type": ["object", "null"], "properties": { "level": { "type": ["string", "null"] }, "role": { "type": ["string", "null"] }, "type": { "type": ["string", "null"] }, "user": { "type": ["string", "null"] } }, "additionalProperties": false };
function validate138(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema59.type }, message: "must be object,null", schema: schema59.type, parentSchema: schema59, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "level" || key0 === "role" || key0 === "type" || key0 === "user")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema59, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.level !== void 0) {
      let data0 = data.level;
      if (typeof data0 !== "string" && data0 !== null) {
        const err2 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/type", keyword: "type", params: { type: schema59.properties.level.type }, message: "must be string,null", schema: schema59.properties.level.type, parentSchema: schema59.properties.level, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data1 = data.role;
      if (typeof data1 !== "string" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/type", keyword: "type", params: { type: schema59.properties.role.type }, message: "must be string,null", schema: schema59.properties.role.type, parentSchema: schema59.properties.role, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data2 = data.type;
      if (typeof data2 !== "string" && data2 !== null) {
        const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: schema59.properties.type.type }, message: "must be string,null", schema: schema59.properties.type.type, parentSchema: schema59.properties.type, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.user !== void 0) {
      let data3 = data.user;
      if (typeof data3 !== "string" && data3 !== null) {
        const err5 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: schema59.properties.user.type }, message: "must be string,null", schema: schema59.properties.user.type, parentSchema: schema59.properties.user, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  validate138.errors = vErrors;
  return errors === 0;
}
var schema60 = { "type": ["object", "null"], "properties": { "localhostProfile": { "type": ["string", "null"] }, "type": { "type": ["string", "null"], "enum": ["Localhost", "RuntimeDefault", "Unconfined", "", null] } }, "additionalProperties": false, "required": ["type"] };
function validate140(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema60.type }, message: "must be object,null", schema: schema60.type, parentSchema: schema60, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "localhostProfile" || key0 === "type")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.localhostProfile !== void 0) {
      let data0 = data.localhostProfile;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/localhostProfile", schemaPath: "#/properties/localhostProfile/type", keyword: "type", params: { type: schema60.properties.localhostProfile.type }, message: "must be string,null", schema: schema60.properties.localhostProfile.type, parentSchema: schema60.properties.localhostProfile, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: schema60.properties.type.type }, message: "must be string,null", schema: schema60.properties.type.type, parentSchema: schema60.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === "Localhost" || data1 === "RuntimeDefault" || data1 === "Unconfined" || data1 === "" || data1 === null)) {
        const err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema60.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema60.properties.type.enum, parentSchema: schema60.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  validate140.errors = vErrors;
  return errors === 0;
}
var schema61 = { "type": ["object", "null"], "properties": { "gmsaCredentialSpec": { "type": ["string", "null"] }, "gmsaCredentialSpecName": { "type": ["string", "null"] }, "hostProcess": { "type": ["boolean", "null"] }, "runAsUserName": { "type": ["string", "null"] } }, "additionalProperties": false };
function validate142(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema61.type }, message: "must be object,null", schema: schema61.type, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "gmsaCredentialSpec" || key0 === "gmsaCredentialSpecName" || key0 === "hostProcess" || key0 === "runAsUserName")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.gmsaCredentialSpec !== void 0) {
      let data0 = data.gmsaCredentialSpec;
      if (typeof data0 !== "string" && data0 !== null) {
        const err2 = { instancePath: instancePath + "/gmsaCredentialSpec", schemaPath: "#/properties/gmsaCredentialSpec/type", keyword: "type", params: { type: schema61.properties.gmsaCredentialSpec.type }, message: "must be string,null", schema: schema61.properties.gmsaCredentialSpec.type, parentSchema: schema61.properties.gmsaCredentialSpec, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.gmsaCredentialSpecName !== void 0) {
      let data1 = data.gmsaCredentialSpecName;
      if (typeof data1 !== "string" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/gmsaCredentialSpecName", schemaPath: "#/properties/gmsaCredentialSpecName/type", keyword: "type", params: { type: schema61.properties.gmsaCredentialSpecName.type }, message: "must be string,null", schema: schema61.properties.gmsaCredentialSpecName.type, parentSchema: schema61.properties.gmsaCredentialSpecName, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.hostProcess !== void 0) {
      let data2 = data.hostProcess;
      if (typeof data2 !== "boolean" && data2 !== null) {
        const err4 = { instancePath: instancePath + "/hostProcess", schemaPath: "#/properties/hostProcess/type", keyword: "type", params: { type: schema61.properties.hostProcess.type }, message: "must be boolean,null", schema: schema61.properties.hostProcess.type, parentSchema: schema61.properties.hostProcess, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.runAsUserName !== void 0) {
      let data3 = data.runAsUserName;
      if (typeof data3 !== "string" && data3 !== null) {
        const err5 = { instancePath: instancePath + "/runAsUserName", schemaPath: "#/properties/runAsUserName/type", keyword: "type", params: { type: schema61.properties.runAsUserName.type }, message: "must be string,null", schema: schema61.properties.runAsUserName.type, parentSchema: schema61.properties.runAsUserName, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  validate142.errors = vErrors;
  return errors === 0;
}
function validate133(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema56.type }, message: "must be object,null", schema: schema56.type, parentSchema: schema56, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema56.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.allowPrivilegeEscalation !== void 0) {
      let data0 = data.allowPrivilegeEscalation;
      if (typeof data0 !== "boolean" && data0 !== null) {
        const err2 = { instancePath: instancePath + "/allowPrivilegeEscalation", schemaPath: "#/properties/allowPrivilegeEscalation/type", keyword: "type", params: { type: schema56.properties.allowPrivilegeEscalation.type }, message: "must be boolean,null", schema: schema56.properties.allowPrivilegeEscalation.type, parentSchema: schema56.properties.allowPrivilegeEscalation, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.appArmorProfile !== void 0) {
      if (!validate134(data.appArmorProfile, { instancePath: instancePath + "/appArmorProfile", parentData: data, parentDataProperty: "appArmorProfile", rootData })) {
        vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
        errors = vErrors.length;
      }
    }
    if (data.capabilities !== void 0) {
      if (!validate136(data.capabilities, { instancePath: instancePath + "/capabilities", parentData: data, parentDataProperty: "capabilities", rootData })) {
        vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
        errors = vErrors.length;
      }
    }
    if (data.privileged !== void 0) {
      let data3 = data.privileged;
      if (typeof data3 !== "boolean" && data3 !== null) {
        const err3 = { instancePath: instancePath + "/privileged", schemaPath: "#/properties/privileged/type", keyword: "type", params: { type: schema56.properties.privileged.type }, message: "must be boolean,null", schema: schema56.properties.privileged.type, parentSchema: schema56.properties.privileged, data: data3 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.procMount !== void 0) {
      let data4 = data.procMount;
      if (typeof data4 !== "string" && data4 !== null) {
        const err4 = { instancePath: instancePath + "/procMount", schemaPath: "#/properties/procMount/type", keyword: "type", params: { type: schema56.properties.procMount.type }, message: "must be string,null", schema: schema56.properties.procMount.type, parentSchema: schema56.properties.procMount, data: data4 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.readOnlyRootFilesystem !== void 0) {
      let data5 = data.readOnlyRootFilesystem;
      if (typeof data5 !== "boolean" && data5 !== null) {
        const err5 = { instancePath: instancePath + "/readOnlyRootFilesystem", schemaPath: "#/properties/readOnlyRootFilesystem/type", keyword: "type", params: { type: schema56.properties.readOnlyRootFilesystem.type }, message: "must be boolean,null", schema: schema56.properties.readOnlyRootFilesystem.type, parentSchema: schema56.properties.readOnlyRootFilesystem, data: data5 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.runAsGroup !== void 0) {
      let data6 = data.runAsGroup;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6)) && data6 !== null) {
        const err6 = { instancePath: instancePath + "/runAsGroup", schemaPath: "#/properties/runAsGroup/type", keyword: "type", params: { type: schema56.properties.runAsGroup.type }, message: "must be integer,null", schema: schema56.properties.runAsGroup.type, parentSchema: schema56.properties.runAsGroup, data: data6 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.runAsNonRoot !== void 0) {
      let data7 = data.runAsNonRoot;
      if (typeof data7 !== "boolean" && data7 !== null) {
        const err7 = { instancePath: instancePath + "/runAsNonRoot", schemaPath: "#/properties/runAsNonRoot/type", keyword: "type", params: { type: schema56.properties.runAsNonRoot.type }, message: "must be boolean,null", schema: schema56.properties.runAsNonRoot.type, parentSchema: schema56.properties.runAsNonRoot, data: data7 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.runAsUser !== void 0) {
      let data8 = data.runAsUser;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8)) && data8 !== null) {
        const err8 = { instancePath: instancePath + "/runAsUser", schemaPath: "#/properties/runAsUser/type", keyword: "type", params: { type: schema56.properties.runAsUser.type }, message: "must be integer,null", schema: schema56.properties.runAsUser.type, parentSchema: schema56.properties.runAsUser, data: data8 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.seLinuxOptions !== void 0) {
      if (!validate138(data.seLinuxOptions, { instancePath: instancePath + "/seLinuxOptions", parentData: data, parentDataProperty: "seLinuxOptions", rootData })) {
        vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
        errors = vErrors.length;
      }
    }
    if (data.seccompProfile !== void 0) {
      if (!validate140(data.seccompProfile, { instancePath: instancePath + "/seccompProfile", parentData: data, parentDataProperty: "seccompProfile", rootData })) {
        vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
        errors = vErrors.length;
      }
    }
    if (data.windowsOptions !== void 0) {
      if (!validate142(data.windowsOptions, { instancePath: instancePath + "/windowsOptions", parentData: data, parentDataProperty: "windowsOptions", rootData })) {
        vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
        errors = vErrors.length;
      }
    }
  }
  validate133.errors = vErrors;
  return errors === 0;
}
var schema62 = { "type": ["object", "null"], "properties": { "devicePath": { "type": ["string", "null"] }, "name": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["name", "devicePath"] };
function validate146(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema62.type }, message: "must be object,null", schema: schema62.type, parentSchema: schema62, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema62.required, parentSchema: schema62, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.devicePath === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "devicePath" }, message: "must have required property 'devicePath'", schema: schema62.required, parentSchema: schema62, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "devicePath" || key0 === "name")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.devicePath !== void 0) {
      let data0 = data.devicePath;
      if (typeof data0 !== "string" && data0 !== null) {
        const err4 = { instancePath: instancePath + "/devicePath", schemaPath: "#/properties/devicePath/type", keyword: "type", params: { type: schema62.properties.devicePath.type }, message: "must be string,null", schema: schema62.properties.devicePath.type, parentSchema: schema62.properties.devicePath, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema62.properties.name.type }, message: "must be string,null", schema: schema62.properties.name.type, parentSchema: schema62.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  validate146.errors = vErrors;
  return errors === 0;
}
var schema63 = { "type": ["object", "null"], "properties": { "mountPath": { "type": ["string", "null"] }, "mountPropagation": { "type": ["string", "null"] }, "name": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "recursiveReadOnly": { "type": ["string", "null"] }, "subPath": { "type": ["string", "null"] }, "subPathExpr": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["name", "mountPath"] };
function validate148(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema63.type }, message: "must be object,null", schema: schema63.type, parentSchema: schema63, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.mountPath === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mountPath" }, message: "must have required property 'mountPath'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "mountPath" || key0 === "mountPropagation" || key0 === "name" || key0 === "readOnly" || key0 === "recursiveReadOnly" || key0 === "subPath" || key0 === "subPathExpr")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.mountPath !== void 0) {
      let data0 = data.mountPath;
      if (typeof data0 !== "string" && data0 !== null) {
        const err4 = { instancePath: instancePath + "/mountPath", schemaPath: "#/properties/mountPath/type", keyword: "type", params: { type: schema63.properties.mountPath.type }, message: "must be string,null", schema: schema63.properties.mountPath.type, parentSchema: schema63.properties.mountPath, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.mountPropagation !== void 0) {
      let data1 = data.mountPropagation;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/mountPropagation", schemaPath: "#/properties/mountPropagation/type", keyword: "type", params: { type: schema63.properties.mountPropagation.type }, message: "must be string,null", schema: schema63.properties.mountPropagation.type, parentSchema: schema63.properties.mountPropagation, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 !== "string" && data2 !== null) {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema63.properties.name.type }, message: "must be string,null", schema: schema63.properties.name.type, parentSchema: schema63.properties.name, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      let data3 = data.readOnly;
      if (typeof data3 !== "boolean" && data3 !== null) {
        const err7 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: schema63.properties.readOnly.type }, message: "must be boolean,null", schema: schema63.properties.readOnly.type, parentSchema: schema63.properties.readOnly, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.recursiveReadOnly !== void 0) {
      let data4 = data.recursiveReadOnly;
      if (typeof data4 !== "string" && data4 !== null) {
        const err8 = { instancePath: instancePath + "/recursiveReadOnly", schemaPath: "#/properties/recursiveReadOnly/type", keyword: "type", params: { type: schema63.properties.recursiveReadOnly.type }, message: "must be string,null", schema: schema63.properties.recursiveReadOnly.type, parentSchema: schema63.properties.recursiveReadOnly, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.subPath !== void 0) {
      let data5 = data.subPath;
      if (typeof data5 !== "string" && data5 !== null) {
        const err9 = { instancePath: instancePath + "/subPath", schemaPath: "#/properties/subPath/type", keyword: "type", params: { type: schema63.properties.subPath.type }, message: "must be string,null", schema: schema63.properties.subPath.type, parentSchema: schema63.properties.subPath, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.subPathExpr !== void 0) {
      let data6 = data.subPathExpr;
      if (typeof data6 !== "string" && data6 !== null) {
        const err10 = { instancePath: instancePath + "/subPathExpr", schemaPath: "#/properties/subPathExpr/type", keyword: "type", params: { type: schema63.properties.subPathExpr.type }, message: "must be string,null", schema: schema63.properties.subPathExpr.type, parentSchema: schema63.properties.subPathExpr, data: data6 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  }
  validate148.errors = vErrors;
  return errors === 0;
}
function validate70(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema28.type }, message: "must be object,null", schema: schema28.type, parentSchema: schema28, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema28.required, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema28.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.args !== void 0) {
      let data0 = data.args;
      if (!Array.isArray(data0) && data0 !== null) {
        const err3 = { instancePath: instancePath + "/args", schemaPath: "#/properties/args/type", keyword: "type", params: { type: schema28.properties.args.type }, message: "must be array,null", schema: schema28.properties.args.type, parentSchema: schema28.properties.args, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string" && data1 !== null) {
            const err4 = { instancePath: instancePath + "/args/" + i0, schemaPath: "#/properties/args/items/type", keyword: "type", params: { type: schema28.properties.args.items.type }, message: "must be string,null", schema: schema28.properties.args.items.type, parentSchema: schema28.properties.args.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
    }
    if (data.command !== void 0) {
      let data2 = data.command;
      if (!Array.isArray(data2) && data2 !== null) {
        const err5 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: schema28.properties.command.type }, message: "must be array,null", schema: schema28.properties.command.type, parentSchema: schema28.properties.command, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 !== "string" && data3 !== null) {
            const err6 = { instancePath: instancePath + "/command/" + i1, schemaPath: "#/properties/command/items/type", keyword: "type", params: { type: schema28.properties.command.items.type }, message: "must be string,null", schema: schema28.properties.command.items.type, parentSchema: schema28.properties.command.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
    if (data.env !== void 0) {
      let data4 = data.env;
      if (!Array.isArray(data4) && data4 !== null) {
        const err7 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: schema28.properties.env.type }, message: "must be array,null", schema: schema28.properties.env.type, parentSchema: schema28.properties.env, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate71(data4[i2], { instancePath: instancePath + "/env/" + i2, parentData: data4, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.envFrom !== void 0) {
      let data6 = data.envFrom;
      if (!Array.isArray(data6) && data6 !== null) {
        const err8 = { instancePath: instancePath + "/envFrom", schemaPath: "#/properties/envFrom/type", keyword: "type", params: { type: schema28.properties.envFrom.type }, message: "must be array,null", schema: schema28.properties.envFrom.type, parentSchema: schema28.properties.envFrom, data: data6 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (Array.isArray(data6)) {
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate87(data6[i3], { instancePath: instancePath + "/envFrom/" + i3, parentData: data6, parentDataProperty: i3, rootData })) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.image !== void 0) {
      let data8 = data.image;
      if (typeof data8 !== "string" && data8 !== null) {
        const err9 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: schema28.properties.image.type }, message: "must be string,null", schema: schema28.properties.image.type, parentSchema: schema28.properties.image, data: data8 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.imagePullPolicy !== void 0) {
      let data9 = data.imagePullPolicy;
      if (typeof data9 !== "string" && data9 !== null) {
        const err10 = { instancePath: instancePath + "/imagePullPolicy", schemaPath: "#/properties/imagePullPolicy/type", keyword: "type", params: { type: schema28.properties.imagePullPolicy.type }, message: "must be string,null", schema: schema28.properties.imagePullPolicy.type, parentSchema: schema28.properties.imagePullPolicy, data: data9 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.lifecycle !== void 0) {
      if (!validate93(data.lifecycle, { instancePath: instancePath + "/lifecycle", parentData: data, parentDataProperty: "lifecycle", rootData })) {
        vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
        errors = vErrors.length;
      }
    }
    if (data.livenessProbe !== void 0) {
      if (!validate111(data.livenessProbe, { instancePath: instancePath + "/livenessProbe", parentData: data, parentDataProperty: "livenessProbe", rootData })) {
        vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== void 0) {
      let data12 = data.name;
      if (typeof data12 !== "string" && data12 !== null) {
        const err11 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema28.properties.name.type }, message: "must be string,null", schema: schema28.properties.name.type, parentSchema: schema28.properties.name, data: data12 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.ports !== void 0) {
      let data13 = data.ports;
      if (!Array.isArray(data13) && data13 !== null) {
        const err12 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: schema28.properties.ports.type }, message: "must be array,null", schema: schema28.properties.ports.type, parentSchema: schema28.properties.ports, data: data13 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (Array.isArray(data13)) {
        const len4 = data13.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate118(data13[i4], { instancePath: instancePath + "/ports/" + i4, parentData: data13, parentDataProperty: i4, rootData })) {
            vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.readinessProbe !== void 0) {
      if (!validate111(data.readinessProbe, { instancePath: instancePath + "/readinessProbe", parentData: data, parentDataProperty: "readinessProbe", rootData })) {
        vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
        errors = vErrors.length;
      }
    }
    if (data.resizePolicy !== void 0) {
      let data16 = data.resizePolicy;
      if (!Array.isArray(data16) && data16 !== null) {
        const err13 = { instancePath: instancePath + "/resizePolicy", schemaPath: "#/properties/resizePolicy/type", keyword: "type", params: { type: schema28.properties.resizePolicy.type }, message: "must be array,null", schema: schema28.properties.resizePolicy.type, parentSchema: schema28.properties.resizePolicy, data: data16 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (Array.isArray(data16)) {
        const len5 = data16.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate121(data16[i5], { instancePath: instancePath + "/resizePolicy/" + i5, parentData: data16, parentDataProperty: i5, rootData })) {
            vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.resources !== void 0) {
      if (!validate123(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData })) {
        vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
        errors = vErrors.length;
      }
    }
    if (data.restartPolicy !== void 0) {
      let data19 = data.restartPolicy;
      if (typeof data19 !== "string" && data19 !== null) {
        const err14 = { instancePath: instancePath + "/restartPolicy", schemaPath: "#/properties/restartPolicy/type", keyword: "type", params: { type: schema28.properties.restartPolicy.type }, message: "must be string,null", schema: schema28.properties.restartPolicy.type, parentSchema: schema28.properties.restartPolicy, data: data19 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.restartPolicyRules !== void 0) {
      let data20 = data.restartPolicyRules;
      if (!Array.isArray(data20) && data20 !== null) {
        const err15 = { instancePath: instancePath + "/restartPolicyRules", schemaPath: "#/properties/restartPolicyRules/type", keyword: "type", params: { type: schema28.properties.restartPolicyRules.type }, message: "must be array,null", schema: schema28.properties.restartPolicyRules.type, parentSchema: schema28.properties.restartPolicyRules, data: data20 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (Array.isArray(data20)) {
        const len6 = data20.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!validate129(data20[i6], { instancePath: instancePath + "/restartPolicyRules/" + i6, parentData: data20, parentDataProperty: i6, rootData })) {
            vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.securityContext !== void 0) {
      if (!validate133(data.securityContext, { instancePath: instancePath + "/securityContext", parentData: data, parentDataProperty: "securityContext", rootData })) {
        vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
        errors = vErrors.length;
      }
    }
    if (data.startupProbe !== void 0) {
      if (!validate111(data.startupProbe, { instancePath: instancePath + "/startupProbe", parentData: data, parentDataProperty: "startupProbe", rootData })) {
        vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
        errors = vErrors.length;
      }
    }
    if (data.stdin !== void 0) {
      let data24 = data.stdin;
      if (typeof data24 !== "boolean" && data24 !== null) {
        const err16 = { instancePath: instancePath + "/stdin", schemaPath: "#/properties/stdin/type", keyword: "type", params: { type: schema28.properties.stdin.type }, message: "must be boolean,null", schema: schema28.properties.stdin.type, parentSchema: schema28.properties.stdin, data: data24 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.stdinOnce !== void 0) {
      let data25 = data.stdinOnce;
      if (typeof data25 !== "boolean" && data25 !== null) {
        const err17 = { instancePath: instancePath + "/stdinOnce", schemaPath: "#/properties/stdinOnce/type", keyword: "type", params: { type: schema28.properties.stdinOnce.type }, message: "must be boolean,null", schema: schema28.properties.stdinOnce.type, parentSchema: schema28.properties.stdinOnce, data: data25 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.terminationMessagePath !== void 0) {
      let data26 = data.terminationMessagePath;
      if (typeof data26 !== "string" && data26 !== null) {
        const err18 = { instancePath: instancePath + "/terminationMessagePath", schemaPath: "#/properties/terminationMessagePath/type", keyword: "type", params: { type: schema28.properties.terminationMessagePath.type }, message: "must be string,null", schema: schema28.properties.terminationMessagePath.type, parentSchema: schema28.properties.terminationMessagePath, data: data26 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.terminationMessagePolicy !== void 0) {
      let data27 = data.terminationMessagePolicy;
      if (typeof data27 !== "string" && data27 !== null) {
        const err19 = { instancePath: instancePath + "/terminationMessagePolicy", schemaPath: "#/properties/terminationMessagePolicy/type", keyword: "type", params: { type: schema28.properties.terminationMessagePolicy.type }, message: "must be string,null", schema: schema28.properties.terminationMessagePolicy.type, parentSchema: schema28.properties.terminationMessagePolicy, data: data27 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.tty !== void 0) {
      let data28 = data.tty;
      if (typeof data28 !== "boolean" && data28 !== null) {
        const err20 = { instancePath: instancePath + "/tty", schemaPath: "#/properties/tty/type", keyword: "type", params: { type: schema28.properties.tty.type }, message: "must be boolean,null", schema: schema28.properties.tty.type, parentSchema: schema28.properties.tty, data: data28 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.volumeDevices !== void 0) {
      let data29 = data.volumeDevices;
      if (!Array.isArray(data29) && data29 !== null) {
        const err21 = { instancePath: instancePath + "/volumeDevices", schemaPath: "#/properties/volumeDevices/type", keyword: "type", params: { type: schema28.properties.volumeDevices.type }, message: "must be array,null", schema: schema28.properties.volumeDevices.type, parentSchema: schema28.properties.volumeDevices, data: data29 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (Array.isArray(data29)) {
        const len7 = data29.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (!validate146(data29[i7], { instancePath: instancePath + "/volumeDevices/" + i7, parentData: data29, parentDataProperty: i7, rootData })) {
            vErrors = vErrors === null ? validate146.errors : vErrors.concat(validate146.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.volumeMounts !== void 0) {
      let data31 = data.volumeMounts;
      if (!Array.isArray(data31) && data31 !== null) {
        const err22 = { instancePath: instancePath + "/volumeMounts", schemaPath: "#/properties/volumeMounts/type", keyword: "type", params: { type: schema28.properties.volumeMounts.type }, message: "must be array,null", schema: schema28.properties.volumeMounts.type, parentSchema: schema28.properties.volumeMounts, data: data31 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (Array.isArray(data31)) {
        const len8 = data31.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (!validate148(data31[i8], { instancePath: instancePath + "/volumeMounts/" + i8, parentData: data31, parentDataProperty: i8, rootData })) {
            vErrors = vErrors === null ? validate148.errors : vErrors.concat(validate148.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.workingDir !== void 0) {
      let data33 = data.workingDir;
      if (typeof data33 !== "string" && data33 !== null) {
        const err23 = { instancePath: instancePath + "/workingDir", schemaPath: "#/properties/workingDir/type", keyword: "type", params: { type: schema28.properties.workingDir.type }, message: "must be string,null", schema: schema28.properties.workingDir.type, parentSchema: schema28.properties.workingDir, data: data33 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  }
  validate70.errors = vErrors;
  return errors === 0;
}
var schema64 = { "type": ["object", "null"], "properties": { "nameservers": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "options": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.PodDNSConfigOption" } }, "searches": { "type": ["array", "null"], "items": { "type": ["string", "null"] } } }, "additionalProperties": false };
var schema65 = { "type": ["object", "null"], "properties": { "name": { "type": ["string", "null"] }, "value": { "type": ["string", "null"] } }, "additionalProperties": false };
function validate152(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema65.type }, message: "must be object,null", schema: schema65.type, parentSchema: schema65, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "value")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema65, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string" && data0 !== null) {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema65.properties.name.type }, message: "must be string,null", schema: schema65.properties.name.type, parentSchema: schema65.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data1 = data.value;
      if (typeof data1 !== "string" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: schema65.properties.value.type }, message: "must be string,null", schema: schema65.properties.value.type, parentSchema: schema65.properties.value, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  }
  validate152.errors = vErrors;
  return errors === 0;
}
function validate151(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema64.type }, message: "must be object,null", schema: schema64.type, parentSchema: schema64, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "nameservers" || key0 === "options" || key0 === "searches")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.nameservers !== void 0) {
      let data0 = data.nameservers;
      if (!Array.isArray(data0) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/nameservers", schemaPath: "#/properties/nameservers/type", keyword: "type", params: { type: schema64.properties.nameservers.type }, message: "must be array,null", schema: schema64.properties.nameservers.type, parentSchema: schema64.properties.nameservers, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string" && data1 !== null) {
            const err3 = { instancePath: instancePath + "/nameservers/" + i0, schemaPath: "#/properties/nameservers/items/type", keyword: "type", params: { type: schema64.properties.nameservers.items.type }, message: "must be string,null", schema: schema64.properties.nameservers.items.type, parentSchema: schema64.properties.nameservers.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.options !== void 0) {
      let data2 = data.options;
      if (!Array.isArray(data2) && data2 !== null) {
        const err4 = { instancePath: instancePath + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: schema64.properties.options.type }, message: "must be array,null", schema: schema64.properties.options.type, parentSchema: schema64.properties.options, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate152(data2[i1], { instancePath: instancePath + "/options/" + i1, parentData: data2, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.searches !== void 0) {
      let data4 = data.searches;
      if (!Array.isArray(data4) && data4 !== null) {
        const err5 = { instancePath: instancePath + "/searches", schemaPath: "#/properties/searches/type", keyword: "type", params: { type: schema64.properties.searches.type }, message: "must be array,null", schema: schema64.properties.searches.type, parentSchema: schema64.properties.searches, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data5 = data4[i2];
          if (typeof data5 !== "string" && data5 !== null) {
            const err6 = { instancePath: instancePath + "/searches/" + i2, schemaPath: "#/properties/searches/items/type", keyword: "type", params: { type: schema64.properties.searches.items.type }, message: "must be string,null", schema: schema64.properties.searches.items.type, parentSchema: schema64.properties.searches.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
  }
  validate151.errors = vErrors;
  return errors === 0;
}
var schema66 = { "type": ["object", "null"], "properties": { "args": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "command": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "env": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.EnvVar" } }, "envFrom": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.EnvFromSource" } }, "image": { "type": ["string", "null"] }, "imagePullPolicy": { "type": ["string", "null"] }, "lifecycle": { "$ref": "#/definitions/io.k8s.api.core.v1.Lifecycle" }, "livenessProbe": { "$ref": "#/definitions/io.k8s.api.core.v1.Probe" }, "name": { "type": ["string", "null"] }, "ports": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.ContainerPort" } }, "readinessProbe": { "$ref": "#/definitions/io.k8s.api.core.v1.Probe" }, "resizePolicy": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.ContainerResizePolicy" } }, "resources": { "$ref": "#/definitions/io.k8s.api.core.v1.ResourceRequirements" }, "restartPolicy": { "type": ["string", "null"] }, "restartPolicyRules": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.ContainerRestartRule" } }, "securityContext": { "$ref": "#/definitions/io.k8s.api.core.v1.SecurityContext" }, "startupProbe": { "$ref": "#/definitions/io.k8s.api.core.v1.Probe" }, "stdin": { "type": ["boolean", "null"] }, "stdinOnce": { "type": ["boolean", "null"] }, "targetContainerName": { "type": ["string", "null"] }, "terminationMessagePath": { "type": ["string", "null"] }, "terminationMessagePolicy": { "type": ["string", "null"] }, "tty": { "type": ["boolean", "null"] }, "volumeDevices": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.VolumeDevice" } }, "volumeMounts": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.VolumeMount" } }, "workingDir": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["name"] };
function validate155(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema66.type }, message: "must be object,null", schema: schema66.type, parentSchema: schema66, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema66.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.args !== void 0) {
      let data0 = data.args;
      if (!Array.isArray(data0) && data0 !== null) {
        const err3 = { instancePath: instancePath + "/args", schemaPath: "#/properties/args/type", keyword: "type", params: { type: schema66.properties.args.type }, message: "must be array,null", schema: schema66.properties.args.type, parentSchema: schema66.properties.args, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string" && data1 !== null) {
            const err4 = { instancePath: instancePath + "/args/" + i0, schemaPath: "#/properties/args/items/type", keyword: "type", params: { type: schema66.properties.args.items.type }, message: "must be string,null", schema: schema66.properties.args.items.type, parentSchema: schema66.properties.args.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
    }
    if (data.command !== void 0) {
      let data2 = data.command;
      if (!Array.isArray(data2) && data2 !== null) {
        const err5 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: schema66.properties.command.type }, message: "must be array,null", schema: schema66.properties.command.type, parentSchema: schema66.properties.command, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 !== "string" && data3 !== null) {
            const err6 = { instancePath: instancePath + "/command/" + i1, schemaPath: "#/properties/command/items/type", keyword: "type", params: { type: schema66.properties.command.items.type }, message: "must be string,null", schema: schema66.properties.command.items.type, parentSchema: schema66.properties.command.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
    if (data.env !== void 0) {
      let data4 = data.env;
      if (!Array.isArray(data4) && data4 !== null) {
        const err7 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: schema66.properties.env.type }, message: "must be array,null", schema: schema66.properties.env.type, parentSchema: schema66.properties.env, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate71(data4[i2], { instancePath: instancePath + "/env/" + i2, parentData: data4, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.envFrom !== void 0) {
      let data6 = data.envFrom;
      if (!Array.isArray(data6) && data6 !== null) {
        const err8 = { instancePath: instancePath + "/envFrom", schemaPath: "#/properties/envFrom/type", keyword: "type", params: { type: schema66.properties.envFrom.type }, message: "must be array,null", schema: schema66.properties.envFrom.type, parentSchema: schema66.properties.envFrom, data: data6 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (Array.isArray(data6)) {
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate87(data6[i3], { instancePath: instancePath + "/envFrom/" + i3, parentData: data6, parentDataProperty: i3, rootData })) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.image !== void 0) {
      let data8 = data.image;
      if (typeof data8 !== "string" && data8 !== null) {
        const err9 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: schema66.properties.image.type }, message: "must be string,null", schema: schema66.properties.image.type, parentSchema: schema66.properties.image, data: data8 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.imagePullPolicy !== void 0) {
      let data9 = data.imagePullPolicy;
      if (typeof data9 !== "string" && data9 !== null) {
        const err10 = { instancePath: instancePath + "/imagePullPolicy", schemaPath: "#/properties/imagePullPolicy/type", keyword: "type", params: { type: schema66.properties.imagePullPolicy.type }, message: "must be string,null", schema: schema66.properties.imagePullPolicy.type, parentSchema: schema66.properties.imagePullPolicy, data: data9 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.lifecycle !== void 0) {
      if (!validate93(data.lifecycle, { instancePath: instancePath + "/lifecycle", parentData: data, parentDataProperty: "lifecycle", rootData })) {
        vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
        errors = vErrors.length;
      }
    }
    if (data.livenessProbe !== void 0) {
      if (!validate111(data.livenessProbe, { instancePath: instancePath + "/livenessProbe", parentData: data, parentDataProperty: "livenessProbe", rootData })) {
        vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== void 0) {
      let data12 = data.name;
      if (typeof data12 !== "string" && data12 !== null) {
        const err11 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema66.properties.name.type }, message: "must be string,null", schema: schema66.properties.name.type, parentSchema: schema66.properties.name, data: data12 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.ports !== void 0) {
      let data13 = data.ports;
      if (!Array.isArray(data13) && data13 !== null) {
        const err12 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: schema66.properties.ports.type }, message: "must be array,null", schema: schema66.properties.ports.type, parentSchema: schema66.properties.ports, data: data13 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (Array.isArray(data13)) {
        const len4 = data13.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate118(data13[i4], { instancePath: instancePath + "/ports/" + i4, parentData: data13, parentDataProperty: i4, rootData })) {
            vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.readinessProbe !== void 0) {
      if (!validate111(data.readinessProbe, { instancePath: instancePath + "/readinessProbe", parentData: data, parentDataProperty: "readinessProbe", rootData })) {
        vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
        errors = vErrors.length;
      }
    }
    if (data.resizePolicy !== void 0) {
      let data16 = data.resizePolicy;
      if (!Array.isArray(data16) && data16 !== null) {
        const err13 = { instancePath: instancePath + "/resizePolicy", schemaPath: "#/properties/resizePolicy/type", keyword: "type", params: { type: schema66.properties.resizePolicy.type }, message: "must be array,null", schema: schema66.properties.resizePolicy.type, parentSchema: schema66.properties.resizePolicy, data: data16 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (Array.isArray(data16)) {
        const len5 = data16.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate121(data16[i5], { instancePath: instancePath + "/resizePolicy/" + i5, parentData: data16, parentDataProperty: i5, rootData })) {
            vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.resources !== void 0) {
      if (!validate123(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData })) {
        vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
        errors = vErrors.length;
      }
    }
    if (data.restartPolicy !== void 0) {
      let data19 = data.restartPolicy;
      if (typeof data19 !== "string" && data19 !== null) {
        const err14 = { instancePath: instancePath + "/restartPolicy", schemaPath: "#/properties/restartPolicy/type", keyword: "type", params: { type: schema66.properties.restartPolicy.type }, message: "must be string,null", schema: schema66.properties.restartPolicy.type, parentSchema: schema66.properties.restartPolicy, data: data19 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.restartPolicyRules !== void 0) {
      let data20 = data.restartPolicyRules;
      if (!Array.isArray(data20) && data20 !== null) {
        const err15 = { instancePath: instancePath + "/restartPolicyRules", schemaPath: "#/properties/restartPolicyRules/type", keyword: "type", params: { type: schema66.properties.restartPolicyRules.type }, message: "must be array,null", schema: schema66.properties.restartPolicyRules.type, parentSchema: schema66.properties.restartPolicyRules, data: data20 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (Array.isArray(data20)) {
        const len6 = data20.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!validate129(data20[i6], { instancePath: instancePath + "/restartPolicyRules/" + i6, parentData: data20, parentDataProperty: i6, rootData })) {
            vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.securityContext !== void 0) {
      if (!validate133(data.securityContext, { instancePath: instancePath + "/securityContext", parentData: data, parentDataProperty: "securityContext", rootData })) {
        vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
        errors = vErrors.length;
      }
    }
    if (data.startupProbe !== void 0) {
      if (!validate111(data.startupProbe, { instancePath: instancePath + "/startupProbe", parentData: data, parentDataProperty: "startupProbe", rootData })) {
        vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
        errors = vErrors.length;
      }
    }
    if (data.stdin !== void 0) {
      let data24 = data.stdin;
      if (typeof data24 !== "boolean" && data24 !== null) {
        const err16 = { instancePath: instancePath + "/stdin", schemaPath: "#/properties/stdin/type", keyword: "type", params: { type: schema66.properties.stdin.type }, message: "must be boolean,null", schema: schema66.properties.stdin.type, parentSchema: schema66.properties.stdin, data: data24 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.stdinOnce !== void 0) {
      let data25 = data.stdinOnce;
      if (typeof data25 !== "boolean" && data25 !== null) {
        const err17 = { instancePath: instancePath + "/stdinOnce", schemaPath: "#/properties/stdinOnce/type", keyword: "type", params: { type: schema66.properties.stdinOnce.type }, message: "must be boolean,null", schema: schema66.properties.stdinOnce.type, parentSchema: schema66.properties.stdinOnce, data: data25 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.targetContainerName !== void 0) {
      let data26 = data.targetContainerName;
      if (typeof data26 !== "string" && data26 !== null) {
        const err18 = { instancePath: instancePath + "/targetContainerName", schemaPath: "#/properties/targetContainerName/type", keyword: "type", params: { type: schema66.properties.targetContainerName.type }, message: "must be string,null", schema: schema66.properties.targetContainerName.type, parentSchema: schema66.properties.targetContainerName, data: data26 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.terminationMessagePath !== void 0) {
      let data27 = data.terminationMessagePath;
      if (typeof data27 !== "string" && data27 !== null) {
        const err19 = { instancePath: instancePath + "/terminationMessagePath", schemaPath: "#/properties/terminationMessagePath/type", keyword: "type", params: { type: schema66.properties.terminationMessagePath.type }, message: "must be string,null", schema: schema66.properties.terminationMessagePath.type, parentSchema: schema66.properties.terminationMessagePath, data: data27 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.terminationMessagePolicy !== void 0) {
      let data28 = data.terminationMessagePolicy;
      if (typeof data28 !== "string" && data28 !== null) {
        const err20 = { instancePath: instancePath + "/terminationMessagePolicy", schemaPath: "#/properties/terminationMessagePolicy/type", keyword: "type", params: { type: schema66.properties.terminationMessagePolicy.type }, message: "must be string,null", schema: schema66.properties.terminationMessagePolicy.type, parentSchema: schema66.properties.terminationMessagePolicy, data: data28 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.tty !== void 0) {
      let data29 = data.tty;
      if (typeof data29 !== "boolean" && data29 !== null) {
        const err21 = { instancePath: instancePath + "/tty", schemaPath: "#/properties/tty/type", keyword: "type", params: { type: schema66.properties.tty.type }, message: "must be boolean,null", schema: schema66.properties.tty.type, parentSchema: schema66.properties.tty, data: data29 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.volumeDevices !== void 0) {
      let data30 = data.volumeDevices;
      if (!Array.isArray(data30) && data30 !== null) {
        const err22 = { instancePath: instancePath + "/volumeDevices", schemaPath: "#/properties/volumeDevices/type", keyword: "type", params: { type: schema66.properties.volumeDevices.type }, message: "must be array,null", schema: schema66.properties.volumeDevices.type, parentSchema: schema66.properties.volumeDevices, data: data30 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (Array.isArray(data30)) {
        const len7 = data30.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (!validate146(data30[i7], { instancePath: instancePath + "/volumeDevices/" + i7, parentData: data30, parentDataProperty: i7, rootData })) {
            vErrors = vErrors === null ? validate146.errors : vErrors.concat(validate146.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.volumeMounts !== void 0) {
      let data32 = data.volumeMounts;
      if (!Array.isArray(data32) && data32 !== null) {
        const err23 = { instancePath: instancePath + "/volumeMounts", schemaPath: "#/properties/volumeMounts/type", keyword: "type", params: { type: schema66.properties.volumeMounts.type }, message: "must be array,null", schema: schema66.properties.volumeMounts.type, parentSchema: schema66.properties.volumeMounts, data: data32 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (Array.isArray(data32)) {
        const len8 = data32.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (!validate148(data32[i8], { instancePath: instancePath + "/volumeMounts/" + i8, parentData: data32, parentDataProperty: i8, rootData })) {
            vErrors = vErrors === null ? validate148.errors : vErrors.concat(validate148.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.workingDir !== void 0) {
      let data34 = data.workingDir;
      if (typeof data34 !== "string" && data34 !== null) {
        const err24 = { instancePath: instancePath + "/workingDir", schemaPath: "#/properties/workingDir/type", keyword: "type", params: { type: schema66.properties.workingDir.type }, message: "must be string,null", schema: schema66.properties.workingDir.type, parentSchema: schema66.properties.workingDir, data: data34 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  }
  validate155.errors = vErrors;
  return errors === 0;
}
var schema67 = { "type": ["object", "null"], "properties": { "hostnames": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "ip": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["ip"] };
function validate170(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema67.type }, message: "must be object,null", schema: schema67.type, parentSchema: schema67, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ip === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ip" }, message: "must have required property 'ip'", schema: schema67.required, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "hostnames" || key0 === "ip")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.hostnames !== void 0) {
      let data0 = data.hostnames;
      if (!Array.isArray(data0) && data0 !== null) {
        const err3 = { instancePath: instancePath + "/hostnames", schemaPath: "#/properties/hostnames/type", keyword: "type", params: { type: schema67.properties.hostnames.type }, message: "must be array,null", schema: schema67.properties.hostnames.type, parentSchema: schema67.properties.hostnames, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string" && data1 !== null) {
            const err4 = { instancePath: instancePath + "/hostnames/" + i0, schemaPath: "#/properties/hostnames/items/type", keyword: "type", params: { type: schema67.properties.hostnames.items.type }, message: "must be string,null", schema: schema67.properties.hostnames.items.type, parentSchema: schema67.properties.hostnames.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
    }
    if (data.ip !== void 0) {
      let data2 = data.ip;
      if (typeof data2 !== "string" && data2 !== null) {
        const err5 = { instancePath: instancePath + "/ip", schemaPath: "#/properties/ip/type", keyword: "type", params: { type: schema67.properties.ip.type }, message: "must be string,null", schema: schema67.properties.ip.type, parentSchema: schema67.properties.ip, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  validate170.errors = vErrors;
  return errors === 0;
}
var schema68 = { "type": ["object", "null"], "properties": { "name": { "type": ["string", "null"] } }, "additionalProperties": false };
function validate172(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema68.type }, message: "must be object,null", schema: schema68.type, parentSchema: schema68, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema68, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string" && data0 !== null) {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema68.properties.name.type }, message: "must be string,null", schema: schema68.properties.name.type, parentSchema: schema68.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  }
  validate172.errors = vErrors;
  return errors === 0;
}
var schema69 = { "type": ["object", "null"], "properties": { "name": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["name"] };
function validate175(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema69.type }, message: "must be object,null", schema: schema69.type, parentSchema: schema69, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema69.required, parentSchema: schema69, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema69, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema69.properties.name.type }, message: "must be string,null", schema: schema69.properties.name.type, parentSchema: schema69.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  }
  validate175.errors = vErrors;
  return errors === 0;
}
var schema70 = { "type": ["object", "null"], "properties": { "conditionType": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["conditionType"] };
function validate178(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema70.type }, message: "must be object,null", schema: schema70.type, parentSchema: schema70, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.conditionType === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "conditionType" }, message: "must have required property 'conditionType'", schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "conditionType")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema70, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.conditionType !== void 0) {
      let data0 = data.conditionType;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/conditionType", schemaPath: "#/properties/conditionType/type", keyword: "type", params: { type: schema70.properties.conditionType.type }, message: "must be string,null", schema: schema70.properties.conditionType.type, parentSchema: schema70.properties.conditionType, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  }
  validate178.errors = vErrors;
  return errors === 0;
}
var schema71 = { "type": ["object", "null"], "properties": { "name": { "type": ["string", "null"] }, "resourceClaimName": { "type": ["string", "null"] }, "resourceClaimTemplateName": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["name"] };
function validate180(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema71.type }, message: "must be object,null", schema: schema71.type, parentSchema: schema71, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema71.required, parentSchema: schema71, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "resourceClaimName" || key0 === "resourceClaimTemplateName")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema71, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema71.properties.name.type }, message: "must be string,null", schema: schema71.properties.name.type, parentSchema: schema71.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.resourceClaimName !== void 0) {
      let data1 = data.resourceClaimName;
      if (typeof data1 !== "string" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/resourceClaimName", schemaPath: "#/properties/resourceClaimName/type", keyword: "type", params: { type: schema71.properties.resourceClaimName.type }, message: "must be string,null", schema: schema71.properties.resourceClaimName.type, parentSchema: schema71.properties.resourceClaimName, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.resourceClaimTemplateName !== void 0) {
      let data2 = data.resourceClaimTemplateName;
      if (typeof data2 !== "string" && data2 !== null) {
        const err5 = { instancePath: instancePath + "/resourceClaimTemplateName", schemaPath: "#/properties/resourceClaimTemplateName/type", keyword: "type", params: { type: schema71.properties.resourceClaimTemplateName.type }, message: "must be string,null", schema: schema71.properties.resourceClaimTemplateName.type, parentSchema: schema71.properties.resourceClaimTemplateName, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  validate180.errors = vErrors;
  return errors === 0;
}
var schema72 = { "type": ["object", "null"], "properties": { "name": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["name"] };
function validate183(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema72.type }, message: "must be object,null", schema: schema72.type, parentSchema: schema72, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema72.required, parentSchema: schema72, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema72, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema72.properties.name.type }, message: "must be string,null", schema: schema72.properties.name.type, parentSchema: schema72.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  }
  validate183.errors = vErrors;
  return errors === 0;
}
var schema73 = { "type": ["object", "null"], "properties": { "appArmorProfile": { "$ref": "#/definitions/io.k8s.api.core.v1.AppArmorProfile" }, "fsGroup": { "type": ["integer", "null"] }, "fsGroupChangePolicy": { "type": ["string", "null"], "enum": ["Always", "OnRootMismatch", "", null] }, "runAsGroup": { "type": ["integer", "null"] }, "runAsNonRoot": { "type": ["boolean", "null"] }, "runAsUser": { "type": ["integer", "null"] }, "seLinuxChangePolicy": { "type": ["string", "null"], "enum": ["MountOption", "Recursive", "", null] }, "seLinuxOptions": { "$ref": "#/definitions/io.k8s.api.core.v1.SELinuxOptions" }, "seccompProfile": { "$ref": "#/definitions/io.k8s.api.core.v1.SeccompProfile" }, "supplementalGroups": { "type": ["array", "null"], "items": { "type": ["integer", "null"] } }, "supplementalGroupsPolicy": { "type": ["string", "null"], "enum": ["Merge", "Strict", "", null] }, "sysctls": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.Sysctl" } }, "windowsOptions": { "$ref": "#/definitions/io.k8s.api.core.v1.WindowsSecurityContextOptions" } }, "additionalProperties": false };
var schema74 = { "type": ["object", "null"], "properties": { "name": { "type": ["string", "null"] }, "value": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["name", "value"] };
function validate189(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema74.type }, message: "must be object,null", schema: schema74.type, parentSchema: schema74, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema74.required, parentSchema: schema74, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.value === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema74.required, parentSchema: schema74, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "value")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema74, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string" && data0 !== null) {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema74.properties.name.type }, message: "must be string,null", schema: schema74.properties.name.type, parentSchema: schema74.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data1 = data.value;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: schema74.properties.value.type }, message: "must be string,null", schema: schema74.properties.value.type, parentSchema: schema74.properties.value, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  validate189.errors = vErrors;
  return errors === 0;
}
function validate185(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema73.type }, message: "must be object,null", schema: schema73.type, parentSchema: schema73, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema73.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema73, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.appArmorProfile !== void 0) {
      if (!validate134(data.appArmorProfile, { instancePath: instancePath + "/appArmorProfile", parentData: data, parentDataProperty: "appArmorProfile", rootData })) {
        vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
        errors = vErrors.length;
      }
    }
    if (data.fsGroup !== void 0) {
      let data1 = data.fsGroup;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1)) && data1 !== null) {
        const err2 = { instancePath: instancePath + "/fsGroup", schemaPath: "#/properties/fsGroup/type", keyword: "type", params: { type: schema73.properties.fsGroup.type }, message: "must be integer,null", schema: schema73.properties.fsGroup.type, parentSchema: schema73.properties.fsGroup, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.fsGroupChangePolicy !== void 0) {
      let data2 = data.fsGroupChangePolicy;
      if (typeof data2 !== "string" && data2 !== null) {
        const err3 = { instancePath: instancePath + "/fsGroupChangePolicy", schemaPath: "#/properties/fsGroupChangePolicy/type", keyword: "type", params: { type: schema73.properties.fsGroupChangePolicy.type }, message: "must be string,null", schema: schema73.properties.fsGroupChangePolicy.type, parentSchema: schema73.properties.fsGroupChangePolicy, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data2 === "Always" || data2 === "OnRootMismatch" || data2 === "" || data2 === null)) {
        const err4 = { instancePath: instancePath + "/fsGroupChangePolicy", schemaPath: "#/properties/fsGroupChangePolicy/enum", keyword: "enum", params: { allowedValues: schema73.properties.fsGroupChangePolicy.enum }, message: "must be equal to one of the allowed values", schema: schema73.properties.fsGroupChangePolicy.enum, parentSchema: schema73.properties.fsGroupChangePolicy, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.runAsGroup !== void 0) {
      let data3 = data.runAsGroup;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3)) && data3 !== null) {
        const err5 = { instancePath: instancePath + "/runAsGroup", schemaPath: "#/properties/runAsGroup/type", keyword: "type", params: { type: schema73.properties.runAsGroup.type }, message: "must be integer,null", schema: schema73.properties.runAsGroup.type, parentSchema: schema73.properties.runAsGroup, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.runAsNonRoot !== void 0) {
      let data4 = data.runAsNonRoot;
      if (typeof data4 !== "boolean" && data4 !== null) {
        const err6 = { instancePath: instancePath + "/runAsNonRoot", schemaPath: "#/properties/runAsNonRoot/type", keyword: "type", params: { type: schema73.properties.runAsNonRoot.type }, message: "must be boolean,null", schema: schema73.properties.runAsNonRoot.type, parentSchema: schema73.properties.runAsNonRoot, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.runAsUser !== void 0) {
      let data5 = data.runAsUser;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5)) && data5 !== null) {
        const err7 = { instancePath: instancePath + "/runAsUser", schemaPath: "#/properties/runAsUser/type", keyword: "type", params: { type: schema73.properties.runAsUser.type }, message: "must be integer,null", schema: schema73.properties.runAsUser.type, parentSchema: schema73.properties.runAsUser, data: data5 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.seLinuxChangePolicy !== void 0) {
      let data6 = data.seLinuxChangePolicy;
      if (typeof data6 !== "string" && data6 !== null) {
        const err8 = { instancePath: instancePath + "/seLinuxChangePolicy", schemaPath: "#/properties/seLinuxChangePolicy/type", keyword: "type", params: { type: schema73.properties.seLinuxChangePolicy.type }, message: "must be string,null", schema: schema73.properties.seLinuxChangePolicy.type, parentSchema: schema73.properties.seLinuxChangePolicy, data: data6 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (!(data6 === "MountOption" || data6 === "Recursive" || data6 === "" || data6 === null)) {
        const err9 = { instancePath: instancePath + "/seLinuxChangePolicy", schemaPath: "#/properties/seLinuxChangePolicy/enum", keyword: "enum", params: { allowedValues: schema73.properties.seLinuxChangePolicy.enum }, message: "must be equal to one of the allowed values", schema: schema73.properties.seLinuxChangePolicy.enum, parentSchema: schema73.properties.seLinuxChangePolicy, data: data6 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.seLinuxOptions !== void 0) {
      if (!validate138(data.seLinuxOptions, { instancePath: instancePath + "/seLinuxOptions", parentData: data, parentDataProperty: "seLinuxOptions", rootData })) {
        vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
        errors = vErrors.length;
      }
    }
    if (data.seccompProfile !== void 0) {
      if (!validate140(data.seccompProfile, { instancePath: instancePath + "/seccompProfile", parentData: data, parentDataProperty: "seccompProfile", rootData })) {
        vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
        errors = vErrors.length;
      }
    }
    if (data.supplementalGroups !== void 0) {
      let data9 = data.supplementalGroups;
      if (!Array.isArray(data9) && data9 !== null) {
        const err10 = { instancePath: instancePath + "/supplementalGroups", schemaPath: "#/properties/supplementalGroups/type", keyword: "type", params: { type: schema73.properties.supplementalGroups.type }, message: "must be array,null", schema: schema73.properties.supplementalGroups.type, parentSchema: schema73.properties.supplementalGroups, data: data9 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (Array.isArray(data9)) {
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data10 = data9[i0];
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10)) && data10 !== null) {
            const err11 = { instancePath: instancePath + "/supplementalGroups/" + i0, schemaPath: "#/properties/supplementalGroups/items/type", keyword: "type", params: { type: schema73.properties.supplementalGroups.items.type }, message: "must be integer,null", schema: schema73.properties.supplementalGroups.items.type, parentSchema: schema73.properties.supplementalGroups.items, data: data10 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      }
    }
    if (data.supplementalGroupsPolicy !== void 0) {
      let data11 = data.supplementalGroupsPolicy;
      if (typeof data11 !== "string" && data11 !== null) {
        const err12 = { instancePath: instancePath + "/supplementalGroupsPolicy", schemaPath: "#/properties/supplementalGroupsPolicy/type", keyword: "type", params: { type: schema73.properties.supplementalGroupsPolicy.type }, message: "must be string,null", schema: schema73.properties.supplementalGroupsPolicy.type, parentSchema: schema73.properties.supplementalGroupsPolicy, data: data11 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data11 === "Merge" || data11 === "Strict" || data11 === "" || data11 === null)) {
        const err13 = { instancePath: instancePath + "/supplementalGroupsPolicy", schemaPath: "#/properties/supplementalGroupsPolicy/enum", keyword: "enum", params: { allowedValues: schema73.properties.supplementalGroupsPolicy.enum }, message: "must be equal to one of the allowed values", schema: schema73.properties.supplementalGroupsPolicy.enum, parentSchema: schema73.properties.supplementalGroupsPolicy, data: data11 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.sysctls !== void 0) {
      let data12 = data.sysctls;
      if (!Array.isArray(data12) && data12 !== null) {
        const err14 = { instancePath: instancePath + "/sysctls", schemaPath: "#/properties/sysctls/type", keyword: "type", params: { type: schema73.properties.sysctls.type }, message: "must be array,null", schema: schema73.properties.sysctls.type, parentSchema: schema73.properties.sysctls, data: data12 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (Array.isArray(data12)) {
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate189(data12[i1], { instancePath: instancePath + "/sysctls/" + i1, parentData: data12, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.windowsOptions !== void 0) {
      if (!validate142(data.windowsOptions, { instancePath: instancePath + "/windowsOptions", parentData: data, parentDataProperty: "windowsOptions", rootData })) {
        vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
        errors = vErrors.length;
      }
    }
  }
  validate185.errors = vErrors;
  return errors === 0;
}
var schema75 = { "type": ["object", "null"], "properties": { "effect": { "type": ["string", "null"] }, "key": { "type": ["string", "null"] }, "operator": { "type": ["string", "null"] }, "tolerationSeconds": { "type": ["integer", "null"] }, "value": { "type": ["string", "null"] } }, "additionalProperties": false };
function validate193(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema75.type }, message: "must be object,null", schema: schema75.type, parentSchema: schema75, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "effect" || key0 === "key" || key0 === "operator" || key0 === "tolerationSeconds" || key0 === "value")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema75, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.effect !== void 0) {
      let data0 = data.effect;
      if (typeof data0 !== "string" && data0 !== null) {
        const err2 = { instancePath: instancePath + "/effect", schemaPath: "#/properties/effect/type", keyword: "type", params: { type: schema75.properties.effect.type }, message: "must be string,null", schema: schema75.properties.effect.type, parentSchema: schema75.properties.effect, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data1 = data.key;
      if (typeof data1 !== "string" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: schema75.properties.key.type }, message: "must be string,null", schema: schema75.properties.key.type, parentSchema: schema75.properties.key, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.operator !== void 0) {
      let data2 = data.operator;
      if (typeof data2 !== "string" && data2 !== null) {
        const err4 = { instancePath: instancePath + "/operator", schemaPath: "#/properties/operator/type", keyword: "type", params: { type: schema75.properties.operator.type }, message: "must be string,null", schema: schema75.properties.operator.type, parentSchema: schema75.properties.operator, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.tolerationSeconds !== void 0) {
      let data3 = data.tolerationSeconds;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3)) && data3 !== null) {
        const err5 = { instancePath: instancePath + "/tolerationSeconds", schemaPath: "#/properties/tolerationSeconds/type", keyword: "type", params: { type: schema75.properties.tolerationSeconds.type }, message: "must be integer,null", schema: schema75.properties.tolerationSeconds.type, parentSchema: schema75.properties.tolerationSeconds, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data4 = data.value;
      if (typeof data4 !== "string" && data4 !== null) {
        const err6 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: schema75.properties.value.type }, message: "must be string,null", schema: schema75.properties.value.type, parentSchema: schema75.properties.value, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  }
  validate193.errors = vErrors;
  return errors === 0;
}
var schema76 = { "type": ["object", "null"], "properties": { "labelSelector": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector" }, "matchLabelKeys": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "maxSkew": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "minDomains": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "nodeAffinityPolicy": { "type": ["string", "null"], "enum": ["Honor", "Ignore", "", null] }, "nodeTaintsPolicy": { "type": ["string", "null"], "enum": ["Honor", "Ignore", "", null] }, "topologyKey": { "type": ["string", "null"] }, "whenUnsatisfiable": { "type": ["string", "null"], "enum": ["DoNotSchedule", "ScheduleAnyway", "", null] } }, "additionalProperties": false, "required": ["maxSkew", "topologyKey", "whenUnsatisfiable"] };
function validate195(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema76.type }, message: "must be object,null", schema: schema76.type, parentSchema: schema76, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.maxSkew === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "maxSkew" }, message: "must have required property 'maxSkew'", schema: schema76.required, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.topologyKey === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "topologyKey" }, message: "must have required property 'topologyKey'", schema: schema76.required, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.whenUnsatisfiable === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "whenUnsatisfiable" }, message: "must have required property 'whenUnsatisfiable'", schema: schema76.required, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "labelSelector" || key0 === "matchLabelKeys" || key0 === "maxSkew" || key0 === "minDomains" || key0 === "nodeAffinityPolicy" || key0 === "nodeTaintsPolicy" || key0 === "topologyKey" || key0 === "whenUnsatisfiable")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.labelSelector !== void 0) {
      if (!validate36(data.labelSelector, { instancePath: instancePath + "/labelSelector", parentData: data, parentDataProperty: "labelSelector", rootData })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.matchLabelKeys !== void 0) {
      let data1 = data.matchLabelKeys;
      if (!Array.isArray(data1) && data1 !== null) {
        const err5 = { instancePath: instancePath + "/matchLabelKeys", schemaPath: "#/properties/matchLabelKeys/type", keyword: "type", params: { type: schema76.properties.matchLabelKeys.type }, message: "must be array,null", schema: schema76.properties.matchLabelKeys.type, parentSchema: schema76.properties.matchLabelKeys, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== "string" && data2 !== null) {
            const err6 = { instancePath: instancePath + "/matchLabelKeys/" + i0, schemaPath: "#/properties/matchLabelKeys/items/type", keyword: "type", params: { type: schema76.properties.matchLabelKeys.items.type }, message: "must be string,null", schema: schema76.properties.matchLabelKeys.items.type, parentSchema: schema76.properties.matchLabelKeys.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
    if (data.maxSkew !== void 0) {
      let data3 = data.maxSkew;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3)) && data3 !== null) {
        const err7 = { instancePath: instancePath + "/maxSkew", schemaPath: "#/properties/maxSkew/type", keyword: "type", params: { type: schema76.properties.maxSkew.type }, message: "must be integer,null", schema: schema76.properties.maxSkew.type, parentSchema: schema76.properties.maxSkew, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 2147483647 || isNaN(data3)) {
          const err8 = { instancePath: instancePath + "/maxSkew", schemaPath: "#/properties/maxSkew/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema76.properties.maxSkew, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data3 < -2147483648 || isNaN(data3)) {
          const err9 = { instancePath: instancePath + "/maxSkew", schemaPath: "#/properties/maxSkew/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema76.properties.maxSkew, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.minDomains !== void 0) {
      let data4 = data.minDomains;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4)) && data4 !== null) {
        const err10 = { instancePath: instancePath + "/minDomains", schemaPath: "#/properties/minDomains/type", keyword: "type", params: { type: schema76.properties.minDomains.type }, message: "must be integer,null", schema: schema76.properties.minDomains.type, parentSchema: schema76.properties.minDomains, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 2147483647 || isNaN(data4)) {
          const err11 = { instancePath: instancePath + "/minDomains", schemaPath: "#/properties/minDomains/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema76.properties.minDomains, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data4 < -2147483648 || isNaN(data4)) {
          const err12 = { instancePath: instancePath + "/minDomains", schemaPath: "#/properties/minDomains/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema76.properties.minDomains, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.nodeAffinityPolicy !== void 0) {
      let data5 = data.nodeAffinityPolicy;
      if (typeof data5 !== "string" && data5 !== null) {
        const err13 = { instancePath: instancePath + "/nodeAffinityPolicy", schemaPath: "#/properties/nodeAffinityPolicy/type", keyword: "type", params: { type: schema76.properties.nodeAffinityPolicy.type }, message: "must be string,null", schema: schema76.properties.nodeAffinityPolicy.type, parentSchema: schema76.properties.nodeAffinityPolicy, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (!(data5 === "Honor" || data5 === "Ignore" || data5 === "" || data5 === null)) {
        const err14 = { instancePath: instancePath + "/nodeAffinityPolicy", schemaPath: "#/properties/nodeAffinityPolicy/enum", keyword: "enum", params: { allowedValues: schema76.properties.nodeAffinityPolicy.enum }, message: "must be equal to one of the allowed values", schema: schema76.properties.nodeAffinityPolicy.enum, parentSchema: schema76.properties.nodeAffinityPolicy, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.nodeTaintsPolicy !== void 0) {
      let data6 = data.nodeTaintsPolicy;
      if (typeof data6 !== "string" && data6 !== null) {
        const err15 = { instancePath: instancePath + "/nodeTaintsPolicy", schemaPath: "#/properties/nodeTaintsPolicy/type", keyword: "type", params: { type: schema76.properties.nodeTaintsPolicy.type }, message: "must be string,null", schema: schema76.properties.nodeTaintsPolicy.type, parentSchema: schema76.properties.nodeTaintsPolicy, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (!(data6 === "Honor" || data6 === "Ignore" || data6 === "" || data6 === null)) {
        const err16 = { instancePath: instancePath + "/nodeTaintsPolicy", schemaPath: "#/properties/nodeTaintsPolicy/enum", keyword: "enum", params: { allowedValues: schema76.properties.nodeTaintsPolicy.enum }, message: "must be equal to one of the allowed values", schema: schema76.properties.nodeTaintsPolicy.enum, parentSchema: schema76.properties.nodeTaintsPolicy, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.topologyKey !== void 0) {
      let data7 = data.topologyKey;
      if (typeof data7 !== "string" && data7 !== null) {
        const err17 = { instancePath: instancePath + "/topologyKey", schemaPath: "#/properties/topologyKey/type", keyword: "type", params: { type: schema76.properties.topologyKey.type }, message: "must be string,null", schema: schema76.properties.topologyKey.type, parentSchema: schema76.properties.topologyKey, data: data7 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.whenUnsatisfiable !== void 0) {
      let data8 = data.whenUnsatisfiable;
      if (typeof data8 !== "string" && data8 !== null) {
        const err18 = { instancePath: instancePath + "/whenUnsatisfiable", schemaPath: "#/properties/whenUnsatisfiable/type", keyword: "type", params: { type: schema76.properties.whenUnsatisfiable.type }, message: "must be string,null", schema: schema76.properties.whenUnsatisfiable.type, parentSchema: schema76.properties.whenUnsatisfiable, data: data8 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (!(data8 === "DoNotSchedule" || data8 === "ScheduleAnyway" || data8 === "" || data8 === null)) {
        const err19 = { instancePath: instancePath + "/whenUnsatisfiable", schemaPath: "#/properties/whenUnsatisfiable/enum", keyword: "enum", params: { allowedValues: schema76.properties.whenUnsatisfiable.enum }, message: "must be equal to one of the allowed values", schema: schema76.properties.whenUnsatisfiable.enum, parentSchema: schema76.properties.whenUnsatisfiable, data: data8 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  }
  validate195.errors = vErrors;
  return errors === 0;
}
var schema77 = { "type": ["object", "null"], "properties": { "awsElasticBlockStore": { "$ref": "#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource" }, "azureDisk": { "$ref": "#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource" }, "azureFile": { "$ref": "#/definitions/io.k8s.api.core.v1.AzureFileVolumeSource" }, "cephfs": { "$ref": "#/definitions/io.k8s.api.core.v1.CephFSVolumeSource" }, "cinder": { "$ref": "#/definitions/io.k8s.api.core.v1.CinderVolumeSource" }, "configMap": { "$ref": "#/definitions/io.k8s.api.core.v1.ConfigMapVolumeSource" }, "csi": { "$ref": "#/definitions/io.k8s.api.core.v1.CSIVolumeSource" }, "downwardAPI": { "$ref": "#/definitions/io.k8s.api.core.v1.DownwardAPIVolumeSource" }, "emptyDir": { "$ref": "#/definitions/io.k8s.api.core.v1.EmptyDirVolumeSource" }, "ephemeral": { "$ref": "#/definitions/io.k8s.api.core.v1.EphemeralVolumeSource" }, "fc": { "$ref": "#/definitions/io.k8s.api.core.v1.FCVolumeSource" }, "flexVolume": { "$ref": "#/definitions/io.k8s.api.core.v1.FlexVolumeSource" }, "flocker": { "$ref": "#/definitions/io.k8s.api.core.v1.FlockerVolumeSource" }, "gcePersistentDisk": { "$ref": "#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource" }, "gitRepo": { "$ref": "#/definitions/io.k8s.api.core.v1.GitRepoVolumeSource" }, "glusterfs": { "$ref": "#/definitions/io.k8s.api.core.v1.GlusterfsVolumeSource" }, "hostPath": { "$ref": "#/definitions/io.k8s.api.core.v1.HostPathVolumeSource" }, "image": { "$ref": "#/definitions/io.k8s.api.core.v1.ImageVolumeSource" }, "iscsi": { "$ref": "#/definitions/io.k8s.api.core.v1.ISCSIVolumeSource" }, "name": { "type": ["string", "null"] }, "nfs": { "$ref": "#/definitions/io.k8s.api.core.v1.NFSVolumeSource" }, "persistentVolumeClaim": { "$ref": "#/definitions/io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource" }, "photonPersistentDisk": { "$ref": "#/definitions/io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource" }, "portworxVolume": { "$ref": "#/definitions/io.k8s.api.core.v1.PortworxVolumeSource" }, "projected": { "$ref": "#/definitions/io.k8s.api.core.v1.ProjectedVolumeSource" }, "quobyte": { "$ref": "#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource" }, "rbd": { "$ref": "#/definitions/io.k8s.api.core.v1.RBDVolumeSource" }, "scaleIO": { "$ref": "#/definitions/io.k8s.api.core.v1.ScaleIOVolumeSource" }, "secret": { "$ref": "#/definitions/io.k8s.api.core.v1.SecretVolumeSource" }, "storageos": { "$ref": "#/definitions/io.k8s.api.core.v1.StorageOSVolumeSource" }, "vsphereVolume": { "$ref": "#/definitions/io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource" } }, "additionalProperties": false, "required": ["name"] };
var schema78 = { "type": ["object", "null"], "properties": { "fsType": { "type": ["string", "null"] }, "partition": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "readOnly": { "type": ["boolean", "null"] }, "volumeID": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["volumeID"] };
function validate199(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema78.type }, message: "must be object,null", schema: schema78.type, parentSchema: schema78, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.volumeID === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volumeID" }, message: "must have required property 'volumeID'", schema: schema78.required, parentSchema: schema78, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "partition" || key0 === "readOnly" || key0 === "volumeID")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema78, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      let data0 = data.fsType;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: schema78.properties.fsType.type }, message: "must be string,null", schema: schema78.properties.fsType.type, parentSchema: schema78.properties.fsType, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.partition !== void 0) {
      let data1 = data.partition;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1)) && data1 !== null) {
        const err4 = { instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/type", keyword: "type", params: { type: schema78.properties.partition.type }, message: "must be integer,null", schema: schema78.properties.partition.type, parentSchema: schema78.properties.partition, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema78.properties.partition, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema78.properties.partition, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.readOnly !== void 0) {
      let data2 = data.readOnly;
      if (typeof data2 !== "boolean" && data2 !== null) {
        const err7 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: schema78.properties.readOnly.type }, message: "must be boolean,null", schema: schema78.properties.readOnly.type, parentSchema: schema78.properties.readOnly, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.volumeID !== void 0) {
      let data3 = data.volumeID;
      if (typeof data3 !== "string" && data3 !== null) {
        const err8 = { instancePath: instancePath + "/volumeID", schemaPath: "#/properties/volumeID/type", keyword: "type", params: { type: schema78.properties.volumeID.type }, message: "must be string,null", schema: schema78.properties.volumeID.type, parentSchema: schema78.properties.volumeID, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  }
  validate199.errors = vErrors;
  return errors === 0;
}
var schema79 = { "type": ["object", "null"], "properties": { "cachingMode": { "type": ["string", "null"] }, "diskName": { "type": ["string", "null"] }, "diskURI": { "type": ["string", "null"] }, "fsType": { "type": ["string", "null"] }, "kind": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] } }, "additionalProperties": false, "required": ["diskName", "diskURI"] };
function validate201(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema79.type }, message: "must be object,null", schema: schema79.type, parentSchema: schema79, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.diskName === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "diskName" }, message: "must have required property 'diskName'", schema: schema79.required, parentSchema: schema79, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.diskURI === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "diskURI" }, message: "must have required property 'diskURI'", schema: schema79.required, parentSchema: schema79, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "cachingMode" || key0 === "diskName" || key0 === "diskURI" || key0 === "fsType" || key0 === "kind" || key0 === "readOnly")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema79, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.cachingMode !== void 0) {
      let data0 = data.cachingMode;
      if (typeof data0 !== "string" && data0 !== null) {
        const err4 = { instancePath: instancePath + "/cachingMode", schemaPath: "#/properties/cachingMode/type", keyword: "type", params: { type: schema79.properties.cachingMode.type }, message: "must be string,null", schema: schema79.properties.cachingMode.type, parentSchema: schema79.properties.cachingMode, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.diskName !== void 0) {
      let data1 = data.diskName;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/diskName", schemaPath: "#/properties/diskName/type", keyword: "type", params: { type: schema79.properties.diskName.type }, message: "must be string,null", schema: schema79.properties.diskName.type, parentSchema: schema79.properties.diskName, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.diskURI !== void 0) {
      let data2 = data.diskURI;
      if (typeof data2 !== "string" && data2 !== null) {
        const err6 = { instancePath: instancePath + "/diskURI", schemaPath: "#/properties/diskURI/type", keyword: "type", params: { type: schema79.properties.diskURI.type }, message: "must be string,null", schema: schema79.properties.diskURI.type, parentSchema: schema79.properties.diskURI, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      let data3 = data.fsType;
      if (typeof data3 !== "string" && data3 !== null) {
        const err7 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: schema79.properties.fsType.type }, message: "must be string,null", schema: schema79.properties.fsType.type, parentSchema: schema79.properties.fsType, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data4 = data.kind;
      if (typeof data4 !== "string" && data4 !== null) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: schema79.properties.kind.type }, message: "must be string,null", schema: schema79.properties.kind.type, parentSchema: schema79.properties.kind, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      let data5 = data.readOnly;
      if (typeof data5 !== "boolean" && data5 !== null) {
        const err9 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: schema79.properties.readOnly.type }, message: "must be boolean,null", schema: schema79.properties.readOnly.type, parentSchema: schema79.properties.readOnly, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  }
  validate201.errors = vErrors;
  return errors === 0;
}
var schema80 = { "type": ["object", "null"], "properties": { "readOnly": { "type": ["boolean", "null"] }, "secretName": { "type": ["string", "null"] }, "shareName": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["secretName", "shareName"] };
function validate203(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema80.type }, message: "must be object,null", schema: schema80.type, parentSchema: schema80, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.secretName === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretName" }, message: "must have required property 'secretName'", schema: schema80.required, parentSchema: schema80, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.shareName === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "shareName" }, message: "must have required property 'shareName'", schema: schema80.required, parentSchema: schema80, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "readOnly" || key0 === "secretName" || key0 === "shareName")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema80, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      let data0 = data.readOnly;
      if (typeof data0 !== "boolean" && data0 !== null) {
        const err4 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: schema80.properties.readOnly.type }, message: "must be boolean,null", schema: schema80.properties.readOnly.type, parentSchema: schema80.properties.readOnly, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.secretName !== void 0) {
      let data1 = data.secretName;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/secretName", schemaPath: "#/properties/secretName/type", keyword: "type", params: { type: schema80.properties.secretName.type }, message: "must be string,null", schema: schema80.properties.secretName.type, parentSchema: schema80.properties.secretName, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.shareName !== void 0) {
      let data2 = data.shareName;
      if (typeof data2 !== "string" && data2 !== null) {
        const err6 = { instancePath: instancePath + "/shareName", schemaPath: "#/properties/shareName/type", keyword: "type", params: { type: schema80.properties.shareName.type }, message: "must be string,null", schema: schema80.properties.shareName.type, parentSchema: schema80.properties.shareName, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  }
  validate203.errors = vErrors;
  return errors === 0;
}
var schema81 = { "type": ["object", "null"], "properties": { "monitors": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "path": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "secretFile": { "type": ["string", "null"] }, "secretRef": { "$ref": "#/definitions/io.k8s.api.core.v1.LocalObjectReference" }, "user": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["monitors"] };
function validate205(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema81.type }, message: "must be object,null", schema: schema81.type, parentSchema: schema81, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.monitors === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "monitors" }, message: "must have required property 'monitors'", schema: schema81.required, parentSchema: schema81, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "monitors" || key0 === "path" || key0 === "readOnly" || key0 === "secretFile" || key0 === "secretRef" || key0 === "user")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema81, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.monitors !== void 0) {
      let data0 = data.monitors;
      if (!Array.isArray(data0) && data0 !== null) {
        const err3 = { instancePath: instancePath + "/monitors", schemaPath: "#/properties/monitors/type", keyword: "type", params: { type: schema81.properties.monitors.type }, message: "must be array,null", schema: schema81.properties.monitors.type, parentSchema: schema81.properties.monitors, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string" && data1 !== null) {
            const err4 = { instancePath: instancePath + "/monitors/" + i0, schemaPath: "#/properties/monitors/items/type", keyword: "type", params: { type: schema81.properties.monitors.items.type }, message: "must be string,null", schema: schema81.properties.monitors.items.type, parentSchema: schema81.properties.monitors.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
    }
    if (data.path !== void 0) {
      let data2 = data.path;
      if (typeof data2 !== "string" && data2 !== null) {
        const err5 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: schema81.properties.path.type }, message: "must be string,null", schema: schema81.properties.path.type, parentSchema: schema81.properties.path, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      let data3 = data.readOnly;
      if (typeof data3 !== "boolean" && data3 !== null) {
        const err6 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: schema81.properties.readOnly.type }, message: "must be boolean,null", schema: schema81.properties.readOnly.type, parentSchema: schema81.properties.readOnly, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.secretFile !== void 0) {
      let data4 = data.secretFile;
      if (typeof data4 !== "string" && data4 !== null) {
        const err7 = { instancePath: instancePath + "/secretFile", schemaPath: "#/properties/secretFile/type", keyword: "type", params: { type: schema81.properties.secretFile.type }, message: "must be string,null", schema: schema81.properties.secretFile.type, parentSchema: schema81.properties.secretFile, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!validate172(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
        errors = vErrors.length;
      }
    }
    if (data.user !== void 0) {
      let data6 = data.user;
      if (typeof data6 !== "string" && data6 !== null) {
        const err8 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: schema81.properties.user.type }, message: "must be string,null", schema: schema81.properties.user.type, parentSchema: schema81.properties.user, data: data6 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  }
  validate205.errors = vErrors;
  return errors === 0;
}
var schema82 = { "type": ["object", "null"], "properties": { "fsType": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "secretRef": { "$ref": "#/definitions/io.k8s.api.core.v1.LocalObjectReference" }, "volumeID": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["volumeID"] };
function validate208(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema82.type }, message: "must be object,null", schema: schema82.type, parentSchema: schema82, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.volumeID === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volumeID" }, message: "must have required property 'volumeID'", schema: schema82.required, parentSchema: schema82, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "readOnly" || key0 === "secretRef" || key0 === "volumeID")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema82, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      let data0 = data.fsType;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: schema82.properties.fsType.type }, message: "must be string,null", schema: schema82.properties.fsType.type, parentSchema: schema82.properties.fsType, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      let data1 = data.readOnly;
      if (typeof data1 !== "boolean" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: schema82.properties.readOnly.type }, message: "must be boolean,null", schema: schema82.properties.readOnly.type, parentSchema: schema82.properties.readOnly, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!validate172(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
        errors = vErrors.length;
      }
    }
    if (data.volumeID !== void 0) {
      let data3 = data.volumeID;
      if (typeof data3 !== "string" && data3 !== null) {
        const err5 = { instancePath: instancePath + "/volumeID", schemaPath: "#/properties/volumeID/type", keyword: "type", params: { type: schema82.properties.volumeID.type }, message: "must be string,null", schema: schema82.properties.volumeID.type, parentSchema: schema82.properties.volumeID, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  validate208.errors = vErrors;
  return errors === 0;
}
var schema83 = { "type": ["object", "null"], "properties": { "defaultMode": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "items": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.KeyToPath" } }, "name": { "type": ["string", "null"] }, "optional": { "type": ["boolean", "null"] } }, "additionalProperties": false };
var schema84 = { "type": ["object", "null"], "properties": { "key": { "type": ["string", "null"] }, "mode": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "path": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["key", "path"] };
function validate212(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema84.type }, message: "must be object,null", schema: schema84.type, parentSchema: schema84, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema84.required, parentSchema: schema84, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.path === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema84.required, parentSchema: schema84, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "key" || key0 === "mode" || key0 === "path")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema84, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      let data0 = data.key;
      if (typeof data0 !== "string" && data0 !== null) {
        const err4 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: schema84.properties.key.type }, message: "must be string,null", schema: schema84.properties.key.type, parentSchema: schema84.properties.key, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.mode !== void 0) {
      let data1 = data.mode;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1)) && data1 !== null) {
        const err5 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/type", keyword: "type", params: { type: schema84.properties.mode.type }, message: "must be integer,null", schema: schema84.properties.mode.type, parentSchema: schema84.properties.mode, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema84.properties.mode, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema84.properties.mode, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.path !== void 0) {
      let data2 = data.path;
      if (typeof data2 !== "string" && data2 !== null) {
        const err8 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: schema84.properties.path.type }, message: "must be string,null", schema: schema84.properties.path.type, parentSchema: schema84.properties.path, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  }
  validate212.errors = vErrors;
  return errors === 0;
}
function validate211(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema83.type }, message: "must be object,null", schema: schema83.type, parentSchema: schema83, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "defaultMode" || key0 === "items" || key0 === "name" || key0 === "optional")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema83, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.defaultMode !== void 0) {
      let data0 = data.defaultMode;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0)) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/type", keyword: "type", params: { type: schema83.properties.defaultMode.type }, message: "must be integer,null", schema: schema83.properties.defaultMode.type, parentSchema: schema83.properties.defaultMode, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema83.properties.defaultMode, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema83.properties.defaultMode, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.items !== void 0) {
      let data1 = data.items;
      if (!Array.isArray(data1) && data1 !== null) {
        const err5 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: schema83.properties.items.type }, message: "must be array,null", schema: schema83.properties.items.type, parentSchema: schema83.properties.items, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate212(data1[i0], { instancePath: instancePath + "/items/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate212.errors : vErrors.concat(validate212.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.name !== void 0) {
      let data3 = data.name;
      if (typeof data3 !== "string" && data3 !== null) {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema83.properties.name.type }, message: "must be string,null", schema: schema83.properties.name.type, parentSchema: schema83.properties.name, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.optional !== void 0) {
      let data4 = data.optional;
      if (typeof data4 !== "boolean" && data4 !== null) {
        const err7 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: schema83.properties.optional.type }, message: "must be boolean,null", schema: schema83.properties.optional.type, parentSchema: schema83.properties.optional, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  }
  validate211.errors = vErrors;
  return errors === 0;
}
var schema85 = { "type": ["object", "null"], "properties": { "driver": { "type": ["string", "null"] }, "fsType": { "type": ["string", "null"] }, "nodePublishSecretRef": { "$ref": "#/definitions/io.k8s.api.core.v1.LocalObjectReference" }, "readOnly": { "type": ["boolean", "null"] }, "volumeAttributes": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] } } }, "additionalProperties": false, "required": ["driver"] };
function validate215(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema85.type }, message: "must be object,null", schema: schema85.type, parentSchema: schema85, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.driver === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "driver" }, message: "must have required property 'driver'", schema: schema85.required, parentSchema: schema85, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "driver" || key0 === "fsType" || key0 === "nodePublishSecretRef" || key0 === "readOnly" || key0 === "volumeAttributes")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema85, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.driver !== void 0) {
      let data0 = data.driver;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/type", keyword: "type", params: { type: schema85.properties.driver.type }, message: "must be string,null", schema: schema85.properties.driver.type, parentSchema: schema85.properties.driver, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      let data1 = data.fsType;
      if (typeof data1 !== "string" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: schema85.properties.fsType.type }, message: "must be string,null", schema: schema85.properties.fsType.type, parentSchema: schema85.properties.fsType, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.nodePublishSecretRef !== void 0) {
      if (!validate172(data.nodePublishSecretRef, { instancePath: instancePath + "/nodePublishSecretRef", parentData: data, parentDataProperty: "nodePublishSecretRef", rootData })) {
        vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
        errors = vErrors.length;
      }
    }
    if (data.readOnly !== void 0) {
      let data3 = data.readOnly;
      if (typeof data3 !== "boolean" && data3 !== null) {
        const err5 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: schema85.properties.readOnly.type }, message: "must be boolean,null", schema: schema85.properties.readOnly.type, parentSchema: schema85.properties.readOnly, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.volumeAttributes !== void 0) {
      let data4 = data.volumeAttributes;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
        const err6 = { instancePath: instancePath + "/volumeAttributes", schemaPath: "#/properties/volumeAttributes/type", keyword: "type", params: { type: schema85.properties.volumeAttributes.type }, message: "must be object,null", schema: schema85.properties.volumeAttributes.type, parentSchema: schema85.properties.volumeAttributes, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          let data5 = data4[key1];
          if (typeof data5 !== "string" && data5 !== null) {
            const err7 = { instancePath: instancePath + "/volumeAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/volumeAttributes/additionalProperties/type", keyword: "type", params: { type: schema85.properties.volumeAttributes.additionalProperties.type }, message: "must be string,null", schema: schema85.properties.volumeAttributes.additionalProperties.type, parentSchema: schema85.properties.volumeAttributes.additionalProperties, data: data5 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      }
    }
  }
  validate215.errors = vErrors;
  return errors === 0;
}
var schema86 = { "type": ["object", "null"], "properties": { "defaultMode": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "items": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.DownwardAPIVolumeFile" } } }, "additionalProperties": false };
var schema87 = { "type": ["object", "null"], "properties": { "fieldRef": { "$ref": "#/definitions/io.k8s.api.core.v1.ObjectFieldSelector" }, "mode": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "path": { "type": ["string", "null"] }, "resourceFieldRef": { "$ref": "#/definitions/io.k8s.api.core.v1.ResourceFieldSelector" } }, "additionalProperties": false, "required": ["path"] };
function validate219(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema87.type }, message: "must be object,null", schema: schema87.type, parentSchema: schema87, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema87.required, parentSchema: schema87, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fieldRef" || key0 === "mode" || key0 === "path" || key0 === "resourceFieldRef")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema87, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.fieldRef !== void 0) {
      if (!validate75(data.fieldRef, { instancePath: instancePath + "/fieldRef", parentData: data, parentDataProperty: "fieldRef", rootData })) {
        vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
        errors = vErrors.length;
      }
    }
    if (data.mode !== void 0) {
      let data1 = data.mode;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1)) && data1 !== null) {
        const err3 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/type", keyword: "type", params: { type: schema87.properties.mode.type }, message: "must be integer,null", schema: schema87.properties.mode.type, parentSchema: schema87.properties.mode, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema87.properties.mode, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema87.properties.mode, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.path !== void 0) {
      let data2 = data.path;
      if (typeof data2 !== "string" && data2 !== null) {
        const err6 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: schema87.properties.path.type }, message: "must be string,null", schema: schema87.properties.path.type, parentSchema: schema87.properties.path, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.resourceFieldRef !== void 0) {
      if (!validate79(data.resourceFieldRef, { instancePath: instancePath + "/resourceFieldRef", parentData: data, parentDataProperty: "resourceFieldRef", rootData })) {
        vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
        errors = vErrors.length;
      }
    }
  }
  validate219.errors = vErrors;
  return errors === 0;
}
function validate218(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema86.type }, message: "must be object,null", schema: schema86.type, parentSchema: schema86, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "defaultMode" || key0 === "items")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.defaultMode !== void 0) {
      let data0 = data.defaultMode;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0)) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/type", keyword: "type", params: { type: schema86.properties.defaultMode.type }, message: "must be integer,null", schema: schema86.properties.defaultMode.type, parentSchema: schema86.properties.defaultMode, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema86.properties.defaultMode, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema86.properties.defaultMode, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.items !== void 0) {
      let data1 = data.items;
      if (!Array.isArray(data1) && data1 !== null) {
        const err5 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: schema86.properties.items.type }, message: "must be array,null", schema: schema86.properties.items.type, parentSchema: schema86.properties.items, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate219(data1[i0], { instancePath: instancePath + "/items/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate219.errors : vErrors.concat(validate219.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate218.errors = vErrors;
  return errors === 0;
}
var schema88 = { "type": ["object", "null"], "properties": { "medium": { "type": ["string", "null"] }, "sizeLimit": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity" } }, "additionalProperties": false };
function validate224(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema88.type }, message: "must be object,null", schema: schema88.type, parentSchema: schema88, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "medium" || key0 === "sizeLimit")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema88, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.medium !== void 0) {
      let data0 = data.medium;
      if (typeof data0 !== "string" && data0 !== null) {
        const err2 = { instancePath: instancePath + "/medium", schemaPath: "#/properties/medium/type", keyword: "type", params: { type: schema88.properties.medium.type }, message: "must be string,null", schema: schema88.properties.medium.type, parentSchema: schema88.properties.medium, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.sizeLimit !== void 0) {
      if (!validate80(data.sizeLimit, { instancePath: instancePath + "/sizeLimit", parentData: data, parentDataProperty: "sizeLimit", rootData })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
  }
  validate224.errors = vErrors;
  return errors === 0;
}
var schema89 = { "type": ["object", "null"], "properties": { "volumeClaimTemplate": { "$ref": "#/definitions/io.k8s.api.core.v1.PersistentVolumeClaimTemplate" } }, "additionalProperties": false };
var schema90 = { "type": ["object", "null"], "properties": { "metadata": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta" }, "spec": { "$ref": "#/definitions/io.k8s.api.core.v1.PersistentVolumeClaimSpec" } }, "additionalProperties": false, "required": ["spec"] };
var schema91 = { "type": ["object", "null"], "properties": { "accessModes": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "dataSource": { "$ref": "#/definitions/io.k8s.api.core.v1.TypedLocalObjectReference" }, "dataSourceRef": { "$ref": "#/definitions/io.k8s.api.core.v1.TypedObjectReference" }, "resources": { "$ref": "#/definitions/io.k8s.api.core.v1.VolumeResourceRequirements" }, "selector": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector" }, "storageClassName": { "type": ["string", "null"] }, "volumeAttributesClassName": { "type": ["string", "null"] }, "volumeMode": { "type": ["string", "null"] }, "volumeName": { "type": ["string", "null"] } }, "additionalProperties": false };
var schema92 = { "type": ["object", "null"], "properties": { "apiGroup": { "type": ["string", "null"] }, "kind": { "type": ["string", "null"] }, "name": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["kind", "name"] };
function validate231(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema92.type }, message: "must be object,null", schema: schema92.type, parentSchema: schema92, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema92.required, parentSchema: schema92, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema92.required, parentSchema: schema92, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiGroup" || key0 === "kind" || key0 === "name")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema92, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.apiGroup !== void 0) {
      let data0 = data.apiGroup;
      if (typeof data0 !== "string" && data0 !== null) {
        const err4 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/properties/apiGroup/type", keyword: "type", params: { type: schema92.properties.apiGroup.type }, message: "must be string,null", schema: schema92.properties.apiGroup.type, parentSchema: schema92.properties.apiGroup, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: schema92.properties.kind.type }, message: "must be string,null", schema: schema92.properties.kind.type, parentSchema: schema92.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 !== "string" && data2 !== null) {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema92.properties.name.type }, message: "must be string,null", schema: schema92.properties.name.type, parentSchema: schema92.properties.name, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  }
  validate231.errors = vErrors;
  return errors === 0;
}
var schema93 = { "type": ["object", "null"], "properties": { "apiGroup": { "type": ["string", "null"] }, "kind": { "type": ["string", "null"] }, "name": { "type": ["string", "null"] }, "namespace": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["kind", "name"] };
function validate233(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema93.type }, message: "must be object,null", schema: schema93.type, parentSchema: schema93, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema93.required, parentSchema: schema93, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema93.required, parentSchema: schema93, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiGroup" || key0 === "kind" || key0 === "name" || key0 === "namespace")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema93, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.apiGroup !== void 0) {
      let data0 = data.apiGroup;
      if (typeof data0 !== "string" && data0 !== null) {
        const err4 = { instancePath: instancePath + "/apiGroup", schemaPath: "#/properties/apiGroup/type", keyword: "type", params: { type: schema93.properties.apiGroup.type }, message: "must be string,null", schema: schema93.properties.apiGroup.type, parentSchema: schema93.properties.apiGroup, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: schema93.properties.kind.type }, message: "must be string,null", schema: schema93.properties.kind.type, parentSchema: schema93.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 !== "string" && data2 !== null) {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema93.properties.name.type }, message: "must be string,null", schema: schema93.properties.name.type, parentSchema: schema93.properties.name, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.namespace !== void 0) {
      let data3 = data.namespace;
      if (typeof data3 !== "string" && data3 !== null) {
        const err7 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: schema93.properties.namespace.type }, message: "must be string,null", schema: schema93.properties.namespace.type, parentSchema: schema93.properties.namespace, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  }
  validate233.errors = vErrors;
  return errors === 0;
}
var schema94 = { "type": ["object", "null"], "properties": { "limits": { "type": ["object", "null"], "additionalProperties": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity" } }, "requests": { "type": ["object", "null"], "additionalProperties": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity" } } }, "additionalProperties": false };
function validate235(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema94.type }, message: "must be object,null", schema: schema94.type, parentSchema: schema94, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "limits" || key0 === "requests")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema94, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.limits !== void 0) {
      let data0 = data.limits;
      if (!(data0 && typeof data0 == "object" && !Array.isArray(data0)) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: schema94.properties.limits.type }, message: "must be object,null", schema: schema94.properties.limits.type, parentSchema: schema94.properties.limits, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!validate80(data0[key1], { instancePath: instancePath + "/limits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key1, rootData })) {
            vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.requests !== void 0) {
      let data2 = data.requests;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
        const err3 = { instancePath: instancePath + "/requests", schemaPath: "#/properties/requests/type", keyword: "type", params: { type: schema94.properties.requests.type }, message: "must be object,null", schema: schema94.properties.requests.type, parentSchema: schema94.properties.requests, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key2 in data2) {
          if (!validate80(data2[key2], { instancePath: instancePath + "/requests/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data2, parentDataProperty: key2, rootData })) {
            vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate235.errors = vErrors;
  return errors === 0;
}
function validate230(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema91.type }, message: "must be object,null", schema: schema91.type, parentSchema: schema91, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema91.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema91, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.accessModes !== void 0) {
      let data0 = data.accessModes;
      if (!Array.isArray(data0) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/accessModes", schemaPath: "#/properties/accessModes/type", keyword: "type", params: { type: schema91.properties.accessModes.type }, message: "must be array,null", schema: schema91.properties.accessModes.type, parentSchema: schema91.properties.accessModes, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string" && data1 !== null) {
            const err3 = { instancePath: instancePath + "/accessModes/" + i0, schemaPath: "#/properties/accessModes/items/type", keyword: "type", params: { type: schema91.properties.accessModes.items.type }, message: "must be string,null", schema: schema91.properties.accessModes.items.type, parentSchema: schema91.properties.accessModes.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    if (data.dataSource !== void 0) {
      if (!validate231(data.dataSource, { instancePath: instancePath + "/dataSource", parentData: data, parentDataProperty: "dataSource", rootData })) {
        vErrors = vErrors === null ? validate231.errors : vErrors.concat(validate231.errors);
        errors = vErrors.length;
      }
    }
    if (data.dataSourceRef !== void 0) {
      if (!validate233(data.dataSourceRef, { instancePath: instancePath + "/dataSourceRef", parentData: data, parentDataProperty: "dataSourceRef", rootData })) {
        vErrors = vErrors === null ? validate233.errors : vErrors.concat(validate233.errors);
        errors = vErrors.length;
      }
    }
    if (data.resources !== void 0) {
      if (!validate235(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData })) {
        vErrors = vErrors === null ? validate235.errors : vErrors.concat(validate235.errors);
        errors = vErrors.length;
      }
    }
    if (data.selector !== void 0) {
      if (!validate36(data.selector, { instancePath: instancePath + "/selector", parentData: data, parentDataProperty: "selector", rootData })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.storageClassName !== void 0) {
      let data6 = data.storageClassName;
      if (typeof data6 !== "string" && data6 !== null) {
        const err4 = { instancePath: instancePath + "/storageClassName", schemaPath: "#/properties/storageClassName/type", keyword: "type", params: { type: schema91.properties.storageClassName.type }, message: "must be string,null", schema: schema91.properties.storageClassName.type, parentSchema: schema91.properties.storageClassName, data: data6 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.volumeAttributesClassName !== void 0) {
      let data7 = data.volumeAttributesClassName;
      if (typeof data7 !== "string" && data7 !== null) {
        const err5 = { instancePath: instancePath + "/volumeAttributesClassName", schemaPath: "#/properties/volumeAttributesClassName/type", keyword: "type", params: { type: schema91.properties.volumeAttributesClassName.type }, message: "must be string,null", schema: schema91.properties.volumeAttributesClassName.type, parentSchema: schema91.properties.volumeAttributesClassName, data: data7 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.volumeMode !== void 0) {
      let data8 = data.volumeMode;
      if (typeof data8 !== "string" && data8 !== null) {
        const err6 = { instancePath: instancePath + "/volumeMode", schemaPath: "#/properties/volumeMode/type", keyword: "type", params: { type: schema91.properties.volumeMode.type }, message: "must be string,null", schema: schema91.properties.volumeMode.type, parentSchema: schema91.properties.volumeMode, data: data8 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.volumeName !== void 0) {
      let data9 = data.volumeName;
      if (typeof data9 !== "string" && data9 !== null) {
        const err7 = { instancePath: instancePath + "/volumeName", schemaPath: "#/properties/volumeName/type", keyword: "type", params: { type: schema91.properties.volumeName.type }, message: "must be string,null", schema: schema91.properties.volumeName.type, parentSchema: schema91.properties.volumeName, data: data9 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  }
  validate230.errors = vErrors;
  return errors === 0;
}
function validate228(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema90.type }, message: "must be object,null", schema: schema90.type, parentSchema: schema90, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.spec === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema90.required, parentSchema: schema90, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "metadata" || key0 === "spec")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema90, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate23(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      if (!validate230(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        vErrors = vErrors === null ? validate230.errors : vErrors.concat(validate230.errors);
        errors = vErrors.length;
      }
    }
  }
  validate228.errors = vErrors;
  return errors === 0;
}
function validate227(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema89.type }, message: "must be object,null", schema: schema89.type, parentSchema: schema89, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "volumeClaimTemplate")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema89, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.volumeClaimTemplate !== void 0) {
      if (!validate228(data.volumeClaimTemplate, { instancePath: instancePath + "/volumeClaimTemplate", parentData: data, parentDataProperty: "volumeClaimTemplate", rootData })) {
        vErrors = vErrors === null ? validate228.errors : vErrors.concat(validate228.errors);
        errors = vErrors.length;
      }
    }
  }
  validate227.errors = vErrors;
  return errors === 0;
}
var schema95 = { "type": ["object", "null"], "properties": { "fsType": { "type": ["string", "null"] }, "lun": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "readOnly": { "type": ["boolean", "null"] }, "targetWWNs": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "wwids": { "type": ["array", "null"], "items": { "type": ["string", "null"] } } }, "additionalProperties": false };
function validate243(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema95.type }, message: "must be object,null", schema: schema95.type, parentSchema: schema95, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "lun" || key0 === "readOnly" || key0 === "targetWWNs" || key0 === "wwids")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema95, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      let data0 = data.fsType;
      if (typeof data0 !== "string" && data0 !== null) {
        const err2 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: schema95.properties.fsType.type }, message: "must be string,null", schema: schema95.properties.fsType.type, parentSchema: schema95.properties.fsType, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.lun !== void 0) {
      let data1 = data.lun;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1)) && data1 !== null) {
        const err3 = { instancePath: instancePath + "/lun", schemaPath: "#/properties/lun/type", keyword: "type", params: { type: schema95.properties.lun.type }, message: "must be integer,null", schema: schema95.properties.lun.type, parentSchema: schema95.properties.lun, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/lun", schemaPath: "#/properties/lun/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema95.properties.lun, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/lun", schemaPath: "#/properties/lun/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema95.properties.lun, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.readOnly !== void 0) {
      let data2 = data.readOnly;
      if (typeof data2 !== "boolean" && data2 !== null) {
        const err6 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: schema95.properties.readOnly.type }, message: "must be boolean,null", schema: schema95.properties.readOnly.type, parentSchema: schema95.properties.readOnly, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.targetWWNs !== void 0) {
      let data3 = data.targetWWNs;
      if (!Array.isArray(data3) && data3 !== null) {
        const err7 = { instancePath: instancePath + "/targetWWNs", schemaPath: "#/properties/targetWWNs/type", keyword: "type", params: { type: schema95.properties.targetWWNs.type }, message: "must be array,null", schema: schema95.properties.targetWWNs.type, parentSchema: schema95.properties.targetWWNs, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 !== "string" && data4 !== null) {
            const err8 = { instancePath: instancePath + "/targetWWNs/" + i0, schemaPath: "#/properties/targetWWNs/items/type", keyword: "type", params: { type: schema95.properties.targetWWNs.items.type }, message: "must be string,null", schema: schema95.properties.targetWWNs.items.type, parentSchema: schema95.properties.targetWWNs.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      }
    }
    if (data.wwids !== void 0) {
      let data5 = data.wwids;
      if (!Array.isArray(data5) && data5 !== null) {
        const err9 = { instancePath: instancePath + "/wwids", schemaPath: "#/properties/wwids/type", keyword: "type", params: { type: schema95.properties.wwids.type }, message: "must be array,null", schema: schema95.properties.wwids.type, parentSchema: schema95.properties.wwids, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (typeof data6 !== "string" && data6 !== null) {
            const err10 = { instancePath: instancePath + "/wwids/" + i1, schemaPath: "#/properties/wwids/items/type", keyword: "type", params: { type: schema95.properties.wwids.items.type }, message: "must be string,null", schema: schema95.properties.wwids.items.type, parentSchema: schema95.properties.wwids.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      }
    }
  }
  validate243.errors = vErrors;
  return errors === 0;
}
var schema96 = { "type": ["object", "null"], "properties": { "driver": { "type": ["string", "null"] }, "fsType": { "type": ["string", "null"] }, "options": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] } }, "readOnly": { "type": ["boolean", "null"] }, "secretRef": { "$ref": "#/definitions/io.k8s.api.core.v1.LocalObjectReference" } }, "additionalProperties": false, "required": ["driver"] };
function validate245(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema96.type }, message: "must be object,null", schema: schema96.type, parentSchema: schema96, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.driver === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "driver" }, message: "must have required property 'driver'", schema: schema96.required, parentSchema: schema96, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "driver" || key0 === "fsType" || key0 === "options" || key0 === "readOnly" || key0 === "secretRef")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema96, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.driver !== void 0) {
      let data0 = data.driver;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/driver", schemaPath: "#/properties/driver/type", keyword: "type", params: { type: schema96.properties.driver.type }, message: "must be string,null", schema: schema96.properties.driver.type, parentSchema: schema96.properties.driver, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      let data1 = data.fsType;
      if (typeof data1 !== "string" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: schema96.properties.fsType.type }, message: "must be string,null", schema: schema96.properties.fsType.type, parentSchema: schema96.properties.fsType, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.options !== void 0) {
      let data2 = data.options;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
        const err5 = { instancePath: instancePath + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: schema96.properties.options.type }, message: "must be object,null", schema: schema96.properties.options.type, parentSchema: schema96.properties.options, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          let data3 = data2[key1];
          if (typeof data3 !== "string" && data3 !== null) {
            const err6 = { instancePath: instancePath + "/options/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/options/additionalProperties/type", keyword: "type", params: { type: schema96.properties.options.additionalProperties.type }, message: "must be string,null", schema: schema96.properties.options.additionalProperties.type, parentSchema: schema96.properties.options.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
    if (data.readOnly !== void 0) {
      let data4 = data.readOnly;
      if (typeof data4 !== "boolean" && data4 !== null) {
        const err7 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: schema96.properties.readOnly.type }, message: "must be boolean,null", schema: schema96.properties.readOnly.type, parentSchema: schema96.properties.readOnly, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!validate172(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
        errors = vErrors.length;
      }
    }
  }
  validate245.errors = vErrors;
  return errors === 0;
}
var schema97 = { "type": ["object", "null"], "properties": { "datasetName": { "type": ["string", "null"] }, "datasetUUID": { "type": ["string", "null"] } }, "additionalProperties": false };
function validate248(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema97.type }, message: "must be object,null", schema: schema97.type, parentSchema: schema97, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "datasetName" || key0 === "datasetUUID")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema97, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.datasetName !== void 0) {
      let data0 = data.datasetName;
      if (typeof data0 !== "string" && data0 !== null) {
        const err2 = { instancePath: instancePath + "/datasetName", schemaPath: "#/properties/datasetName/type", keyword: "type", params: { type: schema97.properties.datasetName.type }, message: "must be string,null", schema: schema97.properties.datasetName.type, parentSchema: schema97.properties.datasetName, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.datasetUUID !== void 0) {
      let data1 = data.datasetUUID;
      if (typeof data1 !== "string" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/datasetUUID", schemaPath: "#/properties/datasetUUID/type", keyword: "type", params: { type: schema97.properties.datasetUUID.type }, message: "must be string,null", schema: schema97.properties.datasetUUID.type, parentSchema: schema97.properties.datasetUUID, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  }
  validate248.errors = vErrors;
  return errors === 0;
}
var schema98 = { "type": ["object", "null"], "properties": { "fsType": { "type": ["string", "null"] }, "partition": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "pdName": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] } }, "additionalProperties": false, "required": ["pdName"] };
function validate250(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema98.type }, message: "must be object,null", schema: schema98.type, parentSchema: schema98, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.pdName === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pdName" }, message: "must have required property 'pdName'", schema: schema98.required, parentSchema: schema98, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "partition" || key0 === "pdName" || key0 === "readOnly")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema98, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      let data0 = data.fsType;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: schema98.properties.fsType.type }, message: "must be string,null", schema: schema98.properties.fsType.type, parentSchema: schema98.properties.fsType, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.partition !== void 0) {
      let data1 = data.partition;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1)) && data1 !== null) {
        const err4 = { instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/type", keyword: "type", params: { type: schema98.properties.partition.type }, message: "must be integer,null", schema: schema98.properties.partition.type, parentSchema: schema98.properties.partition, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema98.properties.partition, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/partition", schemaPath: "#/properties/partition/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema98.properties.partition, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.pdName !== void 0) {
      let data2 = data.pdName;
      if (typeof data2 !== "string" && data2 !== null) {
        const err7 = { instancePath: instancePath + "/pdName", schemaPath: "#/properties/pdName/type", keyword: "type", params: { type: schema98.properties.pdName.type }, message: "must be string,null", schema: schema98.properties.pdName.type, parentSchema: schema98.properties.pdName, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      let data3 = data.readOnly;
      if (typeof data3 !== "boolean" && data3 !== null) {
        const err8 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: schema98.properties.readOnly.type }, message: "must be boolean,null", schema: schema98.properties.readOnly.type, parentSchema: schema98.properties.readOnly, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  }
  validate250.errors = vErrors;
  return errors === 0;
}
var schema99 = { "type": ["object", "null"], "properties": { "directory": { "type": ["string", "null"] }, "repository": { "type": ["string", "null"] }, "revision": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["repository"] };
function validate252(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema99.type }, message: "must be object,null", schema: schema99.type, parentSchema: schema99, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.repository === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'", schema: schema99.required, parentSchema: schema99, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "directory" || key0 === "repository" || key0 === "revision")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema99, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.directory !== void 0) {
      let data0 = data.directory;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/directory", schemaPath: "#/properties/directory/type", keyword: "type", params: { type: schema99.properties.directory.type }, message: "must be string,null", schema: schema99.properties.directory.type, parentSchema: schema99.properties.directory, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.repository !== void 0) {
      let data1 = data.repository;
      if (typeof data1 !== "string" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: schema99.properties.repository.type }, message: "must be string,null", schema: schema99.properties.repository.type, parentSchema: schema99.properties.repository, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.revision !== void 0) {
      let data2 = data.revision;
      if (typeof data2 !== "string" && data2 !== null) {
        const err5 = { instancePath: instancePath + "/revision", schemaPath: "#/properties/revision/type", keyword: "type", params: { type: schema99.properties.revision.type }, message: "must be string,null", schema: schema99.properties.revision.type, parentSchema: schema99.properties.revision, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  validate252.errors = vErrors;
  return errors === 0;
}
var schema100 = { "type": ["object", "null"], "properties": { "endpoints": { "type": ["string", "null"] }, "path": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] } }, "additionalProperties": false, "required": ["endpoints", "path"] };
function validate254(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema100.type }, message: "must be object,null", schema: schema100.type, parentSchema: schema100, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.endpoints === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoints" }, message: "must have required property 'endpoints'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.path === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema100.required, parentSchema: schema100, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "endpoints" || key0 === "path" || key0 === "readOnly")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema100, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.endpoints !== void 0) {
      let data0 = data.endpoints;
      if (typeof data0 !== "string" && data0 !== null) {
        const err4 = { instancePath: instancePath + "/endpoints", schemaPath: "#/properties/endpoints/type", keyword: "type", params: { type: schema100.properties.endpoints.type }, message: "must be string,null", schema: schema100.properties.endpoints.type, parentSchema: schema100.properties.endpoints, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data1 = data.path;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: schema100.properties.path.type }, message: "must be string,null", schema: schema100.properties.path.type, parentSchema: schema100.properties.path, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      let data2 = data.readOnly;
      if (typeof data2 !== "boolean" && data2 !== null) {
        const err6 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: schema100.properties.readOnly.type }, message: "must be boolean,null", schema: schema100.properties.readOnly.type, parentSchema: schema100.properties.readOnly, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  }
  validate254.errors = vErrors;
  return errors === 0;
}
var schema101 = { "type": ["object", "null"], "properties": { "path": { "type": ["string", "null"] }, "type": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["path"] };
function validate256(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema101.type }, message: "must be object,null", schema: schema101.type, parentSchema: schema101, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema101.required, parentSchema: schema101, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "type")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema101, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: schema101.properties.path.type }, message: "must be string,null", schema: schema101.properties.path.type, parentSchema: schema101.properties.path, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: schema101.properties.type.type }, message: "must be string,null", schema: schema101.properties.type.type, parentSchema: schema101.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  }
  validate256.errors = vErrors;
  return errors === 0;
}
var schema102 = { "type": ["object", "null"], "properties": { "pullPolicy": { "type": ["string", "null"] }, "reference": { "type": ["string", "null"] } }, "additionalProperties": false };
function validate258(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema102.type }, message: "must be object,null", schema: schema102.type, parentSchema: schema102, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "pullPolicy" || key0 === "reference")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema102, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.pullPolicy !== void 0) {
      let data0 = data.pullPolicy;
      if (typeof data0 !== "string" && data0 !== null) {
        const err2 = { instancePath: instancePath + "/pullPolicy", schemaPath: "#/properties/pullPolicy/type", keyword: "type", params: { type: schema102.properties.pullPolicy.type }, message: "must be string,null", schema: schema102.properties.pullPolicy.type, parentSchema: schema102.properties.pullPolicy, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      let data1 = data.reference;
      if (typeof data1 !== "string" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/reference", schemaPath: "#/properties/reference/type", keyword: "type", params: { type: schema102.properties.reference.type }, message: "must be string,null", schema: schema102.properties.reference.type, parentSchema: schema102.properties.reference, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  }
  validate258.errors = vErrors;
  return errors === 0;
}
var schema103 = { "type": ["object", "null"], "properties": { "chapAuthDiscovery": { "type": ["boolean", "null"] }, "chapAuthSession": { "type": ["boolean", "null"] }, "fsType": { "type": ["string", "null"] }, "initiatorName": { "type": ["string", "null"] }, "iqn": { "type": ["string", "null"] }, "iscsiInterface": { "type": ["string", "null"] }, "lun": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "portals": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "readOnly": { "type": ["boolean", "null"] }, "secretRef": { "$ref": "#/definitions/io.k8s.api.core.v1.LocalObjectReference" }, "targetPortal": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["targetPortal", "iqn", "lun"] };
function validate260(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema103.type }, message: "must be object,null", schema: schema103.type, parentSchema: schema103, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.targetPortal === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "targetPortal" }, message: "must have required property 'targetPortal'", schema: schema103.required, parentSchema: schema103, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.iqn === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "iqn" }, message: "must have required property 'iqn'", schema: schema103.required, parentSchema: schema103, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.lun === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lun" }, message: "must have required property 'lun'", schema: schema103.required, parentSchema: schema103, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema103.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema103, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.chapAuthDiscovery !== void 0) {
      let data0 = data.chapAuthDiscovery;
      if (typeof data0 !== "boolean" && data0 !== null) {
        const err5 = { instancePath: instancePath + "/chapAuthDiscovery", schemaPath: "#/properties/chapAuthDiscovery/type", keyword: "type", params: { type: schema103.properties.chapAuthDiscovery.type }, message: "must be boolean,null", schema: schema103.properties.chapAuthDiscovery.type, parentSchema: schema103.properties.chapAuthDiscovery, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.chapAuthSession !== void 0) {
      let data1 = data.chapAuthSession;
      if (typeof data1 !== "boolean" && data1 !== null) {
        const err6 = { instancePath: instancePath + "/chapAuthSession", schemaPath: "#/properties/chapAuthSession/type", keyword: "type", params: { type: schema103.properties.chapAuthSession.type }, message: "must be boolean,null", schema: schema103.properties.chapAuthSession.type, parentSchema: schema103.properties.chapAuthSession, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      let data2 = data.fsType;
      if (typeof data2 !== "string" && data2 !== null) {
        const err7 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: schema103.properties.fsType.type }, message: "must be string,null", schema: schema103.properties.fsType.type, parentSchema: schema103.properties.fsType, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.initiatorName !== void 0) {
      let data3 = data.initiatorName;
      if (typeof data3 !== "string" && data3 !== null) {
        const err8 = { instancePath: instancePath + "/initiatorName", schemaPath: "#/properties/initiatorName/type", keyword: "type", params: { type: schema103.properties.initiatorName.type }, message: "must be string,null", schema: schema103.properties.initiatorName.type, parentSchema: schema103.properties.initiatorName, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.iqn !== void 0) {
      let data4 = data.iqn;
      if (typeof data4 !== "string" && data4 !== null) {
        const err9 = { instancePath: instancePath + "/iqn", schemaPath: "#/properties/iqn/type", keyword: "type", params: { type: schema103.properties.iqn.type }, message: "must be string,null", schema: schema103.properties.iqn.type, parentSchema: schema103.properties.iqn, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.iscsiInterface !== void 0) {
      let data5 = data.iscsiInterface;
      if (typeof data5 !== "string" && data5 !== null) {
        const err10 = { instancePath: instancePath + "/iscsiInterface", schemaPath: "#/properties/iscsiInterface/type", keyword: "type", params: { type: schema103.properties.iscsiInterface.type }, message: "must be string,null", schema: schema103.properties.iscsiInterface.type, parentSchema: schema103.properties.iscsiInterface, data: data5 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.lun !== void 0) {
      let data6 = data.lun;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6)) && data6 !== null) {
        const err11 = { instancePath: instancePath + "/lun", schemaPath: "#/properties/lun/type", keyword: "type", params: { type: schema103.properties.lun.type }, message: "must be integer,null", schema: schema103.properties.lun.type, parentSchema: schema103.properties.lun, data: data6 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 > 2147483647 || isNaN(data6)) {
          const err12 = { instancePath: instancePath + "/lun", schemaPath: "#/properties/lun/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema103.properties.lun, data: data6 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data6 < -2147483648 || isNaN(data6)) {
          const err13 = { instancePath: instancePath + "/lun", schemaPath: "#/properties/lun/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema103.properties.lun, data: data6 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.portals !== void 0) {
      let data7 = data.portals;
      if (!Array.isArray(data7) && data7 !== null) {
        const err14 = { instancePath: instancePath + "/portals", schemaPath: "#/properties/portals/type", keyword: "type", params: { type: schema103.properties.portals.type }, message: "must be array,null", schema: schema103.properties.portals.type, parentSchema: schema103.properties.portals, data: data7 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (typeof data8 !== "string" && data8 !== null) {
            const err15 = { instancePath: instancePath + "/portals/" + i0, schemaPath: "#/properties/portals/items/type", keyword: "type", params: { type: schema103.properties.portals.items.type }, message: "must be string,null", schema: schema103.properties.portals.items.type, parentSchema: schema103.properties.portals.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      }
    }
    if (data.readOnly !== void 0) {
      let data9 = data.readOnly;
      if (typeof data9 !== "boolean" && data9 !== null) {
        const err16 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: schema103.properties.readOnly.type }, message: "must be boolean,null", schema: schema103.properties.readOnly.type, parentSchema: schema103.properties.readOnly, data: data9 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!validate172(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
        errors = vErrors.length;
      }
    }
    if (data.targetPortal !== void 0) {
      let data11 = data.targetPortal;
      if (typeof data11 !== "string" && data11 !== null) {
        const err17 = { instancePath: instancePath + "/targetPortal", schemaPath: "#/properties/targetPortal/type", keyword: "type", params: { type: schema103.properties.targetPortal.type }, message: "must be string,null", schema: schema103.properties.targetPortal.type, parentSchema: schema103.properties.targetPortal, data: data11 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  }
  validate260.errors = vErrors;
  return errors === 0;
}
var schema104 = { "type": ["object", "null"], "properties": { "path": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "server": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["server", "path"] };
function validate263(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema104.type }, message: "must be object,null", schema: schema104.type, parentSchema: schema104, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.server === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "server" }, message: "must have required property 'server'", schema: schema104.required, parentSchema: schema104, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.path === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema104.required, parentSchema: schema104, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "readOnly" || key0 === "server")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema104, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 !== "string" && data0 !== null) {
        const err4 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: schema104.properties.path.type }, message: "must be string,null", schema: schema104.properties.path.type, parentSchema: schema104.properties.path, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      let data1 = data.readOnly;
      if (typeof data1 !== "boolean" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: schema104.properties.readOnly.type }, message: "must be boolean,null", schema: schema104.properties.readOnly.type, parentSchema: schema104.properties.readOnly, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.server !== void 0) {
      let data2 = data.server;
      if (typeof data2 !== "string" && data2 !== null) {
        const err6 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/type", keyword: "type", params: { type: schema104.properties.server.type }, message: "must be string,null", schema: schema104.properties.server.type, parentSchema: schema104.properties.server, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  }
  validate263.errors = vErrors;
  return errors === 0;
}
var schema105 = { "type": ["object", "null"], "properties": { "claimName": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] } }, "additionalProperties": false, "required": ["claimName"] };
function validate265(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema105.type }, message: "must be object,null", schema: schema105.type, parentSchema: schema105, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.claimName === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "claimName" }, message: "must have required property 'claimName'", schema: schema105.required, parentSchema: schema105, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "claimName" || key0 === "readOnly")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema105, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.claimName !== void 0) {
      let data0 = data.claimName;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/claimName", schemaPath: "#/properties/claimName/type", keyword: "type", params: { type: schema105.properties.claimName.type }, message: "must be string,null", schema: schema105.properties.claimName.type, parentSchema: schema105.properties.claimName, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      let data1 = data.readOnly;
      if (typeof data1 !== "boolean" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: schema105.properties.readOnly.type }, message: "must be boolean,null", schema: schema105.properties.readOnly.type, parentSchema: schema105.properties.readOnly, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  }
  validate265.errors = vErrors;
  return errors === 0;
}
var schema106 = { "type": ["object", "null"], "properties": { "fsType": { "type": ["string", "null"] }, "pdID": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["pdID"] };
function validate267(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema106.type }, message: "must be object,null", schema: schema106.type, parentSchema: schema106, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.pdID === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pdID" }, message: "must have required property 'pdID'", schema: schema106.required, parentSchema: schema106, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "pdID")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema106, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      let data0 = data.fsType;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: schema106.properties.fsType.type }, message: "must be string,null", schema: schema106.properties.fsType.type, parentSchema: schema106.properties.fsType, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.pdID !== void 0) {
      let data1 = data.pdID;
      if (typeof data1 !== "string" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/pdID", schemaPath: "#/properties/pdID/type", keyword: "type", params: { type: schema106.properties.pdID.type }, message: "must be string,null", schema: schema106.properties.pdID.type, parentSchema: schema106.properties.pdID, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  }
  validate267.errors = vErrors;
  return errors === 0;
}
var schema107 = { "type": ["object", "null"], "properties": { "fsType": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "volumeID": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["volumeID"] };
function validate269(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema107.type }, message: "must be object,null", schema: schema107.type, parentSchema: schema107, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.volumeID === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volumeID" }, message: "must have required property 'volumeID'", schema: schema107.required, parentSchema: schema107, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "readOnly" || key0 === "volumeID")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema107, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      let data0 = data.fsType;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: schema107.properties.fsType.type }, message: "must be string,null", schema: schema107.properties.fsType.type, parentSchema: schema107.properties.fsType, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      let data1 = data.readOnly;
      if (typeof data1 !== "boolean" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: schema107.properties.readOnly.type }, message: "must be boolean,null", schema: schema107.properties.readOnly.type, parentSchema: schema107.properties.readOnly, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.volumeID !== void 0) {
      let data2 = data.volumeID;
      if (typeof data2 !== "string" && data2 !== null) {
        const err5 = { instancePath: instancePath + "/volumeID", schemaPath: "#/properties/volumeID/type", keyword: "type", params: { type: schema107.properties.volumeID.type }, message: "must be string,null", schema: schema107.properties.volumeID.type, parentSchema: schema107.properties.volumeID, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  validate269.errors = vErrors;
  return errors === 0;
}
var schema108 = { "type": ["object", "null"], "properties": { "defaultMode": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "sources": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.VolumeProjection" } } }, "additionalProperties": false };
var schema109 = { "type": ["object", "null"], "properties": { "clusterTrustBundle": { "$ref": "#/definitions/io.k8s.api.core.v1.ClusterTrustBundleProjection" }, "configMap": { "$ref": "#/definitions/io.k8s.api.core.v1.ConfigMapProjection" }, "downwardAPI": { "$ref": "#/definitions/io.k8s.api.core.v1.DownwardAPIProjection" }, "podCertificate": { "$ref": "#/definitions/io.k8s.api.core.v1.PodCertificateProjection" }, "secret": { "$ref": "#/definitions/io.k8s.api.core.v1.SecretProjection" }, "serviceAccountToken": { "$ref": "#/definitions/io.k8s.api.core.v1.ServiceAccountTokenProjection" } }, "additionalProperties": false };
var schema110 = { "type": ["object", "null"], "properties": { "labelSelector": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector" }, "name": { "type": ["string", "null"] }, "optional": { "type": ["boolean", "null"] }, "path": { "type": ["string", "null"] }, "signerName": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["path"] };
function validate273(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema110.type }, message: "must be object,null", schema: schema110.type, parentSchema: schema110, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema110.required, parentSchema: schema110, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "labelSelector" || key0 === "name" || key0 === "optional" || key0 === "path" || key0 === "signerName")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema110, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.labelSelector !== void 0) {
      if (!validate36(data.labelSelector, { instancePath: instancePath + "/labelSelector", parentData: data, parentDataProperty: "labelSelector", rootData })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 !== "string" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema110.properties.name.type }, message: "must be string,null", schema: schema110.properties.name.type, parentSchema: schema110.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.optional !== void 0) {
      let data2 = data.optional;
      if (typeof data2 !== "boolean" && data2 !== null) {
        const err4 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: schema110.properties.optional.type }, message: "must be boolean,null", schema: schema110.properties.optional.type, parentSchema: schema110.properties.optional, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data3 = data.path;
      if (typeof data3 !== "string" && data3 !== null) {
        const err5 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: schema110.properties.path.type }, message: "must be string,null", schema: schema110.properties.path.type, parentSchema: schema110.properties.path, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.signerName !== void 0) {
      let data4 = data.signerName;
      if (typeof data4 !== "string" && data4 !== null) {
        const err6 = { instancePath: instancePath + "/signerName", schemaPath: "#/properties/signerName/type", keyword: "type", params: { type: schema110.properties.signerName.type }, message: "must be string,null", schema: schema110.properties.signerName.type, parentSchema: schema110.properties.signerName, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  }
  validate273.errors = vErrors;
  return errors === 0;
}
var schema111 = { "type": ["object", "null"], "properties": { "items": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.KeyToPath" } }, "name": { "type": ["string", "null"] }, "optional": { "type": ["boolean", "null"] } }, "additionalProperties": false };
function validate276(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema111.type }, message: "must be object,null", schema: schema111.type, parentSchema: schema111, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "items" || key0 === "name" || key0 === "optional")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema111, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.items !== void 0) {
      let data0 = data.items;
      if (!Array.isArray(data0) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: schema111.properties.items.type }, message: "must be array,null", schema: schema111.properties.items.type, parentSchema: schema111.properties.items, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate212(data0[i0], { instancePath: instancePath + "/items/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate212.errors : vErrors.concat(validate212.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 !== "string" && data2 !== null) {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema111.properties.name.type }, message: "must be string,null", schema: schema111.properties.name.type, parentSchema: schema111.properties.name, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.optional !== void 0) {
      let data3 = data.optional;
      if (typeof data3 !== "boolean" && data3 !== null) {
        const err4 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: schema111.properties.optional.type }, message: "must be boolean,null", schema: schema111.properties.optional.type, parentSchema: schema111.properties.optional, data: data3 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  }
  validate276.errors = vErrors;
  return errors === 0;
}
var schema112 = { "type": ["object", "null"], "properties": { "items": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.DownwardAPIVolumeFile" } } }, "additionalProperties": false };
function validate279(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema112.type }, message: "must be object,null", schema: schema112.type, parentSchema: schema112, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "items")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.items !== void 0) {
      let data0 = data.items;
      if (!Array.isArray(data0) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: schema112.properties.items.type }, message: "must be array,null", schema: schema112.properties.items.type, parentSchema: schema112.properties.items, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate219(data0[i0], { instancePath: instancePath + "/items/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate219.errors : vErrors.concat(validate219.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate279.errors = vErrors;
  return errors === 0;
}
var schema113 = { "type": ["object", "null"], "properties": { "certificateChainPath": { "type": ["string", "null"] }, "credentialBundlePath": { "type": ["string", "null"] }, "keyPath": { "type": ["string", "null"] }, "keyType": { "type": ["string", "null"] }, "maxExpirationSeconds": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "signerName": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["signerName", "keyType"] };
function validate282(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema113.type }, message: "must be object,null", schema: schema113.type, parentSchema: schema113, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.signerName === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "signerName" }, message: "must have required property 'signerName'", schema: schema113.required, parentSchema: schema113, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.keyType === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "keyType" }, message: "must have required property 'keyType'", schema: schema113.required, parentSchema: schema113, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "certificateChainPath" || key0 === "credentialBundlePath" || key0 === "keyPath" || key0 === "keyType" || key0 === "maxExpirationSeconds" || key0 === "signerName")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.certificateChainPath !== void 0) {
      let data0 = data.certificateChainPath;
      if (typeof data0 !== "string" && data0 !== null) {
        const err4 = { instancePath: instancePath + "/certificateChainPath", schemaPath: "#/properties/certificateChainPath/type", keyword: "type", params: { type: schema113.properties.certificateChainPath.type }, message: "must be string,null", schema: schema113.properties.certificateChainPath.type, parentSchema: schema113.properties.certificateChainPath, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.credentialBundlePath !== void 0) {
      let data1 = data.credentialBundlePath;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/credentialBundlePath", schemaPath: "#/properties/credentialBundlePath/type", keyword: "type", params: { type: schema113.properties.credentialBundlePath.type }, message: "must be string,null", schema: schema113.properties.credentialBundlePath.type, parentSchema: schema113.properties.credentialBundlePath, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.keyPath !== void 0) {
      let data2 = data.keyPath;
      if (typeof data2 !== "string" && data2 !== null) {
        const err6 = { instancePath: instancePath + "/keyPath", schemaPath: "#/properties/keyPath/type", keyword: "type", params: { type: schema113.properties.keyPath.type }, message: "must be string,null", schema: schema113.properties.keyPath.type, parentSchema: schema113.properties.keyPath, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.keyType !== void 0) {
      let data3 = data.keyType;
      if (typeof data3 !== "string" && data3 !== null) {
        const err7 = { instancePath: instancePath + "/keyType", schemaPath: "#/properties/keyType/type", keyword: "type", params: { type: schema113.properties.keyType.type }, message: "must be string,null", schema: schema113.properties.keyType.type, parentSchema: schema113.properties.keyType, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.maxExpirationSeconds !== void 0) {
      let data4 = data.maxExpirationSeconds;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4)) && data4 !== null) {
        const err8 = { instancePath: instancePath + "/maxExpirationSeconds", schemaPath: "#/properties/maxExpirationSeconds/type", keyword: "type", params: { type: schema113.properties.maxExpirationSeconds.type }, message: "must be integer,null", schema: schema113.properties.maxExpirationSeconds.type, parentSchema: schema113.properties.maxExpirationSeconds, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 2147483647 || isNaN(data4)) {
          const err9 = { instancePath: instancePath + "/maxExpirationSeconds", schemaPath: "#/properties/maxExpirationSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema113.properties.maxExpirationSeconds, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data4 < -2147483648 || isNaN(data4)) {
          const err10 = { instancePath: instancePath + "/maxExpirationSeconds", schemaPath: "#/properties/maxExpirationSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema113.properties.maxExpirationSeconds, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.signerName !== void 0) {
      let data5 = data.signerName;
      if (typeof data5 !== "string" && data5 !== null) {
        const err11 = { instancePath: instancePath + "/signerName", schemaPath: "#/properties/signerName/type", keyword: "type", params: { type: schema113.properties.signerName.type }, message: "must be string,null", schema: schema113.properties.signerName.type, parentSchema: schema113.properties.signerName, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  }
  validate282.errors = vErrors;
  return errors === 0;
}
var schema114 = { "type": ["object", "null"], "properties": { "items": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.KeyToPath" } }, "name": { "type": ["string", "null"] }, "optional": { "type": ["boolean", "null"] } }, "additionalProperties": false };
function validate284(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema114.type }, message: "must be object,null", schema: schema114.type, parentSchema: schema114, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "items" || key0 === "name" || key0 === "optional")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema114, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.items !== void 0) {
      let data0 = data.items;
      if (!Array.isArray(data0) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: schema114.properties.items.type }, message: "must be array,null", schema: schema114.properties.items.type, parentSchema: schema114.properties.items, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate212(data0[i0], { instancePath: instancePath + "/items/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate212.errors : vErrors.concat(validate212.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 !== "string" && data2 !== null) {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema114.properties.name.type }, message: "must be string,null", schema: schema114.properties.name.type, parentSchema: schema114.properties.name, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.optional !== void 0) {
      let data3 = data.optional;
      if (typeof data3 !== "boolean" && data3 !== null) {
        const err4 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: schema114.properties.optional.type }, message: "must be boolean,null", schema: schema114.properties.optional.type, parentSchema: schema114.properties.optional, data: data3 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  }
  validate284.errors = vErrors;
  return errors === 0;
}
var schema115 = { "type": ["object", "null"], "properties": { "audience": { "type": ["string", "null"] }, "expirationSeconds": { "type": ["integer", "null"] }, "path": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["path"] };
function validate287(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema115.type }, message: "must be object,null", schema: schema115.type, parentSchema: schema115, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema115.required, parentSchema: schema115, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "audience" || key0 === "expirationSeconds" || key0 === "path")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema115, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.audience !== void 0) {
      let data0 = data.audience;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/audience", schemaPath: "#/properties/audience/type", keyword: "type", params: { type: schema115.properties.audience.type }, message: "must be string,null", schema: schema115.properties.audience.type, parentSchema: schema115.properties.audience, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.expirationSeconds !== void 0) {
      let data1 = data.expirationSeconds;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1)) && data1 !== null) {
        const err4 = { instancePath: instancePath + "/expirationSeconds", schemaPath: "#/properties/expirationSeconds/type", keyword: "type", params: { type: schema115.properties.expirationSeconds.type }, message: "must be integer,null", schema: schema115.properties.expirationSeconds.type, parentSchema: schema115.properties.expirationSeconds, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data2 = data.path;
      if (typeof data2 !== "string" && data2 !== null) {
        const err5 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: schema115.properties.path.type }, message: "must be string,null", schema: schema115.properties.path.type, parentSchema: schema115.properties.path, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  validate287.errors = vErrors;
  return errors === 0;
}
function validate272(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema109.type }, message: "must be object,null", schema: schema109.type, parentSchema: schema109, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "clusterTrustBundle" || key0 === "configMap" || key0 === "downwardAPI" || key0 === "podCertificate" || key0 === "secret" || key0 === "serviceAccountToken")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema109, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.clusterTrustBundle !== void 0) {
      if (!validate273(data.clusterTrustBundle, { instancePath: instancePath + "/clusterTrustBundle", parentData: data, parentDataProperty: "clusterTrustBundle", rootData })) {
        vErrors = vErrors === null ? validate273.errors : vErrors.concat(validate273.errors);
        errors = vErrors.length;
      }
    }
    if (data.configMap !== void 0) {
      if (!validate276(data.configMap, { instancePath: instancePath + "/configMap", parentData: data, parentDataProperty: "configMap", rootData })) {
        vErrors = vErrors === null ? validate276.errors : vErrors.concat(validate276.errors);
        errors = vErrors.length;
      }
    }
    if (data.downwardAPI !== void 0) {
      if (!validate279(data.downwardAPI, { instancePath: instancePath + "/downwardAPI", parentData: data, parentDataProperty: "downwardAPI", rootData })) {
        vErrors = vErrors === null ? validate279.errors : vErrors.concat(validate279.errors);
        errors = vErrors.length;
      }
    }
    if (data.podCertificate !== void 0) {
      if (!validate282(data.podCertificate, { instancePath: instancePath + "/podCertificate", parentData: data, parentDataProperty: "podCertificate", rootData })) {
        vErrors = vErrors === null ? validate282.errors : vErrors.concat(validate282.errors);
        errors = vErrors.length;
      }
    }
    if (data.secret !== void 0) {
      if (!validate284(data.secret, { instancePath: instancePath + "/secret", parentData: data, parentDataProperty: "secret", rootData })) {
        vErrors = vErrors === null ? validate284.errors : vErrors.concat(validate284.errors);
        errors = vErrors.length;
      }
    }
    if (data.serviceAccountToken !== void 0) {
      if (!validate287(data.serviceAccountToken, { instancePath: instancePath + "/serviceAccountToken", parentData: data, parentDataProperty: "serviceAccountToken", rootData })) {
        vErrors = vErrors === null ? validate287.errors : vErrors.concat(validate287.errors);
        errors = vErrors.length;
      }
    }
  }
  validate272.errors = vErrors;
  return errors === 0;
}
function validate271(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema108.type }, message: "must be object,null", schema: schema108.type, parentSchema: schema108, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "defaultMode" || key0 === "sources")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema108, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.defaultMode !== void 0) {
      let data0 = data.defaultMode;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0)) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/type", keyword: "type", params: { type: schema108.properties.defaultMode.type }, message: "must be integer,null", schema: schema108.properties.defaultMode.type, parentSchema: schema108.properties.defaultMode, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema108.properties.defaultMode, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema108.properties.defaultMode, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.sources !== void 0) {
      let data1 = data.sources;
      if (!Array.isArray(data1) && data1 !== null) {
        const err5 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: schema108.properties.sources.type }, message: "must be array,null", schema: schema108.properties.sources.type, parentSchema: schema108.properties.sources, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate272(data1[i0], { instancePath: instancePath + "/sources/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate272.errors : vErrors.concat(validate272.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate271.errors = vErrors;
  return errors === 0;
}
var schema116 = { "type": ["object", "null"], "properties": { "group": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "registry": { "type": ["string", "null"] }, "tenant": { "type": ["string", "null"] }, "user": { "type": ["string", "null"] }, "volume": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["registry", "volume"] };
function validate291(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema116.type }, message: "must be object,null", schema: schema116.type, parentSchema: schema116, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.registry === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "registry" }, message: "must have required property 'registry'", schema: schema116.required, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.volume === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volume" }, message: "must have required property 'volume'", schema: schema116.required, parentSchema: schema116, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "group" || key0 === "readOnly" || key0 === "registry" || key0 === "tenant" || key0 === "user" || key0 === "volume")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema116, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.group !== void 0) {
      let data0 = data.group;
      if (typeof data0 !== "string" && data0 !== null) {
        const err4 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/type", keyword: "type", params: { type: schema116.properties.group.type }, message: "must be string,null", schema: schema116.properties.group.type, parentSchema: schema116.properties.group, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      let data1 = data.readOnly;
      if (typeof data1 !== "boolean" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: schema116.properties.readOnly.type }, message: "must be boolean,null", schema: schema116.properties.readOnly.type, parentSchema: schema116.properties.readOnly, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.registry !== void 0) {
      let data2 = data.registry;
      if (typeof data2 !== "string" && data2 !== null) {
        const err6 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/type", keyword: "type", params: { type: schema116.properties.registry.type }, message: "must be string,null", schema: schema116.properties.registry.type, parentSchema: schema116.properties.registry, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.tenant !== void 0) {
      let data3 = data.tenant;
      if (typeof data3 !== "string" && data3 !== null) {
        const err7 = { instancePath: instancePath + "/tenant", schemaPath: "#/properties/tenant/type", keyword: "type", params: { type: schema116.properties.tenant.type }, message: "must be string,null", schema: schema116.properties.tenant.type, parentSchema: schema116.properties.tenant, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.user !== void 0) {
      let data4 = data.user;
      if (typeof data4 !== "string" && data4 !== null) {
        const err8 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: schema116.properties.user.type }, message: "must be string,null", schema: schema116.properties.user.type, parentSchema: schema116.properties.user, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.volume !== void 0) {
      let data5 = data.volume;
      if (typeof data5 !== "string" && data5 !== null) {
        const err9 = { instancePath: instancePath + "/volume", schemaPath: "#/properties/volume/type", keyword: "type", params: { type: schema116.properties.volume.type }, message: "must be string,null", schema: schema116.properties.volume.type, parentSchema: schema116.properties.volume, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  }
  validate291.errors = vErrors;
  return errors === 0;
}
var schema117 = { "type": ["object", "null"], "properties": { "fsType": { "type": ["string", "null"] }, "image": { "type": ["string", "null"] }, "keyring": { "type": ["string", "null"] }, "monitors": { "type": ["array", "null"], "items": { "type": ["string", "null"] } }, "pool": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "secretRef": { "$ref": "#/definitions/io.k8s.api.core.v1.LocalObjectReference" }, "user": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["monitors", "image"] };
function validate293(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema117.type }, message: "must be object,null", schema: schema117.type, parentSchema: schema117, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.monitors === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "monitors" }, message: "must have required property 'monitors'", schema: schema117.required, parentSchema: schema117, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.image === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "image" }, message: "must have required property 'image'", schema: schema117.required, parentSchema: schema117, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "image" || key0 === "keyring" || key0 === "monitors" || key0 === "pool" || key0 === "readOnly" || key0 === "secretRef" || key0 === "user")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema117, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      let data0 = data.fsType;
      if (typeof data0 !== "string" && data0 !== null) {
        const err4 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: schema117.properties.fsType.type }, message: "must be string,null", schema: schema117.properties.fsType.type, parentSchema: schema117.properties.fsType, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      let data1 = data.image;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: schema117.properties.image.type }, message: "must be string,null", schema: schema117.properties.image.type, parentSchema: schema117.properties.image, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.keyring !== void 0) {
      let data2 = data.keyring;
      if (typeof data2 !== "string" && data2 !== null) {
        const err6 = { instancePath: instancePath + "/keyring", schemaPath: "#/properties/keyring/type", keyword: "type", params: { type: schema117.properties.keyring.type }, message: "must be string,null", schema: schema117.properties.keyring.type, parentSchema: schema117.properties.keyring, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.monitors !== void 0) {
      let data3 = data.monitors;
      if (!Array.isArray(data3) && data3 !== null) {
        const err7 = { instancePath: instancePath + "/monitors", schemaPath: "#/properties/monitors/type", keyword: "type", params: { type: schema117.properties.monitors.type }, message: "must be array,null", schema: schema117.properties.monitors.type, parentSchema: schema117.properties.monitors, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 !== "string" && data4 !== null) {
            const err8 = { instancePath: instancePath + "/monitors/" + i0, schemaPath: "#/properties/monitors/items/type", keyword: "type", params: { type: schema117.properties.monitors.items.type }, message: "must be string,null", schema: schema117.properties.monitors.items.type, parentSchema: schema117.properties.monitors.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      }
    }
    if (data.pool !== void 0) {
      let data5 = data.pool;
      if (typeof data5 !== "string" && data5 !== null) {
        const err9 = { instancePath: instancePath + "/pool", schemaPath: "#/properties/pool/type", keyword: "type", params: { type: schema117.properties.pool.type }, message: "must be string,null", schema: schema117.properties.pool.type, parentSchema: schema117.properties.pool, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      let data6 = data.readOnly;
      if (typeof data6 !== "boolean" && data6 !== null) {
        const err10 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: schema117.properties.readOnly.type }, message: "must be boolean,null", schema: schema117.properties.readOnly.type, parentSchema: schema117.properties.readOnly, data: data6 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!validate172(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
        errors = vErrors.length;
      }
    }
    if (data.user !== void 0) {
      let data8 = data.user;
      if (typeof data8 !== "string" && data8 !== null) {
        const err11 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: schema117.properties.user.type }, message: "must be string,null", schema: schema117.properties.user.type, parentSchema: schema117.properties.user, data: data8 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  }
  validate293.errors = vErrors;
  return errors === 0;
}
var schema118 = { "type": ["object", "null"], "properties": { "fsType": { "type": ["string", "null"] }, "gateway": { "type": ["string", "null"] }, "protectionDomain": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "secretRef": { "$ref": "#/definitions/io.k8s.api.core.v1.LocalObjectReference" }, "sslEnabled": { "type": ["boolean", "null"] }, "storageMode": { "type": ["string", "null"] }, "storagePool": { "type": ["string", "null"] }, "system": { "type": ["string", "null"] }, "volumeName": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["gateway", "system", "secretRef"] };
function validate296(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema118.type }, message: "must be object,null", schema: schema118.type, parentSchema: schema118, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.gateway === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gateway" }, message: "must have required property 'gateway'", schema: schema118.required, parentSchema: schema118, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.system === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "system" }, message: "must have required property 'system'", schema: schema118.required, parentSchema: schema118, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.secretRef === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretRef" }, message: "must have required property 'secretRef'", schema: schema118.required, parentSchema: schema118, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema118.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema118, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      let data0 = data.fsType;
      if (typeof data0 !== "string" && data0 !== null) {
        const err5 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: schema118.properties.fsType.type }, message: "must be string,null", schema: schema118.properties.fsType.type, parentSchema: schema118.properties.fsType, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.gateway !== void 0) {
      let data1 = data.gateway;
      if (typeof data1 !== "string" && data1 !== null) {
        const err6 = { instancePath: instancePath + "/gateway", schemaPath: "#/properties/gateway/type", keyword: "type", params: { type: schema118.properties.gateway.type }, message: "must be string,null", schema: schema118.properties.gateway.type, parentSchema: schema118.properties.gateway, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.protectionDomain !== void 0) {
      let data2 = data.protectionDomain;
      if (typeof data2 !== "string" && data2 !== null) {
        const err7 = { instancePath: instancePath + "/protectionDomain", schemaPath: "#/properties/protectionDomain/type", keyword: "type", params: { type: schema118.properties.protectionDomain.type }, message: "must be string,null", schema: schema118.properties.protectionDomain.type, parentSchema: schema118.properties.protectionDomain, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      let data3 = data.readOnly;
      if (typeof data3 !== "boolean" && data3 !== null) {
        const err8 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: schema118.properties.readOnly.type }, message: "must be boolean,null", schema: schema118.properties.readOnly.type, parentSchema: schema118.properties.readOnly, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!validate172(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
        errors = vErrors.length;
      }
    }
    if (data.sslEnabled !== void 0) {
      let data5 = data.sslEnabled;
      if (typeof data5 !== "boolean" && data5 !== null) {
        const err9 = { instancePath: instancePath + "/sslEnabled", schemaPath: "#/properties/sslEnabled/type", keyword: "type", params: { type: schema118.properties.sslEnabled.type }, message: "must be boolean,null", schema: schema118.properties.sslEnabled.type, parentSchema: schema118.properties.sslEnabled, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.storageMode !== void 0) {
      let data6 = data.storageMode;
      if (typeof data6 !== "string" && data6 !== null) {
        const err10 = { instancePath: instancePath + "/storageMode", schemaPath: "#/properties/storageMode/type", keyword: "type", params: { type: schema118.properties.storageMode.type }, message: "must be string,null", schema: schema118.properties.storageMode.type, parentSchema: schema118.properties.storageMode, data: data6 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.storagePool !== void 0) {
      let data7 = data.storagePool;
      if (typeof data7 !== "string" && data7 !== null) {
        const err11 = { instancePath: instancePath + "/storagePool", schemaPath: "#/properties/storagePool/type", keyword: "type", params: { type: schema118.properties.storagePool.type }, message: "must be string,null", schema: schema118.properties.storagePool.type, parentSchema: schema118.properties.storagePool, data: data7 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.system !== void 0) {
      let data8 = data.system;
      if (typeof data8 !== "string" && data8 !== null) {
        const err12 = { instancePath: instancePath + "/system", schemaPath: "#/properties/system/type", keyword: "type", params: { type: schema118.properties.system.type }, message: "must be string,null", schema: schema118.properties.system.type, parentSchema: schema118.properties.system, data: data8 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.volumeName !== void 0) {
      let data9 = data.volumeName;
      if (typeof data9 !== "string" && data9 !== null) {
        const err13 = { instancePath: instancePath + "/volumeName", schemaPath: "#/properties/volumeName/type", keyword: "type", params: { type: schema118.properties.volumeName.type }, message: "must be string,null", schema: schema118.properties.volumeName.type, parentSchema: schema118.properties.volumeName, data: data9 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  }
  validate296.errors = vErrors;
  return errors === 0;
}
var schema119 = { "type": ["object", "null"], "properties": { "defaultMode": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "items": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.core.v1.KeyToPath" } }, "optional": { "type": ["boolean", "null"] }, "secretName": { "type": ["string", "null"] } }, "additionalProperties": false };
function validate299(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema119.type }, message: "must be object,null", schema: schema119.type, parentSchema: schema119, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "defaultMode" || key0 === "items" || key0 === "optional" || key0 === "secretName")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema119, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.defaultMode !== void 0) {
      let data0 = data.defaultMode;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0)) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/type", keyword: "type", params: { type: schema119.properties.defaultMode.type }, message: "must be integer,null", schema: schema119.properties.defaultMode.type, parentSchema: schema119.properties.defaultMode, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema119.properties.defaultMode, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/defaultMode", schemaPath: "#/properties/defaultMode/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema119.properties.defaultMode, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.items !== void 0) {
      let data1 = data.items;
      if (!Array.isArray(data1) && data1 !== null) {
        const err5 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: schema119.properties.items.type }, message: "must be array,null", schema: schema119.properties.items.type, parentSchema: schema119.properties.items, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate212(data1[i0], { instancePath: instancePath + "/items/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate212.errors : vErrors.concat(validate212.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.optional !== void 0) {
      let data3 = data.optional;
      if (typeof data3 !== "boolean" && data3 !== null) {
        const err6 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: schema119.properties.optional.type }, message: "must be boolean,null", schema: schema119.properties.optional.type, parentSchema: schema119.properties.optional, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.secretName !== void 0) {
      let data4 = data.secretName;
      if (typeof data4 !== "string" && data4 !== null) {
        const err7 = { instancePath: instancePath + "/secretName", schemaPath: "#/properties/secretName/type", keyword: "type", params: { type: schema119.properties.secretName.type }, message: "must be string,null", schema: schema119.properties.secretName.type, parentSchema: schema119.properties.secretName, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  }
  validate299.errors = vErrors;
  return errors === 0;
}
var schema120 = { "type": ["object", "null"], "properties": { "fsType": { "type": ["string", "null"] }, "readOnly": { "type": ["boolean", "null"] }, "secretRef": { "$ref": "#/definitions/io.k8s.api.core.v1.LocalObjectReference" }, "volumeName": { "type": ["string", "null"] }, "volumeNamespace": { "type": ["string", "null"] } }, "additionalProperties": false };
function validate302(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema120.type }, message: "must be object,null", schema: schema120.type, parentSchema: schema120, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "readOnly" || key0 === "secretRef" || key0 === "volumeName" || key0 === "volumeNamespace")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema120, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      let data0 = data.fsType;
      if (typeof data0 !== "string" && data0 !== null) {
        const err2 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: schema120.properties.fsType.type }, message: "must be string,null", schema: schema120.properties.fsType.type, parentSchema: schema120.properties.fsType, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      let data1 = data.readOnly;
      if (typeof data1 !== "boolean" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: schema120.properties.readOnly.type }, message: "must be boolean,null", schema: schema120.properties.readOnly.type, parentSchema: schema120.properties.readOnly, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.secretRef !== void 0) {
      if (!validate172(data.secretRef, { instancePath: instancePath + "/secretRef", parentData: data, parentDataProperty: "secretRef", rootData })) {
        vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
        errors = vErrors.length;
      }
    }
    if (data.volumeName !== void 0) {
      let data3 = data.volumeName;
      if (typeof data3 !== "string" && data3 !== null) {
        const err4 = { instancePath: instancePath + "/volumeName", schemaPath: "#/properties/volumeName/type", keyword: "type", params: { type: schema120.properties.volumeName.type }, message: "must be string,null", schema: schema120.properties.volumeName.type, parentSchema: schema120.properties.volumeName, data: data3 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.volumeNamespace !== void 0) {
      let data4 = data.volumeNamespace;
      if (typeof data4 !== "string" && data4 !== null) {
        const err5 = { instancePath: instancePath + "/volumeNamespace", schemaPath: "#/properties/volumeNamespace/type", keyword: "type", params: { type: schema120.properties.volumeNamespace.type }, message: "must be string,null", schema: schema120.properties.volumeNamespace.type, parentSchema: schema120.properties.volumeNamespace, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  validate302.errors = vErrors;
  return errors === 0;
}
var schema121 = { "type": ["object", "null"], "properties": { "fsType": { "type": ["string", "null"] }, "storagePolicyID": { "type": ["string", "null"] }, "storagePolicyName": { "type": ["string", "null"] }, "volumePath": { "type": ["string", "null"] } }, "additionalProperties": false, "required": ["volumePath"] };
function validate305(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema121.type }, message: "must be object,null", schema: schema121.type, parentSchema: schema121, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.volumePath === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "volumePath" }, message: "must have required property 'volumePath'", schema: schema121.required, parentSchema: schema121, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "fsType" || key0 === "storagePolicyID" || key0 === "storagePolicyName" || key0 === "volumePath")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema121, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.fsType !== void 0) {
      let data0 = data.fsType;
      if (typeof data0 !== "string" && data0 !== null) {
        const err3 = { instancePath: instancePath + "/fsType", schemaPath: "#/properties/fsType/type", keyword: "type", params: { type: schema121.properties.fsType.type }, message: "must be string,null", schema: schema121.properties.fsType.type, parentSchema: schema121.properties.fsType, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.storagePolicyID !== void 0) {
      let data1 = data.storagePolicyID;
      if (typeof data1 !== "string" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/storagePolicyID", schemaPath: "#/properties/storagePolicyID/type", keyword: "type", params: { type: schema121.properties.storagePolicyID.type }, message: "must be string,null", schema: schema121.properties.storagePolicyID.type, parentSchema: schema121.properties.storagePolicyID, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.storagePolicyName !== void 0) {
      let data2 = data.storagePolicyName;
      if (typeof data2 !== "string" && data2 !== null) {
        const err5 = { instancePath: instancePath + "/storagePolicyName", schemaPath: "#/properties/storagePolicyName/type", keyword: "type", params: { type: schema121.properties.storagePolicyName.type }, message: "must be string,null", schema: schema121.properties.storagePolicyName.type, parentSchema: schema121.properties.storagePolicyName, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.volumePath !== void 0) {
      let data3 = data.volumePath;
      if (typeof data3 !== "string" && data3 !== null) {
        const err6 = { instancePath: instancePath + "/volumePath", schemaPath: "#/properties/volumePath/type", keyword: "type", params: { type: schema121.properties.volumePath.type }, message: "must be string,null", schema: schema121.properties.volumePath.type, parentSchema: schema121.properties.volumePath, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  }
  validate305.errors = vErrors;
  return errors === 0;
}
function validate198(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema77.type }, message: "must be object,null", schema: schema77.type, parentSchema: schema77, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema77.required, parentSchema: schema77, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema77.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema77, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.awsElasticBlockStore !== void 0) {
      if (!validate199(data.awsElasticBlockStore, { instancePath: instancePath + "/awsElasticBlockStore", parentData: data, parentDataProperty: "awsElasticBlockStore", rootData })) {
        vErrors = vErrors === null ? validate199.errors : vErrors.concat(validate199.errors);
        errors = vErrors.length;
      }
    }
    if (data.azureDisk !== void 0) {
      if (!validate201(data.azureDisk, { instancePath: instancePath + "/azureDisk", parentData: data, parentDataProperty: "azureDisk", rootData })) {
        vErrors = vErrors === null ? validate201.errors : vErrors.concat(validate201.errors);
        errors = vErrors.length;
      }
    }
    if (data.azureFile !== void 0) {
      if (!validate203(data.azureFile, { instancePath: instancePath + "/azureFile", parentData: data, parentDataProperty: "azureFile", rootData })) {
        vErrors = vErrors === null ? validate203.errors : vErrors.concat(validate203.errors);
        errors = vErrors.length;
      }
    }
    if (data.cephfs !== void 0) {
      if (!validate205(data.cephfs, { instancePath: instancePath + "/cephfs", parentData: data, parentDataProperty: "cephfs", rootData })) {
        vErrors = vErrors === null ? validate205.errors : vErrors.concat(validate205.errors);
        errors = vErrors.length;
      }
    }
    if (data.cinder !== void 0) {
      if (!validate208(data.cinder, { instancePath: instancePath + "/cinder", parentData: data, parentDataProperty: "cinder", rootData })) {
        vErrors = vErrors === null ? validate208.errors : vErrors.concat(validate208.errors);
        errors = vErrors.length;
      }
    }
    if (data.configMap !== void 0) {
      if (!validate211(data.configMap, { instancePath: instancePath + "/configMap", parentData: data, parentDataProperty: "configMap", rootData })) {
        vErrors = vErrors === null ? validate211.errors : vErrors.concat(validate211.errors);
        errors = vErrors.length;
      }
    }
    if (data.csi !== void 0) {
      if (!validate215(data.csi, { instancePath: instancePath + "/csi", parentData: data, parentDataProperty: "csi", rootData })) {
        vErrors = vErrors === null ? validate215.errors : vErrors.concat(validate215.errors);
        errors = vErrors.length;
      }
    }
    if (data.downwardAPI !== void 0) {
      if (!validate218(data.downwardAPI, { instancePath: instancePath + "/downwardAPI", parentData: data, parentDataProperty: "downwardAPI", rootData })) {
        vErrors = vErrors === null ? validate218.errors : vErrors.concat(validate218.errors);
        errors = vErrors.length;
      }
    }
    if (data.emptyDir !== void 0) {
      if (!validate224(data.emptyDir, { instancePath: instancePath + "/emptyDir", parentData: data, parentDataProperty: "emptyDir", rootData })) {
        vErrors = vErrors === null ? validate224.errors : vErrors.concat(validate224.errors);
        errors = vErrors.length;
      }
    }
    if (data.ephemeral !== void 0) {
      if (!validate227(data.ephemeral, { instancePath: instancePath + "/ephemeral", parentData: data, parentDataProperty: "ephemeral", rootData })) {
        vErrors = vErrors === null ? validate227.errors : vErrors.concat(validate227.errors);
        errors = vErrors.length;
      }
    }
    if (data.fc !== void 0) {
      if (!validate243(data.fc, { instancePath: instancePath + "/fc", parentData: data, parentDataProperty: "fc", rootData })) {
        vErrors = vErrors === null ? validate243.errors : vErrors.concat(validate243.errors);
        errors = vErrors.length;
      }
    }
    if (data.flexVolume !== void 0) {
      if (!validate245(data.flexVolume, { instancePath: instancePath + "/flexVolume", parentData: data, parentDataProperty: "flexVolume", rootData })) {
        vErrors = vErrors === null ? validate245.errors : vErrors.concat(validate245.errors);
        errors = vErrors.length;
      }
    }
    if (data.flocker !== void 0) {
      if (!validate248(data.flocker, { instancePath: instancePath + "/flocker", parentData: data, parentDataProperty: "flocker", rootData })) {
        vErrors = vErrors === null ? validate248.errors : vErrors.concat(validate248.errors);
        errors = vErrors.length;
      }
    }
    if (data.gcePersistentDisk !== void 0) {
      if (!validate250(data.gcePersistentDisk, { instancePath: instancePath + "/gcePersistentDisk", parentData: data, parentDataProperty: "gcePersistentDisk", rootData })) {
        vErrors = vErrors === null ? validate250.errors : vErrors.concat(validate250.errors);
        errors = vErrors.length;
      }
    }
    if (data.gitRepo !== void 0) {
      if (!validate252(data.gitRepo, { instancePath: instancePath + "/gitRepo", parentData: data, parentDataProperty: "gitRepo", rootData })) {
        vErrors = vErrors === null ? validate252.errors : vErrors.concat(validate252.errors);
        errors = vErrors.length;
      }
    }
    if (data.glusterfs !== void 0) {
      if (!validate254(data.glusterfs, { instancePath: instancePath + "/glusterfs", parentData: data, parentDataProperty: "glusterfs", rootData })) {
        vErrors = vErrors === null ? validate254.errors : vErrors.concat(validate254.errors);
        errors = vErrors.length;
      }
    }
    if (data.hostPath !== void 0) {
      if (!validate256(data.hostPath, { instancePath: instancePath + "/hostPath", parentData: data, parentDataProperty: "hostPath", rootData })) {
        vErrors = vErrors === null ? validate256.errors : vErrors.concat(validate256.errors);
        errors = vErrors.length;
      }
    }
    if (data.image !== void 0) {
      if (!validate258(data.image, { instancePath: instancePath + "/image", parentData: data, parentDataProperty: "image", rootData })) {
        vErrors = vErrors === null ? validate258.errors : vErrors.concat(validate258.errors);
        errors = vErrors.length;
      }
    }
    if (data.iscsi !== void 0) {
      if (!validate260(data.iscsi, { instancePath: instancePath + "/iscsi", parentData: data, parentDataProperty: "iscsi", rootData })) {
        vErrors = vErrors === null ? validate260.errors : vErrors.concat(validate260.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== void 0) {
      let data19 = data.name;
      if (typeof data19 !== "string" && data19 !== null) {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema77.properties.name.type }, message: "must be string,null", schema: schema77.properties.name.type, parentSchema: schema77.properties.name, data: data19 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.nfs !== void 0) {
      if (!validate263(data.nfs, { instancePath: instancePath + "/nfs", parentData: data, parentDataProperty: "nfs", rootData })) {
        vErrors = vErrors === null ? validate263.errors : vErrors.concat(validate263.errors);
        errors = vErrors.length;
      }
    }
    if (data.persistentVolumeClaim !== void 0) {
      if (!validate265(data.persistentVolumeClaim, { instancePath: instancePath + "/persistentVolumeClaim", parentData: data, parentDataProperty: "persistentVolumeClaim", rootData })) {
        vErrors = vErrors === null ? validate265.errors : vErrors.concat(validate265.errors);
        errors = vErrors.length;
      }
    }
    if (data.photonPersistentDisk !== void 0) {
      if (!validate267(data.photonPersistentDisk, { instancePath: instancePath + "/photonPersistentDisk", parentData: data, parentDataProperty: "photonPersistentDisk", rootData })) {
        vErrors = vErrors === null ? validate267.errors : vErrors.concat(validate267.errors);
        errors = vErrors.length;
      }
    }
    if (data.portworxVolume !== void 0) {
      if (!validate269(data.portworxVolume, { instancePath: instancePath + "/portworxVolume", parentData: data, parentDataProperty: "portworxVolume", rootData })) {
        vErrors = vErrors === null ? validate269.errors : vErrors.concat(validate269.errors);
        errors = vErrors.length;
      }
    }
    if (data.projected !== void 0) {
      if (!validate271(data.projected, { instancePath: instancePath + "/projected", parentData: data, parentDataProperty: "projected", rootData })) {
        vErrors = vErrors === null ? validate271.errors : vErrors.concat(validate271.errors);
        errors = vErrors.length;
      }
    }
    if (data.quobyte !== void 0) {
      if (!validate291(data.quobyte, { instancePath: instancePath + "/quobyte", parentData: data, parentDataProperty: "quobyte", rootData })) {
        vErrors = vErrors === null ? validate291.errors : vErrors.concat(validate291.errors);
        errors = vErrors.length;
      }
    }
    if (data.rbd !== void 0) {
      if (!validate293(data.rbd, { instancePath: instancePath + "/rbd", parentData: data, parentDataProperty: "rbd", rootData })) {
        vErrors = vErrors === null ? validate293.errors : vErrors.concat(validate293.errors);
        errors = vErrors.length;
      }
    }
    if (data.scaleIO !== void 0) {
      if (!validate296(data.scaleIO, { instancePath: instancePath + "/scaleIO", parentData: data, parentDataProperty: "scaleIO", rootData })) {
        vErrors = vErrors === null ? validate296.errors : vErrors.concat(validate296.errors);
        errors = vErrors.length;
      }
    }
    if (data.secret !== void 0) {
      if (!validate299(data.secret, { instancePath: instancePath + "/secret", parentData: data, parentDataProperty: "secret", rootData })) {
        vErrors = vErrors === null ? validate299.errors : vErrors.concat(validate299.errors);
        errors = vErrors.length;
      }
    }
    if (data.storageos !== void 0) {
      if (!validate302(data.storageos, { instancePath: instancePath + "/storageos", parentData: data, parentDataProperty: "storageos", rootData })) {
        vErrors = vErrors === null ? validate302.errors : vErrors.concat(validate302.errors);
        errors = vErrors.length;
      }
    }
    if (data.vsphereVolume !== void 0) {
      if (!validate305(data.vsphereVolume, { instancePath: instancePath + "/vsphereVolume", parentData: data, parentDataProperty: "vsphereVolume", rootData })) {
        vErrors = vErrors === null ? validate305.errors : vErrors.concat(validate305.errors);
        errors = vErrors.length;
      }
    }
  }
  validate198.errors = vErrors;
  return errors === 0;
}
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema17.type }, message: "must be object,null", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.containers === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "containers" }, message: "must have required property 'containers'", schema: schema17.required, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema17.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.activeDeadlineSeconds !== void 0) {
      let data0 = data.activeDeadlineSeconds;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0)) && data0 !== null) {
        const err3 = { instancePath: instancePath + "/activeDeadlineSeconds", schemaPath: "#/properties/activeDeadlineSeconds/type", keyword: "type", params: { type: schema17.properties.activeDeadlineSeconds.type }, message: "must be integer,null", schema: schema17.properties.activeDeadlineSeconds.type, parentSchema: schema17.properties.activeDeadlineSeconds, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.affinity !== void 0) {
      if (!validate43(data.affinity, { instancePath: instancePath + "/affinity", parentData: data, parentDataProperty: "affinity", rootData })) {
        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
        errors = vErrors.length;
      }
    }
    if (data.automountServiceAccountToken !== void 0) {
      let data2 = data.automountServiceAccountToken;
      if (typeof data2 !== "boolean" && data2 !== null) {
        const err4 = { instancePath: instancePath + "/automountServiceAccountToken", schemaPath: "#/properties/automountServiceAccountToken/type", keyword: "type", params: { type: schema17.properties.automountServiceAccountToken.type }, message: "must be boolean,null", schema: schema17.properties.automountServiceAccountToken.type, parentSchema: schema17.properties.automountServiceAccountToken, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.containers !== void 0) {
      let data3 = data.containers;
      if (!Array.isArray(data3) && data3 !== null) {
        const err5 = { instancePath: instancePath + "/containers", schemaPath: "#/properties/containers/type", keyword: "type", params: { type: schema17.properties.containers.type }, message: "must be array,null", schema: schema17.properties.containers.type, parentSchema: schema17.properties.containers, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate70(data3[i0], { instancePath: instancePath + "/containers/" + i0, parentData: data3, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.dnsConfig !== void 0) {
      if (!validate151(data.dnsConfig, { instancePath: instancePath + "/dnsConfig", parentData: data, parentDataProperty: "dnsConfig", rootData })) {
        vErrors = vErrors === null ? validate151.errors : vErrors.concat(validate151.errors);
        errors = vErrors.length;
      }
    }
    if (data.dnsPolicy !== void 0) {
      let data6 = data.dnsPolicy;
      if (typeof data6 !== "string" && data6 !== null) {
        const err6 = { instancePath: instancePath + "/dnsPolicy", schemaPath: "#/properties/dnsPolicy/type", keyword: "type", params: { type: schema17.properties.dnsPolicy.type }, message: "must be string,null", schema: schema17.properties.dnsPolicy.type, parentSchema: schema17.properties.dnsPolicy, data: data6 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.enableServiceLinks !== void 0) {
      let data7 = data.enableServiceLinks;
      if (typeof data7 !== "boolean" && data7 !== null) {
        const err7 = { instancePath: instancePath + "/enableServiceLinks", schemaPath: "#/properties/enableServiceLinks/type", keyword: "type", params: { type: schema17.properties.enableServiceLinks.type }, message: "must be boolean,null", schema: schema17.properties.enableServiceLinks.type, parentSchema: schema17.properties.enableServiceLinks, data: data7 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.ephemeralContainers !== void 0) {
      let data8 = data.ephemeralContainers;
      if (!Array.isArray(data8) && data8 !== null) {
        const err8 = { instancePath: instancePath + "/ephemeralContainers", schemaPath: "#/properties/ephemeralContainers/type", keyword: "type", params: { type: schema17.properties.ephemeralContainers.type }, message: "must be array,null", schema: schema17.properties.ephemeralContainers.type, parentSchema: schema17.properties.ephemeralContainers, data: data8 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate155(data8[i1], { instancePath: instancePath + "/ephemeralContainers/" + i1, parentData: data8, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.hostAliases !== void 0) {
      let data10 = data.hostAliases;
      if (!Array.isArray(data10) && data10 !== null) {
        const err9 = { instancePath: instancePath + "/hostAliases", schemaPath: "#/properties/hostAliases/type", keyword: "type", params: { type: schema17.properties.hostAliases.type }, message: "must be array,null", schema: schema17.properties.hostAliases.type, parentSchema: schema17.properties.hostAliases, data: data10 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (Array.isArray(data10)) {
        const len2 = data10.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate170(data10[i2], { instancePath: instancePath + "/hostAliases/" + i2, parentData: data10, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate170.errors : vErrors.concat(validate170.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.hostIPC !== void 0) {
      let data12 = data.hostIPC;
      if (typeof data12 !== "boolean" && data12 !== null) {
        const err10 = { instancePath: instancePath + "/hostIPC", schemaPath: "#/properties/hostIPC/type", keyword: "type", params: { type: schema17.properties.hostIPC.type }, message: "must be boolean,null", schema: schema17.properties.hostIPC.type, parentSchema: schema17.properties.hostIPC, data: data12 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.hostNetwork !== void 0) {
      let data13 = data.hostNetwork;
      if (typeof data13 !== "boolean" && data13 !== null) {
        const err11 = { instancePath: instancePath + "/hostNetwork", schemaPath: "#/properties/hostNetwork/type", keyword: "type", params: { type: schema17.properties.hostNetwork.type }, message: "must be boolean,null", schema: schema17.properties.hostNetwork.type, parentSchema: schema17.properties.hostNetwork, data: data13 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.hostPID !== void 0) {
      let data14 = data.hostPID;
      if (typeof data14 !== "boolean" && data14 !== null) {
        const err12 = { instancePath: instancePath + "/hostPID", schemaPath: "#/properties/hostPID/type", keyword: "type", params: { type: schema17.properties.hostPID.type }, message: "must be boolean,null", schema: schema17.properties.hostPID.type, parentSchema: schema17.properties.hostPID, data: data14 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.hostUsers !== void 0) {
      let data15 = data.hostUsers;
      if (typeof data15 !== "boolean" && data15 !== null) {
        const err13 = { instancePath: instancePath + "/hostUsers", schemaPath: "#/properties/hostUsers/type", keyword: "type", params: { type: schema17.properties.hostUsers.type }, message: "must be boolean,null", schema: schema17.properties.hostUsers.type, parentSchema: schema17.properties.hostUsers, data: data15 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.hostname !== void 0) {
      let data16 = data.hostname;
      if (typeof data16 !== "string" && data16 !== null) {
        const err14 = { instancePath: instancePath + "/hostname", schemaPath: "#/properties/hostname/type", keyword: "type", params: { type: schema17.properties.hostname.type }, message: "must be string,null", schema: schema17.properties.hostname.type, parentSchema: schema17.properties.hostname, data: data16 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.hostnameOverride !== void 0) {
      let data17 = data.hostnameOverride;
      if (typeof data17 !== "string" && data17 !== null) {
        const err15 = { instancePath: instancePath + "/hostnameOverride", schemaPath: "#/properties/hostnameOverride/type", keyword: "type", params: { type: schema17.properties.hostnameOverride.type }, message: "must be string,null", schema: schema17.properties.hostnameOverride.type, parentSchema: schema17.properties.hostnameOverride, data: data17 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.imagePullSecrets !== void 0) {
      let data18 = data.imagePullSecrets;
      if (!Array.isArray(data18) && data18 !== null) {
        const err16 = { instancePath: instancePath + "/imagePullSecrets", schemaPath: "#/properties/imagePullSecrets/type", keyword: "type", params: { type: schema17.properties.imagePullSecrets.type }, message: "must be array,null", schema: schema17.properties.imagePullSecrets.type, parentSchema: schema17.properties.imagePullSecrets, data: data18 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (Array.isArray(data18)) {
        const len3 = data18.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate172(data18[i3], { instancePath: instancePath + "/imagePullSecrets/" + i3, parentData: data18, parentDataProperty: i3, rootData })) {
            vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.initContainers !== void 0) {
      let data20 = data.initContainers;
      if (!Array.isArray(data20) && data20 !== null) {
        const err17 = { instancePath: instancePath + "/initContainers", schemaPath: "#/properties/initContainers/type", keyword: "type", params: { type: schema17.properties.initContainers.type }, message: "must be array,null", schema: schema17.properties.initContainers.type, parentSchema: schema17.properties.initContainers, data: data20 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (Array.isArray(data20)) {
        const len4 = data20.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate70(data20[i4], { instancePath: instancePath + "/initContainers/" + i4, parentData: data20, parentDataProperty: i4, rootData })) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.nodeName !== void 0) {
      let data22 = data.nodeName;
      if (typeof data22 !== "string" && data22 !== null) {
        const err18 = { instancePath: instancePath + "/nodeName", schemaPath: "#/properties/nodeName/type", keyword: "type", params: { type: schema17.properties.nodeName.type }, message: "must be string,null", schema: schema17.properties.nodeName.type, parentSchema: schema17.properties.nodeName, data: data22 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.nodeSelector !== void 0) {
      let data23 = data.nodeSelector;
      if (!(data23 && typeof data23 == "object" && !Array.isArray(data23)) && data23 !== null) {
        const err19 = { instancePath: instancePath + "/nodeSelector", schemaPath: "#/properties/nodeSelector/type", keyword: "type", params: { type: schema17.properties.nodeSelector.type }, message: "must be object,null", schema: schema17.properties.nodeSelector.type, parentSchema: schema17.properties.nodeSelector, data: data23 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (const key1 in data23) {
          let data24 = data23[key1];
          if (typeof data24 !== "string" && data24 !== null) {
            const err20 = { instancePath: instancePath + "/nodeSelector/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/nodeSelector/additionalProperties/type", keyword: "type", params: { type: schema17.properties.nodeSelector.additionalProperties.type }, message: "must be string,null", schema: schema17.properties.nodeSelector.additionalProperties.type, parentSchema: schema17.properties.nodeSelector.additionalProperties, data: data24 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      }
    }
    if (data.os !== void 0) {
      if (!validate175(data.os, { instancePath: instancePath + "/os", parentData: data, parentDataProperty: "os", rootData })) {
        vErrors = vErrors === null ? validate175.errors : vErrors.concat(validate175.errors);
        errors = vErrors.length;
      }
    }
    if (data.overhead !== void 0) {
      let data26 = data.overhead;
      if (!(data26 && typeof data26 == "object" && !Array.isArray(data26)) && data26 !== null) {
        const err21 = { instancePath: instancePath + "/overhead", schemaPath: "#/properties/overhead/type", keyword: "type", params: { type: schema17.properties.overhead.type }, message: "must be object,null", schema: schema17.properties.overhead.type, parentSchema: schema17.properties.overhead, data: data26 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        for (const key2 in data26) {
          if (!validate80(data26[key2], { instancePath: instancePath + "/overhead/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data26, parentDataProperty: key2, rootData })) {
            vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.preemptionPolicy !== void 0) {
      let data28 = data.preemptionPolicy;
      if (typeof data28 !== "string" && data28 !== null) {
        const err22 = { instancePath: instancePath + "/preemptionPolicy", schemaPath: "#/properties/preemptionPolicy/type", keyword: "type", params: { type: schema17.properties.preemptionPolicy.type }, message: "must be string,null", schema: schema17.properties.preemptionPolicy.type, parentSchema: schema17.properties.preemptionPolicy, data: data28 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.priority !== void 0) {
      let data29 = data.priority;
      if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29)) && data29 !== null) {
        const err23 = { instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/type", keyword: "type", params: { type: schema17.properties.priority.type }, message: "must be integer,null", schema: schema17.properties.priority.type, parentSchema: schema17.properties.priority, data: data29 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (typeof data29 == "number" && isFinite(data29)) {
        if (data29 > 2147483647 || isNaN(data29)) {
          const err24 = { instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema17.properties.priority, data: data29 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data29 < -2147483648 || isNaN(data29)) {
          const err25 = { instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema17.properties.priority, data: data29 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
    }
    if (data.priorityClassName !== void 0) {
      let data30 = data.priorityClassName;
      if (typeof data30 !== "string" && data30 !== null) {
        const err26 = { instancePath: instancePath + "/priorityClassName", schemaPath: "#/properties/priorityClassName/type", keyword: "type", params: { type: schema17.properties.priorityClassName.type }, message: "must be string,null", schema: schema17.properties.priorityClassName.type, parentSchema: schema17.properties.priorityClassName, data: data30 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.readinessGates !== void 0) {
      let data31 = data.readinessGates;
      if (!Array.isArray(data31) && data31 !== null) {
        const err27 = { instancePath: instancePath + "/readinessGates", schemaPath: "#/properties/readinessGates/type", keyword: "type", params: { type: schema17.properties.readinessGates.type }, message: "must be array,null", schema: schema17.properties.readinessGates.type, parentSchema: schema17.properties.readinessGates, data: data31 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (Array.isArray(data31)) {
        const len5 = data31.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate178(data31[i5], { instancePath: instancePath + "/readinessGates/" + i5, parentData: data31, parentDataProperty: i5, rootData })) {
            vErrors = vErrors === null ? validate178.errors : vErrors.concat(validate178.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.resourceClaims !== void 0) {
      let data33 = data.resourceClaims;
      if (!Array.isArray(data33) && data33 !== null) {
        const err28 = { instancePath: instancePath + "/resourceClaims", schemaPath: "#/properties/resourceClaims/type", keyword: "type", params: { type: schema17.properties.resourceClaims.type }, message: "must be array,null", schema: schema17.properties.resourceClaims.type, parentSchema: schema17.properties.resourceClaims, data: data33 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (Array.isArray(data33)) {
        const len6 = data33.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!validate180(data33[i6], { instancePath: instancePath + "/resourceClaims/" + i6, parentData: data33, parentDataProperty: i6, rootData })) {
            vErrors = vErrors === null ? validate180.errors : vErrors.concat(validate180.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.resources !== void 0) {
      if (!validate123(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData })) {
        vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
        errors = vErrors.length;
      }
    }
    if (data.restartPolicy !== void 0) {
      let data36 = data.restartPolicy;
      if (typeof data36 !== "string" && data36 !== null) {
        const err29 = { instancePath: instancePath + "/restartPolicy", schemaPath: "#/properties/restartPolicy/type", keyword: "type", params: { type: schema17.properties.restartPolicy.type }, message: "must be string,null", schema: schema17.properties.restartPolicy.type, parentSchema: schema17.properties.restartPolicy, data: data36 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.runtimeClassName !== void 0) {
      let data37 = data.runtimeClassName;
      if (typeof data37 !== "string" && data37 !== null) {
        const err30 = { instancePath: instancePath + "/runtimeClassName", schemaPath: "#/properties/runtimeClassName/type", keyword: "type", params: { type: schema17.properties.runtimeClassName.type }, message: "must be string,null", schema: schema17.properties.runtimeClassName.type, parentSchema: schema17.properties.runtimeClassName, data: data37 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.schedulerName !== void 0) {
      let data38 = data.schedulerName;
      if (typeof data38 !== "string" && data38 !== null) {
        const err31 = { instancePath: instancePath + "/schedulerName", schemaPath: "#/properties/schedulerName/type", keyword: "type", params: { type: schema17.properties.schedulerName.type }, message: "must be string,null", schema: schema17.properties.schedulerName.type, parentSchema: schema17.properties.schedulerName, data: data38 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.schedulingGates !== void 0) {
      let data39 = data.schedulingGates;
      if (!Array.isArray(data39) && data39 !== null) {
        const err32 = { instancePath: instancePath + "/schedulingGates", schemaPath: "#/properties/schedulingGates/type", keyword: "type", params: { type: schema17.properties.schedulingGates.type }, message: "must be array,null", schema: schema17.properties.schedulingGates.type, parentSchema: schema17.properties.schedulingGates, data: data39 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (Array.isArray(data39)) {
        const len7 = data39.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (!validate183(data39[i7], { instancePath: instancePath + "/schedulingGates/" + i7, parentData: data39, parentDataProperty: i7, rootData })) {
            vErrors = vErrors === null ? validate183.errors : vErrors.concat(validate183.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.securityContext !== void 0) {
      if (!validate185(data.securityContext, { instancePath: instancePath + "/securityContext", parentData: data, parentDataProperty: "securityContext", rootData })) {
        vErrors = vErrors === null ? validate185.errors : vErrors.concat(validate185.errors);
        errors = vErrors.length;
      }
    }
    if (data.serviceAccount !== void 0) {
      let data42 = data.serviceAccount;
      if (typeof data42 !== "string" && data42 !== null) {
        const err33 = { instancePath: instancePath + "/serviceAccount", schemaPath: "#/properties/serviceAccount/type", keyword: "type", params: { type: schema17.properties.serviceAccount.type }, message: "must be string,null", schema: schema17.properties.serviceAccount.type, parentSchema: schema17.properties.serviceAccount, data: data42 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.serviceAccountName !== void 0) {
      let data43 = data.serviceAccountName;
      if (typeof data43 !== "string" && data43 !== null) {
        const err34 = { instancePath: instancePath + "/serviceAccountName", schemaPath: "#/properties/serviceAccountName/type", keyword: "type", params: { type: schema17.properties.serviceAccountName.type }, message: "must be string,null", schema: schema17.properties.serviceAccountName.type, parentSchema: schema17.properties.serviceAccountName, data: data43 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.setHostnameAsFQDN !== void 0) {
      let data44 = data.setHostnameAsFQDN;
      if (typeof data44 !== "boolean" && data44 !== null) {
        const err35 = { instancePath: instancePath + "/setHostnameAsFQDN", schemaPath: "#/properties/setHostnameAsFQDN/type", keyword: "type", params: { type: schema17.properties.setHostnameAsFQDN.type }, message: "must be boolean,null", schema: schema17.properties.setHostnameAsFQDN.type, parentSchema: schema17.properties.setHostnameAsFQDN, data: data44 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.shareProcessNamespace !== void 0) {
      let data45 = data.shareProcessNamespace;
      if (typeof data45 !== "boolean" && data45 !== null) {
        const err36 = { instancePath: instancePath + "/shareProcessNamespace", schemaPath: "#/properties/shareProcessNamespace/type", keyword: "type", params: { type: schema17.properties.shareProcessNamespace.type }, message: "must be boolean,null", schema: schema17.properties.shareProcessNamespace.type, parentSchema: schema17.properties.shareProcessNamespace, data: data45 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.subdomain !== void 0) {
      let data46 = data.subdomain;
      if (typeof data46 !== "string" && data46 !== null) {
        const err37 = { instancePath: instancePath + "/subdomain", schemaPath: "#/properties/subdomain/type", keyword: "type", params: { type: schema17.properties.subdomain.type }, message: "must be string,null", schema: schema17.properties.subdomain.type, parentSchema: schema17.properties.subdomain, data: data46 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.terminationGracePeriodSeconds !== void 0) {
      let data47 = data.terminationGracePeriodSeconds;
      if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)) && isFinite(data47)) && data47 !== null) {
        const err38 = { instancePath: instancePath + "/terminationGracePeriodSeconds", schemaPath: "#/properties/terminationGracePeriodSeconds/type", keyword: "type", params: { type: schema17.properties.terminationGracePeriodSeconds.type }, message: "must be integer,null", schema: schema17.properties.terminationGracePeriodSeconds.type, parentSchema: schema17.properties.terminationGracePeriodSeconds, data: data47 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.tolerations !== void 0) {
      let data48 = data.tolerations;
      if (!Array.isArray(data48) && data48 !== null) {
        const err39 = { instancePath: instancePath + "/tolerations", schemaPath: "#/properties/tolerations/type", keyword: "type", params: { type: schema17.properties.tolerations.type }, message: "must be array,null", schema: schema17.properties.tolerations.type, parentSchema: schema17.properties.tolerations, data: data48 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (Array.isArray(data48)) {
        const len8 = data48.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (!validate193(data48[i8], { instancePath: instancePath + "/tolerations/" + i8, parentData: data48, parentDataProperty: i8, rootData })) {
            vErrors = vErrors === null ? validate193.errors : vErrors.concat(validate193.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.topologySpreadConstraints !== void 0) {
      let data50 = data.topologySpreadConstraints;
      if (!Array.isArray(data50) && data50 !== null) {
        const err40 = { instancePath: instancePath + "/topologySpreadConstraints", schemaPath: "#/properties/topologySpreadConstraints/type", keyword: "type", params: { type: schema17.properties.topologySpreadConstraints.type }, message: "must be array,null", schema: schema17.properties.topologySpreadConstraints.type, parentSchema: schema17.properties.topologySpreadConstraints, data: data50 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      if (Array.isArray(data50)) {
        const len9 = data50.length;
        for (let i9 = 0; i9 < len9; i9++) {
          if (!validate195(data50[i9], { instancePath: instancePath + "/topologySpreadConstraints/" + i9, parentData: data50, parentDataProperty: i9, rootData })) {
            vErrors = vErrors === null ? validate195.errors : vErrors.concat(validate195.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.volumes !== void 0) {
      let data52 = data.volumes;
      if (!Array.isArray(data52) && data52 !== null) {
        const err41 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/type", keyword: "type", params: { type: schema17.properties.volumes.type }, message: "must be array,null", schema: schema17.properties.volumes.type, parentSchema: schema17.properties.volumes, data: data52 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      if (Array.isArray(data52)) {
        const len10 = data52.length;
        for (let i10 = 0; i10 < len10; i10++) {
          if (!validate198(data52[i10], { instancePath: instancePath + "/volumes/" + i10, parentData: data52, parentDataProperty: i10, rootData })) {
            vErrors = vErrors === null ? validate198.errors : vErrors.concat(validate198.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  }
  validate42.errors = vErrors;
  return errors === 0;
}
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema16.type }, message: "must be object,null", schema: schema16.type, parentSchema: schema16, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "metadata" || key0 === "spec")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate23(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      if (!validate42(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
        errors = vErrors.length;
      }
    }
  }
  validate40.errors = vErrors;
  return errors === 0;
}
var schema122 = { "type": ["object", "null"], "properties": { "rollingUpdate": { "$ref": "#/definitions/io.k8s.api.apps.v1.RollingUpdateDaemonSet" }, "type": { "type": ["string", "null"] } }, "additionalProperties": false };
var schema123 = { "type": ["object", "null"], "properties": { "maxSurge": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString" }, "maxUnavailable": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString" } }, "additionalProperties": false };
function validate311(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema123.type }, message: "must be object,null", schema: schema123.type, parentSchema: schema123, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "maxSurge" || key0 === "maxUnavailable")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema123, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.maxSurge !== void 0) {
      if (!validate100(data.maxSurge, { instancePath: instancePath + "/maxSurge", parentData: data, parentDataProperty: "maxSurge", rootData })) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxUnavailable !== void 0) {
      if (!validate100(data.maxUnavailable, { instancePath: instancePath + "/maxUnavailable", parentData: data, parentDataProperty: "maxUnavailable", rootData })) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
        errors = vErrors.length;
      }
    }
  }
  validate311.errors = vErrors;
  return errors === 0;
}
function validate310(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema122.type }, message: "must be object,null", schema: schema122.type, parentSchema: schema122, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "rollingUpdate" || key0 === "type")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema122, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.rollingUpdate !== void 0) {
      if (!validate311(data.rollingUpdate, { instancePath: instancePath + "/rollingUpdate", parentData: data, parentDataProperty: "rollingUpdate", rootData })) {
        vErrors = vErrors === null ? validate311.errors : vErrors.concat(validate311.errors);
        errors = vErrors.length;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 !== "string" && data1 !== null) {
        const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: schema122.properties.type.type }, message: "must be string,null", schema: schema122.properties.type.type, parentSchema: schema122.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  }
  validate310.errors = vErrors;
  return errors === 0;
}
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema13.type }, message: "must be object,null", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.selector === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "selector" }, message: "must have required property 'selector'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.template === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "template" }, message: "must have required property 'template'", schema: schema13.required, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "minReadySeconds" || key0 === "revisionHistoryLimit" || key0 === "selector" || key0 === "template" || key0 === "updateStrategy")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.minReadySeconds !== void 0) {
      let data0 = data.minReadySeconds;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0)) && data0 !== null) {
        const err4 = { instancePath: instancePath + "/minReadySeconds", schemaPath: "#/properties/minReadySeconds/type", keyword: "type", params: { type: schema13.properties.minReadySeconds.type }, message: "must be integer,null", schema: schema13.properties.minReadySeconds.type, parentSchema: schema13.properties.minReadySeconds, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/minReadySeconds", schemaPath: "#/properties/minReadySeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13.properties.minReadySeconds, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err6 = { instancePath: instancePath + "/minReadySeconds", schemaPath: "#/properties/minReadySeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13.properties.minReadySeconds, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.revisionHistoryLimit !== void 0) {
      let data1 = data.revisionHistoryLimit;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1)) && data1 !== null) {
        const err7 = { instancePath: instancePath + "/revisionHistoryLimit", schemaPath: "#/properties/revisionHistoryLimit/type", keyword: "type", params: { type: schema13.properties.revisionHistoryLimit.type }, message: "must be integer,null", schema: schema13.properties.revisionHistoryLimit.type, parentSchema: schema13.properties.revisionHistoryLimit, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 2147483647 || isNaN(data1)) {
          const err8 = { instancePath: instancePath + "/revisionHistoryLimit", schemaPath: "#/properties/revisionHistoryLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema13.properties.revisionHistoryLimit, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data1 < -2147483648 || isNaN(data1)) {
          const err9 = { instancePath: instancePath + "/revisionHistoryLimit", schemaPath: "#/properties/revisionHistoryLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema13.properties.revisionHistoryLimit, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.selector !== void 0) {
      if (!validate36(data.selector, { instancePath: instancePath + "/selector", parentData: data, parentDataProperty: "selector", rootData })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.template !== void 0) {
      if (!validate40(data.template, { instancePath: instancePath + "/template", parentData: data, parentDataProperty: "template", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.updateStrategy !== void 0) {
      if (!validate310(data.updateStrategy, { instancePath: instancePath + "/updateStrategy", parentData: data, parentDataProperty: "updateStrategy", rootData })) {
        vErrors = vErrors === null ? validate310.errors : vErrors.concat(validate310.errors);
        errors = vErrors.length;
      }
    }
  }
  validate35.errors = vErrors;
  return errors === 0;
}
var schema124 = { "type": ["object", "null"], "properties": { "collisionCount": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "conditions": { "type": ["array", "null"], "items": { "$ref": "#/definitions/io.k8s.api.apps.v1.DaemonSetCondition" } }, "currentNumberScheduled": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "desiredNumberScheduled": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "numberAvailable": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "numberMisscheduled": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "numberReady": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "numberUnavailable": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 }, "observedGeneration": { "type": ["integer", "null"] }, "updatedNumberScheduled": { "type": ["integer", "null"], "minimum": -2147483648, "maximum": 2147483647 } }, "additionalProperties": false };
var schema125 = { "type": ["object", "null"], "properties": { "lastTransitionTime": { "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time" }, "message": { "type": ["string", "null"] }, "reason": { "type": ["string", "null"] }, "status": { "type": ["string", "null"] }, "type": { "type": ["string", "null"] } }, "additionalProperties": false };
function validate318(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema125.type }, message: "must be object,null", schema: schema125.type, parentSchema: schema125, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "lastTransitionTime" || key0 === "message" || key0 === "reason" || key0 === "status" || key0 === "type")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema125, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.lastTransitionTime !== void 0) {
      if (!validate24(data.lastTransitionTime, { instancePath: instancePath + "/lastTransitionTime", parentData: data, parentDataProperty: "lastTransitionTime", rootData })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.message !== void 0) {
      let data1 = data.message;
      if (typeof data1 !== "string" && data1 !== null) {
        const err2 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: schema125.properties.message.type }, message: "must be string,null", schema: schema125.properties.message.type, parentSchema: schema125.properties.message, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data2 = data.reason;
      if (typeof data2 !== "string" && data2 !== null) {
        const err3 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: schema125.properties.reason.type }, message: "must be string,null", schema: schema125.properties.reason.type, parentSchema: schema125.properties.reason, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data3 = data.status;
      if (typeof data3 !== "string" && data3 !== null) {
        const err4 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: schema125.properties.status.type }, message: "must be string,null", schema: schema125.properties.status.type, parentSchema: schema125.properties.status, data: data3 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data4 = data.type;
      if (typeof data4 !== "string" && data4 !== null) {
        const err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: schema125.properties.type.type }, message: "must be string,null", schema: schema125.properties.type.type, parentSchema: schema125.properties.type, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  }
  validate318.errors = vErrors;
  return errors === 0;
}
function validate317(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema124.type }, message: "must be object,null", schema: schema124.type, parentSchema: schema124, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema124.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema124, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.collisionCount !== void 0) {
      let data0 = data.collisionCount;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0)) && data0 !== null) {
        const err2 = { instancePath: instancePath + "/collisionCount", schemaPath: "#/properties/collisionCount/type", keyword: "type", params: { type: schema124.properties.collisionCount.type }, message: "must be integer,null", schema: schema124.properties.collisionCount.type, parentSchema: schema124.properties.collisionCount, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/collisionCount", schemaPath: "#/properties/collisionCount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema124.properties.collisionCount, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/collisionCount", schemaPath: "#/properties/collisionCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema124.properties.collisionCount, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.conditions !== void 0) {
      let data1 = data.conditions;
      if (!Array.isArray(data1) && data1 !== null) {
        const err5 = { instancePath: instancePath + "/conditions", schemaPath: "#/properties/conditions/type", keyword: "type", params: { type: schema124.properties.conditions.type }, message: "must be array,null", schema: schema124.properties.conditions.type, parentSchema: schema124.properties.conditions, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate318(data1[i0], { instancePath: instancePath + "/conditions/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate318.errors : vErrors.concat(validate318.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.currentNumberScheduled !== void 0) {
      let data3 = data.currentNumberScheduled;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3)) && data3 !== null) {
        const err6 = { instancePath: instancePath + "/currentNumberScheduled", schemaPath: "#/properties/currentNumberScheduled/type", keyword: "type", params: { type: schema124.properties.currentNumberScheduled.type }, message: "must be integer,null", schema: schema124.properties.currentNumberScheduled.type, parentSchema: schema124.properties.currentNumberScheduled, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 2147483647 || isNaN(data3)) {
          const err7 = { instancePath: instancePath + "/currentNumberScheduled", schemaPath: "#/properties/currentNumberScheduled/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema124.properties.currentNumberScheduled, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data3 < -2147483648 || isNaN(data3)) {
          const err8 = { instancePath: instancePath + "/currentNumberScheduled", schemaPath: "#/properties/currentNumberScheduled/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema124.properties.currentNumberScheduled, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.desiredNumberScheduled !== void 0) {
      let data4 = data.desiredNumberScheduled;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4)) && data4 !== null) {
        const err9 = { instancePath: instancePath + "/desiredNumberScheduled", schemaPath: "#/properties/desiredNumberScheduled/type", keyword: "type", params: { type: schema124.properties.desiredNumberScheduled.type }, message: "must be integer,null", schema: schema124.properties.desiredNumberScheduled.type, parentSchema: schema124.properties.desiredNumberScheduled, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 2147483647 || isNaN(data4)) {
          const err10 = { instancePath: instancePath + "/desiredNumberScheduled", schemaPath: "#/properties/desiredNumberScheduled/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema124.properties.desiredNumberScheduled, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data4 < -2147483648 || isNaN(data4)) {
          const err11 = { instancePath: instancePath + "/desiredNumberScheduled", schemaPath: "#/properties/desiredNumberScheduled/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema124.properties.desiredNumberScheduled, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.numberAvailable !== void 0) {
      let data5 = data.numberAvailable;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5)) && data5 !== null) {
        const err12 = { instancePath: instancePath + "/numberAvailable", schemaPath: "#/properties/numberAvailable/type", keyword: "type", params: { type: schema124.properties.numberAvailable.type }, message: "must be integer,null", schema: schema124.properties.numberAvailable.type, parentSchema: schema124.properties.numberAvailable, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 2147483647 || isNaN(data5)) {
          const err13 = { instancePath: instancePath + "/numberAvailable", schemaPath: "#/properties/numberAvailable/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema124.properties.numberAvailable, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data5 < -2147483648 || isNaN(data5)) {
          const err14 = { instancePath: instancePath + "/numberAvailable", schemaPath: "#/properties/numberAvailable/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema124.properties.numberAvailable, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.numberMisscheduled !== void 0) {
      let data6 = data.numberMisscheduled;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6)) && data6 !== null) {
        const err15 = { instancePath: instancePath + "/numberMisscheduled", schemaPath: "#/properties/numberMisscheduled/type", keyword: "type", params: { type: schema124.properties.numberMisscheduled.type }, message: "must be integer,null", schema: schema124.properties.numberMisscheduled.type, parentSchema: schema124.properties.numberMisscheduled, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 > 2147483647 || isNaN(data6)) {
          const err16 = { instancePath: instancePath + "/numberMisscheduled", schemaPath: "#/properties/numberMisscheduled/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema124.properties.numberMisscheduled, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data6 < -2147483648 || isNaN(data6)) {
          const err17 = { instancePath: instancePath + "/numberMisscheduled", schemaPath: "#/properties/numberMisscheduled/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema124.properties.numberMisscheduled, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.numberReady !== void 0) {
      let data7 = data.numberReady;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7)) && data7 !== null) {
        const err18 = { instancePath: instancePath + "/numberReady", schemaPath: "#/properties/numberReady/type", keyword: "type", params: { type: schema124.properties.numberReady.type }, message: "must be integer,null", schema: schema124.properties.numberReady.type, parentSchema: schema124.properties.numberReady, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 > 2147483647 || isNaN(data7)) {
          const err19 = { instancePath: instancePath + "/numberReady", schemaPath: "#/properties/numberReady/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema124.properties.numberReady, data: data7 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data7 < -2147483648 || isNaN(data7)) {
          const err20 = { instancePath: instancePath + "/numberReady", schemaPath: "#/properties/numberReady/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema124.properties.numberReady, data: data7 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data.numberUnavailable !== void 0) {
      let data8 = data.numberUnavailable;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8)) && data8 !== null) {
        const err21 = { instancePath: instancePath + "/numberUnavailable", schemaPath: "#/properties/numberUnavailable/type", keyword: "type", params: { type: schema124.properties.numberUnavailable.type }, message: "must be integer,null", schema: schema124.properties.numberUnavailable.type, parentSchema: schema124.properties.numberUnavailable, data: data8 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 > 2147483647 || isNaN(data8)) {
          const err22 = { instancePath: instancePath + "/numberUnavailable", schemaPath: "#/properties/numberUnavailable/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema124.properties.numberUnavailable, data: data8 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data8 < -2147483648 || isNaN(data8)) {
          const err23 = { instancePath: instancePath + "/numberUnavailable", schemaPath: "#/properties/numberUnavailable/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema124.properties.numberUnavailable, data: data8 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    }
    if (data.observedGeneration !== void 0) {
      let data9 = data.observedGeneration;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9)) && data9 !== null) {
        const err24 = { instancePath: instancePath + "/observedGeneration", schemaPath: "#/properties/observedGeneration/type", keyword: "type", params: { type: schema124.properties.observedGeneration.type }, message: "must be integer,null", schema: schema124.properties.observedGeneration.type, parentSchema: schema124.properties.observedGeneration, data: data9 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.updatedNumberScheduled !== void 0) {
      let data10 = data.updatedNumberScheduled;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10)) && data10 !== null) {
        const err25 = { instancePath: instancePath + "/updatedNumberScheduled", schemaPath: "#/properties/updatedNumberScheduled/type", keyword: "type", params: { type: schema124.properties.updatedNumberScheduled.type }, message: "must be integer,null", schema: schema124.properties.updatedNumberScheduled.type, parentSchema: schema124.properties.updatedNumberScheduled, data: data10 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (typeof data10 == "number" && isFinite(data10)) {
        if (data10 > 2147483647 || isNaN(data10)) {
          const err26 = { instancePath: instancePath + "/updatedNumberScheduled", schemaPath: "#/properties/updatedNumberScheduled/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema124.properties.updatedNumberScheduled, data: data10 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data10 < -2147483648 || isNaN(data10)) {
          const err27 = { instancePath: instancePath + "/updatedNumberScheduled", schemaPath: "#/properties/updatedNumberScheduled/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema124.properties.updatedNumberScheduled, data: data10 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    }
  }
  validate317.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema7.type }, message: "must be object,null", schema: schema7.type, parentSchema: schema7, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec" || key0 === "status")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema7, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string" && data0 !== null) {
        const err2 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: schema7.properties.apiVersion.type }, message: "must be string,null", schema: schema7.properties.apiVersion.type, parentSchema: schema7.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: schema7.properties.kind.type }, message: "must be string,null", schema: schema7.properties.kind.type, parentSchema: schema7.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate23(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      if (!validate35(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.status !== void 0) {
      if (!validate317(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData })) {
        vErrors = vErrors === null ? validate317.errors : vErrors.concat(validate317.errors);
        errors = vErrors.length;
      }
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
export {
  v1_34_validate_default as default,
  validate
};
