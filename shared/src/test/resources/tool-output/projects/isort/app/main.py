import sys
import os
from collections import OrderedDict, defaultdict


def main():
    return os.getcwd(), sys.argv, OrderedDict(), defaultdict(list)
