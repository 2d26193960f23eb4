import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt


def churn_by(df, col, path):
    ax = df.groupby(col)["churned"].mean().plot.bar()
    ax.figure.savefig(path, dpi=80)
    plt.close(ax.figure)
