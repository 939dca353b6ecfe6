/** Replaced by the package version at build time (scripts/build.mjs); undefined under vitest. */
declare const __FAAS_PREP_VERSION__: string | undefined;
