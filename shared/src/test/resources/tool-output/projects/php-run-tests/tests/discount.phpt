--TEST--
A discount of 10% takes a tenth off the price
--FILE--
<?php
require __DIR__ . '/../src/discount.php';
var_dump(discounted(1000, 0.1));
?>
--EXPECT--
int(900)
