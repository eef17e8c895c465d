<?php
require __DIR__ . '/../src/rounding.php';
var_dump(round_half_even(2.5));
?>
