import { total } from './cart';

const items = [1, 2, 3;
console.log(total(items));
