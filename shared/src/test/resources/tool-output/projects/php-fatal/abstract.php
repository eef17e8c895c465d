<?php

require __DIR__ . '/src/Discount.php';

echo (new Shop\Discount())->percent(), PHP_EOL;
