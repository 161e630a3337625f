/** Kept equal to package.json's version (a test checks), so the bundle needs no file reads to know it. */
export declare const VERSION = "0.1.0";
export declare const HOMEPAGE = "https://github.com/daemonlint/daemonlint";
