<?php

declare(strict_types=1);

use PHPUnit\Framework\TestCase;

final class PricesTest extends TestCase
{
    public function prices(): array
    {
        // The fixture file was never added to the repository.
        return json_decode(file_get_contents(__DIR__ . '/fixtures/prices.json'), true, 512, JSON_THROW_ON_ERROR);
    }

    /**
     * @dataProvider prices
     */
    public function testPricesArePositive(int $price): void
    {
        $this->assertGreaterThan(0, $price);
    }

    /**
     * @dataProvider missingProvider
     */
    public function testSkusAreKnown(string $sku): void
    {
        $this->assertNotSame('', $sku);
    }
}
