<?php

declare(strict_types=1);

use PHPUnit\Framework\TestCase;

final class CartTest extends TestCase
{
    public function testStartsEmpty(): void
    {
        $this->assertSame(0, (new Cart())->total());
    }

    public function testSumsThePricesOfItsItems(): void
    {
        $cart = new Cart();
        $cart->add(3);
        $cart->add(4);
        $this->assertSame(7, $cart->total());
    }
}
