/** Replaced by the package version at build time (scripts/build.mjs); undefined under vitest. */
declare const __FAAS_PREP_VERSION__: string | undefined;
/** The hash of dist/ui.cjs, set by scripts/build.mjs; undefined when running from source. */
declare const __FAAS_PREP_UI__: string | undefined;
