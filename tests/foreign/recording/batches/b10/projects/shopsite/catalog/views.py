from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Product


def product_list(request):
    rows = [{"id": p.id, "sku": p.sku, "name": p.name, "gross": str(p.gross_price())}
            for p in Product.objects.order_by("id")]
    return JsonResponse({"products": rows})


def product_detail(request, pk):
    p = get_object_or_404(Product, pk=pk)
    return JsonResponse({"id": p.id, "sku": p.sku, "name": p.name, "gross": str(p.gross_price())})
