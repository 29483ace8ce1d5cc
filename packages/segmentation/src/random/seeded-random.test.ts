import { SeededRandom } from "./seeded-random";

describe("SeededRandom", () => {
  it("repeats the same sequence for the same seed and differs for another", () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const c = new SeededRandom(43);
    const seqA = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(seqA);
    expect(c.next()).not.toBe(seqA[0]);
  });

  it("draws integers in range with a roughly uniform spread", () => {
    const random = new SeededRandom(7);
    const counts = new Array(4).fill(0);
    for (let i = 0; i < 40000; i++) counts[random.nextInt(4)]++;
    for (const count of counts) expect(Math.abs(count - 10000)).toBeLessThan(400);
  });

  it("shuffles into a permutation", () => {
    const order = Array.from(new SeededRandom(1).permutation(50)).sort((x, y) => x - y);
    expect(order).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});
