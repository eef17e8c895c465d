// The same forgotten install, seen from an ES module.
import chunk from 'lodash/chunk.js';

console.log(chunk([1, 2, 3, 4], 2));
