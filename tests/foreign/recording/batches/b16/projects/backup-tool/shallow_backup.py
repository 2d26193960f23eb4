import os
import shutil
import git


def _copy_file(src, dst):
    shutil.copy2(src, dst)


def _copy_dir(src, dst):
    shutil.copytree(src, dst, dirs_exist_ok=True)


def repo_head(path):
    return git.Repo(path).head.commit.hexsha
