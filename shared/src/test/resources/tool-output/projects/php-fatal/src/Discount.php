<?php

namespace Shop;

interface Rebate
{
    public function apply(int $amount): int;
}

// Declares that it implements Rebate but never writes apply().
class Discount implements Rebate
{
    public function percent(): int
    {
        return 10;
    }
}
