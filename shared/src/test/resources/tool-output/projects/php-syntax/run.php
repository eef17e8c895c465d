<?php

require __DIR__ . '/src/Invoice.php';

echo invoiceTotal([['price' => 3, 'quantity' => 2]]), PHP_EOL;
