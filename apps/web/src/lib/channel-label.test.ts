import { channelLabel } from "./channel-label";

describe("channelLabel", () => {
  it("keeps acronyms in capitals and writes the others as words", () => {
    expect(channelLabel("SMS")).toBe("SMS");
    expect(channelLabel("DIRECT_MAIL")).toBe("Direct mail");
    expect(channelLabel("EMAIL")).toBe("Email");
  });

  it("humanises a channel it does not know yet", () => {
    expect(channelLabel("PUSH_NOTIFICATION")).toBe("Push notification");
  });
});
