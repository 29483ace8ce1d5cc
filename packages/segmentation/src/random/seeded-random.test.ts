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

  it("samples distinct indices in ascending order, the tail of the same shuffle", () => {
    const sample = new SeededRandom(5).sampleIndices(1000, 100);
    expect(sample).toHaveLength(100);
    expect(new Set(sample).size).toBe(100);
    for (let i = 1; i < sample.length; i++) expect(sample[i]).toBeGreaterThan(sample[i - 1]);
    expect(sample[0]).toBeGreaterThanOrEqual(0);
    expect(sample[99]).toBeLessThan(1000);
    // A full-length sample is every index; a shuffle's last 100 entries are the same set.
    expect(Array.from(new SeededRandom(5).sampleIndices(7, 7))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const tail = Array.from(new SeededRandom(5).permutation(1000).subarray(900)).sort((x, y) => x - y);
    expect(Array.from(sample)).toEqual(tail);
    // Every index is about equally likely: 20,000 draws of 10 out of 100.
    const hits = new Array(100).fill(0);
    const random = new SeededRandom(8);
    for (let t = 0; t < 2000; t++) for (const i of random.sampleIndices(100, 10)) hits[i]++;
    for (const count of hits) expect(Math.abs(count - 200)).toBeLessThan(60);
    expect(() => new SeededRandom(1).sampleIndices(5, 6)).toThrow("size must be an integer in 0..5, got 6");
  });

  it("shuffles into a permutation", () => {
    const order = Array.from(new SeededRandom(1).permutation(50)).sort((x, y) => x - y);
    expect(order).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});
