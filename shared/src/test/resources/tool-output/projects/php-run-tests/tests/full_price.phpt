--TEST--
A price without a discount stays as it is
--FILE--
<?php
require __DIR__ . '/../src/discount.php';
var_dump(discounted(1000, 0.0));
?>
--EXPECT--
int(1000)
