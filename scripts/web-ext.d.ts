/** The one web-ext call scripts/store-check.ts makes (web-ext ships no types). */
declare module 'web-ext' {
  const webExt: {
    cmd: {
      lint(
        options: { sourceDir: string; output: 'none' | 'json' | 'text'; boring?: boolean },
        runOptions: { shouldExitProgram: boolean },
      ): Promise<unknown>;
    };
  };
  export default webExt;
}
