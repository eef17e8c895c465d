<?php

require __DIR__ . '/src/Invoice.php';

echo (new Shop\Invoice([['price' => 3, 'quantity' => 2]]))->total(), PHP_EOL;
