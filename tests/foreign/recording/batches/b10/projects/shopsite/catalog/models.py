from decimal import Decimal

from django.db import models


class Product(models.Model):
    name = models.CharField(max_length=120)
    sku = models.CharField(max_length=20, unique=True)
    price = models.DecimalField(max_digits=8, decimal_places=2)
    vat_rate = models.DecimalField(max_digits=4, decimal_places=2, default=Decimal("0.19"))

    def gross_price(self):
        return (self.price * self.vat_rate).quantize(Decimal("0.01"))

    def __str__(self):
        return f"{self.sku} {self.name}"
