#!/usr/bin/env deno
// A script whose interpreter the runner does not have.
console.log("generating docs");
