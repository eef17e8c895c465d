<?php

require __DIR__ . '/src/Invoice.php';

echo (new Shop\Invoice([]))->totals(), PHP_EOL;
