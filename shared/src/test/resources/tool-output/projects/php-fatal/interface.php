<?php

require __DIR__ . '/src/Coupon.php';

echo (new Shop\Coupon())->code(), PHP_EOL;
