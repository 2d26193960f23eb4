from app.models import Order

order_id = Order("ana@example.com", 42.5).place()
print(f"saved order #{order_id}")
