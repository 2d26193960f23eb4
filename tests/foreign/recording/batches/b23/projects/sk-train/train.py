import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

X = pd.read_csv("features.csv")
y = pd.read_csv("labels.csv", header=None).iloc[:, 0]
print(X.shape)
print(y.shape)
X_train, X_test, Y_train, Y_test = train_test_split(X, y, test_size=0.20, random_state=4)
model = LogisticRegression(max_iter=500).fit(X_train, Y_train)
print("accuracy: %.3f" % model.score(X_test, Y_test))
