<?php

function invoiceTotal(array $lines): int
{
    $total = 0;
    foreach ($lines as $line) {
        $total += $line['price'] * $line['quantity']
    }
    return $total;
}
