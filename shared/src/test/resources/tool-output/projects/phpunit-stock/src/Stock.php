<?php

declare(strict_types=1);

final class Stock
{
    /** @var array<string, int> */
    private array $counts = [];

    public function receive(string $sku, int $count): void
    {
        $this->counts[$sku] = ($this->counts[$sku] ?? 0) + $count;
    }

    public function count(string $sku): int
    {
        return $this->counts[$sku] ?? 0;
    }
}
