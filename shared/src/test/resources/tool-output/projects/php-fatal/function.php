<?php

require __DIR__ . '/src/Invoice.php';

echo (new Shop\Invoice([]))->label(), PHP_EOL;
