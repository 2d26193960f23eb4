module example.com/inventory-svc

go 1.19
