import { loginUrl } from "./login-location";

const base = { protocol: "http:", fallbackOrigin: "http://localhost:3000" };

describe("loginUrl", () => {
  it("keeps the host the browser used and says where to return", () => {
    expect(loginUrl({ ...base, pathname: "/segments/abc", host: "127.0.0.1:3000" }).href).toBe(
      "http://127.0.0.1:3000/login?next=%2Fsegments%2Fabc",
    );
    expect(loginUrl({ ...base, protocol: "https:", pathname: "/", host: "seglens.shop.example" }).href).toBe(
      "https://seglens.shop.example/login",
    );
  });

  it("falls back to Next's origin without a usable Host", () => {
    expect(loginUrl({ ...base, pathname: "/", host: null }).href).toBe("http://localhost:3000/login");
    expect(loginUrl({ ...base, pathname: "/", host: "evil.example/path?" }).href).toBe(
      "http://localhost:3000/login",
    );
  });
});
