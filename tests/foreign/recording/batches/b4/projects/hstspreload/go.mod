module example.com/hstspreload

go 1.19
