import { strict as assert } from "assert";
import { total } from "../src/invoice";

describe("total", () => {
  it("adds up the lines", () => {
    assert.equal(total([{ description: "paper", cents: "250" }]), 250);
  });
});
