<?php

class Money
{
    public function __construct(public readonly int $cents)
    {
    }

    public function format(): string
    {
        return sprintf('%d.%02d EUR', intdiv($this->cents, 100), $this->cents % 100);
    }
}
