// The part of web-ext's programmatic API the scripts use (the package ships no types).
declare module 'web-ext' {
  export const cmd: {
    build(
      options: { sourceDir: string; artifactsDir: string; filename: string; overwriteDest: boolean },
      runOptions: { shouldExitProgram: boolean },
    ): Promise<{ extensionPath: string }>;
  };
}
