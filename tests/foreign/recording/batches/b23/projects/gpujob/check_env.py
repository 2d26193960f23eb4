import platform
import numpy, sklearn
print("python", platform.python_version(), "numpy", numpy.__version__, "sklearn", sklearn.__version__)
import torch
print("cuda available:", torch.cuda.is_available())
