import { layoutTree } from "./tree-layout";

const options = { boxWidth: 100, boxHeight: 40, columnGap: 20, rowGap: 10 };

describe("layoutTree", () => {
  it("puts leaves on consecutive rows and each parent halfway between its first and last child", () => {
    // 0 → (1 leaf, 2 → (3 leaf, 4 leaf))
    const layout = layoutTree(
      [
        { id: 0, parentId: null },
        { id: 1, parentId: 0 },
        { id: 2, parentId: 0 },
        { id: 3, parentId: 2 },
        { id: 4, parentId: 2 },
      ],
      options,
    );
    expect(Object.fromEntries(layout.positions)).toEqual({
      0: { x: 0, y: 37.5 },
      1: { x: 120, y: 0 },
      2: { x: 120, y: 75 },
      3: { x: 240, y: 50 },
      4: { x: 240, y: 100 },
    });
    expect(layout.edges).toEqual([
      { from: 0, to: 1 },
      { from: 0, to: 2 },
      { from: 2, to: 3 },
      { from: 2, to: 4 },
    ]);
    expect(layout.width).toBe(340);
    expect(layout.height).toBe(140);
  });

  it("draws a lone root as one box and nothing for no nodes", () => {
    const lone = layoutTree([{ id: 7, parentId: null }], options);
    expect(Object.fromEntries(lone.positions)).toEqual({ 7: { x: 0, y: 0 } });
    expect(lone).toMatchObject({ width: 100, height: 40, edges: [] });
    expect(layoutTree([], options)).toMatchObject({ width: 0, height: 0, edges: [] });
  });

  it("drops a node whose parent is not in the list", () => {
    const layout = layoutTree(
      [
        { id: 0, parentId: null },
        { id: 5, parentId: 9 },
      ],
      options,
    );
    expect([...layout.positions.keys()]).toEqual([0]);
  });
});
