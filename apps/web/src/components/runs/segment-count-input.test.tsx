import { renderToStaticMarkup } from "react-dom/server";
import { SegmentCountInput } from "./segment-count-input";

const noop = () => undefined;

describe("SegmentCountInput", () => {
  it("is a narrow number input from 2 to 20, named for screen readers, with the test id when given", () => {
    expect(
      renderToStaticMarkup(
        <SegmentCountInput
          label="Number of segments"
          value={4}
          onChange={noop}
          disabled={false}
          testId="run-k"
        />,
      ),
    ).toBe(
      '<input type="number" aria-label="Number of segments" min="2" max="20" style="width:4.5rem" data-testid="run-k" value="4"/>',
    );
  });

  it("is disabled while its choice is not picked, and has no test id unless given", () => {
    expect(
      renderToStaticMarkup(
        <SegmentCountInput label="Largest number of segments" value={8} onChange={noop} disabled />,
      ),
    ).toBe(
      '<input type="number" aria-label="Largest number of segments" min="2" max="20" disabled="" style="width:4.5rem" value="8"/>',
    );
  });
});
