<?php

namespace Shop;

// Implements an interface whose file was never added.
class Coupon implements Redeemable
{
    public function code(): string
    {
        return 'SPRING';
    }
}
