from decimal import Decimal

from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Product",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=120)),
                ("sku", models.CharField(max_length=20, null=True)),
                ("price", models.DecimalField(decimal_places=2, max_digits=8)),
                ("vat_rate", models.DecimalField(decimal_places=2, default=Decimal("0.19"), max_digits=4)),
            ],
        ),
    ]
