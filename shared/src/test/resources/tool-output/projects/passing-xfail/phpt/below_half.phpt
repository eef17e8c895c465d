--TEST--
Values below a half round down
--FILE--
<?php
require __DIR__ . '/../src/rounding.php';
var_dump(round_half_even(2.4));
?>
--EXPECT--
float(2)
