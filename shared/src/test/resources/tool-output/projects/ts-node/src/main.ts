import { total } from "./invoice";

console.log(total([{ description: "paper", cents: 250 }]));
