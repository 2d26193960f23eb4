from django.urls import path

from catalog import views

urlpatterns = [
    path("products/", views.product_list),
    path("products/<int:pk>/", views.product_detail),
]
