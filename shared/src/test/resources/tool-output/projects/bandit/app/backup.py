import subprocess


def backup(directory):
    subprocess.call("tar czf backup.tgz " + directory, shell=True)


def load(blob):
    import pickle
    return pickle.loads(blob)
