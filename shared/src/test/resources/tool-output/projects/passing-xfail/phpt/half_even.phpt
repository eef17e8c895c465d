--TEST--
Halves round to the even neighbour
--FILE--
<?php
require __DIR__ . '/../src/rounding.php';
var_dump(round_half_even(2.5));
?>
--XFAIL--
round() rounds half away from zero: invalid for banking, see issue 12
--EXPECT--
float(2)
