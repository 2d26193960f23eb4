import tidyframe
import labelkit

cols = ["Sepal Length", " Petal Width", "Species"]
print([tidyframe.snake(c) for c in cols])
print(labelkit.encode(["setosa", "virginica", "setosa", "versicolor"]))
