module example.org/hits/counter

go 1.19
