module example.com/invsvc

go 1.19
