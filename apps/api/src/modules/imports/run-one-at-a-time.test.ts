import { createOneAtATime } from "./run-one-at-a-time";

describe("createOneAtATime", () => {
  it("starts a task only after the one before it ended, failed or not, and returns each task's result", async () => {
    const oneAtATime = createOneAtATime();
    const events: string[] = [];
    const task =
      (name: string, ms: number, fail = false) =>
      async () => {
        events.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        events.push(`end ${name}`);
        if (fail) throw new Error(`${name} failed`);
        return name;
      };
    const results = await Promise.allSettled([
      oneAtATime(task("a", 30, true)),
      oneAtATime(task("b", 5)),
      oneAtATime(task("c", 1)),
    ]);
    expect(events).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
    expect(results).toEqual([
      { status: "rejected", reason: new Error("a failed") },
      { status: "fulfilled", value: "b" },
      { status: "fulfilled", value: "c" },
    ]);
  });
});
