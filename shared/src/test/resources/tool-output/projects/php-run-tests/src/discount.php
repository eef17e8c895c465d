<?php

declare(strict_types=1);

/** Takes a discount (a fraction) off a price, in cents. */
function discounted(int $cents, float $discount): int
{
    return (int) round($cents * (1 + $discount));
}
