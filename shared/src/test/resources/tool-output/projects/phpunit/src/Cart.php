<?php

declare(strict_types=1);

final class Cart
{
    /** @var int[] */
    private array $prices = [];

    public function add(int $price): void
    {
        $this->prices[] = $price;
    }

    public function total(): int
    {
        return array_sum($this->prices) * 2;
    }
}
