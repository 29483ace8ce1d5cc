export type StoryStep = (name: string, body: () => Promise<void>, timeoutMs?: number) => void;

/**
 * `it` for the steps of one story that share a browser: once a step fails, `onFailure` records the
 * scene (a screenshot) and the later steps fail at once naming it, instead of timing out one by one
 * on a page left in the wrong state.
 */
export function createStory(onFailure: (stepNumber: number) => Promise<void>): StoryStep {
  let failedStep: string | null = null;
  let steps = 0;
  return (name, body, timeoutMs) => {
    const stepNumber = (steps += 1);
    it(
      name,
      async () => {
        if (failedStep) throw new Error(`not run: the earlier step "${failedStep}" failed`);
        try {
          await body();
        } catch (error) {
          failedStep = name;
          await onFailure(stepNumber).catch(() => undefined);
          throw error;
        }
      },
      timeoutMs,
    );
  };
}
